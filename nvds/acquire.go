package nvds

// #include "cshim.h"
import "C"

import "unsafe"

func pending[T any](v T, p unsafe.Pointer, op string) (*Pending[T], error) {
	if p == nil {
		return nil, opError(op, ErrPoolExhausted)
	}
	return &Pending[T]{v: v, p: p}, nil
}

// AcquireFrameMeta takes a frame meta from the batch's pool; wraps
// nvds_acquire_frame_meta_from_pool. The result is owned by the caller
// until BatchMeta.AddFrame consumes it.
func (b BatchMeta) AcquireFrameMeta() (*Pending[FrameMeta], error) {
	if b.p == nil {
		return nil, opError("nvds_acquire_frame_meta_from_pool", ErrNilMeta)
	}
	p := C.nvds_acquire_frame_meta_from_pool(b.p)
	return pending(FrameMeta{p}, unsafe.Pointer(p), "nvds_acquire_frame_meta_from_pool")
}

// AcquireObjectMeta takes an object meta from the batch's pool; wraps
// nvds_acquire_obj_meta_from_pool. The result is owned by the caller until
// FrameMeta.AddObject consumes it.
func (b BatchMeta) AcquireObjectMeta() (*Pending[ObjectMeta], error) {
	if b.p == nil {
		return nil, opError("nvds_acquire_obj_meta_from_pool", ErrNilMeta)
	}
	p := C.nvds_acquire_obj_meta_from_pool(b.p)
	return pending(ObjectMeta{p}, unsafe.Pointer(p), "nvds_acquire_obj_meta_from_pool")
}

// AcquireClassifierMeta takes a classifier meta from the batch's pool;
// wraps nvds_acquire_classifier_meta_from_pool. The result is owned by the
// caller until ObjectMeta.AddClassifier consumes it.
func (b BatchMeta) AcquireClassifierMeta() (*Pending[ClassifierMeta], error) {
	if b.p == nil {
		return nil, opError("nvds_acquire_classifier_meta_from_pool", ErrNilMeta)
	}
	p := C.nvds_acquire_classifier_meta_from_pool(b.p)
	return pending(ClassifierMeta{p}, unsafe.Pointer(p), "nvds_acquire_classifier_meta_from_pool")
}

// AcquireLabelInfo takes a label info from the batch's pool; wraps
// nvds_acquire_label_info_meta_from_pool. The result is owned by the caller
// until ClassifierMeta.AddLabel consumes it.
func (b BatchMeta) AcquireLabelInfo() (*Pending[LabelInfo], error) {
	if b.p == nil {
		return nil, opError("nvds_acquire_label_info_meta_from_pool", ErrNilMeta)
	}
	p := C.nvds_acquire_label_info_meta_from_pool(b.p)
	return pending(LabelInfo{p}, unsafe.Pointer(p), "nvds_acquire_label_info_meta_from_pool")
}

// AcquireDisplayMeta takes a display meta from the batch's pool; wraps
// nvds_acquire_display_meta_from_pool. The result is owned by the caller
// until FrameMeta.AddDisplayMeta consumes it.
func (b BatchMeta) AcquireDisplayMeta() (*Pending[DisplayMeta], error) {
	if b.p == nil {
		return nil, opError("nvds_acquire_display_meta_from_pool", ErrNilMeta)
	}
	p := C.nvds_acquire_display_meta_from_pool(b.p)
	return pending(DisplayMeta{p}, unsafe.Pointer(p), "nvds_acquire_display_meta_from_pool")
}

// AcquireUserMeta takes a user meta from the batch's pool; wraps
// nvds_acquire_user_meta_from_pool. Set its type, data and copy/release
// functions (the callbacks package does all three), then attach it with
// AddUserMeta on a batch, frame or object.
func (b BatchMeta) AcquireUserMeta() (*Pending[UserMeta], error) {
	if b.p == nil {
		return nil, opError("nvds_acquire_user_meta_from_pool", ErrNilMeta)
	}
	p := C.nvds_acquire_user_meta_from_pool(b.p)
	return pending(UserMeta{p}, unsafe.Pointer(p), "nvds_acquire_user_meta_from_pool")
}
