// Package surfacetest builds DeepStream-style video buffers for the tests of
// package surface and of packages that read frames: a GstBuffer whose one
// memory maps to a new NvBufSurface, as nvvideoconvert produces. cgo is not
// allowed in _test.go files, so the C lives here.
package surfacetest

// #include "surfacetest.go.h"
import "C"

import "unsafe"

// NewBuffer returns a new GstBuffer* carrying an NvBufSurface of batch
// frames of width x height in colour format (an NvBufSurfaceColorFormat
// value) and memory type memType (NvBufSurfaceMemType), all filled, in pitch
// layout. nil when the runtime refuses the parameters. Release it with
// Unref.
func NewBuffer(batch, width, height int, format, memType int32) unsafe.Pointer {
	return unsafe.Pointer(C.gods_surfacetest_new_buffer(C.uint32_t(batch), C.uint32_t(width), C.uint32_t(height), C.int(format), C.int(memType)))
}

// NewPlainBuffer returns a GstBuffer* of size zero bytes of ordinary
// system memory: not a DeepStream buffer.
func NewPlainBuffer(size int) unsafe.Pointer {
	return unsafe.Pointer(C.gods_surfacetest_plain_buffer(C.gsize(size)))
}

// Unref drops a buffer made here.
func Unref(buffer unsafe.Pointer) { C.gst_buffer_unref((*C.GstBuffer)(buffer)) }

// SetLayout overwrites surfaceList[index].layout of the surface at surf, to
// test how readers treat layouts the runtime does not create.
func SetLayout(surf unsafe.Pointer, index int, layout int32) {
	s := (*C.NvBufSurface)(surf)
	list := unsafe.Slice(s.surfaceList, s.batchSize)
	list[index].layout = C.NvBufSurfaceLayout(layout)
}
