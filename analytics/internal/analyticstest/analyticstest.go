// Package analyticstest makes GstBuffers for the tests of package
// analytics, so that metadata can be copied with its buffer (which runs the
// shim's C++ copy functions). cgo is not allowed in _test.go files.
package analyticstest

// #include "analyticstest.go.h"
import "C"

import "unsafe"

// NewBuffer returns a new, empty, writable GstBuffer*.
func NewBuffer() unsafe.Pointer { return unsafe.Pointer(C.gods_new_buffer()) }

// Copy returns gst_buffer_copy(buffer): a new buffer with copies of its
// metas.
func Copy(buffer unsafe.Pointer) unsafe.Pointer {
	return unsafe.Pointer(C.gst_buffer_copy((*C.GstBuffer)(buffer)))
}

// Unref drops a buffer.
func Unref(buffer unsafe.Pointer) { C.gst_buffer_unref((*C.GstBuffer)(buffer)) }
