package nvds

// #include "cshim.go.h"
import "C"

import (
	"strings"
	"unsafe"
)

// FixedString reads a NUL-terminated fixed-size char array (a C char[N]
// field seen as bytes); the whole array when it holds no NUL.
func FixedString(field []byte) string {
	for i, c := range field {
		if c == 0 {
			return string(field[:i])
		}
	}
	return string(field)
}

// SetFixedString writes s into a fixed-size char array (a C char[N] field
// seen as bytes, such as a [N]byte field of a C-layout payload), truncated
// to len(field)-1 bytes at a rune boundary and NUL-terminated. It returns
// ErrTruncated when s did not fit (an empty field holds nothing, not even
// the NUL, and is left as it is), and ErrNUL, writing nothing, when s
// contains a NUL byte.
func SetFixedString(field []byte, s string) error {
	if containsNUL(s) {
		return ErrNUL
	}
	if len(field) == 0 {
		return ErrTruncated
	}
	n := len(s)
	var err error
	if n > len(field)-1 {
		n = len(field) - 1
		for n > 0 && s[n]&0xC0 == 0x80 {
			n--
		}
		err = ErrTruncated
	}
	copy(field, s[:n])
	clear(field[n:])
	return err
}

// containsNUL reports whether s holds a NUL byte, which C would take for
// its end: every string setter refuses such a string (ErrNUL).
func containsNUL(s string) bool { return strings.IndexByte(s, 0) >= 0 }

// fixedString reads a fixed-size C char array field.
func fixedString(p *C.gchar, capacity int) string {
	return FixedString(unsafe.Slice((*byte)(unsafe.Pointer(p)), capacity))
}

// fixedBytes is a fixed-size C char array field up to its NUL (the whole
// array when it holds none), as a slice over the C memory.
func fixedBytes(p *C.gchar, capacity int) []byte {
	b := unsafe.Slice((*byte)(unsafe.Pointer(p)), capacity)
	for i, c := range b {
		if c == 0 {
			return b[:i:i]
		}
	}
	return b
}

// setFixedString writes a fixed-size C char array field (SetFixedString);
// an error names op.
func setFixedString(op string, p *C.gchar, capacity int, s string) error {
	if err := SetFixedString(unsafe.Slice((*byte)(unsafe.Pointer(p)), capacity), s); err != nil {
		return opError(op, err)
	}
	return nil
}

// setOwnedString replaces a char* field with a copy of s made by the
// allocator the SDK frees such fields with (g_malloc); the old value is
// freed. A string holding a NUL is refused (ErrNUL, naming op) and the
// field left as it was.
func setOwnedString(op string, field **C.gchar, s string) error {
	if containsNUL(s) {
		return opError(op, ErrNUL)
	}
	setOwnedBytes(field, s)
	return nil
}

func setOwnedBytes(field **C.gchar, s string) {
	if len(s) == 0 {
		C.gods_set_owned_string((**C.char)(unsafe.Pointer(field)), nil, 0)
		return
	}
	C.gods_set_owned_string((**C.char)(unsafe.Pointer(field)), (*C.char)(unsafe.Pointer(unsafe.StringData(s))), C.ptrdiff_t(len(s)))
}

// clearOwnedString frees a char* field and stores NULL.
func clearOwnedString(field **C.gchar) {
	C.gods_set_owned_string((**C.char)(unsafe.Pointer(field)), nil, -1)
}

// cString reads a char* field ("" for NULL).
func cString(p *C.gchar) string {
	if p == nil {
		return ""
	}
	return C.GoString((*C.char)(unsafe.Pointer(p)))
}
