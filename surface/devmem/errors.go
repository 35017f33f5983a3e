package devmem

import (
	"errors"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Sentinel errors callers branch on with errors.Is. Failed calls return an
// *nvds.Error naming the Go operation, wrapping one of these, a surface
// sentinel (surface.ErrUnsupportedFormat, surface.ErrUnsupportedLayout) or
// nvds.ErrOutOfRange.
var (
	// ErrNoCUDA: the package was built against the SDK (-tags deepstream)
	// without -tags cuda, so it has no way to reach GPU memory.
	ErrNoCUDA = errors.New("devmem: built with -tags deepstream but without -tags cuda")
	// ErrNotDeviceMemory: on the embedded runtime, the address range is
	// not inside a live surface: the buffer that carried the frame is gone,
	// or the pointer was not obtained from surface.Surface.Device.
	ErrNotDeviceMemory = errors.New("devmem: not the memory of a live surface")
	// ErrSize: a host slice's length differs from the image's packed size,
	// or the described image does not fit its allocation.
	ErrSize = errors.New("devmem: size mismatch")
	// ErrValue: a scale or offset is NaN or infinite.
	ErrValue = errors.New("devmem: invalid value")
	// ErrCUDA: the CUDA runtime failed; the message names the cudaError_t.
	ErrCUDA = errors.New("devmem: CUDA error")
)

func opError(op string, err error, msg string) error {
	return &nvds.Error{Op: op, Err: err, Msg: msg}
}
