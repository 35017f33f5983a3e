package nvds

// #include "cshim.h"
import "C"

import (
	"runtime/cgo"
	"unsafe"
)

// ProbeReturn is what an operator probe tells GStreamer (GstPadProbeReturn).
type ProbeReturn int

// Probe results.
const (
	// ProbeOK passes the buffer on (GST_PAD_PROBE_OK).
	ProbeOK ProbeReturn = C.GST_PAD_PROBE_OK
	// ProbeDrop drops the buffer (GST_PAD_PROBE_DROP).
	ProbeDrop ProbeReturn = C.GST_PAD_PROBE_DROP
	// ProbeRemove passes the buffer and removes the probe (GST_PAD_PROBE_REMOVE).
	ProbeRemove ProbeReturn = C.GST_PAD_PROBE_REMOVE
	// ProbePass passes the buffer without further probe processing
	// (GST_PAD_PROBE_PASS).
	ProbePass ProbeReturn = C.GST_PAD_PROBE_PASS
)

// ProbeInfo is what a probe sees of one buffer. It is valid only during the
// probe call.
type ProbeInfo struct {
	buffer *C.GstBuffer
	batch  *C.NvDsBatchMeta
}

// Buffer returns the GstBuffer* (borrowed; no reference is taken).
func (i ProbeInfo) Buffer() unsafe.Pointer { return unsafe.Pointer(i.buffer) }

// BatchMeta returns the buffer's batch meta, or ErrNoBatchMeta when it has
// none (a pad upstream of nvstreammux).
func (i ProbeInfo) BatchMeta() (BatchMeta, error) {
	if i.batch == nil {
		return BatchMeta{}, ErrNoBatchMeta
	}
	return BatchMeta{i.batch}, nil
}

// Probe is an installed buffer probe. Remove uninstalls it; a probe whose
// pad is finalized is released with the pad.
type Probe struct{ p *C.CshimProbe }

type probeFuncs struct {
	observe func(ProbeInfo)
	operate func(ProbeInfo) ProbeReturn
}

// AddObserver installs a read-only buffer probe on pad (a GstPad*, e.g.
// gogst.PadPointer): fn is called once per buffer on the streaming thread
// and the buffer always passes. Wraps gst_pad_add_probe with
// GST_PAD_PROBE_TYPE_BUFFER through go-deepstream's C trampoline.
func AddObserver(pad unsafe.Pointer, fn func(ProbeInfo)) (*Probe, error) {
	if fn == nil {
		return nil, &Error{Op: "gst_pad_add_probe", Msg: "nil probe function"}
	}
	return addProbe(pad, C.CSHIM_PROBE_OBSERVER, probeFuncs{observe: fn})
}

// AddOperator installs a read-write buffer probe on pad: fn runs with the
// batch-meta lock held (nvds_acquire_meta_lock) and its result decides the
// buffer's fate.
func AddOperator(pad unsafe.Pointer, fn func(ProbeInfo) ProbeReturn) (*Probe, error) {
	if fn == nil {
		return nil, &Error{Op: "gst_pad_add_probe", Msg: "nil probe function"}
	}
	return addProbe(pad, C.CSHIM_PROBE_OPERATOR, probeFuncs{operate: fn})
}

func addProbe(pad unsafe.Pointer, kind C.int, fns probeFuncs) (*Probe, error) {
	if pad == nil {
		return nil, &Error{Op: "gst_pad_add_probe", Msg: "nil pad"}
	}
	h := cgo.NewHandle(fns)
	p := C.cshim_add_buffer_probe((*C.GstPad)(pad), kind, C.uintptr_t(h))
	if p == nil {
		return nil, &Error{Op: "gst_pad_add_probe", Msg: "not a pad, or the probe was refused"}
	}
	return &Probe{p}, nil
}

// Remove uninstalls the probe (gst_pad_remove_probe) if its pad still
// exists. Safe on nil and when called twice.
func (p *Probe) Remove() {
	if p == nil || p.p == nil {
		return
	}
	C.cshim_remove_buffer_probe(p.p)
	p.p = nil
}
