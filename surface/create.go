package surface

/*
#include "surface.go.h"
#include "create.go.h"
*/
import "C"

import (
	"fmt"
	"math"
	"sync/atomic"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// CreateParams describes the frames of a surface to create: the Go form of
// NvBufSurfaceCreateParams.
type CreateParams struct {
	GPUID         int
	Width, Height int
	// Size is the bytes of each frame for a raw surface (ColorFormat
	// ColorFormatInvalid): a plain block of memory, no planes.
	Size         int
	IsContiguous bool
	ColorFormat  ColorFormat
	Layout       Layout
	MemType      MemType
}

// OwnedSurface is a surface created by Go (NvBufSurfaceCreate), as an
// element's buffer pool allocates one: an owned value. Destroy frees it;
// it is safe on nil and idempotent. The views taken from it (Surface,
// Params, Mappings) must not be used after Destroy.
type OwnedSurface struct {
	p *C.NvBufSurface
}

// liveOwned counts OwnedSurfaces not yet destroyed, for the leak gate.
var liveOwned atomic.Int64

func init() { leak.Register("surface.owned_surfaces", liveOwned.Load) }

// Create allocates a surface of batchSize frames described by params;
// wraps NvBufSurfaceCreate. NumFilled starts at 0 as in the SDK: set it
// with SetNumFilled once frames hold data. The caller owns the result and
// must Destroy it. A size or parameter the allocator refuses gives an error
// and allocates nothing.
func Create(batchSize int, params CreateParams) (*OwnedSurface, error) {
	const op = "surface.Create"
	if batchSize < 1 || batchSize > C.GODS_SURFACE_MAX_BATCH {
		return nil, opError(op, nvds.ErrOutOfRange, "batch size must be in 1..4096")
	}
	for _, v := range []int{params.GPUID, params.Width, params.Height, params.Size} {
		if v < 0 || v > math.MaxUint32 {
			return nil, opError(op, nvds.ErrOutOfRange, "GPUID, Width, Height and Size must be in 0..2^32-1")
		}
	}
	var p *C.NvBufSurface
	rc := C.gods_surface_create(&p, C.uint32_t(batchSize), C.uint32_t(params.GPUID), C.uint32_t(params.Width),
		C.uint32_t(params.Height), C.uint32_t(params.Size), C.bool(params.IsContiguous),
		C.int(params.ColorFormat), C.int(params.Layout), C.int(params.MemType))
	if rc != 0 || p == nil {
		return nil, opError(op, nil, fmt.Sprintf("NvBufSurfaceCreate refused %d frames of %dx%d %v, %v layout, %v memory",
			batchSize, params.Width, params.Height, params.ColorFormat, params.Layout, params.MemType))
	}
	liveOwned.Add(1)
	return &OwnedSurface{p: p}, nil
}

// Surface returns the surface's view. It panics after Destroy.
func (o *OwnedSurface) Surface() Surface {
	if o == nil || o.p == nil {
		panic("surface: OwnedSurface used after Destroy")
	}
	return Surface{o.p}
}

// SetNumFilled sets numFilled: how many of the first frames hold data.
// n must be in [0, BatchSize].
func (o *OwnedSurface) SetNumFilled(n int) error {
	s := o.Surface()
	if n < 0 || n > s.BatchSize() {
		return opError("surface.OwnedSurface.SetNumFilled", nvds.ErrOutOfRange, "more frames than the batch holds")
	}
	s.p.numFilled = C.uint32_t(n)
	return nil
}

// Destroy frees the surface, dropping any mappings still held; wraps
// NvBufSurfaceDestroy. Safe on nil and when called twice.
func (o *OwnedSurface) Destroy() error {
	if o == nil || o.p == nil {
		return nil
	}
	p := o.p
	o.p = nil
	liveOwned.Add(-1)
	if C.NvBufSurfaceDestroy(p) != 0 {
		return opError("surface.OwnedSurface.Destroy", nil, "NvBufSurfaceDestroy returned -1")
	}
	return nil
}

// UnsafePointer returns the NvBufSurface*, for C code; it stays owned by o.
func (o *OwnedSurface) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(o.Surface().p) }
