package callbacks

// #include "callbacks.go.h"
import "C"

import (
	"fmt"
	"iter"
	"reflect"
	"runtime/cgo"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Cloner is implemented by payload types whose copies must not share one
// value: when a user meta is copied, the copy holds v.Clone() instead of v.
type Cloner[T any] interface{ Clone() T }

// GoMeta attaches Go values of type T as user-meta payloads of one meta
// type and reads them back typed.
//
// The value lives in Go behind a cgo.Handle; the user meta's
// user_meta_data is a small C struct holding the handle and a C-side
// reference count. When DeepStream copies the meta (a buffer copy,
// nvds_copy_*_user_meta_list), the copy shares the value: the count goes
// up in C and Go is not entered. When the last user meta holding the value
// is released, the C release function calls into Go once to delete the
// handle. A shared value is the same value in every copy, so mutate it only
// if T is safe for that (or make T a value type).
//
// If T implements Cloner[T], every copy holds v.Clone() instead, so copying
// calls into Go (from the thread doing the copy) once per copy. A Clone
// that panics leaves the copy without a payload (Get returns ErrNoPayload)
// instead of crashing the streaming thread.
//
// Downstream C plugins see an opaque pointer; use CMeta for payloads they
// read.
type GoMeta[T any] struct {
	typ   nvds.MetaType
	clone bool
}

// goTypes maps a meta type to the Go type registered for it and, for
// cloning types, its clone function. Like the C registry it only grows:
// payloads attached before an Unregister still clone, and a meta type never
// changes its Go type within a process. Reads (Clone, on streaming
// threads) take no lock; registering holds registerMu from the check to
// the store, so two goroutines registering different Go types for one
// meta type cannot both see it free.
var (
	goTypes    sync.Map // nvds.MetaType -> goType
	registerMu sync.Mutex
)

type goType struct {
	rt    reflect.Type
	clone func(any) any
}

// NewGoMeta registers Go payloads of type T under the meta type of
// descriptor (nvds.UserMetaType). See RegisterGo.
func NewGoMeta[T any](descriptor string) (*GoMeta[T], error) {
	t, err := nvds.UserMetaType(descriptor)
	if err != nil {
		return nil, err
	}
	return RegisterGo[T](t)
}

// RegisterGo registers Go payloads of type T under meta type t, installing
// this package's copy and release functions for it. Registering the same T
// again returns an equivalent GoMeta; another T, or a type registered with
// RegisterFuncs or for C-layout payloads, gives ErrConflict.
func RegisterGo[T any](t nvds.MetaType) (*GoMeta[T], error) {
	const op = "callbacks.RegisterGo"
	if t == nvds.MetaTypeInvalid {
		return nil, opError(op, ErrWrongMetaType)
	}
	rt := reflect.TypeFor[T]()
	m := &GoMeta[T]{typ: t, clone: rt.Implements(reflect.TypeFor[Cloner[T]]())}
	gt := goType{rt: rt}
	kind, copyFn := C.int(C.GODS_CALLBACKS_KIND_GO_SHARED), C.NvDsMetaCopyFunc(C.gods_callbacks_go_copy_shared)
	if m.clone {
		kind, copyFn = C.GODS_CALLBACKS_KIND_GO_CLONE, C.NvDsMetaCopyFunc(C.gods_callbacks_go_copy_clone)
		gt.clone = func(v any) any { return any(v.(Cloner[T]).Clone()) }
	}
	registerMu.Lock()
	defer registerMu.Unlock()
	if prev, ok := goTypes.Load(t); ok && prev.(goType).rt != rt {
		return nil, &nvds.Error{Op: op, Err: ErrConflict, Msg: fmt.Sprintf("meta type %d holds %v", t, prev.(goType).rt)}
	}
	if err := resultError(op, C.gods_callbacks_register(C.NvDsMetaType(t), kind, copyFn,
		C.NvDsMetaReleaseFunc(C.gods_callbacks_go_release), 0, nil, 0)); err != nil {
		return nil, err
	}
	goTypes.Store(t, gt)
	return m, nil
}

// Type is the meta type the payloads are attached under.
func (m *GoMeta[T]) Type() nvds.MetaType { return m.typ }

// Clones reports whether copies clone the value (T implements Cloner[T])
// rather than share it.
func (m *GoMeta[T]) Clones() bool { return m.clone }

// Attach attaches v to to (a batch, frame or object meta) as the payload of
// a new user meta, acquired from the batch's pool and attached in one C
// call. The user meta owns v's handle from then on; it is dropped when the
// last copy of the meta is released.
func (m *GoMeta[T]) Attach(to Target, v T) (nvds.UserMeta, error) {
	const op = "callbacks.GoMeta.Attach"
	kind, p, err := target(op, to)
	if err != nil {
		return nvds.UserMeta{}, err
	}
	h := newHandle(v)
	var rc C.int
	u := C.gods_callbacks_attach_go(kind, p, C.NvDsMetaType(m.typ), C.uintptr_t(h), &rc)
	if err := resultError(op, rc); err != nil {
		deleteHandle(h)
		return nvds.UserMeta{}, err
	}
	return nvds.UserMetaFromUnsafePointer(unsafe.Pointer(u)), nil
}

// Get returns the payload of u. It fails with ErrWrongMetaType if u is not
// of m's meta type, ErrForeignPayload if its payload is not a Go payload,
// ErrNoPayload if it has none, and ErrWrongType if it holds another Go
// type. Reading costs no cgo call.
func (m *GoMeta[T]) Get(u nvds.UserMeta) (T, error) {
	var zero T
	if u.IsNil() {
		return zero, opError("callbacks.GoMeta.Get", nvds.ErrNilMeta)
	}
	if u.MetaType() != m.typ {
		return zero, opError("callbacks.GoMeta.Get", ErrWrongMetaType)
	}
	return Value[T](u)
}

// All ranges over the user metas of m's type in metas (for example
// frame.UserMeta()), yielding each with its payload. Metas of other types,
// and metas whose payload cannot be read as T, are skipped.
func (m *GoMeta[T]) All(metas iter.Seq[nvds.UserMeta]) iter.Seq2[nvds.UserMeta, T] {
	return func(yield func(nvds.UserMeta, T) bool) {
		for u := range metas {
			if u.MetaType() != m.typ {
				continue
			}
			if v, err := Value[T](u); err == nil && !yield(u, v) {
				return
			}
		}
	}
}

// Value returns the Go payload of u as a T, whatever meta type it was
// attached under. It fails with ErrForeignPayload if u does not carry a Go
// payload of this package, ErrNoPayload if it carries none, and
// ErrWrongType if the value is not a T.
func Value[T any](u nvds.UserMeta) (T, error) {
	const op = "callbacks.Value"
	var zero T
	if u.IsNil() {
		return zero, opError(op, nvds.ErrNilMeta)
	}
	c := cUserMeta(u)
	if c.base_meta.release_func != C.NvDsMetaReleaseFunc(C.gods_callbacks_go_release) {
		return zero, opError(op, ErrForeignPayload)
	}
	p := (*C.GodsCallbacksGoPayload)(c.user_meta_data)
	if p == nil {
		return zero, opError(op, ErrNoPayload)
	}
	if p.magic != C.GODS_CALLBACKS_GO_MAGIC {
		return zero, opError(op, ErrForeignPayload)
	}
	v, ok := cgo.Handle(p.handle).Value().(T)
	if !ok {
		return zero, &nvds.Error{Op: op, Err: ErrWrongType,
			Msg: fmt.Sprintf("holds %T, not %v", cgo.Handle(p.handle).Value(), reflect.TypeFor[T]())}
	}
	return v, nil
}

// liveHandles counts the cgo.Handles this package holds.
var liveHandles atomic.Int64

func newHandle(v any) cgo.Handle {
	liveHandles.Add(1)
	return cgo.NewHandle(v)
}

func deleteHandle(h cgo.Handle) {
	h.Delete()
	liveHandles.Add(-1)
}

// releaseHandle runs when the last user meta holding a Go payload is
// released (gods_callbacks_go_release).
func releaseHandle(h uintptr) { deleteHandle(cgo.Handle(h)) }

// cloneHandle runs for every copy of a cloning Go payload
// (gods_callbacks_go_copy_clone). It returns 0, which leaves the copy
// without a payload, if the type is no longer registered; a Clone that
// panics is recovered by goCallbacksClone's guard, with the same result.
func cloneHandle(t nvds.MetaType, h uintptr) uintptr {
	gt, ok := goTypes.Load(t)
	if !ok || gt.(goType).clone == nil {
		return 0
	}
	return uintptr(newHandle(gt.(goType).clone(cgo.Handle(h).Value())))
}
