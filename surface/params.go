package surface

// #include "surface.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// ptr is the NvBufSurfaceParams* for accessor name; a zero Params panics
// with a message naming the misuse instead of a bare nil dereference.
func (f Params) ptr(name string) *C.NvBufSurfaceParams {
	if f.p == nil {
		panic("surface: Params." + name + " on a zero Params (Surface.Params failed or was not called)")
	}
	return f.p
}

// Params is a borrowed view of an NvBufSurfaceParams: one frame of a
// surface. It is valid only while the buffer that carries it is alive and
// inside the probe or callback that produced it.
type Params struct{ p *C.NvBufSurfaceParams }

// ParamsFromUnsafePointer wraps an NvBufSurfaceParams* obtained elsewhere
// (borrowed), such as NvDsRoiMeta.converted_buffer.
func ParamsFromUnsafePointer(p unsafe.Pointer) Params { return Params{(*C.NvBufSurfaceParams)(p)} }

// IsNil reports whether the view holds no parameters.
func (f Params) IsNil() bool { return f.p == nil }

// UnsafePointer returns the NvBufSurfaceParams*.
func (f Params) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(f.p) }

// Width is width, in pixels.
func (f Params) Width() int { return int(f.ptr("Width").width) }

// Height is height, in pixels.
func (f Params) Height() int { return int(f.ptr("Height").height) }

// Pitch is pitch: bytes from one row of plane 0 to the next.
func (f Params) Pitch() int { return int(f.ptr("Pitch").pitch) }

// ColorFormat is colorFormat.
func (f Params) ColorFormat() ColorFormat { return ColorFormat(f.ptr("ColorFormat").colorFormat) }

// Layout is layout.
func (f Params) Layout() Layout { return Layout(f.ptr("Layout").layout) }

// BufferDesc is bufferDesc: the DMA-buf file descriptor on Jetson, 0 where
// there is none.
func (f Params) BufferDesc() uint64 { return uint64(f.ptr("BufferDesc").bufferDesc) }

// DataSize is dataSize: bytes of the frame's allocation.
func (f Params) DataSize() int { return int(f.ptr("DataSize").dataSize) }

// DataPtr is dataPtr: the frame's memory as the allocator sees it (a CUDA
// device pointer for device memory). It is an address for interop, not
// memory Go may read; map the frame to read it.
func (f Params) DataPtr() uintptr { return uintptr(f.ptr("DataPtr").dataPtr) }

// NumPlanes is planeParams.num_planes.
func (f Params) NumPlanes() int { return int(f.ptr("NumPlanes").planeParams.num_planes) }

// Plane describes one plane of a frame (planeParams, by plane).
type Plane struct {
	Width, Height int // in pixels of the plane (chroma planes are subsampled)
	Pitch         int // bytes from one row to the next
	Offset        int // bytes from the frame's start
	Size          int // psize: bytes of the plane, padding included
	BytesPerPixel int
}

// Plane returns plane p's geometry; p must be in [0, NumPlanes).
func (f Params) Plane(p int) (Plane, error) {
	if p < 0 || p >= f.NumPlanes() || p >= C.NVBUF_MAX_PLANES {
		return Plane{}, opError("surface.Params.Plane", nvds.ErrOutOfRange, "plane outside the frame")
	}
	return f.plane(p), nil
}

func (f Params) plane(p int) Plane {
	pp := &f.p.planeParams
	return Plane{
		Width:         int(pp.width[p]),
		Height:        int(pp.height[p]),
		Pitch:         int(pp.pitch[p]),
		Offset:        int(pp.offset[p]),
		Size:          int(pp.psize[p]),
		BytesPerPixel: int(pp.bytesPerPix[p]),
	}
}

// MappedAddr is mappedAddr.addr[p]: the CPU address of plane p while it is
// mapped, nil otherwise. Prefer Mapping, which bounds and releases it.
func (f Params) MappedAddr(p int) unsafe.Pointer {
	if p < 0 || p >= C.NVBUF_MAX_PLANES {
		return nil
	}
	return f.ptr("MappedAddr").mappedAddr.addr[p]
}
