//go:build !deepstream

package embedded

/*
#include "nvbufsurface_embedded.h"
*/
import "C"

// LiveSurfaces reports how many NvBufSurfaces the embedded runtime has
// created (NvBufSurfaceCreate/Allocate, buffer pools, stand-in elements) and
// not yet destroyed, process-wide. Tests compare it against zero after a
// pipeline or a pool has shut down.
func LiveSurfaces() int64 {
	return int64(C.nvbufsurface_embedded_live_surfaces())
}

// LiveMappings reports how many NvBufSurfaceMap references (one per frame
// and plane per call) have not been released by NvBufSurfaceUnMap or by
// destroying their surface, process-wide. A value above zero after a probe
// returns means a CPU mapping was leaked.
func LiveMappings() int64 {
	return int64(C.nvbufsurface_embedded_live_mappings())
}

// The surface counters also appear in LiveCounts, as "surfaces" and
// "surface_mappings".
func init() {
	registerCounter("surfaces", LiveSurfaces)
	registerCounter("surface_mappings", LiveMappings)
}
