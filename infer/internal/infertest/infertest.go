// Package infertest builds inference metadata (tensor and segmentation
// meta) in C memory, attached to user metas from a batch's pool the way
// nvinfer attaches them, for the tests of package infer. The payloads come
// from infer's C glue (gods_infer_*), the constructors the stand-in nvinfer
// uses; cgo is not allowed in _test.go files, so the calls live here.
package infertest

// #include <stdlib.h>
// #include "infertest.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"

	// Links infer's C glue, which defines the gods_infer_* constructors.
	_ "github.com/go-deepstream/go-deepstream/infer"
)

// FillSegmentation makes u (an acquired, not yet attached user meta) an
// NVDSINFER_SEGMENTATION_META holding copies of classMap (width*height
// values) and probs (classes*width*height values, or nil).
func FillSegmentation(u nvds.UserMeta, classes, width, height int, classMap []int32, probs []float32, uniqueID int32) {
	if len(classMap) != width*height || (probs != nil && len(probs) != classes*width*height) {
		panic("infertest: slice lengths do not match the mask size")
	}
	withProbs := C.gboolean(0)
	if probs != nil {
		withProbs = 1
	}
	m := C.gods_infer_segmentation_new(C.guint(classes), C.guint(width), C.guint(height), C.gint(uniqueID), withProbs)
	if len(classMap) > 0 {
		copy(unsafe.Slice((*int32)(unsafe.Pointer(m.class_map)), len(classMap)), classMap)
	}
	if len(probs) > 0 {
		copy(unsafe.Slice((*float32)(unsafe.Pointer(m.class_probabilities_map)), len(probs)), probs)
	}
	C.gods_infer_user_meta_set_segmentation((*C.NvDsUserMeta)(u.UnsafePointer()), m)
}

// Layer describes one output layer for FillTensor.
type Layer struct {
	Name     string
	DataType int32    // an NvDsInferDataType value
	Dims     []uint32 // at most 8
	Data     []byte   // copied as the host buffer; nil for none
}

// FillTensor makes u an NVDSINFER_TENSOR_OUTPUT_META with the given layers
// (network 640x368x3, maintain_aspect_ratio set).
func FillTensor(u nvds.UserMeta, uniqueID uint32, layers []Layer) {
	m := C.gods_infer_tensor_new(C.guint(uniqueID), C.guint(len(layers)), 640, 368, 3)
	m.maintain_aspect_ratio = 1
	for i, l := range layers {
		name := C.CString(l.Name)
		var dims *C.guint
		if len(l.Dims) > 0 {
			dims = (*C.guint)(unsafe.Pointer(&l.Dims[0]))
		}
		var data C.gpointer
		if len(l.Data) > 0 {
			data = C.g_memdup2(C.gconstpointer(unsafe.Pointer(&l.Data[0])), C.gsize(len(l.Data)))
		}
		C.gods_infer_tensor_set_layer(m, C.guint(i), name, C.int(l.DataType), dims, C.guint(len(l.Dims)), unsafe.Pointer(data), 0)
		C.free(unsafe.Pointer(name))
	}
	C.gods_infer_user_meta_set_tensor((*C.NvDsUserMeta)(u.UnsafePointer()), m)
}
