package surface

import (
	"errors"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Sentinel errors callers branch on with errors.Is. Failed calls return an
// *nvds.Error naming the C function, wrapping one of these or one of the
// nvds sentinels (nvds.ErrNilBuffer, nvds.ErrOutOfRange).
var (
	// ErrNotSurface: the buffer does not carry an NvBufSurface (it is not a
	// memory:NVMM buffer), or a zero Surface was used.
	ErrNotSurface = errors.New("surface: no NvBufSurface")
	// ErrUnsupportedFormat: the frame's colour format cannot be viewed the
	// way asked (e.g. RGBA on an NV12 frame).
	ErrUnsupportedFormat = errors.New("surface: unsupported colour format")
	// ErrUnsupportedLayout: the frame is block-linear, which has no row
	// structure for the CPU.
	ErrUnsupportedLayout = errors.New("surface: unsupported layout")
	// ErrUnsupportedMemory: the memory type cannot be accessed this way
	// (CUDA device memory has no CPU mapping; system memory has no device
	// pointer).
	ErrUnsupportedMemory = errors.New("surface: unsupported memory type")
	// ErrNotMapped: the plane is not part of the mapping.
	ErrNotMapped = errors.New("surface: plane not mapped")
	// ErrClosed: the mapping was used after Close.
	ErrClosed = errors.New("surface: mapping closed")
)

func opError(op string, err error, msg string) error {
	return &nvds.Error{Op: op, Err: err, Msg: msg}
}
