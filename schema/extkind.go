package schema

// #include "schema.go.h"
import "C"

import "unsafe"

// extKind is what an event message's extMsg really is
// (gods_schema_msg_ext_kind): an ObjectType with an ext struct, extNone or
// extBlob. Readers trust it, not objType, to read the object.
type extKind int32

const (
	extNone extKind = C.GODS_SCHEMA_EXT_NONE // no extMsg
	extBlob extKind = C.GODS_SCHEMA_EXT_BLOB // a flat block (SetExtBlob)
)

// String names the kind for error messages.
func (k extKind) String() string {
	switch k {
	case extNone:
		return "absent"
	case extBlob:
		return "a flat block (SetExtBlob)"
	}
	return ObjectType(k).String()
}

// hasExt reports whether m's extMsg is a struct of object type t, so that
// its fields may be read as one. An object of kind t always has
// extMsgSize sizeof(t) (ours by construction, others by the SDK's
// convention), so only a matching size costs the cgo call that reads the
// recorded kind.
func (m EventMsgMeta) hasExt(t ObjectType) bool {
	size := extSize(t)
	return m.p.extMsg != nil && size != 0 && m.p.extMsgSize == size && m.extKind() == extKind(t)
}

// extSize is the size of the ext struct of object type t (0 for types
// without one), computed in Go so that the check costs no cgo call.
func extSize(t ObjectType) C.guint {
	switch t {
	case ObjectVehicle:
		return C.guint(unsafe.Sizeof(C.NvDsVehicleObject{}))
	case ObjectVehicleExt:
		return C.guint(unsafe.Sizeof(C.NvDsVehicleObjectExt{}))
	case ObjectPerson:
		return C.guint(unsafe.Sizeof(C.NvDsPersonObject{}))
	case ObjectPersonExt:
		return C.guint(unsafe.Sizeof(C.NvDsPersonObjectExt{}))
	case ObjectFace:
		return C.guint(unsafe.Sizeof(C.NvDsFaceObject{}))
	case ObjectFaceExt:
		return C.guint(unsafe.Sizeof(C.NvDsFaceObjectExt{}))
	case ObjectProduct:
		return C.guint(unsafe.Sizeof(C.NvDsProductObject{}))
	case ObjectProductExt:
		return C.guint(unsafe.Sizeof(C.NvDsProductObjectExt{}))
	}
	return 0
}
