package surface

// #include "surface.go.h"
import "C"

import (
	"iter"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Surface is a borrowed view of an NvBufSurface: a batch of frames in
// DeepStream's buffer memory. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
type Surface struct{ p *C.NvBufSurface }

// FromBuffer returns the NvBufSurface a DeepStream video buffer carries
// (memory:NVMM caps: the output of nvstreammux, nvvideoconvert, the
// decoders). As in DeepStream, the buffer's mapped memory is the
// NvBufSurface struct: FromBuffer maps the buffer (gst_buffer_map), takes
// the pointer and unmaps (gst_buffer_unmap) in one cgo call. buffer is a
// GstBuffer* from any binding (gogst.BufferPointer for go-gst). The view is
// borrowed from the buffer: it is valid only while the buffer that carries
// it is alive and inside the probe or callback that produced it.
//
// The surface is proven, not guessed. On the embedded runtime the buffer
// must hold one memory of the runtime's NVMM allocator whose surface the
// runtime created; an ordinary video frame is never even mapped. With
// NVIDIA's SDK it must hold exactly one memory whose mapped size is
// sizeof(NvBufSurface) (never the size of a frame of pixels), with a
// surface list, 1 to 4096 frames and no more filled than allocated.
// Anything else gives ErrNotSurface; a nil buffer nvds.ErrNilBuffer.
func FromBuffer(buffer unsafe.Pointer) (Surface, error) {
	if buffer == nil {
		return Surface{}, opError("surface.FromBuffer", nvds.ErrNilBuffer, "")
	}
	p := C.gods_surface_from_buffer((*C.GstBuffer)(buffer))
	if p == nil {
		return Surface{}, opError("surface.FromBuffer", ErrNotSurface, "buffer memory is not an NvBufSurface (not a memory:NVMM buffer)")
	}
	return Surface{p}, nil
}

// FromUnsafePointer wraps an NvBufSurface* obtained elsewhere (borrowed).
func FromUnsafePointer(p unsafe.Pointer) Surface { return Surface{(*C.NvBufSurface)(p)} }

// UnsafePointer returns the NvBufSurface*.
func (s Surface) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(s.p) }

// IsNil reports whether the view holds no surface.
func (s Surface) IsNil() bool { return s.p == nil }

// GPUID is gpuId: the GPU the memory belongs to.
func (s Surface) GPUID() uint32 { return uint32(s.ptr("GPUID").gpuId) }

// BatchSize is batchSize: the number of frames allocated.
func (s Surface) BatchSize() int { return int(s.ptr("BatchSize").batchSize) }

// NumFilled is numFilled: the number of frames holding data, the first
// NumFilled of the batch. FrameMeta.BatchID indexes them.
func (s Surface) NumFilled() int { return int(s.ptr("NumFilled").numFilled) }

// IsContiguous is isContiguous: whether all frames are one allocation.
func (s Surface) IsContiguous() bool { return bool(s.ptr("IsContiguous").isContiguous) }

// MemType is memType.
func (s Surface) MemType() MemType { return MemType(s.ptr("MemType").memType) }

// Params returns the parameters of frame index (surfaceList[index]). index
// must be in [0, BatchSize). The view is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
func (s Surface) Params(index int) (Params, error) {
	if err := s.check("surface.Surface.Params", index); err != nil {
		return Params{}, err
	}
	return s.params(index), nil
}

// Frames yields the index and parameters of each filled frame, in batch
// order.
func (s Surface) Frames() iter.Seq2[int, Params] {
	return func(yield func(int, Params) bool) {
		if s.p == nil {
			return
		}
		for i := range min(s.NumFilled(), s.BatchSize()) {
			if !yield(i, s.params(i)) {
				return
			}
		}
	}
}

// ptr is the NvBufSurface* for accessor name; a zero Surface panics with a
// message naming the misuse instead of a bare nil dereference.
func (s Surface) ptr(name string) *C.NvBufSurface {
	if s.p == nil {
		panic("surface: Surface." + name + " on a zero Surface (FromBuffer failed or was not called)")
	}
	return s.p
}

func (s Surface) params(index int) Params {
	list := unsafe.Slice(s.p.surfaceList, s.p.batchSize)
	return Params{&list[index]}
}

// check validates the surface and a frame index for op.
func (s Surface) check(op string, index int) error {
	if s.p == nil {
		return opError(op, ErrNotSurface, "")
	}
	if index < 0 || index >= int(s.p.batchSize) {
		return opError(op, nvds.ErrOutOfRange, "frame index outside the batch")
	}
	return nil
}

// SyncForCPU makes device writes to frame index, plane (AllPlanes for every
// plane; index -1 for every frame) visible to the CPU; wraps
// NvBufSurfaceSyncForCpu. Call it after mapping and before reading when a
// device may have written the memory.
func (s Surface) SyncForCPU(index, plane int) error {
	if s.p == nil {
		return opError("surface.Surface.SyncForCPU", ErrNotSurface, "")
	}
	if C.NvBufSurfaceSyncForCpu(s.p, C.int(index), C.int(plane)) != 0 {
		return opError("surface.Surface.SyncForCPU", nil, "returned -1")
	}
	return nil
}

// SyncForDevice makes CPU writes to frame index, plane (AllPlanes for
// every plane; index -1 for every frame) visible to devices; wraps
// NvBufSurfaceSyncForDevice. Call it after writing through a mapping.
func (s Surface) SyncForDevice(index, plane int) error {
	if s.p == nil {
		return opError("surface.Surface.SyncForDevice", ErrNotSurface, "")
	}
	if C.NvBufSurfaceSyncForDevice(s.p, C.int(index), C.int(plane)) != 0 {
		return opError("surface.Surface.SyncForDevice", nil, "returned -1")
	}
	return nil
}
