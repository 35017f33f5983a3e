package surface

// DeviceBuffer describes one frame of a surface in device memory, for
// handing to CUDA code (CuPy, a CUDA Go binding, a TensorRT input) without a
// copy: what pyds's get_nvds_buf_surface_gpu gives Python. The package has
// no CUDA dependency; Ptr is only an address. It is valid only while the
// buffer that carries it is alive and inside the probe or callback that
// produced it.
type DeviceBuffer struct {
	Ptr         uintptr // dataPtr: the CUDA pointer of the frame's first byte
	Size        int     // dataSize: bytes of the allocation
	GPUID       int
	MemType     MemType
	Layout      Layout
	ColorFormat ColorFormat
	Width       int
	Height      int
	Pitch       int // bytes between rows of plane 0
	NumPlanes   int
	Planes      [4]Plane // the first NumPlanes are set; Offset is from Ptr
}

// Device describes frame index for CUDA interop. The memory type must be
// CUDA device, unified or pinned memory (or the default, which is device
// memory on dGPU); system memory and Jetson surface arrays have no CUDA
// pointer and give ErrUnsupportedMemory. Device reads fields only: no cgo
// call.
func (s Surface) Device(index int) (DeviceBuffer, error) {
	const op = "surface.Surface.Device"
	if err := s.check(op, index); err != nil {
		return DeviceBuffer{}, err
	}
	switch s.MemType() {
	case MemDefault, MemCUDADevice, MemCUDAUnified, MemCUDAPinned:
	default:
		return DeviceBuffer{}, opError(op, ErrUnsupportedMemory, s.MemType().String()+" memory has no CUDA pointer")
	}
	f := s.params(index)
	d := DeviceBuffer{
		Ptr:         f.DataPtr(),
		Size:        f.DataSize(),
		GPUID:       int(s.GPUID()),
		MemType:     s.MemType(),
		Layout:      f.Layout(),
		ColorFormat: f.ColorFormat(),
		Width:       f.Width(),
		Height:      f.Height(),
		Pitch:       f.Pitch(),
	}
	d.NumPlanes = min(f.NumPlanes(), len(d.Planes))
	for p := range d.NumPlanes {
		d.Planes[p] = f.plane(p)
	}
	return d, nil
}

// HWC returns the shape (height, width, channels) and byte strides of a
// packed 8-bit frame (RGBA and its channel orders, RGB, BGR, GRAY8) in pitch
// layout: the array description CuPy's or DLPack's constructors take.
func (d DeviceBuffer) HWC() (shape, strides [3]int, err error) {
	var c int
	switch d.ColorFormat {
	case ColorFormatRGBA, ColorFormatBGRA, ColorFormatARGB, ColorFormatABGR,
		ColorFormatRGBx, ColorFormatBGRx, ColorFormatXRGB, ColorFormatXBGR:
		c = 4
	case ColorFormatRGB, ColorFormatBGR:
		c = 3
	case ColorFormatGray8, ColorFormatGray8ER:
		c = 1
	default:
		return shape, strides, opError("surface.DeviceBuffer.HWC", ErrUnsupportedFormat, d.ColorFormat.String()+" is not packed 8-bit")
	}
	if d.Layout != LayoutPitch {
		return shape, strides, opError("surface.DeviceBuffer.HWC", ErrUnsupportedLayout, "")
	}
	return [3]int{d.Height, d.Width, c}, [3]int{d.Pitch, c, 1}, nil
}
