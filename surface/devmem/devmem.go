package devmem

// #include "devmem.go.h"
import "C"

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/surface"
)

// Array is a view of a packed 8-bit image in device memory, height x width
// x channels bytes with byte strides: what the Python sample builds with
// cupy.ndarray over cupy.cuda.UnownedMemory. It owns nothing and is valid
// only while the buffer that carries the frame is alive and inside the
// probe or callback that produced the surface.DeviceBuffer.
//
// Ptr is a CUDA device pointer with the SDK. On the embedded runtime it is
// an address of host memory (see the package documentation); user code
// must never dereference it in either case: go through the methods, or
// hand it to CUDA code.
type Array struct {
	ptr     uintptr
	size    int // bytes of the allocation from ptr; 0: not known
	shape   [3]int
	strides [3]int
}

// FromDevice returns the array view of frame d: RGBA and its channel
// orders, RGB, BGR or GRAY8 in pitch layout (surface.DeviceBuffer.HWC).
// Other formats give surface.ErrUnsupportedFormat or ErrUnsupportedLayout;
// a zero DeviceBuffer (Device failed) or an image larger than d.Size gives
// ErrSize. No cgo call.
func FromDevice(d surface.DeviceBuffer) (Array, error) {
	const op = "devmem.FromDevice"
	if d.Ptr == 0 {
		return Array{}, opError(op, ErrSize, "zero DeviceBuffer (surface.Surface.Device failed or was not called)")
	}
	shape, strides, err := d.HWC()
	if err != nil {
		return Array{}, err
	}
	a := Array{ptr: d.Ptr, size: d.Size, shape: shape, strides: strides}
	if shape[0] <= 0 || shape[1] <= 0 {
		return Array{}, opError(op, ErrSize, fmt.Sprintf("empty frame %dx%d", shape[1], shape[0]))
	}
	if d.Pitch < shape[1]*shape[2] {
		return Array{}, opError(op, ErrSize, fmt.Sprintf("pitch %d below a row of %d bytes", d.Pitch, shape[1]*shape[2]))
	}
	if span := a.span(); d.Size > 0 && span > d.Size {
		return Array{}, opError(op, ErrSize, fmt.Sprintf("image spans %d bytes, allocation has %d", span, d.Size))
	}
	return a, nil
}

// span is the bytes from the first pixel to the end of the last row's
// pixels.
func (a Array) span() int { return (a.shape[0]-1)*a.strides[0] + a.shape[1]*a.strides[1] }

func (a Array) check(method string) {
	if a.ptr == 0 {
		panic("devmem: Array." + method + " on a zero Array (FromDevice failed or was not called)")
	}
}

// Ptr is the address of the first pixel: a CUDA device pointer with the
// SDK, host memory on the embedded runtime. Never dereference it from Go.
func (a Array) Ptr() uintptr { a.check("Ptr"); return a.ptr }

// Shape is (height, width, channels), the CuPy array's shape.
func (a Array) Shape() [3]int { a.check("Shape"); return a.shape }

// Strides are the byte strides of the three axes: (pitch, channels, 1).
func (a Array) Strides() [3]int { a.check("Strides"); return a.strides }

// PackedLen is the length of a host copy without row padding:
// height*width*channels, what CopyToHost and CopyFromHost take.
func (a Array) PackedLen() int { a.check("PackedLen"); return a.shape[0] * a.shape[1] * a.shape[2] }

// MapChannel replaces channel c of every pixel, in place, with lut[value]
// (c is 0 to channels-1; red is 0 in RGBA). It runs on the default CUDA
// stream; call Synchronize before another stream or the host relies on
// the result. With CUDA the rows are staged through host memory
// (cudaMemcpy2D both ways), since the package ships no kernels; on the
// embedded runtime the frame's memory is changed directly.
func (a Array) MapChannel(c int, lut *[256]byte) error {
	a.check("MapChannel")
	if lut == nil {
		panic("devmem: Array.MapChannel with a nil lookup table")
	}
	return a.mapChannel("devmem.Array.MapChannel", c, lut)
}

func (a Array) mapChannel(op string, c int, lut *[256]byte) error {
	if c < 0 || c >= a.shape[2] {
		return opError(op, nvds.ErrOutOfRange, fmt.Sprintf("channel %d of %d", c, a.shape[2]))
	}
	rc := C.gods_devmem_lut_u8(C.uintptr_t(a.ptr), C.size_t(a.strides[0]), C.size_t(a.shape[1]), C.size_t(a.shape[0]),
		C.size_t(a.strides[1]), C.size_t(c), (*C.uint8_t)(unsafe.Pointer(&lut[0])))
	return result(op, rc)
}

// ScaleChannel sets channel c of every pixel to scale*x + offset in place,
// the Python sample's n_frame_gpu[:, :, 0] = 0.5 * n_frame_gpu[:, :, 0] +
// 0.5. The value is computed in float64 and stored as CUDA converts a
// float to uint8: rounded toward zero and clamped to 0..255 (NumPy leaves
// out-of-range casts undefined). For the sample's 0.5 and 0.5 every float
// precision gives the same bytes, (x+1)/2 rounded down. NaN or infinite
// scale or offset give ErrValue. See MapChannel for streams and staging.
func (a Array) ScaleChannel(c int, scale, offset float64) error {
	const op = "devmem.Array.ScaleChannel"
	a.check("ScaleChannel")
	if math.IsNaN(scale) || math.IsInf(scale, 0) || math.IsNaN(offset) || math.IsInf(offset, 0) {
		return opError(op, ErrValue, fmt.Sprintf("scale %v, offset %v", scale, offset))
	}
	lut := ScaleTable(scale, offset)
	return a.mapChannel(op, c, &lut)
}

// ScaleTable is the lookup table of ScaleChannel: entry x is scale*x +
// offset in float64, rounded toward zero, clamped to 0..255 (0 for NaN).
func ScaleTable(scale, offset float64) [256]byte {
	var lut [256]byte
	for x := range lut {
		v := math.Trunc(scale*float64(x) + offset)
		switch {
		case math.IsNaN(v) || v <= 0:
			lut[x] = 0
		case v >= 255:
			lut[x] = 255
		default:
			lut[x] = byte(v)
		}
	}
	return lut
}

// CopyToHost copies the image into dst, rows packed (PackedLen bytes,
// no padding): cudaMemcpy2D device to host, which returns when the copy
// is done.
func (a Array) CopyToHost(dst []byte) error {
	const op = "devmem.Array.CopyToHost"
	a.check("CopyToHost")
	row := a.shape[1] * a.shape[2]
	if len(dst) != a.PackedLen() {
		return opError(op, ErrSize, fmt.Sprintf("host slice of %d bytes, image of %d", len(dst), a.PackedLen()))
	}
	rc := C.gods_devmem_copy2d(C.uintptr_t(a.ptr), C.size_t(a.strides[0]), unsafe.Pointer(&dst[0]), C.size_t(row),
		C.size_t(row), C.size_t(a.shape[0]), 0)
	return result(op, rc)
}

// CopyFromHost copies src, rows packed (PackedLen bytes), into the image:
// cudaMemcpy2D host to device on the default stream. The padding of each
// row is left alone.
func (a Array) CopyFromHost(src []byte) error {
	const op = "devmem.Array.CopyFromHost"
	a.check("CopyFromHost")
	row := a.shape[1] * a.shape[2]
	if len(src) != a.PackedLen() {
		return opError(op, ErrSize, fmt.Sprintf("host slice of %d bytes, image of %d", len(src), a.PackedLen()))
	}
	rc := C.gods_devmem_copy2d(C.uintptr_t(a.ptr), C.size_t(a.strides[0]), unsafe.Pointer(&src[0]), C.size_t(row),
		C.size_t(row), C.size_t(a.shape[0]), 1)
	return result(op, rc)
}

// Synchronize waits until the work queued on the default CUDA stream is
// done (cudaStreamSynchronize(0)), as the Python sample's
// stream.synchronize() on its null stream. On the embedded runtime every
// operation is complete when it returns, and Synchronize does nothing.
func Synchronize() error {
	return result("devmem.Synchronize", C.gods_devmem_synchronize())
}

// Backend names the implementation this build compiled: "emulated" (the
// embedded runtime), "cuda" (-tags 'deepstream cuda') or "none" (-tags
// deepstream alone, where every operation gives ErrNoCUDA).
func Backend() string {
	switch C.gods_devmem_backend() {
	case C.GODS_DEVMEM_EMULATED:
		return "emulated"
	case C.GODS_DEVMEM_CUDA:
		return "cuda"
	default:
		return "none"
	}
}

// result turns a C result code into nil or an error of op.
func result(op string, rc C.int) error {
	switch rc {
	case 0:
		return nil
	case C.GODS_DEVMEM_NO_CUDA:
		return opError(op, ErrNoCUDA, "")
	case C.GODS_DEVMEM_NOT_DEVICE:
		return opError(op, ErrNotDeviceMemory, "the buffer carrying the frame is gone, or the address is not a frame's")
	default:
		return opError(op, ErrCUDA, C.GoString(C.gods_devmem_error_name(rc)))
	}
}
