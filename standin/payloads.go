//go:build !deepstream

package standin

// #include "standin.h"
import "C"

import (
	// The C glue of infer, schema and tracker builds the stand-ins'
	// segmentation, tensor, NvDsPayload and past-frame payloads
	// (gods_infer_*, schema_payload_*, gods_tracker_*).
	_ "github.com/go-deepstream/go-deepstream/infer"
	_ "github.com/go-deepstream/go-deepstream/schema"
	_ "github.com/go-deepstream/go-deepstream/tracker"
)

// livePayloads returns how many user-meta payloads (segmentation, tensor
// and tracker past-frame metas) the stand-in elements allocated and have
// not freed, for the leak tests.
func livePayloads() int {
	n := 0
	for k := C.StandinPayloadKind(0); k < C.STANDIN_PAYLOAD_KINDS; k++ {
		n += int(C.standin_live_payloads(k))
	}
	return n
}
