package surface

import "strconv"

// String returns the format's name as in the C enum without its prefix
// ("RGBA", "NV12_ER"), or "ColorFormat(n)" for a value not named here.
func (f ColorFormat) String() string {
	switch f {
	case ColorFormatInvalid:
		return "INVALID"
	case ColorFormatGray8:
		return "GRAY8"
	case ColorFormatYUV420:
		return "YUV420"
	case ColorFormatYVU420:
		return "YVU420"
	case ColorFormatYUV420ER:
		return "YUV420_ER"
	case ColorFormatYVU420ER:
		return "YVU420_ER"
	case ColorFormatNV12:
		return "NV12"
	case ColorFormatNV12ER:
		return "NV12_ER"
	case ColorFormatNV21:
		return "NV21"
	case ColorFormatNV21ER:
		return "NV21_ER"
	case ColorFormatUYVY:
		return "UYVY"
	case ColorFormatUYVYER:
		return "UYVY_ER"
	case ColorFormatVYUY:
		return "VYUY"
	case ColorFormatVYUYER:
		return "VYUY_ER"
	case ColorFormatYUYV:
		return "YUYV"
	case ColorFormatYUYVER:
		return "YUYV_ER"
	case ColorFormatYVYU:
		return "YVYU"
	case ColorFormatYVYUER:
		return "YVYU_ER"
	case ColorFormatYUV444:
		return "YUV444"
	case ColorFormatRGBA:
		return "RGBA"
	case ColorFormatBGRA:
		return "BGRA"
	case ColorFormatARGB:
		return "ARGB"
	case ColorFormatABGR:
		return "ABGR"
	case ColorFormatRGBx:
		return "RGBx"
	case ColorFormatBGRx:
		return "BGRx"
	case ColorFormatXRGB:
		return "xRGB"
	case ColorFormatXBGR:
		return "xBGR"
	case ColorFormatRGB:
		return "RGB"
	case ColorFormatBGR:
		return "BGR"
	case ColorFormatNV12_10LE:
		return "NV12_10LE"
	case ColorFormatNV12_12LE:
		return "NV12_12LE"
	case ColorFormatYUV420_709:
		return "YUV420_709"
	case ColorFormatYUV420_709ER:
		return "YUV420_709_ER"
	case ColorFormatNV12_709:
		return "NV12_709"
	case ColorFormatNV12_709ER:
		return "NV12_709_ER"
	case ColorFormatYUV420_2020:
		return "YUV420_2020"
	case ColorFormatNV12_2020:
		return "NV12_2020"
	case ColorFormatNV12_10LE_ER:
		return "NV12_10LE_ER"
	case ColorFormatNV12_10LE_709:
		return "NV12_10LE_709"
	case ColorFormatNV12_10LE_2020:
		return "NV12_10LE_2020"
	case ColorFormatSignedR16G16:
		return "SIGNED_R16G16"
	case ColorFormatYUV422:
		return "YUV422"
	case ColorFormatNV16:
		return "NV16"
	case ColorFormatNV24:
		return "NV24"
	case ColorFormatGray8ER:
		return "GRAY8_ER"
	case ColorFormatGray16LE:
		return "GRAY16_LE"
	}
	return "ColorFormat(" + strconv.Itoa(int(f)) + ")"
}

// String names the value as the C enum does, without its prefix.
func (l Layout) String() string {
	switch l {
	case LayoutPitch:
		return "pitch"
	case LayoutBlockLinear:
		return "block-linear"
	}
	return "Layout(" + strconv.Itoa(int(l)) + ")"
}

// String names the value as the C enum does, without its prefix.
func (m MemType) String() string {
	switch m {
	case MemDefault:
		return "default"
	case MemCUDAPinned:
		return "cuda-pinned"
	case MemCUDADevice:
		return "cuda-device"
	case MemCUDAUnified:
		return "cuda-unified"
	case MemSurfaceArray:
		return "surface-array"
	case MemHandle:
		return "handle"
	case MemSystem:
		return "system"
	}
	return "MemType(" + strconv.Itoa(int(m)) + ")"
}

// String names the value as the C enum does, without its prefix.
func (m MapMode) String() string {
	switch m {
	case MapRead:
		return "read"
	case MapWrite:
		return "write"
	case MapReadWrite:
		return "read-write"
	}
	return "MapMode(" + strconv.Itoa(int(m)) + ")"
}
