//go:build !deepstream

package standin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/scene"
)

// The C detector's colour table and thresholds are package scene's.
func TestPaletteMatchesScene(t *testing.T) {
	c := cPalette()
	require.Len(t, c, len(scene.Palette))
	for i, p := range scene.Palette {
		assert.Equal(t, p.Name, c[i].name, "entry %d", i)
		assert.Equal(t, int(p.Class), c[i].class, "entry %d (%s)", i, p.Name)
		assert.Equal(t, p.RGB, c[i].rgb, "entry %d (%s)", i, p.Name)
		assert.Equal(t, p.Hue, c[i].hue, "entry %d (%s)", i, p.Name)
	}
	v, s, h := cThresholds()
	assert.Equal(t, scene.MinValue, v)
	assert.Equal(t, scene.MinSaturationPct, s)
	assert.Equal(t, scene.HueTolerance, h)
}

// The C classifier agrees with scene.Classify on a grid over the RGB cube
// and on every palette colour, its decorations and outlines.
func TestClassifyMatchesScene(t *testing.T) {
	step := 3
	if testing.Short() {
		step = 7
	}
	diff := 0
	for r := 0; r < 256; r += step {
		for g := 0; g < 256; g += step {
			for b := 0; b < 256; b += step {
				if cClassify(uint8(r), uint8(g), uint8(b)) != scene.Classify(uint8(r), uint8(g), uint8(b)) {
					diff++
					if diff < 10 {
						t.Errorf("rgb(%d,%d,%d): C %d, scene %d", r, g, b,
							cClassify(uint8(r), uint8(g), uint8(b)), scene.Classify(uint8(r), uint8(g), uint8(b)))
					}
				}
			}
		}
	}
	assert.Zero(t, diff, "pixels classified differently")
	for i, p := range scene.Palette {
		for _, f := range []float64{1, 0.55, 0.25} {
			r, g, b := uint8(float64(p.RGB[0])*f), uint8(float64(p.RGB[1])*f), uint8(float64(p.RGB[2])*f)
			assert.Equal(t, scene.Classify(r, g, b), cClassify(r, g, b), "%s at %.0f%%", p.Name, f*100)
			if f > 0.5 {
				assert.Equal(t, i, cClassify(r, g, b), "%s at %.0f%%", p.Name, f*100)
			}
		}
	}
}
