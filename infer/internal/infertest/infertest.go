// Package infertest builds inference metadata (tensor and segmentation
// meta) in C memory, attached to user metas from a batch's pool the way
// nvinfer attaches them, for the tests of package infer. cgo is not allowed
// in _test.go files, so the C lives here.
package infertest

// #include <stdlib.h>
// #include "infertest.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// FillSegmentation makes u (an acquired, not yet attached user meta) an
// NVDSINFER_SEGMENTATION_META holding copies of classMap (width*height
// values) and probs (classes*width*height values, or nil).
func FillSegmentation(u nvds.UserMeta, classes, width, height int, classMap []int32, probs []float32, uniqueID int32) {
	if len(classMap) != width*height || (probs != nil && len(probs) != classes*width*height) {
		panic("infertest: slice lengths do not match the mask size")
	}
	var pm *C.gfloat
	if probs != nil {
		pm = (*C.gfloat)(unsafe.Pointer(&probs[0]))
	}
	var cm *C.gint
	if len(classMap) > 0 {
		cm = (*C.gint)(unsafe.Pointer(&classMap[0]))
	}
	C.infertest_fill_segmentation((*C.NvDsUserMeta)(u.UnsafePointer()), C.guint(classes), C.guint(width), C.guint(height), cm, pm, C.gint(uniqueID))
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
	m := C.infertest_fill_tensor((*C.NvDsUserMeta)(u.UnsafePointer()), C.guint(len(layers)), C.guint(uniqueID))
	for i, l := range layers {
		name := C.CString(l.Name)
		var dims *C.uint
		if len(l.Dims) > 0 {
			dims = (*C.uint)(unsafe.Pointer(&l.Dims[0]))
		}
		var data unsafe.Pointer
		if l.Data != nil {
			data = unsafe.Pointer(unsafe.SliceData(l.Data))
		}
		C.infertest_set_layer(m, C.guint(i), name, C.int(l.DataType), dims, C.guint(len(l.Dims)), data, C.gsize(len(l.Data)))
		C.free(unsafe.Pointer(name))
	}
}
