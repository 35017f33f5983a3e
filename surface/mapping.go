package surface

/*
#cgo nocallback NvBufSurfaceMap
#cgo nocallback NvBufSurfaceUnMap
#cgo noescape NvBufSurfaceMap
#cgo noescape NvBufSurfaceUnMap
#include "surface.go.h"
*/
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Mapping is a CPU mapping of one frame of a surface (one plane, or all of
// them): the scoped, zero-copy way to read and write pixels. Byte slices and
// images obtained from it point into the mapped memory itself, so writes are
// visible downstream once the mapping is synced for the device. Everything
// obtained from a Mapping is invalid after Close, and the Mapping itself is
// valid only while the buffer that carries the surface is alive.
//
// Close releases the mapping (NvBufSurfaceUnMap). It must be called on every
// path, typically with defer; it is safe on nil and idempotent. A Mapping is
// not safe for concurrent use.
type Mapping struct {
	surf   *C.NvBufSurface
	params *C.NvBufSurfaceParams
	index  int
	plane  int // AllPlanes or one plane
	mode   MapMode
	open   bool
	leak   *leakRecord // set only in dsleak builds
}

// Map maps plane (AllPlanes for every plane) of frame index for the CPU;
// wraps NvBufSurfaceMap. index must be in [0, BatchSize). The caller owns the
// result and must Close it. CUDA device memory (what the default memory type
// is on dGPU) has no CPU mapping: Map fails with ErrUnsupportedMemory; use
// Device for interop with CUDA code instead, or ask the upstream element for
// NVBUF_MEM_CUDA_UNIFIED (nvbuf-memory-type=3).
func (s Surface) Map(index, plane int, mode MapMode) (*Mapping, error) {
	const op = "surface.Surface.Map"
	if err := s.check(op, index); err != nil {
		return nil, err
	}
	f := s.params(index)
	if plane != AllPlanes && (plane < 0 || plane >= f.NumPlanes() || plane >= C.NVBUF_MAX_PLANES) {
		return nil, opError(op, nvds.ErrOutOfRange, "plane outside the frame")
	}
	if mode != MapRead && mode != MapWrite && mode != MapReadWrite {
		return nil, opError(op, nil, "invalid map mode")
	}
	if C.NvBufSurfaceMap(s.p, C.int(index), C.int(plane), C.NvBufSurfaceMemMapFlags(mode)) != 0 {
		switch s.MemType() {
		case MemCUDADevice, MemDefault:
			return nil, opError(op, ErrUnsupportedMemory, "device memory has no CPU mapping (use Device, or NVBUF_MEM_CUDA_UNIFIED)")
		}
		return nil, opError(op, nil, "returned -1")
	}
	m := &Mapping{surf: s.p, params: f.p, index: index, plane: plane, mode: mode, open: true}
	trackMapping(m)
	return m, nil
}

// Close unmaps; wraps NvBufSurfaceUnMap. Safe on nil and when called twice
// (later calls do nothing and return nil).
func (m *Mapping) Close() error {
	if m == nil || !m.open {
		return nil
	}
	m.open = false
	untrackMapping(m)
	if C.NvBufSurfaceUnMap(m.surf, C.int(m.index), C.int(m.plane)) != 0 {
		return opError("surface.Mapping.Close", nil, "returned -1")
	}
	return nil
}

// Index is the mapped frame's index in the batch.
func (m *Mapping) Index() int { return m.index }

// Plane is the mapped plane, or AllPlanes.
func (m *Mapping) Plane() int { return m.plane }

// Mode is the access the mapping was made for.
func (m *Mapping) Mode() MapMode { return m.mode }

// Params returns the mapped frame's parameters.
func (m *Mapping) Params() Params { return Params{m.params} }

// Bytes is the mapped plane (plane 0 for an AllPlanes mapping) as a byte
// slice of Pitch x Height bytes over the mapped memory: no copy. Row y starts
// at y*Pitch; bytes past Width*BytesPerPixel in a row are padding. It
// returns nil after Close; a slice obtained before Close must not be used
// after it.
func (m *Mapping) Bytes() []byte {
	p := m.plane
	if p == AllPlanes {
		p = 0
	}
	b, err := m.PlaneBytes(p)
	if err != nil {
		return nil
	}
	return b
}

// PlaneBytes is plane p as Bytes describes, for a plane the mapping covers;
// ErrNotMapped otherwise, ErrClosed after Close.
func (m *Mapping) PlaneBytes(p int) ([]byte, error) {
	addr, pl, err := m.planeAddr("surface.Mapping.PlaneBytes", p)
	if err != nil {
		return nil, err
	}
	return unsafe.Slice((*byte)(addr), pl.Pitch*pl.Height), nil
}

// AppendPlane appends a copy of plane p's pixels (rows without their
// padding, Width*BytesPerPixel bytes each) to dst and returns the result.
func (m *Mapping) AppendPlane(dst []byte, p int) ([]byte, error) {
	addr, pl, err := m.planeAddr("surface.Mapping.AppendPlane", p)
	if err != nil {
		return dst, err
	}
	src := unsafe.Slice((*byte)(addr), pl.Pitch*pl.Height)
	row := min(pl.Width*pl.BytesPerPixel, pl.Pitch)
	for y := range pl.Height {
		dst = append(dst, src[y*pl.Pitch:y*pl.Pitch+row]...)
	}
	return dst, nil
}

// SyncForCPU syncs the mapped frame and plane for CPU reads; see
// Surface.SyncForCPU.
func (m *Mapping) SyncForCPU() error {
	if m == nil || !m.open {
		return opError("surface.Mapping.SyncForCPU", ErrClosed, "")
	}
	return Surface{m.surf}.SyncForCPU(m.index, m.plane)
}

// SyncForDevice syncs the mapped frame and plane after CPU writes; see
// Surface.SyncForDevice.
func (m *Mapping) SyncForDevice() error {
	if m == nil || !m.open {
		return opError("surface.Mapping.SyncForDevice", ErrClosed, "")
	}
	return Surface{m.surf}.SyncForDevice(m.index, m.plane)
}

// planeAddr checks that plane p is mapped and returns its address and
// geometry.
func (m *Mapping) planeAddr(op string, p int) (unsafe.Pointer, Plane, error) {
	if m == nil || !m.open {
		return nil, Plane{}, opError(op, ErrClosed, "")
	}
	f := Params{m.params}
	if p < 0 || p >= f.NumPlanes() || p >= C.NVBUF_MAX_PLANES {
		return nil, Plane{}, opError(op, nvds.ErrOutOfRange, "plane outside the frame")
	}
	if m.plane != AllPlanes && m.plane != p {
		return nil, Plane{}, opError(op, ErrNotMapped, "plane not covered by this mapping")
	}
	addr := m.params.mappedAddr.addr[p]
	if addr == nil {
		return nil, Plane{}, opError(op, ErrNotMapped, "no CPU address for the plane")
	}
	return addr, f.plane(p), nil
}
