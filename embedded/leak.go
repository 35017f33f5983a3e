//go:build !deepstream

package embedded

/*
#include "nvds_embedded.h"
*/
import "C"

import "sync"

var (
	countersMu sync.Mutex
	counters   = map[string]func() int64{}
)

// registerCounter adds a live count, computed by f, to what LiveCounts
// reports under name. It lets other parts of the runtime (surfaces, buffer
// pools) report their counts from their own files. A second registration of
// the same name replaces the first.
func registerCounter(name string, f func() int64) {
	countersMu.Lock()
	defer countersMu.Unlock()
	counters[name] = f
}

// LiveCounts reports what the embedded runtime has alive right now, by kind:
// batch metas, pool entries allocated per meta kind, NvDsMeta GstMetas on
// buffers, plus every registered counter. All but "user_meta_types" (a
// registry that only grows) return to zero once everything created has been
// released, which is what leak tests check.
func LiveCounts() map[string]int64 {
	out := make(map[string]int64, int(C.NVDS_EMBEDDED_KIND_COUNT))
	for k := C.NvDsEmbeddedKind(0); k < C.NVDS_EMBEDDED_KIND_COUNT; k++ {
		out[C.GoString(C.nvds_embedded_kind_name(k))] = int64(C.nvds_embedded_live_count(k))
	}
	countersMu.Lock()
	extra := make(map[string]func() int64, len(counters))
	for name, f := range counters {
		extra[name] = f
	}
	countersMu.Unlock()
	// Called unlocked: a counter may itself take locks.
	for name, f := range extra {
		out[name] = f()
	}
	return out
}

// Kept referenced until the surface counters register through it.
var _ = registerCounter
