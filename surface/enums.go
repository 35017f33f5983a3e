package surface

// #include "surface.go.h"
import "C"

// ColorFormat is NvBufSurfaceColorFormat. The values come from the C
// headers the package is compiled against; every format present in every
// supported release (7.0 to 9.1) is named here (internal/abi's enum test
// holds the list to the ABI facts), with one addition: ColorFormatGray16LE
// is new in 7.1 and is -1 against 7.0. Names are the C name without
// NVBUF_COLOR_FORMAT_, with "_" dropped between a number and the letters
// after it and before ER (YUV420_709_ER: ColorFormatYUV420_709ER). Any
// value read from a surface is passed through unchanged.
type ColorFormat int32

// Colour formats (NVBUF_COLOR_FORMAT_*).
const (
	ColorFormatInvalid              ColorFormat = C.NVBUF_COLOR_FORMAT_INVALID
	ColorFormatGray8                ColorFormat = C.NVBUF_COLOR_FORMAT_GRAY8
	ColorFormatYUV420               ColorFormat = C.NVBUF_COLOR_FORMAT_YUV420
	ColorFormatYVU420               ColorFormat = C.NVBUF_COLOR_FORMAT_YVU420
	ColorFormatYUV420ER             ColorFormat = C.NVBUF_COLOR_FORMAT_YUV420_ER
	ColorFormatYVU420ER             ColorFormat = C.NVBUF_COLOR_FORMAT_YVU420_ER
	ColorFormatNV12                 ColorFormat = C.NVBUF_COLOR_FORMAT_NV12
	ColorFormatNV12ER               ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_ER
	ColorFormatNV21                 ColorFormat = C.NVBUF_COLOR_FORMAT_NV21
	ColorFormatNV21ER               ColorFormat = C.NVBUF_COLOR_FORMAT_NV21_ER
	ColorFormatUYVY                 ColorFormat = C.NVBUF_COLOR_FORMAT_UYVY
	ColorFormatUYVYER               ColorFormat = C.NVBUF_COLOR_FORMAT_UYVY_ER
	ColorFormatVYUY                 ColorFormat = C.NVBUF_COLOR_FORMAT_VYUY
	ColorFormatVYUYER               ColorFormat = C.NVBUF_COLOR_FORMAT_VYUY_ER
	ColorFormatYUYV                 ColorFormat = C.NVBUF_COLOR_FORMAT_YUYV
	ColorFormatYUYVER               ColorFormat = C.NVBUF_COLOR_FORMAT_YUYV_ER
	ColorFormatYVYU                 ColorFormat = C.NVBUF_COLOR_FORMAT_YVYU
	ColorFormatYVYUER               ColorFormat = C.NVBUF_COLOR_FORMAT_YVYU_ER
	ColorFormatYUV444               ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444
	ColorFormatRGBA                 ColorFormat = C.NVBUF_COLOR_FORMAT_RGBA
	ColorFormatBGRA                 ColorFormat = C.NVBUF_COLOR_FORMAT_BGRA
	ColorFormatARGB                 ColorFormat = C.NVBUF_COLOR_FORMAT_ARGB
	ColorFormatABGR                 ColorFormat = C.NVBUF_COLOR_FORMAT_ABGR
	ColorFormatRGBx                 ColorFormat = C.NVBUF_COLOR_FORMAT_RGBx
	ColorFormatBGRx                 ColorFormat = C.NVBUF_COLOR_FORMAT_BGRx
	ColorFormatXRGB                 ColorFormat = C.NVBUF_COLOR_FORMAT_xRGB
	ColorFormatXBGR                 ColorFormat = C.NVBUF_COLOR_FORMAT_xBGR
	ColorFormatRGB                  ColorFormat = C.NVBUF_COLOR_FORMAT_RGB
	ColorFormatBGR                  ColorFormat = C.NVBUF_COLOR_FORMAT_BGR
	ColorFormatNV12_10LE            ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_10LE
	ColorFormatNV12_12LE            ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_12LE
	ColorFormatYUV420_709           ColorFormat = C.NVBUF_COLOR_FORMAT_YUV420_709
	ColorFormatYUV420_709ER         ColorFormat = C.NVBUF_COLOR_FORMAT_YUV420_709_ER
	ColorFormatNV12_709             ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_709
	ColorFormatNV12_709ER           ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_709_ER
	ColorFormatYUV420_2020          ColorFormat = C.NVBUF_COLOR_FORMAT_YUV420_2020
	ColorFormatNV12_2020            ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_2020
	ColorFormatNV12_10LE_ER         ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_10LE_ER
	ColorFormatNV12_10LE_709        ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_10LE_709
	ColorFormatNV12_10LE_709ER      ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_10LE_709_ER
	ColorFormatNV12_10LE_2020       ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_10LE_2020
	ColorFormatSignedR16G16         ColorFormat = C.NVBUF_COLOR_FORMAT_SIGNED_R16G16
	ColorFormatYUV422               ColorFormat = C.NVBUF_COLOR_FORMAT_YUV422
	ColorFormatNV16                 ColorFormat = C.NVBUF_COLOR_FORMAT_NV16
	ColorFormatNV24                 ColorFormat = C.NVBUF_COLOR_FORMAT_NV24
	ColorFormatGray8ER              ColorFormat = C.NVBUF_COLOR_FORMAT_GRAY8_ER
	ColorFormatR8G8B8               ColorFormat = C.NVBUF_COLOR_FORMAT_R8_G8_B8
	ColorFormatB8G8R8               ColorFormat = C.NVBUF_COLOR_FORMAT_B8_G8_R8
	ColorFormatR32F_G32F_B32F       ColorFormat = C.NVBUF_COLOR_FORMAT_R32F_G32F_B32F
	ColorFormatB32F_G32F_R32F       ColorFormat = C.NVBUF_COLOR_FORMAT_B32F_G32F_R32F
	ColorFormatNV21_10LE            ColorFormat = C.NVBUF_COLOR_FORMAT_NV21_10LE
	ColorFormatNV21_12LE            ColorFormat = C.NVBUF_COLOR_FORMAT_NV21_12LE
	ColorFormatNV12_12LE_2020       ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_12LE_2020
	ColorFormatNV16_10LE            ColorFormat = C.NVBUF_COLOR_FORMAT_NV16_10LE
	ColorFormatNV24_10LE            ColorFormat = C.NVBUF_COLOR_FORMAT_NV24_10LE
	ColorFormatNV16ER               ColorFormat = C.NVBUF_COLOR_FORMAT_NV16_ER
	ColorFormatNV24ER               ColorFormat = C.NVBUF_COLOR_FORMAT_NV24_ER
	ColorFormatNV16_709             ColorFormat = C.NVBUF_COLOR_FORMAT_NV16_709
	ColorFormatNV24_709             ColorFormat = C.NVBUF_COLOR_FORMAT_NV24_709
	ColorFormatNV16_709ER           ColorFormat = C.NVBUF_COLOR_FORMAT_NV16_709_ER
	ColorFormatNV24_709ER           ColorFormat = C.NVBUF_COLOR_FORMAT_NV24_709_ER
	ColorFormatNV24_10LE_709        ColorFormat = C.NVBUF_COLOR_FORMAT_NV24_10LE_709
	ColorFormatNV24_10LE_709ER      ColorFormat = C.NVBUF_COLOR_FORMAT_NV24_10LE_709_ER
	ColorFormatNV24_10LE_2020       ColorFormat = C.NVBUF_COLOR_FORMAT_NV24_10LE_2020
	ColorFormatNV24_12LE_2020       ColorFormat = C.NVBUF_COLOR_FORMAT_NV24_12LE_2020
	ColorFormatRGBA_10_10_10_2_709  ColorFormat = C.NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_709
	ColorFormatRGBA_10_10_10_2_2020 ColorFormat = C.NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_2020
	ColorFormatBGRA_10_10_10_2_709  ColorFormat = C.NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_709
	ColorFormatBGRA_10_10_10_2_2020 ColorFormat = C.NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_2020
	ColorFormatA32                  ColorFormat = C.NVBUF_COLOR_FORMAT_A32
	ColorFormatUYVP                 ColorFormat = C.NVBUF_COLOR_FORMAT_UYVP
	ColorFormatUYVPER               ColorFormat = C.NVBUF_COLOR_FORMAT_UYVP_ER
	ColorFormatYUV444ER             ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_ER
	ColorFormatYUV444_709           ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_709
	ColorFormatYUV444_709ER         ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_709_ER
	ColorFormatYUV444_2020          ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_2020
	ColorFormatYUV444_10LE          ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_10LE
	ColorFormatYUV444_10LE_ER       ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_10LE_ER
	ColorFormatYUV444_10LE_709      ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_10LE_709
	ColorFormatYUV444_10LE_709ER    ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_10LE_709_ER
	ColorFormatYUV444_10LE_2020     ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_10LE_2020
	ColorFormatYUV444_12LE          ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_12LE
	ColorFormatYUV444_12LE_ER       ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_12LE_ER
	ColorFormatYUV444_12LE_709      ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_12LE_709
	ColorFormatYUV444_12LE_709ER    ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_12LE_709_ER
	ColorFormatYUV444_12LE_2020     ColorFormat = C.NVBUF_COLOR_FORMAT_YUV444_12LE_2020
	ColorFormatNV12_12LE_ER         ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_12LE_ER
	ColorFormatNV12_12LE_709        ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_12LE_709
	ColorFormatNV12_12LE_709ER      ColorFormat = C.NVBUF_COLOR_FORMAT_NV12_12LE_709_ER
	ColorFormatUYVY_709             ColorFormat = C.NVBUF_COLOR_FORMAT_UYVY_709
	ColorFormatUYVY_709ER           ColorFormat = C.NVBUF_COLOR_FORMAT_UYVY_709_ER
	ColorFormatUYVY_2020            ColorFormat = C.NVBUF_COLOR_FORMAT_UYVY_2020
	ColorFormatGray16LE             ColorFormat = C.GODS_COLOR_FORMAT_GRAY16_LE // 7.1 and later; -1 against 7.0
)

// Layout is NvBufSurfaceLayout: how a frame's pixels are arranged.
type Layout int32

// Layouts (NVBUF_LAYOUT_*).
const (
	// LayoutPitch: rows one after the other, Pitch bytes apart.
	LayoutPitch Layout = C.NVBUF_LAYOUT_PITCH
	// LayoutBlockLinear: the GPU's tiled layout; not readable row by row.
	LayoutBlockLinear Layout = C.NVBUF_LAYOUT_BLOCK_LINEAR
)

// MemType is NvBufSurfaceMemType: where a surface's memory lives.
type MemType int32

// Memory types (NVBUF_MEM_*).
const (
	// MemDefault: CUDA device memory on dGPU, surface array on Jetson.
	MemDefault      MemType = C.NVBUF_MEM_DEFAULT
	MemCUDAPinned   MemType = C.NVBUF_MEM_CUDA_PINNED
	MemCUDADevice   MemType = C.NVBUF_MEM_CUDA_DEVICE
	MemCUDAUnified  MemType = C.NVBUF_MEM_CUDA_UNIFIED
	MemSurfaceArray MemType = C.NVBUF_MEM_SURFACE_ARRAY
	MemHandle       MemType = C.NVBUF_MEM_HANDLE
	MemSystem       MemType = C.NVBUF_MEM_SYSTEM
)

// MapMode is NvBufSurfaceMemMapFlags: the access a CPU mapping is made for.
type MapMode int32

// Map modes (NVBUF_MAP_*).
const (
	MapRead      MapMode = C.NVBUF_MAP_READ
	MapWrite     MapMode = C.NVBUF_MAP_WRITE
	MapReadWrite MapMode = C.NVBUF_MAP_READ_WRITE
)

// AllPlanes, as a plane argument, means every plane of the frame (the SDK's
// -1).
const AllPlanes = -1
