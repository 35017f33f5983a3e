package nvds

// #include "cshim.go.h"
import "C"

import "fmt"

// Attaching consumes a Pending value and returns the attached view;
// removing unlinks an entry and returns it (and everything hanging off it)
// to its pool, so the removed view must not be used again.
//
// Every Add checks the hand-over before consuming anything (handOver):
// the container must be a live entry (or batch) of the same batch meta the
// pending value was acquired from. The C functions cannot report a refusal
// (the embedded runtime ignores such an attach, the SDK links the entry
// into another batch's list), so a wrong container used to consume the
// value and lose it. Now it panics, naming the misuse, and the value stays
// pending: attaching to the wrong container is a programming error, like
// using a consumed value, while pool exhaustion and buffers are runtime
// conditions reported as errors.

// handOver panics unless an entry of batch entry can be attached to a
// container of batch container. A removed container no longer has a batch
// on the embedded runtime (released entries are cleared); the SDK does not
// document what release leaves in an entry.
func handOver(op string, container, entry *C.NvDsBatchMeta, what string) {
	switch {
	case entry == nil:
		panic(fmt.Sprintf("nvds: %s: the pending %s has no batch (not acquired from a pool); it stays pending", op, what))
	case container == nil:
		panic(fmt.Sprintf("nvds: %s: the container has no batch (removed, or not obtained from a batch); the %s stays pending", op, what))
	case container != entry:
		panic(fmt.Sprintf("nvds: %s: the %s was acquired from another batch than the container's; it stays pending (acquire it from the container's batch)", op, what))
	}
}

// AddFrame attaches a frame meta to the batch; wraps
// nvds_add_frame_meta_to_batch. It consumes f; it panics, leaving f
// pending, when f was acquired from another batch.
func (b BatchMeta) AddFrame(f *Pending[FrameMeta]) FrameMeta {
	cb := b.c() // the container first: a zero one panics naming it
	v := f.peek()
	handOver("BatchMeta.AddFrame", cb, v.c().base_meta.batch_meta, "FrameMeta")
	f.consume()
	C.nvds_add_frame_meta_to_batch(b.p, v.p)
	return v
}

// RemoveFrame unlinks a frame and returns it to the pool; wraps
// nvds_remove_frame_meta_from_batch.
func (b BatchMeta) RemoveFrame(f FrameMeta) { C.nvds_remove_frame_meta_from_batch(b.c(), f.c()) }

// AddObject attaches an object meta to the frame with an optional parent (a
// nil view for none); wraps nvds_add_obj_meta_to_frame. It consumes o; it
// panics, leaving o pending, when f is a zero view, was removed, or
// belongs to another batch than o.
func (f FrameMeta) AddObject(o *Pending[ObjectMeta], parent ObjectMeta) ObjectMeta {
	cb := f.c().base_meta.batch_meta // the container first: a zero one panics naming it
	v := o.peek()
	handOver("FrameMeta.AddObject", cb, v.c().base_meta.batch_meta, "ObjectMeta")
	o.consume()
	C.nvds_add_obj_meta_to_frame(f.p, v.p, parent.p)
	return v
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
func (f FrameMeta) RemoveObject(o ObjectMeta) { C.nvds_remove_obj_meta_from_frame(f.c(), o.c()) }

// AddDisplayMeta attaches a display meta to the frame; wraps
// nvds_add_display_meta_to_frame. It consumes d; it panics, leaving d
// pending, when f is a zero view, was removed, or belongs to another batch
// than d.
func (f FrameMeta) AddDisplayMeta(d *Pending[DisplayMeta]) DisplayMeta {
	cb := f.c().base_meta.batch_meta // the container first: a zero one panics naming it
	v := d.peek()
	handOver("FrameMeta.AddDisplayMeta", cb, v.c().base_meta.batch_meta, "DisplayMeta")
	d.consume()
	C.nvds_add_display_meta_to_frame(f.p, v.p)
	return v
}

// RemoveDisplayMeta unlinks a display meta and returns it to the pool; wraps
// nvds_remove_display_meta_from_frame.
func (f FrameMeta) RemoveDisplayMeta(d DisplayMeta) {
	C.nvds_remove_display_meta_from_frame(f.c(), d.c())
}

// AddClassifier attaches a classifier meta to the object; wraps
// nvds_add_classifier_meta_to_object. It consumes c; it panics, leaving c
// pending, when o is a zero view, was removed, or belongs to another batch
// than c.
func (o ObjectMeta) AddClassifier(c *Pending[ClassifierMeta]) ClassifierMeta {
	cb := o.c().base_meta.batch_meta // the container first: a zero one panics naming it
	v := c.peek()
	handOver("ObjectMeta.AddClassifier", cb, v.c().base_meta.batch_meta, "ClassifierMeta")
	c.consume()
	C.nvds_add_classifier_meta_to_object(o.p, v.p)
	return v
}

// RemoveClassifier unlinks a classifier meta and returns it to the pool;
// wraps nvds_remove_classifier_meta_from_obj.
func (o ObjectMeta) RemoveClassifier(c ClassifierMeta) {
	C.nvds_remove_classifier_meta_from_obj(o.c(), c.c())
}

// AddLabel attaches a label info to the classifier meta; wraps
// nvds_add_label_info_meta_to_classifier. It consumes l; it panics,
// leaving l pending, when c is a zero view, was removed, or belongs to
// another batch than l.
func (c ClassifierMeta) AddLabel(l *Pending[LabelInfo]) LabelInfo {
	cb := c.c().base_meta.batch_meta // the container first: a zero one panics naming it
	v := l.peek()
	handOver("ClassifierMeta.AddLabel", cb, v.c().base_meta.batch_meta, "LabelInfo")
	l.consume()
	C.nvds_add_label_info_meta_to_classifier(c.p, v.p)
	return v
}

// RemoveLabel unlinks a label info and returns it to the pool; wraps
// nvds_remove_label_info_meta_from_classifier.
func (c ClassifierMeta) RemoveLabel(l LabelInfo) {
	C.nvds_remove_label_info_meta_from_classifier(c.c(), l.c())
}

// AddUserMeta attaches a user meta to the batch; wraps
// nvds_add_user_meta_to_batch. It consumes u; it panics, leaving u
// pending, when u was acquired from another batch.
func (b BatchMeta) AddUserMeta(u *Pending[UserMeta]) UserMeta {
	cb := b.c() // the container first: a zero one panics naming it
	v := u.peek()
	handOver("BatchMeta.AddUserMeta", cb, v.c().base_meta.batch_meta, "UserMeta")
	u.consume()
	C.nvds_add_user_meta_to_batch(b.p, v.p)
	return v
}

// RemoveUserMeta unlinks a batch-level user meta, calls its release
// function and returns it to the pool; wraps nvds_remove_user_meta_from_batch.
func (b BatchMeta) RemoveUserMeta(u UserMeta) { C.nvds_remove_user_meta_from_batch(b.c(), u.c()) }

// AddUserMeta attaches a user meta to the frame; wraps
// nvds_add_user_meta_to_frame. It consumes u; it panics, leaving u
// pending, when f is a zero view, was removed, or belongs to another batch
// than u.
func (f FrameMeta) AddUserMeta(u *Pending[UserMeta]) UserMeta {
	cb := f.c().base_meta.batch_meta // the container first: a zero one panics naming it
	v := u.peek()
	handOver("FrameMeta.AddUserMeta", cb, v.c().base_meta.batch_meta, "UserMeta")
	u.consume()
	C.nvds_add_user_meta_to_frame(f.p, v.p)
	return v
}

// RemoveUserMeta unlinks a frame-level user meta, calls its release
// function and returns it to the pool; wraps nvds_remove_user_meta_from_frame.
func (f FrameMeta) RemoveUserMeta(u UserMeta) { C.nvds_remove_user_meta_from_frame(f.c(), u.c()) }

// AddUserMeta attaches a user meta to the object; wraps
// nvds_add_user_meta_to_obj. It consumes u; it panics, leaving u pending,
// when o is a zero view, was removed, or belongs to another batch than u.
func (o ObjectMeta) AddUserMeta(u *Pending[UserMeta]) UserMeta {
	cb := o.c().base_meta.batch_meta // the container first: a zero one panics naming it
	v := u.peek()
	handOver("ObjectMeta.AddUserMeta", cb, v.c().base_meta.batch_meta, "UserMeta")
	u.consume()
	C.nvds_add_user_meta_to_obj(o.p, v.p)
	return v
}

// RemoveUserMeta unlinks an object-level user meta, calls its release
// function and returns it to the pool; wraps
// nvds_remove_user_meta_from_object.
func (o ObjectMeta) RemoveUserMeta(u UserMeta) { C.nvds_remove_user_meta_from_object(o.c(), u.c()) }
