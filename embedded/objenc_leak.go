//go:build !deepstream

package embedded

/*
#include "nvds_obj_encode_embedded.h"
*/
import "C"

import "github.com/go-deepstream/go-deepstream/internal/leak"

// The object encoder's counts, for the tests: "embedded.obj_enc_contexts"
// is the contexts created (nvds_obj_enc_create_context) and not destroyed,
// "embedded.obj_enc_outputs" the NVDS_CROP_IMAGE_META payloads (and their
// copies) not yet released. Both are process-wide.
func init() {
	leak.Register("embedded.obj_enc_contexts", func() int64 {
		return int64(C.nvds_obj_enc_embedded_live_contexts())
	})
	leak.Register("embedded.obj_enc_outputs", func() int64 {
		return int64(C.nvds_obj_enc_embedded_live_outputs())
	})
}
