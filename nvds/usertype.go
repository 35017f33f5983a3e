package nvds

/*
#include <stdlib.h>
#include "cshim.go.h"
*/
import "C"

import (
	"iter"
	"sync"
	"unsafe"
)

// userMetaTypes caches UserMetaType: descriptor -> MetaType.
var userMetaTypes sync.Map

// UserMetaType returns the meta type DeepStream assigns to a user-meta
// descriptor such as "NVIDIA.DSANALYTICSOBJ.USER_META"; wraps
// nvds_get_user_meta_type. The same descriptor always gives the same type in
// a process, in C, Python and Go alike, so components agree on it without
// sharing Go values. Results are cached: only the first lookup of a
// descriptor makes a cgo call. An empty descriptor is an error, and one
// containing a NUL byte is refused with ErrNUL.
func UserMetaType(descriptor string) (MetaType, error) {
	if t, ok := userMetaTypes.Load(descriptor); ok {
		return t.(MetaType), nil
	}
	if descriptor == "" {
		return MetaTypeInvalid, &Error{Op: "nvds.UserMetaType", Msg: "empty descriptor"}
	}
	if containsNUL(descriptor) {
		return MetaTypeInvalid, opError("nvds.UserMetaType", ErrNUL)
	}
	cs := C.CString(descriptor)
	t := MetaType(C.nvds_get_user_meta_type((*C.gchar)(cs)))
	C.free(unsafe.Pointer(cs))
	if t == MetaTypeInvalid {
		return t, &Error{Op: "nvds.UserMetaType", Msg: "returned NVDS_INVALID_META"}
	}
	userMetaTypes.Store(descriptor, t)
	return t, nil
}

// MustUserMetaType is UserMetaType for descriptors fixed in the program
// (package-level variables); it panics on an invalid descriptor.
func MustUserMetaType(descriptor string) MetaType {
	t, err := UserMetaType(descriptor)
	if err != nil {
		panic("nvds: " + err.Error())
	}
	return t
}

// Payloads yields the payloads that from finds among users. from is the
// XFromUser function of the package that reads the payload (it checks the
// meta type and returns false for any other), so one filter serves every
// kind: nvds.Payloads(frame.UserMeta(), infer.TensorMetaFromUser) ranges
// over a frame's tensor metas, nvds.Payloads(obj.UserMeta(),
// analytics.ObjInfoFromUser) over an object's analytics.
func Payloads[T any](users iter.Seq[UserMeta], from func(UserMeta) (T, bool)) iter.Seq[T] {
	return func(yield func(T) bool) {
		for u := range users {
			if v, ok := from(u); ok && !yield(v) {
				return
			}
		}
	}
}

// User meta by type: the tagged-metadata model. A component that publishes
// a payload attaches a user meta whose type comes from its descriptor, and
// readers find it by that type at the batch, frame or object level. These
// helpers walk the lists in Go, with no cgo call per entry.

func userMetaOfType(head *C.GList, t MetaType) iter.Seq[UserMeta] {
	return func(yield func(UserMeta) bool) {
		for l := head; l != nil; {
			next := l.next
			u := UserMeta{(*C.NvDsUserMeta)(l.data)}
			if MetaType(u.p.base_meta.meta_type) == t && !yield(u) {
				return
			}
			l = next
		}
	}
}

func findUserMeta(head *C.GList, t MetaType) (UserMeta, bool) {
	for l := head; l != nil; l = l.next {
		u := UserMeta{(*C.NvDsUserMeta)(l.data)}
		if MetaType(u.p.base_meta.meta_type) == t {
			return u, true
		}
	}
	return UserMeta{}, false
}

func findLastUserMeta(head *C.GList, t MetaType) (UserMeta, bool) {
	var found UserMeta
	for l := head; l != nil; l = l.next {
		u := UserMeta{(*C.NvDsUserMeta)(l.data)}
		if MetaType(u.p.base_meta.meta_type) == t {
			found = u
		}
	}
	return found, found.p != nil
}

// UserMetaOfType ranges over the entries of batch_user_meta_list whose
// meta_type is t, in list order. The body may remove the entry it was given
// (RemoveUserMeta).
func (b BatchMeta) UserMetaOfType(t MetaType) iter.Seq[UserMeta] {
	return userMetaOfType(b.c().batch_user_meta_list, t)
}

// FindUserMeta returns the first entry of batch_user_meta_list whose
// meta_type is t.
func (b BatchMeta) FindUserMeta(t MetaType) (UserMeta, bool) {
	return findUserMeta(b.c().batch_user_meta_list, t)
}

// FindLastUserMeta returns the last entry of batch_user_meta_list whose
// meta_type is t: the last in list order, normally the one attached most
// recently.
func (b BatchMeta) FindLastUserMeta(t MetaType) (UserMeta, bool) {
	return findLastUserMeta(b.c().batch_user_meta_list, t)
}

// RemoveLastUserMeta removes the entry FindLastUserMeta returns (its
// release function runs) and reports whether there was one.
func (b BatchMeta) RemoveLastUserMeta(t MetaType) bool {
	u, ok := b.FindLastUserMeta(t)
	if ok {
		b.RemoveUserMeta(u)
	}
	return ok
}

// UserMetaOfType ranges over the entries of frame_user_meta_list whose
// meta_type is t, in list order. The body may remove the entry it was given
// (RemoveUserMeta).
func (f FrameMeta) UserMetaOfType(t MetaType) iter.Seq[UserMeta] {
	return userMetaOfType(f.c().frame_user_meta_list, t)
}

// FindUserMeta returns the first entry of frame_user_meta_list whose
// meta_type is t.
func (f FrameMeta) FindUserMeta(t MetaType) (UserMeta, bool) {
	return findUserMeta(f.c().frame_user_meta_list, t)
}

// FindLastUserMeta returns the last entry of frame_user_meta_list whose
// meta_type is t: the last in list order, normally the one attached most
// recently.
func (f FrameMeta) FindLastUserMeta(t MetaType) (UserMeta, bool) {
	return findLastUserMeta(f.c().frame_user_meta_list, t)
}

// RemoveLastUserMeta removes the entry FindLastUserMeta returns (its
// release function runs) and reports whether there was one.
func (f FrameMeta) RemoveLastUserMeta(t MetaType) bool {
	u, ok := f.FindLastUserMeta(t)
	if ok {
		f.RemoveUserMeta(u)
	}
	return ok
}

// UserMetaOfType ranges over the entries of obj_user_meta_list whose
// meta_type is t, in list order. The body may remove the entry it was given
// (RemoveUserMeta).
func (o ObjectMeta) UserMetaOfType(t MetaType) iter.Seq[UserMeta] {
	return userMetaOfType(o.c().obj_user_meta_list, t)
}

// FindUserMeta returns the first entry of obj_user_meta_list whose
// meta_type is t.
func (o ObjectMeta) FindUserMeta(t MetaType) (UserMeta, bool) {
	return findUserMeta(o.c().obj_user_meta_list, t)
}

// FindLastUserMeta returns the last entry of obj_user_meta_list whose
// meta_type is t: the last in list order, normally the one attached most
// recently.
func (o ObjectMeta) FindLastUserMeta(t MetaType) (UserMeta, bool) {
	return findLastUserMeta(o.c().obj_user_meta_list, t)
}

// RemoveLastUserMeta removes the entry FindLastUserMeta returns (its
// release function runs) and reports whether there was one.
func (o ObjectMeta) RemoveLastUserMeta(t MetaType) bool {
	u, ok := o.FindLastUserMeta(t)
	if ok {
		o.RemoveUserMeta(u)
	}
	return ok
}
