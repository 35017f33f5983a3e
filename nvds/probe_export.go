package nvds

/*
#include <stdint.h>
typedef struct _GstBuffer GstBuffer;
typedef struct _NvDsBatchMeta NvDsBatchMeta;
*/
import "C"

import "runtime/cgo"

//export goNvdsProbe
func goNvdsProbe(h C.uintptr_t, buffer *C.GstBuffer, batch *C.NvDsBatchMeta) C.int {
	fns := cgo.Handle(h).Value().(probeFuncs)
	info := ProbeInfo{buffer: buffer, batch: batch}
	if fns.operate != nil {
		return C.int(fns.operate(info))
	}
	fns.observe(info)
	return C.int(ProbeOK)
}

//export goNvdsReleaseHandle
func goNvdsReleaseHandle(h C.uintptr_t) {
	cgo.Handle(h).Delete()
}
