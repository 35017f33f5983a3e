package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// OwnedBatchMeta is a batch meta created by Go (nvds_create_batch_meta), as
// nvstreammux creates one for every batch. Release frees it; AttachToBuffer
// hands it to a GstBuffer instead, after which the buffer owns it.
type OwnedBatchMeta struct{ p *C.NvDsBatchMeta }

// NewBatchMeta creates a batch meta with pools sized for maxBatchSize
// frames; wraps nvds_create_batch_meta. The caller owns the result.
func NewBatchMeta(maxBatchSize int) (*OwnedBatchMeta, error) {
	if maxBatchSize <= 0 || maxBatchSize > 1<<20 {
		return nil, &Error{Op: "nvds.NewBatchMeta", Err: ErrOutOfRange, Msg: "max batch size must be in 1..1048576"}
	}
	p := C.nvds_create_batch_meta(C.guint(maxBatchSize))
	if p == nil {
		return nil, &Error{Op: "nvds.NewBatchMeta", Msg: "returned NULL"}
	}
	return &OwnedBatchMeta{p}, nil
}

// Meta returns the batch's view. It panics after Release or AttachToBuffer.
func (o *OwnedBatchMeta) Meta() BatchMeta {
	if o == nil || o.p == nil {
		panic("nvds: OwnedBatchMeta used after Release or AttachToBuffer")
	}
	return BatchMeta{o.p}
}

// Release destroys the batch meta and everything attached to it; wraps
// nvds_destroy_batch_meta. Safe on nil and when called twice.
func (o *OwnedBatchMeta) Release() {
	if o == nil || o.p == nil {
		return
	}
	C.nvds_destroy_batch_meta(o.p)
	o.p = nil
}

// AttachToBuffer attaches the batch meta to a GstBuffer as its NvDsMeta
// (gst_buffer_add_nvds_meta with nvds_batch_meta_copy_func and
// nvds_batch_meta_release_func, meta type NVDS_BATCH_GST_META), which is how
// nvstreammux publishes it. It consumes o: the buffer frees the batch meta.
// buffer is a GstBuffer*; it must be writable.
func (o *OwnedBatchMeta) AttachToBuffer(buffer unsafe.Pointer) (BatchMeta, error) {
	if o == nil || o.p == nil {
		return BatchMeta{}, opError("nvds.OwnedBatchMeta.AttachToBuffer", ErrReleased)
	}
	if buffer == nil {
		return BatchMeta{}, opError("nvds.OwnedBatchMeta.AttachToBuffer", ErrNilBuffer)
	}
	m := C.gods_attach_batch_meta((*C.GstBuffer)(buffer), o.p)
	if m == nil {
		return BatchMeta{}, &Error{Op: "nvds.OwnedBatchMeta.AttachToBuffer", Msg: "buffer is not writable or not a GstBuffer"}
	}
	b := BatchMeta{o.p}
	o.p = nil
	return b, nil
}
