package osd

import "github.com/go-deepstream/go-deepstream/nvds"

// Colours, opaque unless named otherwise. Like image/color's Black and
// White they are variables for convenience; treat them as constants.
var (
	Black       = nvds.Color{R: 0, G: 0, B: 0, A: 1}
	White       = nvds.Color{R: 1, G: 1, B: 1, A: 1}
	Red         = nvds.Color{R: 1, G: 0, B: 0, A: 1}
	Green       = nvds.Color{R: 0, G: 1, B: 0, A: 1}
	Blue        = nvds.Color{R: 0, G: 0, B: 1, A: 1}
	Yellow      = nvds.Color{R: 1, G: 1, B: 0, A: 1}
	Cyan        = nvds.Color{R: 0, G: 1, B: 1, A: 1}
	Magenta     = nvds.Color{R: 1, G: 0, B: 1, A: 1}
	Orange      = nvds.Color{R: 1, G: 0.5, B: 0, A: 1}
	Gray        = nvds.Color{R: 0.5, G: 0.5, B: 0.5, A: 1}
	Transparent = nvds.Color{}
)

// RGBA makes a colour from 8-bit components (0..255 each).
func RGBA(r, g, b, a uint8) nvds.Color {
	return nvds.Color{R: float64(r) / 255, G: float64(g) / 255, B: float64(b) / 255, A: float64(a) / 255}
}

// WithAlpha returns c with alpha a (0..1), e.g. a translucent fill:
// osd.WithAlpha(osd.Red, 0.3).
func WithAlpha(c nvds.Color, a float64) nvds.Color {
	c.A = a
	return c
}
