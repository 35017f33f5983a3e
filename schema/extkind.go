package schema

// #include "schema.go.h"
import "C"

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
// its fields may be read as one: one cgo call, made only when there is an
// extMsg.
func (m EventMsgMeta) hasExt(t ObjectType) bool {
	return m.p.extMsg != nil && m.extKind() == extKind(t)
}
