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
	case ColorFormatNV12_10LE_709ER:
		return "NV12_10LE_709_ER"
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
	case ColorFormatR8G8B8:
		return "R8_G8_B8"
	case ColorFormatB8G8R8:
		return "B8_G8_R8"
	case ColorFormatR32F_G32F_B32F:
		return "R32F_G32F_B32F"
	case ColorFormatB32F_G32F_R32F:
		return "B32F_G32F_R32F"
	case ColorFormatNV21_10LE:
		return "NV21_10LE"
	case ColorFormatNV21_12LE:
		return "NV21_12LE"
	case ColorFormatNV12_12LE_2020:
		return "NV12_12LE_2020"
	case ColorFormatNV16_10LE:
		return "NV16_10LE"
	case ColorFormatNV24_10LE:
		return "NV24_10LE"
	case ColorFormatNV16ER:
		return "NV16_ER"
	case ColorFormatNV24ER:
		return "NV24_ER"
	case ColorFormatNV16_709:
		return "NV16_709"
	case ColorFormatNV24_709:
		return "NV24_709"
	case ColorFormatNV16_709ER:
		return "NV16_709_ER"
	case ColorFormatNV24_709ER:
		return "NV24_709_ER"
	case ColorFormatNV24_10LE_709:
		return "NV24_10LE_709"
	case ColorFormatNV24_10LE_709ER:
		return "NV24_10LE_709_ER"
	case ColorFormatNV24_10LE_2020:
		return "NV24_10LE_2020"
	case ColorFormatNV24_12LE_2020:
		return "NV24_12LE_2020"
	case ColorFormatRGBA_10_10_10_2_709:
		return "RGBA_10_10_10_2_709"
	case ColorFormatRGBA_10_10_10_2_2020:
		return "RGBA_10_10_10_2_2020"
	case ColorFormatBGRA_10_10_10_2_709:
		return "BGRA_10_10_10_2_709"
	case ColorFormatBGRA_10_10_10_2_2020:
		return "BGRA_10_10_10_2_2020"
	case ColorFormatA32:
		return "A32"
	case ColorFormatUYVP:
		return "UYVP"
	case ColorFormatUYVPER:
		return "UYVP_ER"
	case ColorFormatYUV444ER:
		return "YUV444_ER"
	case ColorFormatYUV444_709:
		return "YUV444_709"
	case ColorFormatYUV444_709ER:
		return "YUV444_709_ER"
	case ColorFormatYUV444_2020:
		return "YUV444_2020"
	case ColorFormatYUV444_10LE:
		return "YUV444_10LE"
	case ColorFormatYUV444_10LE_ER:
		return "YUV444_10LE_ER"
	case ColorFormatYUV444_10LE_709:
		return "YUV444_10LE_709"
	case ColorFormatYUV444_10LE_709ER:
		return "YUV444_10LE_709_ER"
	case ColorFormatYUV444_10LE_2020:
		return "YUV444_10LE_2020"
	case ColorFormatYUV444_12LE:
		return "YUV444_12LE"
	case ColorFormatYUV444_12LE_ER:
		return "YUV444_12LE_ER"
	case ColorFormatYUV444_12LE_709:
		return "YUV444_12LE_709"
	case ColorFormatYUV444_12LE_709ER:
		return "YUV444_12LE_709_ER"
	case ColorFormatYUV444_12LE_2020:
		return "YUV444_12LE_2020"
	case ColorFormatNV12_12LE_ER:
		return "NV12_12LE_ER"
	case ColorFormatNV12_12LE_709:
		return "NV12_12LE_709"
	case ColorFormatNV12_12LE_709ER:
		return "NV12_12LE_709_ER"
	case ColorFormatUYVY_709:
		return "UYVY_709"
	case ColorFormatUYVY_709ER:
		return "UYVY_709_ER"
	case ColorFormatUYVY_2020:
		return "UYVY_2020"
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
