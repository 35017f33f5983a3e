//go:build !deepstream

package standin_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/scene"
)

// classColors are nvsegvisual's colours for the stand-in segmentation
// network's classes: 0 background, 1 + scene class in the class's first
// palette colour.
var classColors = [][3]uint8{{0, 0, 0}, {215, 35, 35}, {150, 50, 220}, {225, 40, 170}, {20, 190, 200}}

// deepstream-segmentation's chain on the default clip, nvsegvisual at
// 320x180: at the centre of every fully visible object the mask has its
// class's colour, and where the truth has no object it is black (or the
// frame, with original-background).
func TestSegVisualMask(t *testing.T) {
	clip, truth := defaultClip(t)
	for _, original := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "mask.rgba")
		props := "width=320 height=180 batch-size=1"
		if original {
			props += " original-background=true"
		}
		desc := segPipeline(clip, testdata(t, "seg_config.txt"),
			"! nvsegvisual "+props+" ! nvvideoconvert ! video/x-raw,format=RGBA ! filesink location="+out)
		res := run(t, desc, nil)
		require.NoError(t, res.err)
		frames := rgbaFrames(t, out, 320, 180)
		require.Len(t, frames, len(truth.Frames))
		seen, right, bg, black := 0, 0, 0, 0
		for i, f := range frames {
			ft := truth.Frames[i]
			for _, o := range ft.Objects {
				if o.Visible < 0.99 || o.InFrame < 0.99 || o.ClassID == scene.RoadSign {
					continue // road signs are class 4, beyond num-detected-classes=4: background
				}
				cx, cy := centre(o.Box)
				seen++
				if pixel(f, 320, cx/2, cy/2) == classColors[1+int(o.ClassID)] {
					right++
				}
			}
			tc := truthClasses(ft, truth.Config.Width, truth.Config.Height, 5)
			for y := 0; y < 180; y += 3 {
				for x := 0; x < 320; x += 3 {
					// Background well away from any object (3 source pixels).
					clear := true
					for dy := -3; dy <= 3 && clear; dy++ {
						for dx := -3; dx <= 3 && clear; dx++ {
							sx, sy := 2*x+dx, 2*y+dy
							if sx >= 0 && sy >= 0 && sx < 640 && sy < 360 && tc[sy*640+sx] != 0 {
								clear = false
							}
						}
					}
					if !clear {
						continue
					}
					bg++
					if pixel(f, 320, x, y) == [3]uint8{0, 0, 0} {
						black++
					}
				}
			}
		}
		t.Logf("original-background=%v: %d of %d object centres in their class colour; %d of %d background samples black",
			original, right, seen, black, bg)
		assert.GreaterOrEqual(t, right, seen*97/100)
		if original {
			assert.Less(t, black, bg/10, "the frame shows through")
		} else {
			assert.Equal(t, bg, black, "background is black")
		}
	}
	testmain.NoneLive(t)
}
