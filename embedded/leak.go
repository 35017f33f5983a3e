//go:build !deepstream

package embedded

/*
#include "nvds_embedded.h"
*/
import "C"

import "github.com/go-deepstream/go-deepstream/internal/leak"

// The runtime's live-object counts (nvds_embedded_live_count: batch metas,
// pool entries per meta kind, NvDsMeta GstMetas on buffers) are registered
// in the module's leak registry as "embedded.<kind name>", for the tests.
// "user_meta_types" is left out: a registry of types that only grows, not a
// leak.
func init() {
	for k := C.NvDsEmbeddedKind(0); k < C.NVDS_EMBEDDED_KIND_COUNT; k++ {
		if k == C.NVDS_EMBEDDED_USER_META_TYPES {
			continue
		}
		leak.Register("embedded."+C.GoString(C.nvds_embedded_kind_name(k)), func() int64 {
			return int64(C.nvds_embedded_live_count(k))
		})
	}
}
