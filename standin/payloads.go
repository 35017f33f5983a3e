//go:build !deepstream

package standin

/*
#include "standin_payloads.go.h"
#include "standin_msgconv.go.h"
*/
import "C"

import "github.com/go-deepstream/go-deepstream/internal/leak"

// What the stand-in elements allocated and have not freed, in the module's
// leak registry for the tests: the user-meta payloads per kind
// ("standin.segmentation_payloads", "standin.tensor_payloads",
// "standin.tracker_misc_payloads": segmentation, tensor and tracker
// past-frame metas) and the NvDsPayloads of nvmsgconv
// ("standin.msgconv_payloads").
func init() {
	for _, p := range []struct {
		name string
		kind C.StandinPayloadKind
	}{
		{"standin.segmentation_payloads", C.STANDIN_PAYLOAD_SEGMENTATION},
		{"standin.tensor_payloads", C.STANDIN_PAYLOAD_TENSOR},
		{"standin.tracker_misc_payloads", C.STANDIN_PAYLOAD_TRACKER_MISC},
	} {
		leak.Register(p.name, func() int64 { return int64(C.standin_live_payloads(p.kind)) })
	}
	leak.Register("standin.msgconv_payloads", func() int64 { return int64(C.standin_msgconv_live_payloads()) })
}
