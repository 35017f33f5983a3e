package infer

// #include "infer.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// SegmentationMeta is a borrowed view of an NvDsInferSegmentationMeta: the
// per-pixel output of a segmentation model (nvinfer network-type=2/3),
// attached as frame user meta (object user meta for a secondary model) of
// type nvds.MetaTypeInferSegmentation. It is valid only while the buffer
// that carries it is alive and inside the probe or callback that produced
// it; so are the slices it returns, which point into the meta's arrays
// without copying.
type SegmentationMeta struct{ p *C.NvDsInferSegmentationMeta }

// SegmentationMetaFromUser returns the segmentation meta a user meta
// carries, and false when it is of another type (or has no payload).
func SegmentationMetaFromUser(u nvds.UserMeta) (SegmentationMeta, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeInferSegmentation || u.Data() == nil {
		return SegmentationMeta{}, false
	}
	return SegmentationMeta{(*C.NvDsInferSegmentationMeta)(u.Data())}, true
}

// SegmentationMetaFromUnsafePointer wraps an NvDsInferSegmentationMeta*
// (borrowed).
func SegmentationMetaFromUnsafePointer(p unsafe.Pointer) SegmentationMeta {
	return SegmentationMeta{(*C.NvDsInferSegmentationMeta)(p)}
}

// UnsafePointer returns the NvDsInferSegmentationMeta*.
func (s SegmentationMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(s.p) }

// IsNil reports whether the view holds no meta.
func (s SegmentationMeta) IsNil() bool { return s.p == nil }

// Classes is classes: the number of classes the model outputs.
func (s SegmentationMeta) Classes() int { return int(s.p.classes) }

// Width is width: the mask width, in the model's output resolution.
func (s SegmentationMeta) Width() int { return int(s.p.width) }

// Height is height: the mask height.
func (s SegmentationMeta) Height() int { return int(s.p.height) }

// UniqueID is unique_id: the gie-unique-id of the model.
func (s SegmentationMeta) UniqueID() int32 { return int32(s.p.unique_id) }

// PrivData is priv_data, the producer's private pointer.
func (s SegmentationMeta) PrivData() unsafe.Pointer { return s.p.priv_data }

// ClassMap is class_map: Width*Height class indices, row-major (pixel x,y
// at y*Width+x; -1 where no class passed the threshold), over the meta's
// array: no copy. nil when the map is absent.
func (s SegmentationMeta) ClassMap() []int32 {
	if s.p.class_map == nil {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(s.p.class_map)), int(s.p.width)*int(s.p.height))
}

// ClassAt returns the class of pixel (x, y) of the mask; ok is false
// outside the mask or when there is no class map.
func (s SegmentationMeta) ClassAt(x, y int) (class int32, ok bool) {
	w, h := int(s.p.width), int(s.p.height)
	if s.p.class_map == nil || x < 0 || y < 0 || x >= w || y >= h {
		return 0, false
	}
	return *(*int32)(unsafe.Add(unsafe.Pointer(s.p.class_map), 4*(y*w+x))), true
}

// Probabilities is class_probabilities_map: Classes*Height*Width scores,
// class-major (class c, pixel x,y at (c*Height+y)*Width+x), over the meta's
// array: no copy. nil when the producer did not keep them.
func (s SegmentationMeta) Probabilities() []float32 {
	if s.p.class_probabilities_map == nil {
		return nil
	}
	n := int(s.p.classes) * int(s.p.width) * int(s.p.height)
	return unsafe.Slice((*float32)(unsafe.Pointer(s.p.class_probabilities_map)), n)
}

// AppendClassMap appends a copy of the class map to dst: the copying twin
// of ClassMap, for keeping a mask after the probe returns.
func (s SegmentationMeta) AppendClassMap(dst []int32) []int32 {
	return append(dst, s.ClassMap()...)
}
