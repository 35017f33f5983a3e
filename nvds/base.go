package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// BaseMeta is a borrowed view of the NvDsBaseMeta that heads every meta
// struct. It is valid only while the buffer that carries it is alive and
// inside the probe or callback that produced it.
type BaseMeta struct{ p *C.NvDsBaseMeta }

// MetaType is base_meta.meta_type.
func (b BaseMeta) MetaType() MetaType { return MetaType(b.c().meta_type) }

// SetMetaType writes base_meta.meta_type.
func (b BaseMeta) SetMetaType(t MetaType) { b.c().meta_type = C.NvDsMetaType(t) }

// Batch is base_meta.batch_meta: the batch the meta belongs to.
func (b BaseMeta) Batch() BatchMeta { return BatchMeta{p: b.c().batch_meta} }

// UContext is base_meta.uContext, a user context pointer.
func (b BaseMeta) UContext() unsafe.Pointer { return unsafe.Pointer(b.c().uContext) }

// SetUContext writes base_meta.uContext.
func (b BaseMeta) SetUContext(p unsafe.Pointer) { b.c().uContext = p }

// HasCopyFunc reports whether base_meta.copy_func is set.
func (b BaseMeta) HasCopyFunc() bool { return b.c().copy_func != nil }

// HasReleaseFunc reports whether base_meta.release_func is set.
func (b BaseMeta) HasReleaseFunc() bool { return b.c().release_func != nil }

// UnsafeSetFuncs sets base_meta.copy_func and release_func to C function
// pointers (NvDsMetaCopyFunc, NvDsMetaReleaseFunc). The callbacks package
// provides them; they must be C functions, never Go function values.
func (b BaseMeta) UnsafeSetFuncs(copyFunc, releaseFunc unsafe.Pointer) {
	b.c().copy_func = C.NvDsMetaCopyFunc(copyFunc)
	b.c().release_func = C.NvDsMetaReleaseFunc(releaseFunc)
}
