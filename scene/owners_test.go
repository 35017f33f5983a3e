package scene

import (
	"image"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Owners agrees with the truth: each object owns its Visible share of its
// parts' pixels, all inside its visible box, and pixels of an object's palette
// colour are owned by an object of that colour.
func TestOwnersMatchTruth(t *testing.T) {
	for _, seed := range []int64{4, 5, 6} {
		s := Generate(small(seed))
		W, H := s.cfg.Width, s.cfg.Height
		for _, f := range []int{0, 11, 23} {
			img := image.NewRGBA(image.Rect(0, 0, W, H))
			tr := s.Render(f, img)
			own := s.Owners(f)
			require.Len(t, own, W*H)
			byID := map[uint64]*Object{}
			for k := range tr.Objects {
				byID[tr.Objects[k].TrackID] = &tr.Objects[k]
			}
			count := map[uint64]int{}
			for y := range H {
				for x := range W {
					id := own[y*W+x]
					p := img.PixOffset(x, y)
					c := Classify(img.Pix[p], img.Pix[p+1], img.Pix[p+2])
					if id == 0 {
						assert.Negative(t, c, "seed %d frame %d (%d,%d): object colour on background", seed, f, x, y)
						continue
					}
					o := byID[id]
					require.NotNil(t, o, "seed %d frame %d: id %d not in the truth", seed, f, id)
					count[id]++
					assert.True(t, o.VisibleBox.Contains(x, y), "seed %d frame %d: pixel (%d,%d) outside %v", seed, f, x, y, o.VisibleBox)
					if c >= 0 {
						assert.Equal(t, o.Color, Palette[c].Name, "seed %d frame %d (%d,%d)", seed, f, x, y)
					}
				}
			}
			areas := map[uint64]int{}
			for _, in := range s.instances(f, nil) {
				sh := in.shape()
				areas[in.id] = sh.area()
			}
			for _, o := range tr.Objects {
				assert.Equal(t, o.Visible, round4(float64(count[o.TrackID])/float64(areas[o.TrackID])),
					"seed %d frame %d object %d", seed, f, o.TrackID)
			}
		}
	}
}
