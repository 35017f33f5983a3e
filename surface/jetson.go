package surface

/*
#include "create.go.h"
*/
import "C"

import (
	"errors"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// ErrUnsupported: the call exists only on another platform (Jetson's
// dmabuf and EGL calls on dGPU or on the embedded runtime).
var ErrUnsupported = errors.New("surface: not supported on this platform")

// jetsonOnly is why a Jetson-only call failed here.
func jetsonOnly() string {
	switch {
	case C.GODS_SURFACE_EMBEDDED != 0:
		return "the embedded runtime has no dmabuf fds or EGL (Jetson only)"
	case C.GODS_SURFACE_AARCH64 == 0:
		return "dmabuf fds and EGL images exist only on Jetson, not on dGPU"
	}
	return ""
}

// FromFd returns the surface behind a dmabuf file descriptor (the
// bufferDesc of a Jetson frame); wraps NvBufSurfaceFromFd. The view is
// borrowed: valid while the buffer that owns the fd is alive. On dGPU and
// the embedded runtime it fails with ErrUnsupported.
func FromFd(fd int) (Surface, error) {
	const op = "surface.FromFd"
	if why := jetsonOnly(); why != "" {
		return Surface{}, opError(op, ErrUnsupported, why)
	}
	if fd < 0 {
		return Surface{}, opError(op, nvds.ErrOutOfRange, "negative fd")
	}
	p := C.gods_surface_from_fd(C.int(fd))
	if p == nil {
		return Surface{}, opError(op, ErrNotSurface, "NvBufSurfaceFromFd found no surface for the fd")
	}
	return Surface{p}, nil
}

// MapEglImage makes an EGLImage of frame index (-1: every frame), stored in
// the frame's mappedAddr.eglImage (Params.EGLImage); wraps
// NvBufSurfaceMapEglImage. Undo it with UnMapEglImage. Jetson only: on
// dGPU and the embedded runtime it fails with ErrUnsupported.
func (s Surface) MapEglImage(index int) error {
	return s.egl("surface.Surface.MapEglImage", index, true)
}

// UnMapEglImage destroys the EGLImages MapEglImage made; wraps
// NvBufSurfaceUnMapEglImage. Jetson only, as MapEglImage.
func (s Surface) UnMapEglImage(index int) error {
	return s.egl("surface.Surface.UnMapEglImage", index, false)
}

func (s Surface) egl(op string, index int, mapping bool) error {
	if s.p == nil {
		return opError(op, ErrNotSurface, "")
	}
	if index != -1 {
		if err := s.check(op, index); err != nil {
			return err
		}
	}
	if why := jetsonOnly(); why != "" {
		return opError(op, ErrUnsupported, why)
	}
	var rc C.int
	if mapping {
		rc = C.NvBufSurfaceMapEglImage(s.p, C.int(index))
	} else {
		rc = C.NvBufSurfaceUnMapEglImage(s.p, C.int(index))
	}
	if rc != 0 {
		return opError(op, nil, "returned -1")
	}
	return nil
}

// EGLImage is mappedAddr.eglImage: the EGLImageKHR MapEglImage made for
// this frame, nil when none.
func (f Params) EGLImage() unsafe.Pointer {
	return unsafe.Pointer(f.ptr("EGLImage").mappedAddr.eglImage)
}
