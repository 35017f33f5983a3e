// Package latencytest makes GstBuffers and plays nvstreammux's part in
// latency measurement (turning a decoder's reference stamp into frame user
// meta) for the tests of package latency. cgo is not allowed in _test.go
// files, so the C lives here.
package latencytest

// #include "latencytest.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// NewBuffer returns a new, empty, writable GstBuffer*.
func NewBuffer() unsafe.Pointer { return unsafe.Pointer(C.gods_new_buffer()) }

// Copy returns gst_buffer_copy(buffer): a new buffer with copies of its
// metas.
func Copy(buffer unsafe.Pointer) unsafe.Pointer {
	return unsafe.Pointer(C.gst_buffer_copy((*C.GstBuffer)(buffer)))
}

// Unref drops a buffer.
func Unref(buffer unsafe.Pointer) { C.gst_buffer_unref((*C.GstBuffer)(buffer)) }

// MuxFrame does what nvstreammux does with an input buffer's NvDsMeta:
// nvds_copy_gst_meta_to_frame_meta(src, batch, frame).
func MuxFrame(src unsafe.Pointer, b nvds.BatchMeta, f nvds.FrameMeta) {
	C.nvds_copy_gst_meta_to_frame_meta((*C.GstBuffer)(src), (*C.NvDsBatchMeta)(b.UnsafePointer()), (*C.NvDsFrameMeta)(f.UnsafePointer()))
}
