package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// TextParams is a borrowed view of an NvOSD_TextParams: a string nvdsosd
// draws, with its position, font and background. It is valid only while
// the buffer that carries it is alive and inside the probe or callback that
// produced it.
type TextParams struct{ p *C.NvOSD_TextParams }

// TextParamsFromUnsafePointer wraps an NvOSD_TextParams*
// (borrowed), such as one inside a struct another package binds.
func TextParamsFromUnsafePointer(p unsafe.Pointer) TextParams {
	return TextParams{(*C.NvOSD_TextParams)(p)}
}

// UnsafePointer returns the NvOSD_TextParams*.
func (t TextParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(t.p) }

// IsNil reports whether the view holds no struct.
func (t TextParams) IsNil() bool { return t.p == nil }

// DisplayText returns display_text ("" when NULL).
func (t TextParams) DisplayText() string { return cString(t.c().display_text) }

// SetDisplayText replaces display_text with a g_malloc'ed copy of s and
// g_frees the old value; DeepStream's release and copy functions free and
// duplicate this field with GLib's allocator, so nothing else is needed.
// It returns ErrNUL, leaving the field as it was, when s contains a NUL
// byte.
func (t TextParams) SetDisplayText(s string) error {
	return setOwnedString("nvds.TextParams.SetDisplayText", &t.c().display_text, s)
}

// ClearDisplayText g_frees display_text and stores NULL.
func (t TextParams) ClearDisplayText() { clearOwnedString(&t.c().display_text) }

// XOffset is x_offset: the text's left edge, in pixels.
func (t TextParams) XOffset() uint32 { return uint32(t.c().x_offset) }

// SetXOffset writes x_offset.
func (t TextParams) SetXOffset(v uint32) { t.c().x_offset = C.uint(v) }

// YOffset is y_offset: the text's top edge, in pixels.
func (t TextParams) YOffset() uint32 { return uint32(t.c().y_offset) }

// SetYOffset writes y_offset.
func (t TextParams) SetYOffset(v uint32) { t.c().y_offset = C.uint(v) }

// FontParams is font_params.
func (t TextParams) FontParams() FontParams { return FontParams{&t.c().font_params} }

// HasBgColor is set_bg_clr: whether the text gets a background box.
func (t TextParams) HasBgColor() bool { return t.c().set_bg_clr != 0 }

// SetHasBgColor writes set_bg_clr.
func (t TextParams) SetHasBgColor(v bool) { t.c().set_bg_clr = cint(v) }

// BgColor is text_bg_clr: the background box's colour.
func (t TextParams) BgColor() ColorParams { return ColorParams{&t.c().text_bg_clr} }
