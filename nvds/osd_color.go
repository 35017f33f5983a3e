package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// Color is an RGBA colour with components in 0..1, as NvOSD_ColorParams
// stores them: a plain Go value, copied on read.
type Color struct {
	R, G, B, A float64
}

// ColorParams is a borrowed view of an NvOSD_ColorParams (components in
// 0..1). It is valid only while the buffer that carries it is alive and
// inside the probe or callback that produced it.
type ColorParams struct{ p *C.NvOSD_ColorParams }

// ColorParamsFromUnsafePointer wraps an NvOSD_ColorParams*
// (borrowed), such as one inside a struct another package binds.
func ColorParamsFromUnsafePointer(p unsafe.Pointer) ColorParams {
	return ColorParams{(*C.NvOSD_ColorParams)(p)}
}

// UnsafePointer returns the NvOSD_ColorParams*.
func (c ColorParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(c.p) }

// IsNil reports whether the view holds no struct.
func (c ColorParams) IsNil() bool { return c.p == nil }

// Red is red.
func (c ColorParams) Red() float64 { return float64(c.c().red) }

// SetRed writes red.
func (c ColorParams) SetRed(v float64) { c.c().red = C.double(v) }

// Green is green.
func (c ColorParams) Green() float64 { return float64(c.c().green) }

// SetGreen writes green.
func (c ColorParams) SetGreen(v float64) { c.c().green = C.double(v) }

// Blue is blue.
func (c ColorParams) Blue() float64 { return float64(c.c().blue) }

// SetBlue writes blue.
func (c ColorParams) SetBlue(v float64) { c.c().blue = C.double(v) }

// Alpha is alpha: 0 is transparent, 1 opaque.
func (c ColorParams) Alpha() float64 { return float64(c.c().alpha) }

// SetAlpha writes alpha.
func (c ColorParams) SetAlpha(v float64) { c.c().alpha = C.double(v) }

// Set writes all four components (pyds NvOSD_ColorParams.set).
func (c ColorParams) Set(red, green, blue, alpha float64) {
	c.c().red, c.c().green, c.c().blue, c.c().alpha = C.double(red), C.double(green), C.double(blue), C.double(alpha)
}

// Get copies the four components out.
func (c ColorParams) Get() Color {
	return Color{float64(c.c().red), float64(c.c().green), float64(c.c().blue), float64(c.c().alpha)}
}

// SetColor writes the four components from a Color.
func (c ColorParams) SetColor(v Color) { c.Set(v.R, v.G, v.B, v.A) }
