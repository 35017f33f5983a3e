package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// CircleParams is a borrowed view of an NvOSD_CircleParams: a circle
// nvdsosd draws. It is valid only while the buffer that carries it is alive
// and inside the probe or callback that produced it.
type CircleParams struct{ p *C.NvOSD_CircleParams }

// CircleParamsFromUnsafePointer wraps an NvOSD_CircleParams*
// (borrowed), such as one inside a struct another package binds.
func CircleParamsFromUnsafePointer(p unsafe.Pointer) CircleParams {
	return CircleParams{(*C.NvOSD_CircleParams)(p)}
}

// UnsafePointer returns the NvOSD_CircleParams*.
func (c CircleParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(c.p) }

// IsNil reports whether the view holds no struct.
func (c CircleParams) IsNil() bool { return c.p == nil }

// XC is xc: the centre's x, in pixels.
func (c CircleParams) XC() uint32 { return uint32(c.c().xc) }

// SetXC writes xc.
func (c CircleParams) SetXC(v uint32) { c.c().xc = C.uint(v) }

// YC is yc: the centre's y, in pixels.
func (c CircleParams) YC() uint32 { return uint32(c.c().yc) }

// SetYC writes yc.
func (c CircleParams) SetYC(v uint32) { c.c().yc = C.uint(v) }

// Radius is radius, in pixels.
func (c CircleParams) Radius() uint32 { return uint32(c.c().radius) }

// SetRadius writes radius.
func (c CircleParams) SetRadius(v uint32) { c.c().radius = C.uint(v) }

// CircleColor is circle_color: the outline's colour.
func (c CircleParams) CircleColor() ColorParams { return ColorParams{&c.c().circle_color} }

// HasBgColor is has_bg_color: whether the circle is filled with BgColor.
func (c CircleParams) HasBgColor() bool { return c.c().has_bg_color != 0 }

// SetHasBgColor writes has_bg_color.
func (c CircleParams) SetHasBgColor(v bool) { c.c().has_bg_color = cuint(v) }

// BgColor is bg_color: the fill colour.
func (c CircleParams) BgColor() ColorParams { return ColorParams{&c.c().bg_color} }

// CircleWidth is circle_width: the outline's width, in pixels.
func (c CircleParams) CircleWidth() uint32 { return uint32(c.c().circle_width) }

// SetCircleWidth writes circle_width.
func (c CircleParams) SetCircleWidth(v uint32) { c.c().circle_width = C.uint(v) }

// Reserved is reserved.
func (c CircleParams) Reserved() uint32 { return uint32(c.c().reserved) }

// SetReserved writes reserved.
func (c CircleParams) SetReserved(v uint32) { c.c().reserved = C.uint(v) }
