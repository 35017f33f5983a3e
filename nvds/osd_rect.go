package nvds

// #include <stddef.h>
// #include "cshim.go.h"
// #include "nvds_version.h"
//
// #if NVDS_VERSION_MAJOR >= 9
// enum { GODS_RECT_ROTATION_OFFSET = offsetof(NvOSD_RectParams, rotation_angle) };
// #else
// enum { GODS_RECT_ROTATION_OFFSET = -1 };
// #endif
import "C"

import "unsafe"

// HasRotationAngle reports whether the SDK release the package is compiled
// against has NvOSD_RectParams.rotation_angle (DeepStream 9.0 and later).
const HasRotationAngle = rectRotationOffset >= 0

// rectRotationOffset is offsetof(NvOSD_RectParams, rotation_angle), or -1
// where the field does not exist (before DeepStream 9.0). It is a
// compile-time constant taken from the headers the package is built
// against, so RotationAngle is a plain memory access like every other field
// read, and the same Go code compiles against the 7.1, 8.0 and 9.x headers.
const rectRotationOffset = C.GODS_RECT_ROTATION_OFFSET

// RectParams is a borrowed view of an NvOSD_RectParams: a box nvdsosd
// draws. It is valid only while the buffer that carries it is alive and
// inside the probe or callback that produced it.
type RectParams struct{ p *C.NvOSD_RectParams }

// RectParamsFromUnsafePointer wraps an NvOSD_RectParams*
// (borrowed), such as one inside a struct another package binds.
func RectParamsFromUnsafePointer(p unsafe.Pointer) RectParams {
	return RectParams{(*C.NvOSD_RectParams)(p)}
}

// UnsafePointer returns the NvOSD_RectParams*.
func (r RectParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(r.p) }

// IsNil reports whether the view holds no struct.
func (r RectParams) IsNil() bool { return r.p == nil }

// Left is left, in pixels.
func (r RectParams) Left() float32 { return float32(r.c().left) }

// SetLeft writes left.
func (r RectParams) SetLeft(v float32) { r.c().left = C.float(v) }

// Top is top, in pixels.
func (r RectParams) Top() float32 { return float32(r.c().top) }

// SetTop writes top.
func (r RectParams) SetTop(v float32) { r.c().top = C.float(v) }

// Width is width, in pixels.
func (r RectParams) Width() float32 { return float32(r.c().width) }

// SetWidth writes width.
func (r RectParams) SetWidth(v float32) { r.c().width = C.float(v) }

// Height is height, in pixels.
func (r RectParams) Height() float32 { return float32(r.c().height) }

// SetHeight writes height.
func (r RectParams) SetHeight(v float32) { r.c().height = C.float(v) }

// Rect copies left, top, width and height out.
func (r RectParams) Rect() Rect {
	return Rect{float32(r.c().left), float32(r.c().top), float32(r.c().width), float32(r.c().height)}
}

// SetRect writes left, top, width and height.
func (r RectParams) SetRect(v Rect) {
	r.c().left, r.c().top, r.c().width, r.c().height = C.float(v.Left), C.float(v.Top), C.float(v.Width), C.float(v.Height)
}

// BorderWidth is border_width, in pixels (0: no border).
func (r RectParams) BorderWidth() uint32 { return uint32(r.c().border_width) }

// SetBorderWidth writes border_width.
func (r RectParams) SetBorderWidth(v uint32) { r.c().border_width = C.uint(v) }

// BorderColor is border_color.
func (r RectParams) BorderColor() ColorParams { return ColorParams{&r.c().border_color} }

// HasBgColor is has_bg_color: whether the box is filled with BgColor.
func (r RectParams) HasBgColor() bool { return r.c().has_bg_color != 0 }

// SetHasBgColor writes has_bg_color.
func (r RectParams) SetHasBgColor(v bool) { r.c().has_bg_color = cuint(v) }

// Reserved is reserved.
func (r RectParams) Reserved() uint32 { return uint32(r.c().reserved) }

// SetReserved writes reserved.
func (r RectParams) SetReserved(v uint32) { r.c().reserved = C.uint(v) }

// BgColor is bg_color: the fill colour.
func (r RectParams) BgColor() ColorParams { return ColorParams{&r.c().bg_color} }

// HasColorInfo is has_color_info: whether ColorID selects the colour.
func (r RectParams) HasColorInfo() bool { return r.c().has_color_info != 0 }

// SetHasColorInfo writes has_color_info.
func (r RectParams) SetHasColorInfo(v bool) { r.c().has_color_info = cint(v) }

// ColorID is color_id.
func (r RectParams) ColorID() int32 { return int32(r.c().color_id) }

// SetColorID writes color_id.
func (r RectParams) SetColorID(v int32) { r.c().color_id = C.int(v) }

// RotationAngle is rotation_angle, in degrees (DeepStream 9.0 and later).
// Against older headers, where the field does not exist, it returns 0; see
// HasRotationAngle.
func (r RectParams) RotationAngle() float32 {
	p := r.c() // a zero view panics in every release, field or not
	if !HasRotationAngle {
		return 0
	}
	return *rotation(p)
}

// SetRotationAngle writes rotation_angle. Against headers older than 9.0 it
// does nothing; see HasRotationAngle.
func (r RectParams) SetRotationAngle(v float32) {
	p := r.c()
	if HasRotationAngle {
		*rotation(p) = v
	}
}

func rotation(p *C.NvOSD_RectParams) *float32 {
	return (*float32)(unsafe.Add(unsafe.Pointer(p), rectRotationOffset))
}
