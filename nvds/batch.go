package nvds

// #include "cshim.go.h"
import "C"

import (
	"iter"
	"unsafe"
)

// BatchMeta is a borrowed view of an NvDsBatchMeta: the metadata of one
// batched buffer. It is valid only while the buffer that carries it is
// alive and inside the probe or callback that produced it.
//
// A view of a batch Go owns (OwnedBatchMeta.Meta) also knows that batch's
// lifetime: used after OwnedBatchMeta.Release, it panics instead of
// reaching freed memory.
type BatchMeta struct {
	p    *C.NvDsBatchMeta
	life *batchLife // non-nil for a view of an OwnedBatchMeta
}

// c is the view's checked accessor (see view.go); for a batch it also
// refuses a batch Go has released.
func (b BatchMeta) c() *C.NvDsBatchMeta {
	if b.p == nil {
		panic(zeroView("BatchMeta"))
	}
	if b.life != nil && b.life.released.Load() {
		panic(errBatchReleased)
	}
	return b.p
}

// BatchMetaFromUnsafePointer wraps an NvDsBatchMeta* obtained elsewhere
// (another binding, a C plugin). The pointer is borrowed.
func BatchMetaFromUnsafePointer(p unsafe.Pointer) BatchMeta {
	return BatchMeta{p: (*C.NvDsBatchMeta)(p)}
}

// UnsafePointer returns the NvDsBatchMeta*.
func (b BatchMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(b.p) }

// IsNil reports whether the view holds no metadata.
func (b BatchMeta) IsNil() bool { return b.p == nil }

// Base returns the embedded NvDsBaseMeta.
func (b BatchMeta) Base() BaseMeta { return BaseMeta{&b.c().base_meta} }

// MaxFramesInBatch is max_frames_in_batch.
func (b BatchMeta) MaxFramesInBatch() uint32 { return uint32(b.c().max_frames_in_batch) }

// SetMaxFramesInBatch sets max_frames_in_batch.
func (b BatchMeta) SetMaxFramesInBatch(n uint32) { b.c().max_frames_in_batch = C.guint(n) }

// NumFramesInBatch is num_frames_in_batch.
func (b BatchMeta) NumFramesInBatch() uint32 { return uint32(b.c().num_frames_in_batch) }

// SetNumFramesInBatch sets num_frames_in_batch.
func (b BatchMeta) SetNumFramesInBatch(n uint32) { b.c().num_frames_in_batch = C.guint(n) }

// MiscBatchInfo returns misc_batch_info as a writable view of its true
// width (gint64, MAX_USER_FIELDS entries).
func (b BatchMeta) MiscBatchInfo() []int64 {
	return unsafe.Slice((*int64)(unsafe.Pointer(&b.c().misc_batch_info[0])), len(b.c().misc_batch_info))
}

// Reserved returns the reserved array as a writable view (gint64).
func (b BatchMeta) Reserved() []int64 {
	return unsafe.Slice((*int64)(unsafe.Pointer(&b.c().reserved[0])), len(b.c().reserved))
}

// Frames ranges over frame_meta_list in batch order.
func (b BatchMeta) Frames() iter.Seq[FrameMeta] {
	return frameSeq(b.c().frame_meta_list)
}

// NumFrames counts frame_meta_list.
func (b BatchMeta) NumFrames() int { return listLen(b.c().frame_meta_list) }

// Frame returns the index'th frame of frame_meta_list (what
// nvds_get_nth_frame_meta returns), or ErrOutOfRange.
func (b BatchMeta) Frame(index int) (FrameMeta, error) {
	p := listNth(b.c().frame_meta_list, index)
	if p == nil {
		return FrameMeta{}, ErrOutOfRange
	}
	return frameFromPointer(p), nil
}

// UserMeta ranges over batch_user_meta_list.
func (b BatchMeta) UserMeta() iter.Seq[UserMeta] {
	return listSeq(b.c().batch_user_meta_list, userFromPointer)
}

// Lock acquires the batch-meta lock (nvds_acquire_meta_lock) and returns
// the function that releases it (nvds_release_meta_lock):
//
//	defer batch.Lock()()
func (b BatchMeta) Lock() (unlock func()) {
	C.nvds_acquire_meta_lock(b.c())
	return func() { C.nvds_release_meta_lock(b.c()) }
}

// ClearFrames removes every frame (with its objects and other sub-meta) and
// returns them to the pools; wraps nvds_clear_frame_meta_list on
// frame_meta_list.
func (b BatchMeta) ClearFrames() { C.nvds_clear_frame_meta_list(b.c(), b.c().frame_meta_list) }

// ClearUserMeta removes every batch-level user meta, calling each one's
// release function; wraps nvds_clear_batch_user_meta_list on
// batch_user_meta_list.
func (b BatchMeta) ClearUserMeta() {
	C.nvds_clear_batch_user_meta_list(b.c(), b.c().batch_user_meta_list)
}

// CopyFramesFrom appends deep copies of src's frames, with their objects,
// display and user meta, to b (usually another batch); wraps
// nvds_copy_frame_meta_list. User meta are copied with their copy
// functions.
func (b BatchMeta) CopyFramesFrom(src BatchMeta) {
	C.nvds_copy_frame_meta_list(src.c().frame_meta_list, b.c())
}

// CopyUserMetaFrom appends copies of src's batch-level user meta to b;
// wraps nvds_copy_batch_user_meta_list. Payloads are copied with their copy
// functions.
func (b BatchMeta) CopyUserMetaFrom(src BatchMeta) {
	C.nvds_copy_batch_user_meta_list(src.c().batch_user_meta_list, b.c())
}

// PrintPoolInfo prints the use of the batch's pools to the C stdout, a
// debugging aid; wraps nvds_get_current_metadata_info.
func (b BatchMeta) PrintPoolInfo() { C.nvds_get_current_metadata_info(b.c()) }
