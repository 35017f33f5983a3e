//go:build !deepstream

package standin

// #include "standin_detect.go.h"
import "C"

// The C detector's colour model, for the tests that hold it to package
// scene.

// paletteEntry is one row of the C detector's colour table, for tests.
type paletteEntry struct {
	name  string
	class int
	rgb   [3]uint8
	hue   int
}

// cPalette returns the C detector's colour table.
func cPalette() []paletteEntry {
	out := make([]paletteEntry, C.GODS_STANDIN_PALETTE_SIZE)
	for i := range out {
		c := &C.gods_standin_palette[i]
		out[i] = paletteEntry{
			name:  C.GoString(c.name),
			class: int(c.class_id),
			rgb:   [3]uint8{uint8(c.rgb[0]), uint8(c.rgb[1]), uint8(c.rgb[2])},
			hue:   int(C.gods_standin_hue(c.rgb[0], c.rgb[1], c.rgb[2])),
		}
	}
	return out
}

// cThresholds returns the C detector's classification thresholds: minimum
// value, minimum saturation in percent, hue tolerance in degrees.
func cThresholds() (minValue, minSaturationPct, hueTolerance int) {
	return C.GODS_STANDIN_MIN_VALUE, C.GODS_STANDIN_MIN_SATURATION_PCT, C.GODS_STANDIN_HUE_TOLERANCE
}

// cClassify classifies one pixel with the C detector.
func cClassify(r, g, b uint8) int {
	return int(C.gods_standin_classify(C.guint8(r), C.guint8(g), C.guint8(b)))
}
