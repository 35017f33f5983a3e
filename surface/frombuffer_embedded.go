//go:build !deepstream

package surface

// #include "surface.go.h"
import "C"

import "unsafe"

// surfaceOf is the NvBufSurface buffer carries, proven by the embedded
// runtime (its allocator and registry), or nil.
func surfaceOf(buffer unsafe.Pointer) *C.NvBufSurface {
	return C.gods_surface_from_buffer_embedded((*C.GstBuffer)(buffer))
}
