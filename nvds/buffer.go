package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// BatchMetaFromBuffer returns the batch meta a GstBuffer carries; wraps
// gst_buffer_get_nvds_batch_meta. buffer is a GstBuffer* from any binding
// (gogst.BufferPointer for go-gst). The view is borrowed from the buffer.
// A nil buffer gives ErrNilBuffer, one without batch meta ErrNoBatchMeta.
func BatchMetaFromBuffer(buffer unsafe.Pointer) (BatchMeta, error) {
	if buffer == nil {
		return BatchMeta{}, ErrNilBuffer
	}
	p := C.gst_buffer_get_nvds_batch_meta((*C.GstBuffer)(buffer))
	if p == nil {
		return BatchMeta{}, ErrNoBatchMeta
	}
	return BatchMeta{p: p}, nil
}
