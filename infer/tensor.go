package infer

// #include "infer.go.h"
import "C"

import (
	"iter"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// TensorMeta is a borrowed view of an NvDsInferTensorMeta: the raw output
// tensors of one inference (nvinfer with output-tensor-meta=1, nvinferserver
// with output_tensor_meta), attached as frame user meta by a primary model
// and object user meta by a secondary one, of type
// nvds.MetaTypeInferTensorOutput. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
type TensorMeta struct{ p *C.NvDsInferTensorMeta }

// TensorMetaFromUser returns the tensor meta a user meta carries, and false
// when the user meta is of another type (or has no payload).
func TensorMetaFromUser(u nvds.UserMeta) (TensorMeta, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeInferTensorOutput || u.Data() == nil {
		return TensorMeta{}, false
	}
	return TensorMeta{(*C.NvDsInferTensorMeta)(u.Data())}, true
}

// TensorMetaFromUnsafePointer wraps an NvDsInferTensorMeta* (borrowed).
func TensorMetaFromUnsafePointer(p unsafe.Pointer) TensorMeta {
	return TensorMeta{(*C.NvDsInferTensorMeta)(p)}
}

// UnsafePointer returns the NvDsInferTensorMeta*.
func (t TensorMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(t.p) }

// IsNil reports whether the view holds no meta.
func (t TensorMeta) IsNil() bool { return t.p == nil }

// UniqueID is unique_id: the gie-unique-id of the model that produced it.
func (t TensorMeta) UniqueID() uint32 { return uint32(t.p.unique_id) }

// NumOutputLayers is num_output_layers.
func (t TensorMeta) NumOutputLayers() int { return int(t.p.num_output_layers) }

// GPUID is gpu_id.
func (t TensorMeta) GPUID() int { return int(t.p.gpu_id) }

// NetworkInfo is network_info: the model's input resolution.
func (t TensorMeta) NetworkInfo() NetworkInfo {
	return NetworkInfo{
		Width:    int(t.p.network_info.width),
		Height:   int(t.p.network_info.height),
		Channels: int(t.p.network_info.channels),
	}
}

// MaintainAspectRatio is maintain_aspect_ratio: whether the input was
// scaled with its aspect ratio kept (so boxes need the same correction).
func (t TensorMeta) MaintainAspectRatio() bool { return t.p.maintain_aspect_ratio != 0 }

// SymmetricPadding is symmetric_padding: whether that scaling padded on
// both sides rather than right and bottom. The field is new in DeepStream
// 7.1; against 7.0 this is always false.
func (t TensorMeta) SymmetricPadding() bool { return C.gods_infer_tensor_symmetric_padding(t.p) != 0 }

// PrivData is priv_data, the producer's private pointer.
func (t TensorMeta) PrivData() unsafe.Pointer { return t.p.priv_data }

// Layer returns output layer i, i in [0, NumOutputLayers). Unlike pyds's
// get_nvds_LayerInfo it does not write to the meta: the host buffer is
// out_buf_ptrs_host[i], read alongside output_layers_info[i].
func (t TensorMeta) Layer(i int) (Layer, error) {
	if t.p == nil || t.p.output_layers_info == nil || i < 0 || i >= t.NumOutputLayers() {
		return Layer{}, opError("infer.TensorMeta.Layer", nvds.ErrOutOfRange, "layer index outside the meta")
	}
	return t.layer(i), nil
}

// Layers yields the index and view of every output layer.
func (t TensorMeta) Layers() iter.Seq2[int, Layer] {
	return func(yield func(int, Layer) bool) {
		if t.p == nil || t.p.output_layers_info == nil {
			return
		}
		for i := range t.NumOutputLayers() {
			if !yield(i, t.layer(i)) {
				return
			}
		}
	}
}

// LayerByName returns the output layer named name, comparing the C string
// in place (no allocation).
func (t TensorMeta) LayerByName(name string) (Layer, bool) {
	for _, l := range t.Layers() {
		if cstrEqual(l.info.layerName, name) {
			return l, true
		}
	}
	return Layer{}, false
}

func (t TensorMeta) layer(i int) Layer {
	infos := unsafe.Slice(t.p.output_layers_info, t.p.num_output_layers)
	l := Layer{info: &infos[i]}
	if t.p.out_buf_ptrs_host != nil {
		l.host = unsafe.Slice(t.p.out_buf_ptrs_host, t.p.num_output_layers)[i]
	}
	if t.p.out_buf_ptrs_dev != nil {
		l.dev = unsafe.Slice(t.p.out_buf_ptrs_dev, t.p.num_output_layers)[i]
	}
	return l
}

// cstrEqual compares a NUL-terminated C string with s without a cgo call
// or an allocation, reading no byte past the C string's terminator.
func cstrEqual(p *C.char, s string) bool {
	if p == nil {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := *(*byte)(unsafe.Add(unsafe.Pointer(p), i))
		if c == 0 || c != s[i] {
			return false
		}
	}
	return *(*byte)(unsafe.Add(unsafe.Pointer(p), len(s))) == 0
}
