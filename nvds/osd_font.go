package nvds

/*
#include <stdlib.h>
#include "cshim.go.h"
*/
import "C"

import (
	"sync"
	"unsafe"
)

// FontParams is a borrowed view of an NvOSD_FontParams. It is valid only
// while the buffer that carries it is alive and inside the probe or
// callback that produced it.
type FontParams struct{ p *C.NvOSD_FontParams }

// FontParamsFromUnsafePointer wraps an NvOSD_FontParams*
// (borrowed), such as one inside a struct another package binds.
func FontParamsFromUnsafePointer(p unsafe.Pointer) FontParams {
	return FontParams{(*C.NvOSD_FontParams)(p)}
}

// UnsafePointer returns the NvOSD_FontParams*.
func (f FontParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(f.p) }

// IsNil reports whether the view holds no struct.
func (f FontParams) IsNil() bool { return f.p == nil }

// FontName returns font_name ("" when NULL), e.g. "Serif".
func (f FontParams) FontName() string { return cString(f.c().font_name) }

// SetFontName points font_name at an interned, never-freed C copy of name
// (one allocation per distinct name for the life of the process); "" stores
// NULL. The previous value is not freed.
//
// Interning is deliberate: DeepStream treats font_name as borrowed. Its
// release functions never free it, copies of a meta share the pointer, and
// C code commonly stores string literals there. An owned (g_malloc) value
// would leak once per object per frame and could not safely be freed on
// reassignment.
//
// It returns ErrNUL, leaving the field as it was, when name contains a NUL
// byte.
func (f FontParams) SetFontName(name string) error {
	if containsNUL(name) {
		return opError("nvds.FontParams.SetFontName", ErrNUL)
	}
	f.c().font_name = internFontName(name)
	return nil
}

// FontSize is font_size, in points.
func (f FontParams) FontSize() uint32 { return uint32(f.c().font_size) }

// SetFontSize writes font_size.
func (f FontParams) SetFontSize(v uint32) { f.c().font_size = C.uint(v) }

// FontColor is font_color.
func (f FontParams) FontColor() ColorParams { return ColorParams{&f.c().font_color} }

// fontNames maps a font name to its interned C copy (*C.char), so that
// repeated SetFontName calls with the same name make no cgo call.
var fontNames sync.Map

func internFontName(name string) *C.gchar {
	if name == "" {
		return nil
	}
	if p, ok := fontNames.Load(name); ok {
		return p.(*C.gchar)
	}
	c := (*C.gchar)(C.CString(name))
	if p, loaded := fontNames.LoadOrStore(name, c); loaded {
		C.free(unsafe.Pointer(c))
		return p.(*C.gchar)
	}
	return c
}
