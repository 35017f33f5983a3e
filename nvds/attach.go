package nvds

// #include "cshim.go.h"
import "C"

// Attaching consumes a Pending value and returns the attached view;
// removing unlinks an entry and returns it (and everything hanging off it)
// to its pool, so the removed view must not be used again.

// AddFrame attaches a frame meta to the batch; wraps
// nvds_add_frame_meta_to_batch. It consumes f.
func (b BatchMeta) AddFrame(f *Pending[FrameMeta]) FrameMeta {
	p := f.take().p
	C.nvds_add_frame_meta_to_batch(b.p, p)
	return FrameMeta{p}
}

// RemoveFrame unlinks a frame and returns it to the pool; wraps
// nvds_remove_frame_meta_from_batch.
func (b BatchMeta) RemoveFrame(f FrameMeta) { C.nvds_remove_frame_meta_from_batch(b.p, f.p) }

// AddObject attaches an object meta to the frame with an optional parent (a
// nil view for none); wraps nvds_add_obj_meta_to_frame. It consumes o.
func (f FrameMeta) AddObject(o *Pending[ObjectMeta], parent ObjectMeta) ObjectMeta {
	p := o.take().p
	C.nvds_add_obj_meta_to_frame(f.p, p, parent.p)
	return ObjectMeta{p}
}

// NewObject acquires an object meta from the batch's pool and attaches it
// to the frame with an optional parent, in one cgo call
// (nvds_acquire_obj_meta_from_pool, then nvds_add_obj_meta_to_frame). Fill
// the returned view afterwards; it belongs to the frame. This is the fast
// path of AcquireObjectMeta + AddObject for probes that add many objects.
func (f FrameMeta) NewObject(parent ObjectMeta) (ObjectMeta, error) {
	if f.p == nil {
		return ObjectMeta{}, opError("nvds.FrameMeta.NewObject", ErrNilMeta)
	}
	p := C.gods_new_obj_meta(f.p, parent.p)
	if p == nil {
		return ObjectMeta{}, opError("nvds.FrameMeta.NewObject", ErrPoolExhausted)
	}
	return ObjectMeta{p}, nil
}

// RemoveObject unlinks an object and returns it to the pool; wraps
// nvds_remove_obj_meta_from_frame. Safe on the element an Objects loop is
// visiting.
func (f FrameMeta) RemoveObject(o ObjectMeta) { C.nvds_remove_obj_meta_from_frame(f.p, o.p) }

// AddDisplayMeta attaches a display meta to the frame; wraps
// nvds_add_display_meta_to_frame. It consumes d.
func (f FrameMeta) AddDisplayMeta(d *Pending[DisplayMeta]) DisplayMeta {
	p := d.take().p
	C.nvds_add_display_meta_to_frame(f.p, p)
	return DisplayMeta{p}
}

// RemoveDisplayMeta unlinks a display meta and returns it to the pool; wraps
// nvds_remove_display_meta_from_frame.
func (f FrameMeta) RemoveDisplayMeta(d DisplayMeta) {
	C.nvds_remove_display_meta_from_frame(f.p, d.p)
}

// AddClassifier attaches a classifier meta to the object; wraps
// nvds_add_classifier_meta_to_object. It consumes c.
func (o ObjectMeta) AddClassifier(c *Pending[ClassifierMeta]) ClassifierMeta {
	p := c.take().p
	C.nvds_add_classifier_meta_to_object(o.p, p)
	return ClassifierMeta{p}
}

// RemoveClassifier unlinks a classifier meta and returns it to the pool;
// wraps nvds_remove_classifier_meta_from_obj.
func (o ObjectMeta) RemoveClassifier(c ClassifierMeta) {
	C.nvds_remove_classifier_meta_from_obj(o.p, c.p)
}

// AddLabel attaches a label info to the classifier meta; wraps
// nvds_add_label_info_meta_to_classifier. It consumes l.
func (c ClassifierMeta) AddLabel(l *Pending[LabelInfo]) LabelInfo {
	p := l.take().p
	C.nvds_add_label_info_meta_to_classifier(c.p, p)
	return LabelInfo{p}
}

// RemoveLabel unlinks a label info and returns it to the pool; wraps
// nvds_remove_label_info_meta_from_classifier.
func (c ClassifierMeta) RemoveLabel(l LabelInfo) {
	C.nvds_remove_label_info_meta_from_classifier(c.p, l.p)
}

// AddUserMeta attaches a user meta to the batch; wraps
// nvds_add_user_meta_to_batch. It consumes u.
func (b BatchMeta) AddUserMeta(u *Pending[UserMeta]) UserMeta {
	p := u.take().p
	C.nvds_add_user_meta_to_batch(b.p, p)
	return UserMeta{p}
}

// RemoveUserMeta unlinks a batch-level user meta, calls its release
// function and returns it to the pool; wraps nvds_remove_user_meta_from_batch.
func (b BatchMeta) RemoveUserMeta(u UserMeta) { C.nvds_remove_user_meta_from_batch(b.p, u.p) }

// AddUserMeta attaches a user meta to the frame; wraps
// nvds_add_user_meta_to_frame. It consumes u.
func (f FrameMeta) AddUserMeta(u *Pending[UserMeta]) UserMeta {
	p := u.take().p
	C.nvds_add_user_meta_to_frame(f.p, p)
	return UserMeta{p}
}

// RemoveUserMeta unlinks a frame-level user meta, calls its release
// function and returns it to the pool; wraps nvds_remove_user_meta_from_frame.
func (f FrameMeta) RemoveUserMeta(u UserMeta) { C.nvds_remove_user_meta_from_frame(f.p, u.p) }

// AddUserMeta attaches a user meta to the object; wraps
// nvds_add_user_meta_to_obj. It consumes u.
func (o ObjectMeta) AddUserMeta(u *Pending[UserMeta]) UserMeta {
	p := u.take().p
	C.nvds_add_user_meta_to_obj(o.p, p)
	return UserMeta{p}
}

// RemoveUserMeta unlinks an object-level user meta, calls its release
// function and returns it to the pool; wraps
// nvds_remove_user_meta_from_object.
func (o ObjectMeta) RemoveUserMeta(u UserMeta) { C.nvds_remove_user_meta_from_object(o.p, u.p) }
