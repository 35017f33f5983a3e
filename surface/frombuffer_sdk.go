//go:build deepstream

package surface

// #include "surface.go.h"
import "C"

import "unsafe"

// surfaceOf is the NvBufSurface buffer carries by DeepStream's convention
// (one memory of exactly the struct's size, a plausible header), or nil.
func surfaceOf(buffer unsafe.Pointer) *C.NvBufSurface {
	return C.gods_surface_from_buffer_sdk((*C.GstBuffer)(buffer))
}
