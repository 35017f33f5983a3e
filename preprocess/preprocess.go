// Package preprocess is the Go API over DeepStream's nvdspreprocess
// metadata: the ROI meta (nvds_roi_meta.h, NvDsRoiMeta) and the
// preprocess batch meta with its tensor (nvdspreprocess_meta.h,
// GstNvDsPreProcessBatchMeta and NvDsPreProcessTensorMeta), read-only.
//
// nvdspreprocess_meta.h declares its structs in C++ (std::vector,
// std::string), so a small C++ shim (preprocess_shim.cc, C interface in
// preprocess_shim.go.h) exposes pointers into them: one cgo call when a
// BatchMetaFromUser or Tensor view is made, after which the target IDs,
// the ROI list and the tensor shape are slices over the C++ containers'
// storage, no copy. Every view is valid only while the buffer that carries
// it is alive and inside the probe or callback that produced it.
package preprocess

// #include "preprocess.go.h"
import "C"

import (
	"iter"
	"strconv"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// DataType is NvDsDataType: a preprocessed tensor's element type. The
// values follow the headers compiled against (8.0 renumbered FP16).
type DataType int32

// Data types.
const (
	DataTypeFP32   DataType = C.NvDsDataType_FP32
	DataTypeUint8  DataType = C.NvDsDataType_UINT8
	DataTypeInt8   DataType = C.NvDsDataType_INT8
	DataTypeUint32 DataType = C.NvDsDataType_UINT32
	DataTypeInt32  DataType = C.NvDsDataType_INT32
	DataTypeFP16   DataType = C.NvDsDataType_FP16
	// DataTypeInt64 and DataTypeUint64 exist from DeepStream 8.0 on; they
	// are negative (never produced) against 7.x headers.
	DataTypeInt64  DataType = C.GODS_DATA_TYPE_INT64
	DataTypeUint64 DataType = C.GODS_DATA_TYPE_UINT64
)

// String names the data type as the C enum does, without its prefix.
func (d DataType) String() string {
	switch d {
	case DataTypeFP32:
		return "FP32"
	case DataTypeUint8:
		return "UINT8"
	case DataTypeInt8:
		return "INT8"
	case DataTypeUint32:
		return "UINT32"
	case DataTypeInt32:
		return "INT32"
	case DataTypeFP16:
		return "FP16"
	case DataTypeInt64:
		return "INT64"
	case DataTypeUint64:
		return "UINT64"
	}
	return "DataType(" + strconv.Itoa(int(d)) + ")"
}

// BatchMeta is a borrowed view of a GstNvDsPreProcessBatchMeta, attached
// by nvdspreprocess as batch user meta of type
// nvds.MetaTypePreprocessBatch. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
type BatchMeta struct {
	p unsafe.Pointer
	v C.GodsPreprocessBatch
}

// BatchMetaFromUser returns the preprocess batch meta a user meta carries,
// and false for any other user meta.
func BatchMetaFromUser(u nvds.UserMeta) (BatchMeta, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypePreprocessBatch || u.Data() == nil {
		return BatchMeta{}, false
	}
	return BatchMetaFromUnsafePointer(u.Data()), true
}

// BatchMetaFromUnsafePointer wraps a GstNvDsPreProcessBatchMeta*
// (borrowed); wraps gods_preprocess_batch_view.
func BatchMetaFromUnsafePointer(p unsafe.Pointer) BatchMeta {
	b := BatchMeta{p: p}
	if p != nil {
		C.gods_preprocess_batch_view(p, &b.v)
	}
	return b
}

// UnsafePointer returns the GstNvDsPreProcessBatchMeta*.
func (b BatchMeta) UnsafePointer() unsafe.Pointer { return b.p }

// TargetUniqueIDs is target_unique_ids: the gie-unique-ids of the models
// the tensor is for, over the vector's storage.
func (b BatchMeta) TargetUniqueIDs() []uint64 {
	if b.v.target_ids == nil {
		return nil
	}
	return unsafe.Slice((*uint64)(unsafe.Pointer(b.v.target_ids)), int(b.v.n_target_ids))
}

// NumROIs is the length of roi_vector.
func (b BatchMeta) NumROIs() int { return int(b.v.n_rois) }

// ROI returns roi_vector[i].
func (b BatchMeta) ROI(i int) (RoiMeta, error) {
	if i < 0 || i >= b.NumROIs() {
		return RoiMeta{}, &nvds.Error{Op: "preprocess.BatchMeta.ROI", Err: nvds.ErrOutOfRange}
	}
	return RoiMeta{&unsafe.Slice(b.v.rois, b.v.n_rois)[i]}, nil
}

// ROIs yields roi_vector's entries.
func (b BatchMeta) ROIs() iter.Seq[RoiMeta] {
	return func(yield func(RoiMeta) bool) {
		if b.v.rois == nil {
			return
		}
		list := unsafe.Slice(b.v.rois, b.v.n_rois)
		for i := range list {
			if !yield(RoiMeta{&list[i]}) {
				return
			}
		}
	}
}

// PrivateData is private_data.
func (b BatchMeta) PrivateData() unsafe.Pointer { return b.v.private_data }

// Tensor returns tensor_meta; false when there is none.
func (b BatchMeta) Tensor() (TensorMeta, bool) {
	if b.v.tensor_meta == nil {
		return TensorMeta{}, false
	}
	t := TensorMeta{p: b.v.tensor_meta}
	C.gods_preprocess_tensor_view(t.p, &t.v)
	return t, true
}

// TensorMeta is a borrowed view of an NvDsPreProcessTensorMeta: the
// batched input tensor nvdspreprocess built. It is valid only while the
// buffer that carries it is alive and inside the probe or callback that
// produced it.
type TensorMeta struct {
	p unsafe.Pointer
	v C.GodsPreprocessTensor
}

// UnsafePointer returns the NvDsPreProcessTensorMeta*.
func (t TensorMeta) UnsafePointer() unsafe.Pointer { return t.p }

// RawTensorBuffer is raw_tensor_buffer: the tensor's address, CUDA device
// memory in DeepStream, for interop.
func (t TensorMeta) RawTensorBuffer() uintptr { return uintptr(t.v.raw_tensor_buffer) }

// BufferSize is buffer_size, in bytes.
func (t TensorMeta) BufferSize() uint64 { return uint64(t.v.buffer_size) }

// Shape is tensor_shape, over the vector's storage.
func (t TensorMeta) Shape() []int32 {
	if t.v.shape == nil {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(t.v.shape)), int(t.v.ndims))
}

// DataType is data_type.
func (t TensorMeta) DataType() DataType { return DataType(t.v.data_type) }

// Name is tensor_name (a copy).
func (t TensorMeta) Name() string {
	if t.v.name == nil {
		return ""
	}
	return C.GoStringN(t.v.name, C.int(t.v.name_len))
}

// GPUID is gpu_id.
func (t TensorMeta) GPUID() uint32 { return uint32(t.v.gpu_id) }

// MetaID is meta_id.
func (t TensorMeta) MetaID() uint32 { return uint32(t.v.meta_id) }

// HasMaintainAspectRatio reports whether the headers compiled against have
// NvDsPreProcessTensorMeta.maintain_aspect_ratio (DeepStream 7.1 and later).
const HasMaintainAspectRatio = C.GODS_PREPROCESS_HAS_MAINTAIN_ASPECT_RATIO != 0

// MaintainAspectRatio is maintain_aspect_ratio. The field is new in
// DeepStream 7.1; without it (HasMaintainAspectRatio false) this is always
// false.
func (t TensorMeta) MaintainAspectRatio() bool { return t.v.maintain_aspect_ratio != 0 }

// PrivateData is private_data.
func (t TensorMeta) PrivateData() unsafe.Pointer { return t.v.private_data }
