package nvds

// #include "cshim.h"
import "C"

import (
	"unsafe"
)

// fixedString reads a NUL-terminated fixed-size C char array.
func fixedString(p *C.gchar, capacity int) string {
	b := unsafe.Slice((*byte)(unsafe.Pointer(p)), capacity)
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// setFixedString writes s into a fixed-size char array, truncated at a rune
// boundary and NUL-terminated; it reports ErrTruncated when s did not fit.
func setFixedString(p *C.gchar, capacity int, s string) error {
	b := unsafe.Slice((*byte)(unsafe.Pointer(p)), capacity)
	n := len(s)
	var err error
	if n > capacity-1 {
		n = capacity - 1
		for n > 0 && s[n]&0xC0 == 0x80 {
			n--
		}
		err = ErrTruncated
	}
	copy(b, s[:n])
	clear(b[n:])
	return err
}

// setOwnedString replaces a char* field with a copy of s made by the
// allocator the SDK frees such fields with (g_malloc); the old value is
// freed.
func setOwnedString(field **C.gchar, s string) {
	if len(s) == 0 {
		C.cshim_set_owned_string((**C.char)(unsafe.Pointer(field)), nil, 0)
		return
	}
	C.cshim_set_owned_string((**C.char)(unsafe.Pointer(field)), (*C.char)(unsafe.Pointer(unsafe.StringData(s))), C.ptrdiff_t(len(s)))
}

// clearOwnedString frees a char* field and stores NULL.
func clearOwnedString(field **C.gchar) {
	C.cshim_set_owned_string((**C.char)(unsafe.Pointer(field)), nil, -1)
}

// cString reads a char* field ("" for NULL).
func cString(p *C.gchar) string {
	if p == nil {
		return ""
	}
	return C.GoString((*C.char)(unsafe.Pointer(p)))
}
