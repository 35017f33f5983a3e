package callbacks

// #include "callbacks.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Target is where a user meta is attached: an nvds.BatchMeta (its
// batch_user_meta_list), nvds.FrameMeta (frame_user_meta_list) or
// nvds.ObjectMeta (obj_user_meta_list). Any other implementation is
// rejected with ErrInvalidTarget.
type Target interface {
	UnsafePointer() unsafe.Pointer
	IsNil() bool
}

// target resolves t to the C kind and pointer.
func target(op string, t Target) (C.int, unsafe.Pointer, error) {
	if t == nil || t.IsNil() {
		return 0, nil, opError(op, nvds.ErrNilMeta)
	}
	switch t.(type) {
	case nvds.BatchMeta:
		return C.GODS_CALLBACKS_TARGET_BATCH, t.UnsafePointer(), nil
	case nvds.FrameMeta:
		return C.GODS_CALLBACKS_TARGET_FRAME, t.UnsafePointer(), nil
	case nvds.ObjectMeta:
		return C.GODS_CALLBACKS_TARGET_OBJECT, t.UnsafePointer(), nil
	}
	return 0, nil, opError(op, ErrInvalidTarget)
}

// resultError turns a CB_* result into an error naming op.
func resultError(op string, rc C.int) error {
	switch rc {
	case C.GODS_CALLBACKS_OK:
		return nil
	case C.GODS_CALLBACKS_ERR_NOT_REGISTERED:
		return opError(op, ErrNotRegistered)
	case C.GODS_CALLBACKS_ERR_CONFLICT, C.GODS_CALLBACKS_ERR_WRONG_KIND:
		return opError(op, ErrConflict)
	case C.GODS_CALLBACKS_ERR_NO_BATCH:
		return opError(op, ErrInvalidTarget)
	case C.GODS_CALLBACKS_ERR_POOL:
		return opError(op, nvds.ErrPoolExhausted)
	}
	return &nvds.Error{Op: op, Msg: "unexpected result"}
}

// RegisterFuncs registers C copy and release functions (NvDsMetaCopyFunc,
// NvDsMetaReleaseFunc, for example from a C plugin's library) for meta type
// t, so that AttachData can attach payloads of that type. Any number of
// types can be registered at once, each with its own pair; registering the
// same pair again is a no-op, another pair gives ErrConflict. Both must be C
// function pointers, never Go function values: they run on streaming
// threads without entering Go.
func RegisterFuncs(t nvds.MetaType, copyFunc, releaseFunc unsafe.Pointer) error {
	const op = "callbacks.RegisterFuncs"
	if copyFunc == nil || releaseFunc == nil {
		return &nvds.Error{Op: op, Msg: "copy and release functions are both required"}
	}
	if t == nvds.MetaTypeInvalid {
		return opError(op, ErrWrongMetaType)
	}
	return resultError(op, C.gods_callbacks_register(C.NvDsMetaType(t), C.GODS_CALLBACKS_KIND_FUNCS,
		C.NvDsMetaCopyFunc(copyFunc), C.NvDsMetaReleaseFunc(releaseFunc), 0, nil, 0))
}

// Unregister deactivates meta type t, whatever kind of payload it was
// registered for: attaching more payloads of the type fails with
// ErrNotRegistered until it is registered again. User metas already
// attached keep their copy and release functions and still copy and free
// their payloads correctly; nothing becomes a silent no-op. It returns
// ErrNotRegistered if t was not registered.
func Unregister(t nvds.MetaType) error {
	return resultError("callbacks.Unregister", C.gods_callbacks_unregister(C.NvDsMetaType(t)))
}

// Registered reports whether t has an active registration.
func Registered(t nvds.MetaType) bool {
	return C.gods_callbacks_registered_kind(C.NvDsMetaType(t)) >= 0
}

// AttachData attaches C memory as the payload of a new user meta of type t
// on to (a batch, frame or object); t must have been registered with
// RegisterFuncs. It acquires the user meta from the batch's pool
// (nvds_acquire_user_meta_from_pool), installs the registered functions and
// attaches it (nvds_add_user_meta_to_batch, _to_frame or _to_obj), all in one
// C call. data must be C memory that the registered release function
// frees; it is owned by the user meta from then on, and stays the caller's
// if an error is returned.
func AttachData(to Target, t nvds.MetaType, data unsafe.Pointer) (nvds.UserMeta, error) {
	const op = "callbacks.AttachData"
	kind, p, err := target(op, to)
	if err != nil {
		return nvds.UserMeta{}, err
	}
	var rc C.int
	u := C.gods_callbacks_attach_data(kind, p, C.NvDsMetaType(t), data, &rc)
	if err := resultError(op, rc); err != nil {
		return nvds.UserMeta{}, err
	}
	return nvds.UserMetaFromUnsafePointer(unsafe.Pointer(u)), nil
}

// cUserMeta is the C struct behind a view.
func cUserMeta(u nvds.UserMeta) *C.NvDsUserMeta { return (*C.NvDsUserMeta)(u.UnsafePointer()) }
