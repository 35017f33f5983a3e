package nvds

/*
#include <stdint.h>
typedef struct _GstBuffer GstBuffer;
typedef struct _NvDsBatchMeta NvDsBatchMeta;
*/
import "C"

import "runtime/cgo"

// goNvdsProbe is the Go half of the trampoline in probe.c, called once per
// buffer. It must not allocate: the handle lookup and the type assertion
// to a pointer type do not, and ProbeInfo is passed by value.
//
//export goNvdsProbe
func goNvdsProbe(h C.uintptr_t, buffer *C.GstBuffer, batch *C.NvDsBatchMeta) C.int {
	s := cgo.Handle(h).Value().(*probeState)
	info := ProbeInfo{buffer: buffer, batch: batch}
	if s.operate != nil {
		return C.int(s.operate(info))
	}
	s.observe(info)
	return C.int(ProbeOK)
}

// goNvdsReleaseHandle is called from C exactly once per probe, when its
// hook is destroyed (removed, or the pad finalized).
//
//export goNvdsReleaseHandle
func goNvdsReleaseHandle(h C.uintptr_t) {
	handle := cgo.Handle(h)
	handle.Value().(*probeState).release()
	handle.Delete()
	liveHandles.Add(-1)
}
