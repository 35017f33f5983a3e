package nvds

// #include "cshim.go.h"
import "C"

import (
	"iter"
	"unsafe"
)

// UntrackedObjectID is UNTRACKED_OBJECT_ID: the object_id of an object no
// tracker has seen.
const UntrackedObjectID uint64 = C.UNTRACKED_OBJECT_ID

// MaxLabelSize is MAX_LABEL_SIZE, the size of obj_label and result_label
// including the terminating NUL.
const MaxLabelSize = C.MAX_LABEL_SIZE

// ObjectMeta is a borrowed view of an NvDsObjectMeta: one detected object.
// It is valid only while the buffer that carries it is alive and inside the
// probe or callback that produced it.
type ObjectMeta struct{ p *C.NvDsObjectMeta }

func objectFromPointer(p unsafe.Pointer) ObjectMeta { return ObjectMeta{(*C.NvDsObjectMeta)(p)} }

// ObjectMetaFromUnsafePointer wraps an NvDsObjectMeta* (borrowed).
func ObjectMetaFromUnsafePointer(p unsafe.Pointer) ObjectMeta { return objectFromPointer(p) }

// UnsafePointer returns the NvDsObjectMeta*.
func (o ObjectMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(o.p) }

// IsNil reports whether the view holds no metadata.
func (o ObjectMeta) IsNil() bool { return o.p == nil }

// Base returns the embedded NvDsBaseMeta.
func (o ObjectMeta) Base() BaseMeta { return BaseMeta{&o.c().base_meta} }

// Parent returns the parent object (parent), or a nil view.
func (o ObjectMeta) Parent() ObjectMeta { return ObjectMeta{o.c().parent} }

// SetParent sets parent; a nil view clears it.
func (o ObjectMeta) SetParent(parent ObjectMeta) { o.c().parent = parent.p }

// UniqueComponentID is unique_component_id: the gie-unique-id of the
// element that made the object.
func (o ObjectMeta) UniqueComponentID() int32 { return int32(o.c().unique_component_id) }

// SetUniqueComponentID writes unique_component_id.
func (o ObjectMeta) SetUniqueComponentID(v int32) { o.c().unique_component_id = C.gint(v) }

// ClassID is class_id.
func (o ObjectMeta) ClassID() int32 { return int32(o.c().class_id) }

// SetClassID writes class_id.
func (o ObjectMeta) SetClassID(v int32) { o.c().class_id = C.gint(v) }

// ObjectID is object_id: the tracking id, UntrackedObjectID if none.
func (o ObjectMeta) ObjectID() uint64 { return uint64(o.c().object_id) }

// SetObjectID writes object_id.
func (o ObjectMeta) SetObjectID(v uint64) { o.c().object_id = C.guint64(v) }

// Confidence is confidence: the detector's score.
func (o ObjectMeta) Confidence() float32 { return float32(o.c().confidence) }

// SetConfidence writes confidence.
func (o ObjectMeta) SetConfidence(v float32) { o.c().confidence = C.gfloat(v) }

// TrackerConfidence is tracker_confidence.
func (o ObjectMeta) TrackerConfidence() float32 { return float32(o.c().tracker_confidence) }

// SetTrackerConfidence writes tracker_confidence.
func (o ObjectMeta) SetTrackerConfidence(v float32) { o.c().tracker_confidence = C.gfloat(v) }

// DetectorBBox is detector_bbox_info: the box as the detector output it.
func (o ObjectMeta) DetectorBBox() BBoxInfo { return BBoxInfo{&o.c().detector_bbox_info} }

// TrackerBBox is tracker_bbox_info: the box as the tracker output it.
func (o ObjectMeta) TrackerBBox() BBoxInfo { return BBoxInfo{&o.c().tracker_bbox_info} }

// RectParams is rect_params: the box nvdsosd draws.
func (o ObjectMeta) RectParams() RectParams { return RectParams{&o.c().rect_params} }

// MaskParams is mask_params: the instance mask, if any.
func (o ObjectMeta) MaskParams() MaskParams { return MaskParams{&o.c().mask_params} }

// TextParams is text_params: the label nvdsosd draws.
func (o ObjectMeta) TextParams() TextParams { return TextParams{&o.c().text_params} }

// Label returns obj_label.
func (o ObjectMeta) Label() string { return fixedString(&o.c().obj_label[0], len(o.c().obj_label)) }

// LabelBytes returns obj_label up to its NUL without copying: a borrowed
// slice of the C array, valid as long as the view. For hot paths that look
// labels up (m[string(o.LabelBytes())] allocates nothing) rather than
// keep them.
func (o ObjectMeta) LabelBytes() []byte { return fixedBytes(&o.c().obj_label[0], len(o.c().obj_label)) }

// SetLabel writes obj_label, truncated to MaxLabelSize-1 bytes at a rune
// boundary and NUL-terminated; it returns ErrTruncated when s did not fit
// and ErrNUL, writing nothing, when s contains a NUL byte.
func (o ObjectMeta) SetLabel(s string) error {
	return setFixedString("nvds.ObjectMeta.SetLabel", &o.c().obj_label[0], len(o.c().obj_label), s)
}

// MiscObjInfo returns misc_obj_info as a writable view of its true width
// (gint64, MAX_USER_FIELDS entries).
func (o ObjectMeta) MiscObjInfo() []int64 {
	return unsafe.Slice((*int64)(unsafe.Pointer(&o.c().misc_obj_info[0])), len(o.c().misc_obj_info))
}

// Reserved returns the reserved array as a writable view (gint64).
func (o ObjectMeta) Reserved() []int64 {
	return unsafe.Slice((*int64)(unsafe.Pointer(&o.c().reserved[0])), len(o.c().reserved))
}

// Classifiers ranges over classifier_meta_list.
func (o ObjectMeta) Classifiers() iter.Seq[ClassifierMeta] {
	return classifierSeq(o.c().classifier_meta_list)
}

// UserMeta ranges over obj_user_meta_list.
func (o ObjectMeta) UserMeta() iter.Seq[UserMeta] {
	return listSeq(o.c().obj_user_meta_list, userFromPointer)
}

// ClearClassifiers removes every classifier meta (with its labels); wraps
// nvds_clear_classifier_meta_list on classifier_meta_list.
func (o ObjectMeta) ClearClassifiers() {
	C.nvds_clear_classifier_meta_list(o.c(), o.c().classifier_meta_list)
}

// ClearUserMeta removes every object-level user meta, calling each one's
// release function; wraps nvds_clear_obj_user_meta_list on
// obj_user_meta_list.
func (o ObjectMeta) ClearUserMeta() {
	C.nvds_clear_obj_user_meta_list(o.c(), o.c().obj_user_meta_list)
}

// CopyClassifiersFrom appends deep copies of src's classifier meta (with
// their labels) to o; wraps nvds_copy_classification_list.
func (o ObjectMeta) CopyClassifiersFrom(src ObjectMeta) {
	C.nvds_copy_classification_list(src.c().classifier_meta_list, o.c())
}

// CopyUserMetaFrom appends copies of src's object-level user meta to o;
// wraps nvds_copy_obj_user_meta_list. Payloads are copied with their copy
// functions.
func (o ObjectMeta) CopyUserMetaFrom(src ObjectMeta) {
	C.nvds_copy_obj_user_meta_list(src.c().obj_user_meta_list, o.c())
}
