package nvds

/*
#include <stdlib.h>
#include "cshim.go.h"
*/
import "C"

import (
	"reflect"
	"runtime"
	"runtime/cgo"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/internal/cgoguard"
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
	return BatchMeta{p: i.batch}, nil
}

// Probe is an installed buffer probe. Remove uninstalls it. A probe whose
// pad is finalized, or whose operator returned ProbeRemove, is released
// with its pad hook; Remove is then a no-op. Nothing needs to be done for a
// probe that lives as long as its pad.
type Probe struct{ s *probeState }

// probeState is the Go side of one installed probe; the cgo.Handle in the C
// record refers to it.
type probeState struct {
	observe func(ProbeInfo)
	operate func(ProbeInfo) ProbeReturn
	name    string // "nvds operator probe main.fn", for failure reports

	mu      sync.Mutex
	rec     *C.GodsProbe // valid while !gone
	gone    bool         // the hook was destroyed and the handle released
	removed bool         // Remove was called
}

// probeName names a probe by its kind and its function's Go name.
func probeName(kind string, fn any) string {
	name := "?"
	if f := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()); f != nil {
		name = f.Name()
	}
	return "nvds " + kind + " probe " + name
}

// fail reports a probe function that panicked (or called runtime.Goexit):
// an error message on the bus from the pad's parent element, naming the
// probe and carrying the panic value, with the stack as debug text. The
// trampoline then drops an operator's buffer (it may be half edited),
// passes an observer's, releases the meta lock as after every call, and
// removes the probe.
func (s *probeState) fail(pad *C.GstPad, f cgoguard.Failure) C.int {
	if f.Goexit {
		// The process is about to abort: nobody will read the bus.
		cgoguard.Log(f)
	}
	text := C.CString(f.Error())
	debug := C.CString(string(f.Stack))
	C.gods_post_probe_error(pad, text, debug)
	C.free(unsafe.Pointer(text))
	C.free(unsafe.Pointer(debug))
	return C.GODS_PROBE_FAILED
}

// liveHandles counts the cgo handles of installed probes: incremented when
// one is made, decremented when C releases it.
var liveHandles atomic.Int64

// AddObserver installs a read-only buffer probe on pad (a GstPad*, e.g.
// gogst.PadPointer): fn is called once per buffer on the streaming thread
// and the buffer always passes. Wraps gst_pad_add_probe with
// GST_PAD_PROBE_TYPE_BUFFER through go-deepstream's C trampoline: per
// buffer, one C callback and one call into Go; no reference is taken and
// nothing is allocated. The probe does not keep pad alive. A panic in fn
// is recovered and reported on the bus, and the probe removed; see
// AddOperator.
func AddObserver(pad unsafe.Pointer, fn func(ProbeInfo)) (*Probe, error) {
	if fn == nil {
		return nil, &Error{Op: "nvds.AddObserver", Msg: "nil probe function"}
	}
	return addProbe(pad, C.GODS_PROBE_OBSERVER, &probeState{observe: fn, name: probeName("observer", fn)})
}

// AddOperator installs a read-write buffer probe on pad: fn runs with the
// batch-meta lock held (nvds_acquire_meta_lock) when the buffer has batch
// meta, and its result decides the buffer's fate. Results other than the
// ProbeReturn constants count as ProbeOK.
//
// A probe function that panics does not take the streaming thread down:
// the panic is recovered, the meta lock released, an error message naming
// the probe and the panic value is posted on the bus from the pad's parent
// element (GST_CORE_ERROR_FAILED, the stack as debug text), the buffer is
// dropped (an operator's: its changes may be half done) or passed (an
// observer's), and the probe is removed. runtime.Goexit (t.FailNow) is
// reported the same way, but Go then aborts the process: it cannot end a
// goroutine on a thread it did not create.
func AddOperator(pad unsafe.Pointer, fn func(ProbeInfo) ProbeReturn) (*Probe, error) {
	if fn == nil {
		return nil, &Error{Op: "nvds.AddOperator", Msg: "nil probe function"}
	}
	return addProbe(pad, C.GODS_PROBE_OPERATOR, &probeState{operate: fn, name: probeName("operator", fn)})
}

func addProbe(pad unsafe.Pointer, kind C.int, s *probeState) (*Probe, error) {
	op := "nvds.AddObserver"
	if s.operate != nil {
		op = "nvds.AddOperator"
	}
	if pad == nil {
		return nil, &Error{Op: op, Msg: "nil pad"}
	}
	h := cgo.NewHandle(s)
	liveHandles.Add(1)
	rec := C.gods_add_buffer_probe((*C.GstPad)(pad), kind, C.uintptr_t(h))
	if rec == nil {
		return nil, &Error{Op: op, Msg: "not a pad, or the probe was refused"}
	}
	s.mu.Lock()
	if !s.gone { // the pad may already have been finalized by another thread
		s.rec = rec
	}
	s.mu.Unlock()
	return &Probe{s}, nil
}

// Remove uninstalls the probe (gst_pad_remove_probe) if its pad still
// exists and the probe is still installed. Safe on nil, when called twice,
// concurrently, and from inside the probe function; a call that is running
// on the streaming thread may still finish after Remove returns.
func (p *Probe) Remove() {
	if p == nil || p.s == nil {
		return
	}
	s := p.s
	s.mu.Lock()
	if s.gone || s.removed || s.rec == nil {
		s.removed = true
		s.mu.Unlock()
		return
	}
	s.removed = true
	rec := s.rec
	// The hook (and so rec) exists while gone is false, and gone cannot
	// change while mu is held: take a reference for the removal.
	C.gods_probe_ref(rec)
	s.mu.Unlock()
	// Unlocked: removing the hook runs goNvdsReleaseHandle, which locks mu.
	C.gods_remove_buffer_probe(rec)
}

// release is called from C, once, when the probe's hook is destroyed.
func (s *probeState) release() {
	s.mu.Lock()
	s.gone = true
	s.rec = nil
	s.mu.Unlock()
}
