package infer

// #include "infer.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// MaxDims is NVDSINFER_MAX_DIMS: the most dimensions a Dims holds.
const MaxDims = C.NVDSINFER_MAX_DIMS

// Dims is a copy of an NvDsInferDims: a tensor's shape, without the batch
// dimension.
type Dims struct {
	NumDims     int
	D           [MaxDims]uint32
	NumElements int
}

// Shape returns the first NumDims dimensions.
func (d Dims) Shape() []uint32 { return d.D[:min(max(d.NumDims, 0), MaxDims)] }

// NetworkInfo is a copy of an NvDsInferNetworkInfo: a model's input size.
type NetworkInfo struct {
	Width, Height, Channels int
}

// Layer is a borrowed view of one output layer of a TensorMeta (an
// NvDsInferLayerInfo and its host and device buffers). It is valid only
// while the buffer that carries it is alive and inside the probe or
// callback that produced it; so are the slices its accessors return, which
// point into the layer's host buffer without copying.
type Layer struct {
	info *C.NvDsInferLayerInfo
	host unsafe.Pointer
	dev  unsafe.Pointer
}

// LayerFromUnsafePointer wraps an NvDsInferLayerInfo* (borrowed) whose
// buffer field is its host buffer, as custom parsers receive them.
func LayerFromUnsafePointer(p unsafe.Pointer) Layer {
	info := (*C.NvDsInferLayerInfo)(p)
	if info == nil {
		return Layer{}
	}
	return Layer{info: info, host: info.buffer}
}

// UnsafePointer returns the NvDsInferLayerInfo*.
func (l Layer) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(l.info) }

// Name is layerName (a copy).
func (l Layer) Name() string {
	if l.info.layerName == nil {
		return ""
	}
	return C.GoString(l.info.layerName)
}

// DataType is dataType.
func (l Layer) DataType() DataType { return DataType(l.info.dataType) }

// Dims is inferDims (a copy). NumElements is computed from the
// dimensions when the producer left it 0.
func (l Layer) Dims() Dims {
	c := (*C.NvDsInferDims)(unsafe.Add(unsafe.Pointer(l.info), C.GODS_LAYER_DIMS_OFFSET))
	d := Dims{NumDims: int(c.numDims), NumElements: int(c.numElements)}
	for i := range d.D {
		d.D[i] = uint32(c.d[i])
	}
	if d.NumElements == 0 && d.NumDims > 0 {
		n := 1
		for _, v := range d.Shape() {
			n *= int(v)
		}
		d.NumElements = n
	}
	return d
}

// BindingIndex is bindingIndex: the layer's index in the engine.
func (l Layer) BindingIndex() int { return int(l.info.bindingIndex) }

// IsInput is isInput.
func (l Layer) IsInput() bool { return l.info.isInput != 0 }

// HostBuffer is the layer's host buffer (out_buf_ptrs_host[i]; buffer for a
// layer from LayerFromUnsafePointer), or nil.
func (l Layer) HostBuffer() unsafe.Pointer { return l.host }

// DeviceBuffer is out_buf_ptrs_dev[i]: the CUDA address of the layer's
// device buffer, for interop; 0 when there is none.
func (l Layer) DeviceBuffer() uintptr { return uintptr(l.dev) }

// ByteSize is the size of the layer's data: elements times element size.
func (l Layer) ByteSize() int { return l.Dims().NumElements * l.DataType().Size() }

// Bytes is the host buffer as bytes (ByteSize long), whatever the type.
func (l Layer) Bytes() ([]byte, error) {
	if l.host == nil {
		return nil, opError("infer.Layer.Bytes", ErrNoHostBuffer, "")
	}
	return unsafe.Slice((*byte)(l.host), l.ByteSize()), nil
}

// Float32s is the host buffer of a FLOAT layer, Dims().NumElements long,
// zero copy.
func (l Layer) Float32s() ([]float32, error) {
	return typed[float32](l, "infer.Layer.Float32s", DataTypeFloat32)
}

// Float16Bits is the host buffer of a HALF layer as raw IEEE 754 binary16
// bit patterns (Go has no float16), zero copy.
func (l Layer) Float16Bits() ([]uint16, error) {
	return typed[uint16](l, "infer.Layer.Float16Bits", DataTypeFloat16)
}

// Int8s is the host buffer of an INT8 layer, zero copy.
func (l Layer) Int8s() ([]int8, error) { return typed[int8](l, "infer.Layer.Int8s", DataTypeInt8) }

// Uint8s is the host buffer of a UINT8 layer (DeepStream 8.0 and later),
// zero copy.
func (l Layer) Uint8s() ([]uint8, error) { return typed[uint8](l, "infer.Layer.Uint8s", DataTypeUint8) }

// Int32s is the host buffer of an INT32 layer, zero copy.
func (l Layer) Int32s() ([]int32, error) { return typed[int32](l, "infer.Layer.Int32s", DataTypeInt32) }

// Int64s is the host buffer of an INT64 layer, zero copy.
func (l Layer) Int64s() ([]int64, error) { return typed[int64](l, "infer.Layer.Int64s", DataTypeInt64) }

func typed[T any](l Layer, op string, want DataType) ([]T, error) {
	if l.info == nil {
		return nil, opError(op, nvds.ErrNilMeta, "")
	}
	if got := l.DataType(); got != want {
		return nil, opError(op, ErrDataType, "layer is "+got.String()+", not "+want.String())
	}
	if l.host == nil {
		return nil, opError(op, ErrNoHostBuffer, "")
	}
	var zero T
	if uintptr(l.host)%unsafe.Alignof(zero) != 0 {
		return nil, opError(op, ErrMisaligned, "")
	}
	return unsafe.Slice((*T)(l.host), l.Dims().NumElements), nil
}
