//go:build !deepstream

package standin

import (
	// The C glue of infer, schema, tracker and analytics builds (and
	// counts, in the module's leak registry) the stand-ins' segmentation,
	// tensor, NvDsPayload, past-frame and analytics payloads;
	// preprocess's C++ glue builds nvdspreprocess's batch meta.
	_ "github.com/go-deepstream/go-deepstream/analytics"
	_ "github.com/go-deepstream/go-deepstream/infer"
	_ "github.com/go-deepstream/go-deepstream/preprocess"
	_ "github.com/go-deepstream/go-deepstream/schema"
	_ "github.com/go-deepstream/go-deepstream/tracker"
)
