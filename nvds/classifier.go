package nvds

// #include "cshim.go.h"
import "C"

import (
	"iter"
	"unsafe"
)

// ClassifierMeta is a borrowed view of an NvDsClassifierMeta: one
// classifier's result for an object. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
type ClassifierMeta struct{ p *C.NvDsClassifierMeta }

func classifierFromPointer(p unsafe.Pointer) ClassifierMeta {
	return ClassifierMeta{(*C.NvDsClassifierMeta)(p)}
}

// ClassifierMetaFromUnsafePointer wraps an NvDsClassifierMeta* (borrowed).
func ClassifierMetaFromUnsafePointer(p unsafe.Pointer) ClassifierMeta {
	return classifierFromPointer(p)
}

// UnsafePointer returns the NvDsClassifierMeta*.
func (c ClassifierMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(c.p) }

// IsNil reports whether the view holds no metadata.
func (c ClassifierMeta) IsNil() bool { return c.p == nil }

// Base returns the embedded NvDsBaseMeta.
func (c ClassifierMeta) Base() BaseMeta { return BaseMeta{&c.c().base_meta} }

// NumLabels is num_labels: the count the runtime keeps as labels are added
// and removed.
func (c ClassifierMeta) NumLabels() uint32 { return uint32(c.c().num_labels) }

// SetNumLabels writes num_labels.
func (c ClassifierMeta) SetNumLabels(v uint32) { c.c().num_labels = C.guint(v) }

// UniqueComponentID is unique_component_id: the gie-unique-id of the
// classifier that produced the result.
func (c ClassifierMeta) UniqueComponentID() int32 { return int32(c.c().unique_component_id) }

// SetUniqueComponentID writes unique_component_id.
func (c ClassifierMeta) SetUniqueComponentID(v int32) { c.c().unique_component_id = C.gint(v) }

// ClassifierType returns classifier_type ("" when NULL), a string owned by
// the element that set it. It is read-only: the SDK never frees it, so Go
// has no allocator to set it with.
func (c ClassifierMeta) ClassifierType() string { return cString(c.c().classifier_type) }

// Labels ranges over label_info_list in list order. The body may remove
// the label it was given (RemoveLabel).
func (c ClassifierMeta) Labels() iter.Seq[LabelInfo] {
	return listSeq(c.c().label_info_list, labelFromPointer)
}

// NumLabelInfos counts label_info_list.
func (c ClassifierMeta) NumLabelInfos() int { return listLen(c.c().label_info_list) }

// Label returns the index'th entry of label_info_list, or ErrOutOfRange.
func (c ClassifierMeta) Label(index int) (LabelInfo, error) {
	p := listNth(c.c().label_info_list, index)
	if p == nil {
		return LabelInfo{}, ErrOutOfRange
	}
	return labelFromPointer(p), nil
}

// ClearLabels removes every label info; wraps
// nvds_clear_label_info_meta_list on label_info_list.
func (c ClassifierMeta) ClearLabels() {
	C.nvds_clear_label_info_meta_list(c.c(), c.c().label_info_list)
}

// CopyLabelsFrom appends copies of src's label infos to c; wraps
// nvds_copy_label_info_list.
func (c ClassifierMeta) CopyLabelsFrom(src ClassifierMeta) {
	C.nvds_copy_label_info_list(src.c().label_info_list, c.c())
}
