package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// LabelInfo is a borrowed view of an NvDsLabelInfo: one label of a
// classifier result. It is valid only while the buffer that carries it is
// alive and inside the probe or callback that produced it.
type LabelInfo struct{ p *C.NvDsLabelInfo }

func labelFromPointer(p unsafe.Pointer) LabelInfo { return LabelInfo{(*C.NvDsLabelInfo)(p)} }

// LabelInfoFromUnsafePointer wraps an NvDsLabelInfo* (borrowed).
func LabelInfoFromUnsafePointer(p unsafe.Pointer) LabelInfo { return labelFromPointer(p) }

// UnsafePointer returns the NvDsLabelInfo*.
func (l LabelInfo) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(l.p) }

// IsNil reports whether the view holds no metadata.
func (l LabelInfo) IsNil() bool { return l.p == nil }

// Base returns the embedded NvDsBaseMeta.
func (l LabelInfo) Base() BaseMeta { return BaseMeta{&l.c().base_meta} }

// NumClasses is num_classes: how many classes the classifier knows.
func (l LabelInfo) NumClasses() uint32 { return uint32(l.c().num_classes) }

// SetNumClasses writes num_classes.
func (l LabelInfo) SetNumClasses(v uint32) { l.c().num_classes = C.guint(v) }

// Label returns result_label.
func (l LabelInfo) Label() string {
	return fixedString(&l.c().result_label[0], len(l.c().result_label))
}

// LabelBytes returns result_label up to its NUL without copying: a
// borrowed slice of the C array, valid as long as the view (see
// ObjectMeta.LabelBytes).
func (l LabelInfo) LabelBytes() []byte {
	return fixedBytes(&l.c().result_label[0], len(l.c().result_label))
}

// SetLabel writes result_label, truncated to MaxLabelSize-1 bytes at a rune
// boundary and NUL-terminated; it returns ErrTruncated when s did not fit
// and ErrNUL, writing nothing, when s contains a NUL byte. Longer labels go
// in LongLabel.
func (l LabelInfo) SetLabel(s string) error {
	return setFixedString("nvds.LabelInfo.SetLabel", &l.c().result_label[0], len(l.c().result_label), s)
}

// LongLabel returns pResult_label ("" when NULL): where a classifier puts a
// label longer than result_label holds.
func (l LabelInfo) LongLabel() string { return cString(l.c().pResult_label) }

// SetLongLabel replaces pResult_label with a g_malloc'ed copy of s and
// g_frees the old value; DeepStream's label release and copy functions free
// and duplicate this field with GLib's allocator. It returns ErrNUL,
// leaving the field as it was, when s contains a NUL byte.
func (l LabelInfo) SetLongLabel(s string) error {
	return setOwnedString("nvds.LabelInfo.SetLongLabel", &l.c().pResult_label, s)
}

// ClearLongLabel g_frees pResult_label and stores NULL.
func (l LabelInfo) ClearLongLabel() { clearOwnedString(&l.c().pResult_label) }

// Text returns the label to show: pResult_label when set, else result_label.
func (l LabelInfo) Text() string {
	if l.c().pResult_label != nil {
		return cString(l.c().pResult_label)
	}
	return l.Label()
}

// ResultClassID is result_class_id: the index of the winning class.
func (l LabelInfo) ResultClassID() uint32 { return uint32(l.c().result_class_id) }

// SetResultClassID writes result_class_id.
func (l LabelInfo) SetResultClassID(v uint32) { l.c().result_class_id = C.guint(v) }

// LabelID is label_id: the index of this label among the classifier's
// outputs (for multi-label classifiers).
func (l LabelInfo) LabelID() uint32 { return uint32(l.c().label_id) }

// SetLabelID writes label_id.
func (l LabelInfo) SetLabelID(v uint32) { l.c().label_id = C.guint(v) }

// ResultProb is result_prob: the winning class's probability.
func (l LabelInfo) ResultProb() float32 { return float32(l.c().result_prob) }

// SetResultProb writes result_prob.
func (l LabelInfo) SetResultProb(v float32) { l.c().result_prob = C.gfloat(v) }
