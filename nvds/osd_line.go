package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// LineParams is a borrowed view of an NvOSD_LineParams: a line segment
// nvdsosd draws. It is valid only while the buffer that carries it is alive
// and inside the probe or callback that produced it.
type LineParams struct{ p *C.NvOSD_LineParams }

// LineParamsFromUnsafePointer wraps an NvOSD_LineParams*
// (borrowed), such as one inside a struct another package binds.
func LineParamsFromUnsafePointer(p unsafe.Pointer) LineParams {
	return LineParams{(*C.NvOSD_LineParams)(p)}
}

// UnsafePointer returns the NvOSD_LineParams*.
func (l LineParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(l.p) }

// IsNil reports whether the view holds no struct.
func (l LineParams) IsNil() bool { return l.p == nil }

// X1 is x1: the start point's x, in pixels.
func (l LineParams) X1() uint32 { return uint32(l.c().x1) }

// SetX1 writes x1.
func (l LineParams) SetX1(v uint32) { l.c().x1 = C.uint(v) }

// Y1 is y1: the start point's y, in pixels.
func (l LineParams) Y1() uint32 { return uint32(l.c().y1) }

// SetY1 writes y1.
func (l LineParams) SetY1(v uint32) { l.c().y1 = C.uint(v) }

// X2 is x2: the end point's x, in pixels.
func (l LineParams) X2() uint32 { return uint32(l.c().x2) }

// SetX2 writes x2.
func (l LineParams) SetX2(v uint32) { l.c().x2 = C.uint(v) }

// Y2 is y2: the end point's y, in pixels.
func (l LineParams) Y2() uint32 { return uint32(l.c().y2) }

// SetY2 writes y2.
func (l LineParams) SetY2(v uint32) { l.c().y2 = C.uint(v) }

// SetPoints writes x1, y1, x2 and y2.
func (l LineParams) SetPoints(x1, y1, x2, y2 uint32) {
	l.c().x1, l.c().y1, l.c().x2, l.c().y2 = C.uint(x1), C.uint(y1), C.uint(x2), C.uint(y2)
}

// LineWidth is line_width, in pixels.
func (l LineParams) LineWidth() uint32 { return uint32(l.c().line_width) }

// SetLineWidth writes line_width.
func (l LineParams) SetLineWidth(v uint32) { l.c().line_width = C.uint(v) }

// LineColor is line_color.
func (l LineParams) LineColor() ColorParams { return ColorParams{&l.c().line_color} }
