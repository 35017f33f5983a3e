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

// NewBufferFrom returns a GstBuffer* of ordinary system memory holding a
// copy of data (what a probe on a video/x-raw pad sees). Release it with
// Unref.
func NewBufferFrom(data []byte) unsafe.Pointer {
	buf := NewPlainBuffer(len(data))
	if len(data) > 0 {
		C.gst_buffer_fill((*C.GstBuffer)(buf), 0, C.gconstpointer(unsafe.Pointer(&data[0])), C.gsize(len(data)))
	}
	return buf
}

// NewMultiMemoryBuffer returns a buffer holding two memories: a DeepStream
// buffer's surface memory followed by a system-memory block of extra
// bytes, which no DeepStream element makes. nil when the runtime refuses
// the parameters.
func NewMultiMemoryBuffer(width, height int, format, memType int32, extra int) unsafe.Pointer {
	buf := NewBuffer(1, width, height, format, memType)
	if buf == nil {
		return nil
	}
	tail := NewPlainBuffer(extra)
	return unsafe.Pointer(C.gst_buffer_append((*C.GstBuffer)(buf), (*C.GstBuffer)(tail)))
}

// StructSize is sizeof(NvBufSurface) in the headers compiled against: the
// mapped size of a DeepStream buffer's one memory.
const StructSize = int(unsafe.Sizeof(C.NvBufSurface{}))

// StructBytes returns a copy of the NvBufSurface struct at surf: a perfect
// forgery of a surface's header, pointers included.
func StructBytes(surf unsafe.Pointer) []byte {
	return C.GoBytes(surf, C.int(StructSize))
}
