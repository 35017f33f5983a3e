package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// ArrowParams is a borrowed view of an NvOSD_ArrowParams: an arrow nvdsosd
// draws. It is valid only while the buffer that carries it is alive and
// inside the probe or callback that produced it.
type ArrowParams struct{ p *C.NvOSD_ArrowParams }

// ArrowParamsFromUnsafePointer wraps an NvOSD_ArrowParams*
// (borrowed), such as one inside a struct another package binds.
func ArrowParamsFromUnsafePointer(p unsafe.Pointer) ArrowParams {
	return ArrowParams{(*C.NvOSD_ArrowParams)(p)}
}

// UnsafePointer returns the NvOSD_ArrowParams*.
func (a ArrowParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(a.p) }

// IsNil reports whether the view holds no struct.
func (a ArrowParams) IsNil() bool { return a.p == nil }

// X1 is x1: the start point's x, in pixels.
func (a ArrowParams) X1() uint32 { return uint32(a.c().x1) }

// SetX1 writes x1.
func (a ArrowParams) SetX1(v uint32) { a.c().x1 = C.uint(v) }

// Y1 is y1: the start point's y, in pixels.
func (a ArrowParams) Y1() uint32 { return uint32(a.c().y1) }

// SetY1 writes y1.
func (a ArrowParams) SetY1(v uint32) { a.c().y1 = C.uint(v) }

// X2 is x2: the end point's x, in pixels.
func (a ArrowParams) X2() uint32 { return uint32(a.c().x2) }

// SetX2 writes x2.
func (a ArrowParams) SetX2(v uint32) { a.c().x2 = C.uint(v) }

// Y2 is y2: the end point's y, in pixels.
func (a ArrowParams) Y2() uint32 { return uint32(a.c().y2) }

// SetY2 writes y2.
func (a ArrowParams) SetY2(v uint32) { a.c().y2 = C.uint(v) }

// SetPoints writes x1, y1, x2 and y2.
func (a ArrowParams) SetPoints(x1, y1, x2, y2 uint32) {
	a.c().x1, a.c().y1, a.c().x2, a.c().y2 = C.uint(x1), C.uint(y1), C.uint(x2), C.uint(y2)
}

// ArrowWidth is arrow_width, in pixels.
func (a ArrowParams) ArrowWidth() uint32 { return uint32(a.c().arrow_width) }

// SetArrowWidth writes arrow_width.
func (a ArrowParams) SetArrowWidth(v uint32) { a.c().arrow_width = C.uint(v) }

// ArrowHead is arrow_head.
func (a ArrowParams) ArrowHead() ArrowHead { return ArrowHead(a.c().arrow_head) }

// SetArrowHead writes arrow_head.
func (a ArrowParams) SetArrowHead(v ArrowHead) { a.c().arrow_head = C.NvOSD_Arrow_Head_Direction(v) }

// ArrowColor is arrow_color.
func (a ArrowParams) ArrowColor() ColorParams { return ColorParams{&a.c().arrow_color} }

// Reserved is reserved.
func (a ArrowParams) Reserved() uint32 { return uint32(a.c().reserved) }

// SetReserved writes reserved.
func (a ArrowParams) SetReserved(v uint32) { a.c().reserved = C.uint(v) }
