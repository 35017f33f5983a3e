package nvds

// #include "cshim.go.h"
import "C"

// Acquiring from a zero view returns ErrNilMeta; from a view of an
// OwnedBatchMeta that was released, it panics (errBatchReleased), since the
// pool is freed memory by then.
//
// The Acquire methods stay small enough to inline, so the Pending value
// they return lives on the caller's stack when it does not escape: each
// cgo call sits in its own helper below.

// AcquireFrameMeta takes a frame meta from the batch's pool; wraps
// nvds_acquire_frame_meta_from_pool. The result is owned by the caller
// until BatchMeta.AddFrame consumes it.
func (b BatchMeta) AcquireFrameMeta() (*Pending[FrameMeta], error) {
	d := &Pending[FrameMeta]{life: b.life}
	return d, acquireFrame("nvds.BatchMeta.AcquireFrameMeta", b, &d.v.p)
}

// AcquireObjectMeta takes an object meta from the batch's pool; wraps
// nvds_acquire_obj_meta_from_pool. The result is owned by the caller until
// FrameMeta.AddObject consumes it.
func (b BatchMeta) AcquireObjectMeta() (*Pending[ObjectMeta], error) {
	d := &Pending[ObjectMeta]{life: b.life}
	return d, acquireObject("nvds.BatchMeta.AcquireObjectMeta", b, &d.v.p)
}

// AcquireClassifierMeta takes a classifier meta from the batch's pool;
// wraps nvds_acquire_classifier_meta_from_pool. The result is owned by the
// caller until ObjectMeta.AddClassifier consumes it.
func (b BatchMeta) AcquireClassifierMeta() (*Pending[ClassifierMeta], error) {
	d := &Pending[ClassifierMeta]{life: b.life}
	return d, acquireClassifier("nvds.BatchMeta.AcquireClassifierMeta", b, &d.v.p)
}

// AcquireLabelInfo takes a label info from the batch's pool; wraps
// nvds_acquire_label_info_meta_from_pool. The result is owned by the caller
// until ClassifierMeta.AddLabel consumes it.
func (b BatchMeta) AcquireLabelInfo() (*Pending[LabelInfo], error) {
	d := &Pending[LabelInfo]{life: b.life}
	return d, acquireLabel("nvds.BatchMeta.AcquireLabelInfo", b, &d.v.p)
}

// AcquireDisplayMeta takes a display meta from the batch's pool; wraps
// nvds_acquire_display_meta_from_pool. The result is owned by the caller
// until FrameMeta.AddDisplayMeta consumes it.
func (b BatchMeta) AcquireDisplayMeta() (*Pending[DisplayMeta], error) {
	d := &Pending[DisplayMeta]{life: b.life}
	return d, acquireDisplay("nvds.BatchMeta.AcquireDisplayMeta", b, &d.v.p)
}

// AcquireUserMeta takes a user meta from the batch's pool; wraps
// nvds_acquire_user_meta_from_pool. Set its type, data and copy/release
// functions (the callbacks package does all three), then attach it with
// AddUserMeta on a batch, frame or object.
func (b BatchMeta) AcquireUserMeta() (*Pending[UserMeta], error) {
	d := &Pending[UserMeta]{life: b.life}
	return d, acquireUser("nvds.BatchMeta.AcquireUserMeta", b, &d.v.p)
}

//go:noinline
func acquireFrame(op string, b BatchMeta, dst **C.NvDsFrameMeta) error {
	if b.p == nil {
		return opError(op, ErrNilMeta)
	}
	b.life.alive()
	if *dst = C.nvds_acquire_frame_meta_from_pool(b.p); *dst == nil {
		return opError(op, ErrPoolExhausted)
	}
	return nil
}

//go:noinline
func acquireObject(op string, b BatchMeta, dst **C.NvDsObjectMeta) error {
	if b.p == nil {
		return opError(op, ErrNilMeta)
	}
	b.life.alive()
	if *dst = C.nvds_acquire_obj_meta_from_pool(b.p); *dst == nil {
		return opError(op, ErrPoolExhausted)
	}
	return nil
}

//go:noinline
func acquireClassifier(op string, b BatchMeta, dst **C.NvDsClassifierMeta) error {
	if b.p == nil {
		return opError(op, ErrNilMeta)
	}
	b.life.alive()
	if *dst = C.nvds_acquire_classifier_meta_from_pool(b.p); *dst == nil {
		return opError(op, ErrPoolExhausted)
	}
	return nil
}

//go:noinline
func acquireLabel(op string, b BatchMeta, dst **C.NvDsLabelInfo) error {
	if b.p == nil {
		return opError(op, ErrNilMeta)
	}
	b.life.alive()
	if *dst = C.nvds_acquire_label_info_meta_from_pool(b.p); *dst == nil {
		return opError(op, ErrPoolExhausted)
	}
	return nil
}

//go:noinline
func acquireDisplay(op string, b BatchMeta, dst **C.NvDsDisplayMeta) error {
	if b.p == nil {
		return opError(op, ErrNilMeta)
	}
	b.life.alive()
	if *dst = C.nvds_acquire_display_meta_from_pool(b.p); *dst == nil {
		return opError(op, ErrPoolExhausted)
	}
	return nil
}

//go:noinline
func acquireUser(op string, b BatchMeta, dst **C.NvDsUserMeta) error {
	if b.p == nil {
		return opError(op, ErrNilMeta)
	}
	b.life.alive()
	if *dst = C.nvds_acquire_user_meta_from_pool(b.p); *dst == nil {
		return opError(op, ErrPoolExhausted)
	}
	return nil
}
