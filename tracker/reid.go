package tracker

// #include "tracker.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// ObjReID is a borrowed view of an NvDsObjReid: one object's
// re-identification feature, attached by nvtracker as object user meta of
// type nvds.MetaTypeTrackerObjReID. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it;
// so is the slice Features returns.
type ObjReID struct{ p *C.NvDsObjReid }

// ObjReIDFromUser returns the ReID feature a user meta carries, and false
// for any other user meta.
func ObjReIDFromUser(u nvds.UserMeta) (ObjReID, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeTrackerObjReID || u.Data() == nil {
		return ObjReID{}, false
	}
	return ObjReID{(*C.NvDsObjReid)(u.Data())}, true
}

// UnsafePointer returns the NvDsObjReid*.
func (r ObjReID) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(r.p) }

// FeatureSize is featureSize: the feature's length.
func (r ObjReID) FeatureSize() int { return int(r.p.featureSize) }

// Features is ptr_host: the feature vector over the meta's host array, no
// copy (pyds's get_host_reid_vector copies); nil without a host copy.
func (r ObjReID) Features() []float32 {
	if r.p.ptr_host == nil {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(r.p.ptr_host)), int(r.p.featureSize))
}

// DevicePtr is ptr_dev: the CUDA address of the feature, 0 if none.
func (r ObjReID) DevicePtr() uintptr { return uintptr(unsafe.Pointer(r.p.ptr_dev)) }

// AppendFeatures appends a copy of the feature to dst.
func (r ObjReID) AppendFeatures(dst []float32) []float32 { return append(dst, r.Features()...) }

// ReIDTensorBatch is a borrowed view of an NvDsReidTensorBatch: the ReID
// features of a whole batch, NumFilled rows of FeatureSize floats, attached
// by nvtracker as batch user meta of type nvds.MetaTypeTrackerBatchReID.
// It is valid only while the buffer that carries it is alive and inside the
// probe or callback that produced it; so are the slices it returns.
type ReIDTensorBatch struct{ p *C.NvDsReidTensorBatch }

// ReIDTensorFromUser returns the batch ReID tensor a user meta carries, and
// false for any other user meta.
func ReIDTensorFromUser(u nvds.UserMeta) (ReIDTensorBatch, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeTrackerBatchReID || u.Data() == nil {
		return ReIDTensorBatch{}, false
	}
	return ReIDTensorBatch{(*C.NvDsReidTensorBatch)(u.Data())}, true
}

// UnsafePointer returns the NvDsReidTensorBatch*.
func (t ReIDTensorBatch) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(t.p) }

// FeatureSize is featureSize: the length of one row.
func (t ReIDTensorBatch) FeatureSize() int { return int(t.p.featureSize) }

// NumFilled is numFilled: the number of rows.
func (t ReIDTensorBatch) NumFilled() int { return int(t.p.numFilled) }

// Tensor is ptr_host as NumFilled*FeatureSize floats, row-major, no copy;
// nil without a host copy.
func (t ReIDTensorBatch) Tensor() []float32 {
	if t.p.ptr_host == nil {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(t.p.ptr_host)), int(t.p.numFilled)*int(t.p.featureSize))
}

// Row returns row i of the tensor (no copy); ok is false outside
// [0, NumFilled) or without a host copy.
func (t ReIDTensorBatch) Row(i int) (row []float32, ok bool) {
	all := t.Tensor()
	n := t.FeatureSize()
	if all == nil || i < 0 || i >= t.NumFilled() {
		return nil, false
	}
	return all[i*n : (i+1)*n : (i+1)*n], true
}

// DevicePtr is ptr_dev: the CUDA address of the tensor, 0 if none.
func (t ReIDTensorBatch) DevicePtr() uintptr { return uintptr(unsafe.Pointer(t.p.ptr_dev)) }
