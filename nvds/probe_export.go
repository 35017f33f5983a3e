package nvds

/*
#include <stdint.h>
typedef struct _GstBuffer GstBuffer;
typedef struct _GstPad GstPad;
typedef struct _NvDsBatchMeta NvDsBatchMeta;
*/
import "C"

import (
	"runtime/cgo"

	"github.com/go-deepstream/go-deepstream/internal/cgoguard"
)

// goNvdsProbe is the Go half of the trampoline in probe.c, called once per
// buffer. It must not allocate: the handle lookup and the type assertion
// to a pointer type do not, ProbeInfo is passed by value, and the guard's
// deferred call is open-coded. A panic of the probe function is recovered
// (see probeState.fail) and reported to C as GODS_PROBE_FAILED.
//
//export goNvdsProbe
func goNvdsProbe(h C.uintptr_t, pad *C.GstPad, buffer *C.GstBuffer, batch *C.NvDsBatchMeta) (ret C.int) {
	s := cgo.Handle(h).Value().(*probeState)
	var g cgoguard.Guard
	defer g.Recover(s.name, func(f cgoguard.Failure) { ret = s.fail(pad, f) })
	info := ProbeInfo{buffer: buffer, batch: batch}
	if s.operate != nil {
		ret = C.int(s.operate(info))
	} else {
		s.observe(info)
		ret = C.int(ProbeOK)
	}
	g.Done()
	return ret
}

// goNvdsReleaseHandle is called from C exactly once per probe, when its
// hook is destroyed (removed, or the pad finalized).
//
//export goNvdsReleaseHandle
func goNvdsReleaseHandle(h C.uintptr_t) {
	var g cgoguard.Guard
	defer g.Recover("nvds probe handle release", cgoguard.Log)
	handle := cgo.Handle(h)
	handle.Value().(*probeState).release()
	handle.Delete()
	liveHandles.Add(-1)
	g.Done()
}
