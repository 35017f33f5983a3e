package nvds

// #include "cshim.go.h"
import "C"

import (
	"iter"
	"unsafe"
)

// FrameMeta is a borrowed view of an NvDsFrameMeta: one frame of a batch.
// It is valid only while the buffer that carries it is alive and inside the
// probe or callback that produced it.
type FrameMeta struct{ p *C.NvDsFrameMeta }

func frameFromPointer(p unsafe.Pointer) FrameMeta { return FrameMeta{(*C.NvDsFrameMeta)(p)} }

// FrameMetaFromUnsafePointer wraps an NvDsFrameMeta* (borrowed).
func FrameMetaFromUnsafePointer(p unsafe.Pointer) FrameMeta { return frameFromPointer(p) }

// UnsafePointer returns the NvDsFrameMeta*.
func (f FrameMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(f.p) }

// IsNil reports whether the view holds no metadata.
func (f FrameMeta) IsNil() bool { return f.p == nil }

// Base returns the embedded NvDsBaseMeta.
func (f FrameMeta) Base() BaseMeta { return BaseMeta{&f.c().base_meta} }

// Batch returns the batch this frame belongs to (base_meta.batch_meta).
func (f FrameMeta) Batch() BatchMeta { return BatchMeta{p: f.c().base_meta.batch_meta} }

// PadIndex is pad_index: the nvstreammux sink pad the frame came from.
func (f FrameMeta) PadIndex() uint32 { return uint32(f.c().pad_index) }

// SetPadIndex writes pad_index.
func (f FrameMeta) SetPadIndex(v uint32) { f.c().pad_index = C.guint(v) }

// BatchID is batch_id: the frame's index in the batch.
func (f FrameMeta) BatchID() uint32 { return uint32(f.c().batch_id) }

// SetBatchID writes batch_id.
func (f FrameMeta) SetBatchID(v uint32) { f.c().batch_id = C.guint(v) }

// FrameNum is frame_num: the frame's number in its source.
func (f FrameMeta) FrameNum() int32 { return int32(f.c().frame_num) }

// SetFrameNum writes frame_num.
func (f FrameMeta) SetFrameNum(v int32) { f.c().frame_num = C.gint(v) }

// BufPTS is buf_pts, in nanoseconds.
func (f FrameMeta) BufPTS() uint64 { return uint64(f.c().buf_pts) }

// SetBufPTS writes buf_pts.
func (f FrameMeta) SetBufPTS(v uint64) { f.c().buf_pts = C.guint64(v) }

// NTPTimestamp is ntp_timestamp, in nanoseconds since the epoch.
func (f FrameMeta) NTPTimestamp() uint64 { return uint64(f.c().ntp_timestamp) }

// SetNTPTimestamp writes ntp_timestamp.
func (f FrameMeta) SetNTPTimestamp(v uint64) { f.c().ntp_timestamp = C.guint64(v) }

// SourceID is source_id.
func (f FrameMeta) SourceID() uint32 { return uint32(f.c().source_id) }

// SetSourceID writes source_id.
func (f FrameMeta) SetSourceID(v uint32) { f.c().source_id = C.guint(v) }

// NumSurfacesPerFrame is num_surfaces_per_frame.
func (f FrameMeta) NumSurfacesPerFrame() int32 { return int32(f.c().num_surfaces_per_frame) }

// SetNumSurfacesPerFrame writes num_surfaces_per_frame.
func (f FrameMeta) SetNumSurfacesPerFrame(v int32) { f.c().num_surfaces_per_frame = C.gint(v) }

// SourceFrameWidth is source_frame_width.
func (f FrameMeta) SourceFrameWidth() uint32 { return uint32(f.c().source_frame_width) }

// SetSourceFrameWidth writes source_frame_width.
func (f FrameMeta) SetSourceFrameWidth(v uint32) { f.c().source_frame_width = C.guint(v) }

// SourceFrameHeight is source_frame_height.
func (f FrameMeta) SourceFrameHeight() uint32 { return uint32(f.c().source_frame_height) }

// SetSourceFrameHeight writes source_frame_height.
func (f FrameMeta) SetSourceFrameHeight(v uint32) { f.c().source_frame_height = C.guint(v) }

// SurfaceType is surface_type.
func (f FrameMeta) SurfaceType() uint32 { return uint32(f.c().surface_type) }

// SetSurfaceType writes surface_type.
func (f FrameMeta) SetSurfaceType(v uint32) { f.c().surface_type = C.guint(v) }

// SurfaceIndex is surface_index.
func (f FrameMeta) SurfaceIndex() uint32 { return uint32(f.c().surface_index) }

// SetSurfaceIndex writes surface_index.
func (f FrameMeta) SetSurfaceIndex(v uint32) { f.c().surface_index = C.guint(v) }

// NumObjMeta is num_obj_meta: the count the runtime keeps as objects are
// added and removed.
func (f FrameMeta) NumObjMeta() uint32 { return uint32(f.c().num_obj_meta) }

// SetNumObjMeta writes num_obj_meta.
func (f FrameMeta) SetNumObjMeta(v uint32) { f.c().num_obj_meta = C.guint(v) }

// InferDone is bInferDone.
func (f FrameMeta) InferDone() bool { return f.c().bInferDone != 0 }

// SetInferDone writes bInferDone.
func (f FrameMeta) SetInferDone(v bool) { f.c().bInferDone = gboolean(v) }

// PipelineWidth is pipeline_width.
func (f FrameMeta) PipelineWidth() uint32 { return uint32(f.c().pipeline_width) }

// SetPipelineWidth writes pipeline_width.
func (f FrameMeta) SetPipelineWidth(v uint32) { f.c().pipeline_width = C.guint(v) }

// PipelineHeight is pipeline_height.
func (f FrameMeta) PipelineHeight() uint32 { return uint32(f.c().pipeline_height) }

// SetPipelineHeight writes pipeline_height.
func (f FrameMeta) SetPipelineHeight(v uint32) { f.c().pipeline_height = C.guint(v) }

// MiscFrameInfo returns misc_frame_info as a writable view of its true
// width (gint64, MAX_USER_FIELDS entries).
func (f FrameMeta) MiscFrameInfo() []int64 {
	return unsafe.Slice((*int64)(unsafe.Pointer(&f.c().misc_frame_info[0])), len(f.c().misc_frame_info))
}

// Reserved returns the reserved array as a writable view (gint64).
func (f FrameMeta) Reserved() []int64 {
	return unsafe.Slice((*int64)(unsafe.Pointer(&f.c().reserved[0])), len(f.c().reserved))
}

// Objects ranges over obj_meta_list in list order. The body may remove the
// object it was given (RemoveObject).
func (f FrameMeta) Objects() iter.Seq[ObjectMeta] {
	return objectSeq(f.c().obj_meta_list)
}

// NumObjects counts obj_meta_list.
func (f FrameMeta) NumObjects() int { return listLen(f.c().obj_meta_list) }

// DisplayMeta ranges over display_meta_list.
func (f FrameMeta) DisplayMeta() iter.Seq[DisplayMeta] {
	return listSeq(f.c().display_meta_list, displayFromPointer)
}

// UserMeta ranges over frame_user_meta_list.
func (f FrameMeta) UserMeta() iter.Seq[UserMeta] {
	return listSeq(f.c().frame_user_meta_list, userFromPointer)
}

func gboolean(v bool) C.gboolean {
	if v {
		return 1
	}
	return 0
}

// ClearObjects removes every object (with its classifier and user meta)
// and returns them to the pool; wraps nvds_clear_obj_meta_list on
// obj_meta_list. num_obj_meta drops to 0.
func (f FrameMeta) ClearObjects() { C.nvds_clear_obj_meta_list(f.c(), f.c().obj_meta_list) }

// ClearDisplayMeta removes every display meta; wraps
// nvds_clear_display_meta_list on display_meta_list.
func (f FrameMeta) ClearDisplayMeta() {
	C.nvds_clear_display_meta_list(f.c(), f.c().display_meta_list)
}

// ClearUserMeta removes every frame-level user meta, calling each one's
// release function; wraps nvds_clear_frame_user_meta_list on
// frame_user_meta_list.
func (f FrameMeta) ClearUserMeta() {
	C.nvds_clear_frame_user_meta_list(f.c(), f.c().frame_user_meta_list)
}

// CopyObjectsFrom appends deep copies of src's objects (with their
// classifier and user meta) to f; wraps nvds_copy_obj_meta_list. Do not
// rely on parent links in the copies: the embedded runtime remaps those
// that point inside the copied list, and the SDK does not document them.
func (f FrameMeta) CopyObjectsFrom(src FrameMeta) {
	C.nvds_copy_obj_meta_list(src.c().obj_meta_list, f.c())
}

// CopyDisplayMetaFrom appends copies of src's display meta to f; wraps
// nvds_copy_display_meta_list.
func (f FrameMeta) CopyDisplayMetaFrom(src FrameMeta) {
	C.nvds_copy_display_meta_list(src.c().display_meta_list, f.c())
}

// CopyUserMetaFrom appends copies of src's frame-level user meta to f;
// wraps nvds_copy_frame_user_meta_list. Payloads are copied with their copy
// functions.
func (f FrameMeta) CopyUserMetaFrom(src FrameMeta) {
	C.nvds_copy_frame_user_meta_list(src.c().frame_user_meta_list, f.c())
}
