// Package devmem changes frames in device memory from Go: the part of the
// Python sample deepstream-imagedata-multistream-cupy that the cupy module
// does. A frame described by surface.Surface.Device (pyds's
// get_nvds_buf_surface_gpu) becomes an Array (FromDevice: shape and
// strides, as cupy.ndarray over cupy.cuda.UnownedMemory); its methods
// change one channel in place (ScaleChannel, MapChannel) and copy the image to and
// from host memory (CopyToHost, CopyFromHost); Synchronize waits for the
// default stream, as the sample's stream.synchronize().
//
//	d, err := surf.Device(int(frame.BatchID()))
//	a, err := devmem.FromDevice(d)
//	err = a.ScaleChannel(0, 0.5, 0.5) // red: x = 0.5*x + 0.5
//	err = devmem.Synchronize()
//
// Three builds, one API (Backend names the one compiled):
//
//   - Embedded runtime (default): emulated device memory. The runtime's
//     surfaces are host memory whatever their type, and, as on a dGPU, a
//     surface of the default memory type reports CUDA device memory, which
//     has no CPU mapping (surface.Surface.Map refuses it) but works with
//     Device. The operations here read and write that host memory, after
//     checking under the runtime's surface lock that the whole range lies
//     in a live surface: a pointer kept after its buffer went gives
//     ErrNotDeviceMemory, never a crash.
//   - -tags 'deepstream cuda': the SDK with the CUDA runtime (libcudart
//     from /usr/local/cuda; its headers are used when installed). Copies
//     are cudaMemcpy2D and Synchronize is cudaStreamSynchronize on the
//     default stream. The package ships no kernels: MapChannel stages the
//     rows through host memory (one copy each way). For device-speed work,
//     hand Array.Ptr, Shape and Strides to your own CUDA code.
//   - -tags deepstream alone: no CUDA is linked, and every operation gives
//     ErrNoCUDA, since real device memory must not be touched by the CPU.
//
// The address in Array.Ptr and surface.DeviceBuffer.Ptr is host memory on
// the embedded runtime only; code that dereferences it as host memory
// works there and crashes on the SDK. Use the methods, or CUDA.
package devmem
