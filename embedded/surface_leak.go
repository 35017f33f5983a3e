//go:build !deepstream

package embedded

/*
#include "nvbufsurface_embedded.h"
*/
import "C"

import "github.com/go-deepstream/go-deepstream/internal/leak"

// The surface counts, registered in the module's leak registry for the
// tests: "embedded.surfaces" is the NvBufSurfaces created (NvBufSurfaceCreate
// or Allocate, buffer pools, stand-in elements) and not yet destroyed;
// "embedded.surface_mappings" the NvBufSurfaceMap references (one per frame
// and plane per call) not yet released by NvBufSurfaceUnMap or by destroying
// their surface. Both are process-wide.
func init() {
	leak.Register("embedded.surfaces", func() int64 {
		return int64(C.nvbufsurface_embedded_live_surfaces())
	})
	leak.Register("embedded.surface_mappings", func() int64 {
		return int64(C.nvbufsurface_embedded_live_mappings())
	})
}
