package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// UserMeta is a borrowed view of an NvDsUserMeta: custom metadata attached
// to a batch, frame or object. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
type UserMeta struct{ p *C.NvDsUserMeta }

func userFromPointer(p unsafe.Pointer) UserMeta { return UserMeta{(*C.NvDsUserMeta)(p)} }

// UserMetaFromUnsafePointer wraps an NvDsUserMeta* (borrowed).
func UserMetaFromUnsafePointer(p unsafe.Pointer) UserMeta { return userFromPointer(p) }

// UnsafePointer returns the NvDsUserMeta*.
func (u UserMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(u.p) }

// IsNil reports whether the view holds no metadata.
func (u UserMeta) IsNil() bool { return u.p == nil }

// Base returns the embedded NvDsBaseMeta (meta_type, copy and release
// functions).
func (u UserMeta) Base() BaseMeta { return BaseMeta{&u.c().base_meta} }

// MetaType is base_meta.meta_type.
func (u UserMeta) MetaType() MetaType { return MetaType(u.c().base_meta.meta_type) }

// Data is user_meta_data: the payload pointer, owned by the meta's release
// function.
func (u UserMeta) Data() unsafe.Pointer { return unsafe.Pointer(u.c().user_meta_data) }

// UnsafeSetData sets user_meta_data. The pointer must be C memory (never Go
// memory) that the meta's release function frees.
func (u UserMeta) UnsafeSetData(p unsafe.Pointer) { u.c().user_meta_data = p }
