package callbacks

// #include "callbacks.go.h"
import "C"

import (
	"fmt"
	"iter"
	"reflect"
	"strings"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// CString is a char* field of a C-layout payload: a NUL-terminated string
// allocated with g_malloc and owned by the payload, which frees it on
// release and duplicates it on copy. Its zero value is NULL. It has the size
// and alignment of a C pointer, so a Go struct with CString fields has the
// layout of the C struct with char* fields in the same places.
type CString struct{ p *C.char }

// String returns a copy of the text ("" for NULL).
func (s CString) String() string {
	if s.p == nil {
		return ""
	}
	return C.GoString(s.p)
}

// IsNil reports whether the field is NULL.
func (s CString) IsNil() bool { return s.p == nil }

// Set replaces the field with a g_malloc'ed copy of v, g_free'ing the old
// value (one cgo call). It returns nvds.ErrNUL, and leaves the field
// unchanged, if v contains a NUL byte. s must point into a payload allocated by this
// package (CMeta.Attach or a copy of it), never into Go memory.
func (s *CString) Set(v string) error {
	if strings.IndexByte(v, 0) >= 0 {
		return opError("callbacks.CString.Set", nvds.ErrNUL)
	}
	C.gods_set_owned_string(&s.p, (*C.char)(unsafe.Pointer(unsafe.StringData(v))), C.ptrdiff_t(len(v)))
	return nil
}

// Clear frees the field and stores NULL.
func (s *CString) Clear() { C.gods_set_owned_string(&s.p, nil, -1) }

// UnsafePointer returns the char* (nil for NULL).
func (s CString) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(s.p) }

// CMeta attaches C-layout payloads of type T under one meta type: structs
// of plain data allocated in C memory (g_malloc0), which downstream C
// plugins read as the C struct of the same layout. T may hold numbers,
// bools, arrays and nested structs of those, and CString fields for char*;
// nothing else that Go could point into Go memory. Mark T with
// structs.HostLayout to document that its layout is the C one.
//
// The copy and release functions are C: a copy is a memcpy plus g_strdup of
// every CString, a release g_frees every CString and then the struct. Go
// is never entered.
type CMeta[T any] struct {
	typ nvds.MetaType
}

// NewCMeta registers C-layout payloads of type T under the meta type of
// descriptor (nvds.UserMetaType). See RegisterC.
func NewCMeta[T any](descriptor string) (*CMeta[T], error) {
	t, err := nvds.UserMetaType(descriptor)
	if err != nil {
		return nil, err
	}
	return RegisterC[T](t)
}

// RegisterC registers C-layout payloads of type T under meta type t. It
// fails with ErrNotPlainData if T holds Go pointers other than CString
// fields, and with ErrConflict if t is registered with another layout or
// for another payload kind.
func RegisterC[T any](t nvds.MetaType) (*CMeta[T], error) {
	const op = "callbacks.RegisterC"
	if t == nvds.MetaTypeInvalid {
		return nil, opError(op, ErrWrongMetaType)
	}
	rt := reflect.TypeFor[T]()
	var offsets []C.gsize
	if err := layout(rt, 0, &offsets); err != nil {
		return nil, &nvds.Error{Op: op, Err: ErrNotPlainData, Msg: err.Error()}
	}
	var first *C.gsize
	if len(offsets) > 0 {
		first = &offsets[0]
	}
	rc := C.gods_callbacks_register(C.NvDsMetaType(t), C.GODS_CALLBACKS_KIND_C_LAYOUT,
		C.NvDsMetaCopyFunc(C.gods_callbacks_c_copy), C.NvDsMetaReleaseFunc(C.gods_callbacks_c_release),
		C.gsize(rt.Size()), first, C.guint(len(offsets)))
	if err := resultError(op, rc); err != nil {
		return nil, err
	}
	return &CMeta[T]{typ: t}, nil
}

var cstringType = reflect.TypeFor[CString]()

// layout appends the offsets of the CString fields of t (at base) and
// reports the first field that is not plain data.
func layout(t reflect.Type, base uintptr, offsets *[]C.gsize) error {
	if t == cstringType {
		*offsets = append(*offsets, C.gsize(base))
		return nil
	}
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return nil
	case reflect.Array:
		for i := 0; i < t.Len(); i++ {
			if err := layout(t.Elem(), base+uintptr(i)*t.Elem().Size(), offsets); err != nil {
				return err
			}
		}
		return nil
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if err := layout(f.Type, base+f.Offset, offsets); err != nil {
				return fmt.Errorf("%s.%s: %w", t.Name(), f.Name, err)
			}
		}
		return nil
	}
	return fmt.Errorf("%v is not plain data", t)
}

// Type is the meta type the payloads are attached under.
func (m *CMeta[T]) Type() nvds.MetaType { return m.typ }

// Attach allocates a zeroed T in C memory and attaches it to to (a batch,
// frame or object meta) as the payload of a new user meta, in one C call.
// Fill the fields through the returned pointer; set CString fields with
// their Set method. The pointer is a view into the payload: valid while
// the user meta is, like any view, and never to be freed by the caller.
func (m *CMeta[T]) Attach(to Target) (nvds.UserMeta, *T, error) {
	const op = "callbacks.CMeta.Attach"
	kind, p, err := target(op, to)
	if err != nil {
		return nvds.UserMeta{}, nil, err
	}
	var rc C.int
	u := C.gods_callbacks_attach_c(kind, p, C.NvDsMetaType(m.typ), &rc)
	if err := resultError(op, rc); err != nil {
		return nvds.UserMeta{}, nil, err
	}
	return nvds.UserMetaFromUnsafePointer(unsafe.Pointer(u)), (*T)(u.user_meta_data), nil
}

// Get returns the payload of u: a pointer into C memory, valid while u is.
// It fails with ErrWrongMetaType if u is of another meta type,
// ErrForeignPayload if the payload was not allocated by this package as a
// C-layout payload, and ErrNoPayload if there is none.
func (m *CMeta[T]) Get(u nvds.UserMeta) (*T, error) {
	const op = "callbacks.CMeta.Get"
	if u.IsNil() {
		return nil, opError(op, nvds.ErrNilMeta)
	}
	if u.MetaType() != m.typ {
		return nil, opError(op, ErrWrongMetaType)
	}
	c := cUserMeta(u)
	if c.base_meta.release_func != C.NvDsMetaReleaseFunc(C.gods_callbacks_c_release) {
		return nil, opError(op, ErrForeignPayload)
	}
	if c.user_meta_data == nil {
		return nil, opError(op, ErrNoPayload)
	}
	return (*T)(c.user_meta_data), nil
}

// All ranges over the user metas of m's type in metas (for example
// frame.UserMeta()), yielding each with its payload.
func (m *CMeta[T]) All(metas iter.Seq[nvds.UserMeta]) iter.Seq2[nvds.UserMeta, *T] {
	return func(yield func(nvds.UserMeta, *T) bool) {
		for u := range metas {
			if u.MetaType() != m.typ {
				continue
			}
			if v, err := m.Get(u); err == nil && !yield(u, v) {
				return
			}
		}
	}
}
