package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// OwnedBatchMeta is a batch meta created by Go (nvds_create_batch_meta), as
// nvstreammux creates one for every batch. Release frees it; AttachToBuffer
// hands it to a GstBuffer instead, after which the buffer owns it.
//
// Release also ends the views (Meta) and pending values (Acquire*) taken
// from it: they hold the batch's Go-side lifetime record and panic when
// used afterwards, instead of reaching freed memory.
type OwnedBatchMeta struct {
	p    *C.NvDsBatchMeta
	life *batchLife
}

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
	return &OwnedBatchMeta{p: p, life: new(batchLife)}, nil
}

// Meta returns the batch's view. It panics after Release or AttachToBuffer.
func (o *OwnedBatchMeta) Meta() BatchMeta {
	if o == nil || o.p == nil {
		panic("nvds: OwnedBatchMeta used after Release or AttachToBuffer")
	}
	return BatchMeta{p: o.p, life: o.life}
}

// Release destroys the batch meta and everything attached to it; wraps
// nvds_destroy_batch_meta. Views and pending values taken from it panic
// when used afterwards. Safe on nil and when called twice.
func (o *OwnedBatchMeta) Release() {
	if o == nil || o.p == nil {
		return
	}
	o.life.released.Store(true)
	C.nvds_destroy_batch_meta(o.p)
	o.p = nil
}

// AttachToBuffer attaches the batch meta to a GstBuffer as its NvDsMeta
// (gst_buffer_add_nvds_meta with nvds_batch_meta_copy_func and
// nvds_batch_meta_release_func, meta type NVDS_BATCH_GST_META), which is how
// nvstreammux publishes it. It consumes o: the buffer frees the batch meta.
// buffer is a GstBuffer*; it must be writable, and must not carry a batch
// meta already (ErrHasBatchMeta: downstream would only ever see the first).
// On error o is left as it was.
func (o *OwnedBatchMeta) AttachToBuffer(buffer unsafe.Pointer) (BatchMeta, error) {
	const op = "nvds.OwnedBatchMeta.AttachToBuffer"
	if o == nil || o.p == nil {
		return BatchMeta{}, opError(op, ErrReleased)
	}
	if buffer == nil {
		return BatchMeta{}, opError(op, ErrNilBuffer)
	}
	var why C.int
	if C.gods_attach_batch_meta((*C.GstBuffer)(buffer), o.p, &why) == nil {
		if why == C.GODS_ATTACH_HAS_BATCH {
			return BatchMeta{}, opError(op, ErrHasBatchMeta)
		}
		return BatchMeta{}, &Error{Op: op, Msg: "buffer is not writable or not a GstBuffer"}
	}
	// The buffer owns the batch now and frees it out of Go's sight; the
	// lifetime record stays "alive", as a probe's view would.
	b := BatchMeta{p: o.p, life: o.life}
	o.p = nil
	return b, nil
}
