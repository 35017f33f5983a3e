/* nvbufsurface.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.1, 8.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVBUFSURFACE_H
#define GO_DEEPSTREAM_EMBEDDED_NVBUFSURFACE_H

#include "nvds_version.h"
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef NVBUFSURFACE_CHROMA_SUBSAMPLING_HORIZ_DEFAULT
#define NVBUFSURFACE_CHROMA_SUBSAMPLING_HORIZ_DEFAULT 0
#endif
#ifndef NVBUFSURFACE_CHROMA_SUBSAMPLING_VERT_DEFAULT
#define NVBUFSURFACE_CHROMA_SUBSAMPLING_VERT_DEFAULT 1
#endif
#ifndef NVBUF_MAX_PLANES
#define NVBUF_MAX_PLANES 4
#endif
#ifndef STRUCTURE_PADDING
#define STRUCTURE_PADDING 4
#endif

#if NVDS_VERSION_MAJOR < 8
typedef enum {
  NVBUF_COLOR_FORMAT_INVALID = 0,
  NVBUF_COLOR_FORMAT_GRAY8 = 1,
  NVBUF_COLOR_FORMAT_YUV420 = 2,
  NVBUF_COLOR_FORMAT_YVU420 = 3,
  NVBUF_COLOR_FORMAT_YUV420_ER = 4,
  NVBUF_COLOR_FORMAT_YVU420_ER = 5,
  NVBUF_COLOR_FORMAT_NV12 = 6,
  NVBUF_COLOR_FORMAT_NV12_ER = 7,
  NVBUF_COLOR_FORMAT_NV21 = 8,
  NVBUF_COLOR_FORMAT_NV21_ER = 9,
  NVBUF_COLOR_FORMAT_UYVY = 10,
  NVBUF_COLOR_FORMAT_UYVY_ER = 11,
  NVBUF_COLOR_FORMAT_VYUY = 12,
  NVBUF_COLOR_FORMAT_VYUY_ER = 13,
  NVBUF_COLOR_FORMAT_YUYV = 14,
  NVBUF_COLOR_FORMAT_YUYV_ER = 15,
  NVBUF_COLOR_FORMAT_YVYU = 16,
  NVBUF_COLOR_FORMAT_YVYU_ER = 17,
  NVBUF_COLOR_FORMAT_YUV444 = 18,
  NVBUF_COLOR_FORMAT_RGBA = 19,
  NVBUF_COLOR_FORMAT_BGRA = 20,
  NVBUF_COLOR_FORMAT_ARGB = 21,
  NVBUF_COLOR_FORMAT_ABGR = 22,
  NVBUF_COLOR_FORMAT_RGBx = 23,
  NVBUF_COLOR_FORMAT_BGRx = 24,
  NVBUF_COLOR_FORMAT_xRGB = 25,
  NVBUF_COLOR_FORMAT_xBGR = 26,
  NVBUF_COLOR_FORMAT_RGB = 27,
  NVBUF_COLOR_FORMAT_BGR = 28,
  NVBUF_COLOR_FORMAT_NV12_10LE = 29,
  NVBUF_COLOR_FORMAT_NV12_12LE = 30,
  NVBUF_COLOR_FORMAT_YUV420_709 = 31,
  NVBUF_COLOR_FORMAT_YUV420_709_ER = 32,
  NVBUF_COLOR_FORMAT_NV12_709 = 33,
  NVBUF_COLOR_FORMAT_NV12_709_ER = 34,
  NVBUF_COLOR_FORMAT_YUV420_2020 = 35,
  NVBUF_COLOR_FORMAT_NV12_2020 = 36,
  NVBUF_COLOR_FORMAT_NV12_10LE_ER = 37,
  NVBUF_COLOR_FORMAT_NV12_10LE_709 = 38,
  NVBUF_COLOR_FORMAT_NV12_10LE_709_ER = 39,
  NVBUF_COLOR_FORMAT_NV12_10LE_2020 = 40,
  NVBUF_COLOR_FORMAT_SIGNED_R16G16 = 41,
  NVBUF_COLOR_FORMAT_R8_G8_B8 = 42,
  NVBUF_COLOR_FORMAT_B8_G8_R8 = 43,
  NVBUF_COLOR_FORMAT_R32F_G32F_B32F = 44,
  NVBUF_COLOR_FORMAT_B32F_G32F_R32F = 45,
  NVBUF_COLOR_FORMAT_YUV422 = 46,
  NVBUF_COLOR_FORMAT_NV21_10LE = 47,
  NVBUF_COLOR_FORMAT_NV21_12LE = 48,
  NVBUF_COLOR_FORMAT_NV12_12LE_2020 = 49,
  NVBUF_COLOR_FORMAT_NV16 = 50,
  NVBUF_COLOR_FORMAT_NV16_10LE = 51,
  NVBUF_COLOR_FORMAT_NV24 = 52,
  NVBUF_COLOR_FORMAT_NV24_10LE = 53,
  NVBUF_COLOR_FORMAT_NV16_ER = 54,
  NVBUF_COLOR_FORMAT_NV24_ER = 55,
  NVBUF_COLOR_FORMAT_NV16_709 = 56,
  NVBUF_COLOR_FORMAT_NV24_709 = 57,
  NVBUF_COLOR_FORMAT_NV16_709_ER = 58,
  NVBUF_COLOR_FORMAT_NV24_709_ER = 59,
  NVBUF_COLOR_FORMAT_NV24_10LE_709 = 60,
  NVBUF_COLOR_FORMAT_NV24_10LE_709_ER = 61,
  NVBUF_COLOR_FORMAT_NV24_10LE_2020 = 62,
  NVBUF_COLOR_FORMAT_NV24_12LE_2020 = 63,
  NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_709 = 64,
  NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_2020 = 65,
  NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_709 = 66,
  NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_2020 = 67,
  NVBUF_COLOR_FORMAT_A32 = 68,
  NVBUF_COLOR_FORMAT_UYVP = 69,
  NVBUF_COLOR_FORMAT_UYVP_ER = 70,
  NVBUF_COLOR_FORMAT_YUV444_ER = 71,
  NVBUF_COLOR_FORMAT_YUV444_709 = 72,
  NVBUF_COLOR_FORMAT_YUV444_709_ER = 73,
  NVBUF_COLOR_FORMAT_YUV444_2020 = 74,
  NVBUF_COLOR_FORMAT_YUV444_10LE = 75,
  NVBUF_COLOR_FORMAT_YUV444_10LE_ER = 76,
  NVBUF_COLOR_FORMAT_YUV444_10LE_709 = 77,
  NVBUF_COLOR_FORMAT_YUV444_10LE_709_ER = 78,
  NVBUF_COLOR_FORMAT_YUV444_10LE_2020 = 79,
  NVBUF_COLOR_FORMAT_YUV444_12LE = 80,
  NVBUF_COLOR_FORMAT_YUV444_12LE_ER = 81,
  NVBUF_COLOR_FORMAT_YUV444_12LE_709 = 82,
  NVBUF_COLOR_FORMAT_YUV444_12LE_709_ER = 83,
  NVBUF_COLOR_FORMAT_YUV444_12LE_2020 = 84,
  NVBUF_COLOR_FORMAT_NV12_12LE_ER = 85,
  NVBUF_COLOR_FORMAT_NV12_12LE_709 = 86,
  NVBUF_COLOR_FORMAT_NV12_12LE_709_ER = 87,
  NVBUF_COLOR_FORMAT_GRAY8_ER = 88,
  NVBUF_COLOR_FORMAT_UYVY_709 = 89,
  NVBUF_COLOR_FORMAT_UYVY_709_ER = 90,
  NVBUF_COLOR_FORMAT_UYVY_2020 = 91,
  NVBUF_COLOR_FORMAT_GRAY16_LE = 92,
  NVBUF_COLOR_FORMAT_LAST = 93,
} NvBufSurfaceColorFormat;
#elif NVDS_VERSION_MAJOR == 8
typedef enum {
  NVBUF_COLOR_FORMAT_INVALID = 0,
  NVBUF_COLOR_FORMAT_GRAY8 = 1,
  NVBUF_COLOR_FORMAT_YUV420 = 2,
  NVBUF_COLOR_FORMAT_YVU420 = 3,
  NVBUF_COLOR_FORMAT_YUV420_ER = 4,
  NVBUF_COLOR_FORMAT_YVU420_ER = 5,
  NVBUF_COLOR_FORMAT_NV12 = 6,
  NVBUF_COLOR_FORMAT_NV12_ER = 7,
  NVBUF_COLOR_FORMAT_NV21 = 8,
  NVBUF_COLOR_FORMAT_NV21_ER = 9,
  NVBUF_COLOR_FORMAT_UYVY = 10,
  NVBUF_COLOR_FORMAT_UYVY_ER = 11,
  NVBUF_COLOR_FORMAT_VYUY = 12,
  NVBUF_COLOR_FORMAT_VYUY_ER = 13,
  NVBUF_COLOR_FORMAT_YUYV = 14,
  NVBUF_COLOR_FORMAT_YUYV_ER = 15,
  NVBUF_COLOR_FORMAT_YVYU = 16,
  NVBUF_COLOR_FORMAT_YVYU_ER = 17,
  NVBUF_COLOR_FORMAT_YUV444 = 18,
  NVBUF_COLOR_FORMAT_RGBA = 19,
  NVBUF_COLOR_FORMAT_BGRA = 20,
  NVBUF_COLOR_FORMAT_ARGB = 21,
  NVBUF_COLOR_FORMAT_ABGR = 22,
  NVBUF_COLOR_FORMAT_RGBx = 23,
  NVBUF_COLOR_FORMAT_BGRx = 24,
  NVBUF_COLOR_FORMAT_xRGB = 25,
  NVBUF_COLOR_FORMAT_xBGR = 26,
  NVBUF_COLOR_FORMAT_RGB = 27,
  NVBUF_COLOR_FORMAT_BGR = 28,
  NVBUF_COLOR_FORMAT_NV12_10LE = 29,
  NVBUF_COLOR_FORMAT_NV12_12LE = 30,
  NVBUF_COLOR_FORMAT_YUV420_709 = 31,
  NVBUF_COLOR_FORMAT_YUV420_709_ER = 32,
  NVBUF_COLOR_FORMAT_NV12_709 = 33,
  NVBUF_COLOR_FORMAT_NV12_709_ER = 34,
  NVBUF_COLOR_FORMAT_YUV420_2020 = 35,
  NVBUF_COLOR_FORMAT_NV12_2020 = 36,
  NVBUF_COLOR_FORMAT_NV12_10LE_ER = 37,
  NVBUF_COLOR_FORMAT_NV12_10LE_709 = 38,
  NVBUF_COLOR_FORMAT_NV12_10LE_709_ER = 39,
  NVBUF_COLOR_FORMAT_NV12_10LE_2020 = 40,
  NVBUF_COLOR_FORMAT_SIGNED_R16G16 = 41,
  NVBUF_COLOR_FORMAT_R8_G8_B8 = 42,
  NVBUF_COLOR_FORMAT_B8_G8_R8 = 43,
  NVBUF_COLOR_FORMAT_R32F_G32F_B32F = 44,
  NVBUF_COLOR_FORMAT_B32F_G32F_R32F = 45,
  NVBUF_COLOR_FORMAT_YUV422 = 46,
  NVBUF_COLOR_FORMAT_NV21_10LE = 47,
  NVBUF_COLOR_FORMAT_NV21_12LE = 48,
  NVBUF_COLOR_FORMAT_NV12_12LE_2020 = 49,
  NVBUF_COLOR_FORMAT_NV16 = 50,
  NVBUF_COLOR_FORMAT_NV16_10LE = 51,
  NVBUF_COLOR_FORMAT_NV24 = 52,
  NVBUF_COLOR_FORMAT_NV24_10LE = 53,
  NVBUF_COLOR_FORMAT_NV16_ER = 54,
  NVBUF_COLOR_FORMAT_NV24_ER = 55,
  NVBUF_COLOR_FORMAT_NV16_709 = 56,
  NVBUF_COLOR_FORMAT_NV24_709 = 57,
  NVBUF_COLOR_FORMAT_NV16_709_ER = 58,
  NVBUF_COLOR_FORMAT_NV24_709_ER = 59,
  NVBUF_COLOR_FORMAT_NV24_10LE_709 = 60,
  NVBUF_COLOR_FORMAT_NV24_10LE_709_ER = 61,
  NVBUF_COLOR_FORMAT_NV24_10LE_2020 = 62,
  NVBUF_COLOR_FORMAT_NV24_12LE_2020 = 63,
  NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_709 = 64,
  NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_2020 = 65,
  NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_709 = 66,
  NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_2020 = 67,
  NVBUF_COLOR_FORMAT_A32 = 68,
  NVBUF_COLOR_FORMAT_UYVP = 69,
  NVBUF_COLOR_FORMAT_UYVP_ER = 70,
  NVBUF_COLOR_FORMAT_YUV444_ER = 71,
  NVBUF_COLOR_FORMAT_YUV444_709 = 72,
  NVBUF_COLOR_FORMAT_YUV444_709_ER = 73,
  NVBUF_COLOR_FORMAT_YUV444_2020 = 74,
  NVBUF_COLOR_FORMAT_YUV444_10LE = 75,
  NVBUF_COLOR_FORMAT_YUV444_10LE_ER = 76,
  NVBUF_COLOR_FORMAT_YUV444_10LE_709 = 77,
  NVBUF_COLOR_FORMAT_YUV444_10LE_709_ER = 78,
  NVBUF_COLOR_FORMAT_YUV444_10LE_2020 = 79,
  NVBUF_COLOR_FORMAT_YUV444_12LE = 80,
  NVBUF_COLOR_FORMAT_YUV444_12LE_ER = 81,
  NVBUF_COLOR_FORMAT_YUV444_12LE_709 = 82,
  NVBUF_COLOR_FORMAT_YUV444_12LE_709_ER = 83,
  NVBUF_COLOR_FORMAT_YUV444_12LE_2020 = 84,
  NVBUF_COLOR_FORMAT_NV12_12LE_ER = 85,
  NVBUF_COLOR_FORMAT_NV12_12LE_709 = 86,
  NVBUF_COLOR_FORMAT_NV12_12LE_709_ER = 87,
  NVBUF_COLOR_FORMAT_GRAY8_ER = 88,
  NVBUF_COLOR_FORMAT_UYVY_709 = 89,
  NVBUF_COLOR_FORMAT_UYVY_709_ER = 90,
  NVBUF_COLOR_FORMAT_UYVY_2020 = 91,
  NVBUF_COLOR_FORMAT_GRAY16_LE = 92,
  NVBUF_COLOR_FORMAT_BGRA64_LE = 93,
  NVBUF_COLOR_FORMAT_NV16_2020 = 94,
  NVBUF_COLOR_FORMAT_NV16_10LE_ER = 95,
  NVBUF_COLOR_FORMAT_NV16_10LE_709 = 96,
  NVBUF_COLOR_FORMAT_NV16_10LE_709_ER = 97,
  NVBUF_COLOR_FORMAT_NV16_10LE_2020 = 98,
  NVBUF_COLOR_FORMAT_NV16_12LE = 99,
  NVBUF_COLOR_FORMAT_NV16_12LE_ER = 100,
  NVBUF_COLOR_FORMAT_NV16_12LE_709 = 101,
  NVBUF_COLOR_FORMAT_NV16_12LE_709_ER = 102,
  NVBUF_COLOR_FORMAT_NV16_12LE_2020 = 103,
  NVBUF_COLOR_FORMAT_LAST = 104,
} NvBufSurfaceColorFormat;
#elif NVDS_VERSION_MAJOR >= 9
typedef enum {
  NVBUF_COLOR_FORMAT_INVALID = 0,
  NVBUF_COLOR_FORMAT_GRAY8 = 1,
  NVBUF_COLOR_FORMAT_YUV420 = 2,
  NVBUF_COLOR_FORMAT_YVU420 = 3,
  NVBUF_COLOR_FORMAT_YUV420_ER = 4,
  NVBUF_COLOR_FORMAT_YVU420_ER = 5,
  NVBUF_COLOR_FORMAT_NV12 = 6,
  NVBUF_COLOR_FORMAT_NV12_ER = 7,
  NVBUF_COLOR_FORMAT_NV21 = 8,
  NVBUF_COLOR_FORMAT_NV21_ER = 9,
  NVBUF_COLOR_FORMAT_UYVY = 10,
  NVBUF_COLOR_FORMAT_UYVY_ER = 11,
  NVBUF_COLOR_FORMAT_VYUY = 12,
  NVBUF_COLOR_FORMAT_VYUY_ER = 13,
  NVBUF_COLOR_FORMAT_YUYV = 14,
  NVBUF_COLOR_FORMAT_YUYV_ER = 15,
  NVBUF_COLOR_FORMAT_YVYU = 16,
  NVBUF_COLOR_FORMAT_YVYU_ER = 17,
  NVBUF_COLOR_FORMAT_YUV444 = 18,
  NVBUF_COLOR_FORMAT_RGBA = 19,
  NVBUF_COLOR_FORMAT_BGRA = 20,
  NVBUF_COLOR_FORMAT_ARGB = 21,
  NVBUF_COLOR_FORMAT_ABGR = 22,
  NVBUF_COLOR_FORMAT_RGBx = 23,
  NVBUF_COLOR_FORMAT_BGRx = 24,
  NVBUF_COLOR_FORMAT_xRGB = 25,
  NVBUF_COLOR_FORMAT_xBGR = 26,
  NVBUF_COLOR_FORMAT_RGB = 27,
  NVBUF_COLOR_FORMAT_BGR = 28,
  NVBUF_COLOR_FORMAT_NV12_10LE = 29,
  NVBUF_COLOR_FORMAT_NV12_12LE = 30,
  NVBUF_COLOR_FORMAT_YUV420_709 = 31,
  NVBUF_COLOR_FORMAT_YUV420_709_ER = 32,
  NVBUF_COLOR_FORMAT_NV12_709 = 33,
  NVBUF_COLOR_FORMAT_NV12_709_ER = 34,
  NVBUF_COLOR_FORMAT_YUV420_2020 = 35,
  NVBUF_COLOR_FORMAT_NV12_2020 = 36,
  NVBUF_COLOR_FORMAT_NV12_10LE_ER = 37,
  NVBUF_COLOR_FORMAT_NV12_10LE_709 = 38,
  NVBUF_COLOR_FORMAT_NV12_10LE_709_ER = 39,
  NVBUF_COLOR_FORMAT_NV12_10LE_2020 = 40,
  NVBUF_COLOR_FORMAT_SIGNED_R16G16 = 41,
  NVBUF_COLOR_FORMAT_R8_G8_B8 = 42,
  NVBUF_COLOR_FORMAT_B8_G8_R8 = 43,
  NVBUF_COLOR_FORMAT_R32F_G32F_B32F = 44,
  NVBUF_COLOR_FORMAT_B32F_G32F_R32F = 45,
  NVBUF_COLOR_FORMAT_YUV422 = 46,
  NVBUF_COLOR_FORMAT_NV21_10LE = 47,
  NVBUF_COLOR_FORMAT_NV21_12LE = 48,
  NVBUF_COLOR_FORMAT_NV12_12LE_2020 = 49,
  NVBUF_COLOR_FORMAT_NV16 = 50,
  NVBUF_COLOR_FORMAT_NV16_10LE = 51,
  NVBUF_COLOR_FORMAT_NV24 = 52,
  NVBUF_COLOR_FORMAT_NV24_10LE = 53,
  NVBUF_COLOR_FORMAT_NV16_ER = 54,
  NVBUF_COLOR_FORMAT_NV24_ER = 55,
  NVBUF_COLOR_FORMAT_NV16_709 = 56,
  NVBUF_COLOR_FORMAT_NV24_709 = 57,
  NVBUF_COLOR_FORMAT_NV16_709_ER = 58,
  NVBUF_COLOR_FORMAT_NV24_709_ER = 59,
  NVBUF_COLOR_FORMAT_NV24_10LE_709 = 60,
  NVBUF_COLOR_FORMAT_NV24_10LE_709_ER = 61,
  NVBUF_COLOR_FORMAT_NV24_10LE_2020 = 62,
  NVBUF_COLOR_FORMAT_NV24_12LE_2020 = 63,
  NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_709 = 64,
  NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_2020 = 65,
  NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_709 = 66,
  NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_2020 = 67,
  NVBUF_COLOR_FORMAT_A32 = 68,
  NVBUF_COLOR_FORMAT_UYVP = 69,
  NVBUF_COLOR_FORMAT_UYVP_ER = 70,
  NVBUF_COLOR_FORMAT_YUV444_ER = 71,
  NVBUF_COLOR_FORMAT_YUV444_709 = 72,
  NVBUF_COLOR_FORMAT_YUV444_709_ER = 73,
  NVBUF_COLOR_FORMAT_YUV444_2020 = 74,
  NVBUF_COLOR_FORMAT_YUV444_10LE = 75,
  NVBUF_COLOR_FORMAT_YUV444_10LE_ER = 76,
  NVBUF_COLOR_FORMAT_YUV444_10LE_709 = 77,
  NVBUF_COLOR_FORMAT_YUV444_10LE_709_ER = 78,
  NVBUF_COLOR_FORMAT_YUV444_10LE_2020 = 79,
  NVBUF_COLOR_FORMAT_YUV444_12LE = 80,
  NVBUF_COLOR_FORMAT_YUV444_12LE_ER = 81,
  NVBUF_COLOR_FORMAT_YUV444_12LE_709 = 82,
  NVBUF_COLOR_FORMAT_YUV444_12LE_709_ER = 83,
  NVBUF_COLOR_FORMAT_YUV444_12LE_2020 = 84,
  NVBUF_COLOR_FORMAT_NV12_12LE_ER = 85,
  NVBUF_COLOR_FORMAT_NV12_12LE_709 = 86,
  NVBUF_COLOR_FORMAT_NV12_12LE_709_ER = 87,
  NVBUF_COLOR_FORMAT_GRAY8_ER = 88,
  NVBUF_COLOR_FORMAT_UYVY_709 = 89,
  NVBUF_COLOR_FORMAT_UYVY_709_ER = 90,
  NVBUF_COLOR_FORMAT_UYVY_2020 = 91,
  NVBUF_COLOR_FORMAT_GRAY16_LE = 92,
  NVBUF_COLOR_FORMAT_BGRA64_LE = 93,
  NVBUF_COLOR_FORMAT_NV16_2020 = 94,
  NVBUF_COLOR_FORMAT_NV16_10LE_ER = 95,
  NVBUF_COLOR_FORMAT_NV16_10LE_709 = 96,
  NVBUF_COLOR_FORMAT_NV16_10LE_709_ER = 97,
  NVBUF_COLOR_FORMAT_NV16_10LE_2020 = 98,
  NVBUF_COLOR_FORMAT_NV16_12LE = 99,
  NVBUF_COLOR_FORMAT_NV16_12LE_ER = 100,
  NVBUF_COLOR_FORMAT_NV16_12LE_709 = 101,
  NVBUF_COLOR_FORMAT_NV16_12LE_709_ER = 102,
  NVBUF_COLOR_FORMAT_NV16_12LE_2020 = 103,
  NVBUF_COLOR_FORMAT_NV24_2020 = 104,
  NVBUF_COLOR_FORMAT_NV24_10LE_ER = 105,
  NVBUF_COLOR_FORMAT_NV24_12LE = 106,
  NVBUF_COLOR_FORMAT_NV24_12LE_ER = 107,
  NVBUF_COLOR_FORMAT_NV24_12LE_709 = 108,
  NVBUF_COLOR_FORMAT_NV24_12LE_709_ER = 109,
  NVBUF_COLOR_FORMAT_UYVP_709 = 110,
  NVBUF_COLOR_FORMAT_UYVP_709_ER = 111,
  NVBUF_COLOR_FORMAT_UYVP_2020 = 112,
  NVBUF_COLOR_FORMAT_LAST = 113,
} NvBufSurfaceColorFormat;
#endif
typedef enum {
  NVBUF_DISPLAYSCANFORMAT_PROGRESSIVE = 0,
  NVBUF_DISPLAYSCANFORMAT_INTERLACED = 1,
} NvBufSurfaceDisplayScanFormat;
#if NVDS_VERSION_MAJOR >= 8
typedef enum {
  NVBUF_DRIVER_TYPE_UNKNOWN = 0,
  NVBUF_DRIVER_TYPE_NVGPU = 1,
  NVBUF_DRIVER_TYPE_RM = 2,
} NvBufSurfaceDriverType;
#endif
#if NVDS_VERSION_MAJOR >= 9
typedef enum NvBufSurfaceGPUL2SyncCacheOps {
  NVBUF_GPU_L2_CACHE_INVALIDATE = 1,
  NVBUF_GPU_L2_CACHE_FLUSH = 2,
  NVBUF_GPU_L2_CACHE_FLUSH_INVALIDATE = 3,
} NvBufSurfaceGPUL2SyncCacheOps;
#endif
typedef enum {
  NVBUF_LAYOUT_PITCH = 0,
  NVBUF_LAYOUT_BLOCK_LINEAR = 1,
} NvBufSurfaceLayout;
typedef enum {
  NVBUF_MAP_READ = 0,
  NVBUF_MAP_WRITE = 1,
  NVBUF_MAP_READ_WRITE = 2,
} NvBufSurfaceMemMapFlags;
#if NVDS_VERSION_MAJOR < 9
typedef enum {
  NVBUF_MEM_DEFAULT = 0,
  NVBUF_MEM_CUDA_PINNED = 1,
  NVBUF_MEM_CUDA_DEVICE = 2,
  NVBUF_MEM_CUDA_UNIFIED = 3,
  NVBUF_MEM_SURFACE_ARRAY = 4,
  NVBUF_MEM_HANDLE = 5,
  NVBUF_MEM_SYSTEM = 6,
} NvBufSurfaceMemType;
#elif NVDS_VERSION_MAJOR >= 9
typedef enum {
  NVBUF_MEM_DEFAULT = 0,
  NVBUF_MEM_CUDA_PINNED = 1,
  NVBUF_MEM_CUDA_DEVICE = 2,
  NVBUF_MEM_CUDA_UNIFIED = 3,
  NVBUF_MEM_SURFACE_ARRAY = 4,
  NVBUF_MEM_HANDLE = 5,
  NVBUF_MEM_SYSTEM = 6,
  NVBUF_MEM_CUDA_ARRAY = 7,
} NvBufSurfaceMemType;
#endif
#if NVDS_VERSION_MAJOR >= 9
typedef enum {
  NVBUF_PLATFORM_TYPE_UNKNOWN = 0,
  NVBUF_PLATFORM_TYPE_T186 = 1,
  NVBUF_PLATFORM_TYPE_T194 = 2,
  NVBUF_PLATFORM_TYPE_T210 = 3,
  NVBUF_PLATFORM_TYPE_T234 = 4,
  NVBUF_PLATFORM_TYPE_T256 = 5,
  NVBUF_PLATFORM_TYPE_T264 = 6,
} NvBufSurfacePlatformType;
#endif
typedef enum {
  NvBufSurfaceTag_NONE = 0,
  NvBufSurfaceTag_CAMERA = 512,
  NvBufSurfaceTag_VIDEO_CONVERT = 3841,
  NvBufSurfaceTag_VIDEO_ENC = 4608,
  NvBufSurfaceTag_VIDEO_DEC = 5120,
  NvBufSurfaceTag_JPEG = 5376,
  NvBufSurfaceTag_PROTECTED = 5380,
} NvBufSurfaceTag;

typedef struct NvBufSurface NvBufSurface;
typedef struct NvBufSurfaceAllocateParams NvBufSurfaceAllocateParams;
typedef struct NvBufSurfaceChromaSubsamplingParams NvBufSurfaceChromaSubsamplingParams;
typedef struct NvBufSurfaceCreateParams NvBufSurfaceCreateParams;
#if NVDS_VERSION_MAJOR >= 8
typedef struct NvBufSurfaceCudaBuffer NvBufSurfaceCudaBuffer;
#endif
#if NVDS_VERSION_MAJOR >= 8
typedef struct NvBufSurfaceCudaIpcMemHandle_t NvBufSurfaceCudaIpcMemHandle;
#endif
#if NVDS_VERSION_MAJOR >= 8
typedef struct NvBufSurfaceDeviceInfo NvBufSurfaceDeviceInfo;
#endif
#if NVDS_VERSION_MAJOR >= 8
typedef struct NvBufSurfaceExtendedMapParams_t NvBufSurfaceExtendedMapParams;
#endif
#if NVDS_VERSION_MAJOR >= 9
typedef struct NvBufSurfaceGPUL2SyncParams NvBufSurfaceGPUL2SyncParams;
#endif
typedef struct NvBufSurfaceMapParams NvBufSurfaceMapParams;
typedef struct NvBufSurfaceMapPlaneParams NvBufSurfaceMapPlaneParams;
typedef struct NvBufSurfaceMappedAddr NvBufSurfaceMappedAddr;
#if NVDS_VERSION_MAJOR >= 8
typedef struct NvBufSurfaceNvmmBuffer NvBufSurfaceNvmmBuffer;
#endif
typedef struct NvBufSurfaceParams NvBufSurfaceParams;
typedef struct NvBufSurfaceParamsEx NvBufSurfaceParamsEx;
typedef struct NvBufSurfacePlaneParams NvBufSurfacePlaneParams;
typedef struct NvBufSurfacePlaneParamsEx NvBufSurfacePlaneParamsEx;

#if NVDS_VERSION_MAJOR < 8
struct NvBufSurface {
  uint32_t gpuId;
  uint32_t batchSize;
  uint32_t numFilled;
  bool isContiguous;
  NvBufSurfaceMemType memType;
  NvBufSurfaceParams *surfaceList;
  void *_reserved[STRUCTURE_PADDING];
};
#elif NVDS_VERSION_MAJOR >= 8
struct NvBufSurface {
  uint32_t gpuId;
  uint32_t batchSize;
  uint32_t numFilled;
  bool isContiguous;
  NvBufSurfaceMemType memType;
  NvBufSurfaceParams *surfaceList;
  bool isImportedBuf;
  void *_reserved[STRUCTURE_PADDING];
};
#endif
#if NVDS_VERSION_MAJOR < 8
struct NvBufSurfaceChromaSubsamplingParams {
  uint8_t chromaLocHoriz;
  uint8_t chromaLocVert;
};
#elif NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceChromaSubsamplingParams {
  uint8_t chromaLocHoriz;
  uint8_t chromaLocVert;
  uint8_t _reserved[6];
};
#endif
#if NVDS_VERSION_MAJOR < 8
struct NvBufSurfaceCreateParams {
  uint32_t gpuId;
  uint32_t width;
  uint32_t height;
  uint32_t size;
  bool isContiguous;
  NvBufSurfaceColorFormat colorFormat;
  NvBufSurfaceLayout layout;
  NvBufSurfaceMemType memType;
};
#elif NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceCreateParams {
  uint32_t gpuId;
  uint32_t width;
  uint32_t height;
  uint32_t size;
  bool isContiguous;
  NvBufSurfaceColorFormat colorFormat;
  NvBufSurfaceLayout layout;
  NvBufSurfaceMemType memType;
  void *_reserved[STRUCTURE_PADDING];
};
#endif
#if NVDS_VERSION_MAJOR < 8
struct NvBufSurfaceAllocateParams {
  NvBufSurfaceCreateParams params;
  NvBufSurfaceDisplayScanFormat displayscanformat;
  NvBufSurfaceChromaSubsamplingParams chromaSubsampling;
  NvBufSurfaceTag memtag;
  bool disablePitchPadding;
  uint32_t _reservedParam;
  void *_reserved[STRUCTURE_PADDING - 1];
};
#elif NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceAllocateParams {
  NvBufSurfaceCreateParams params;
  NvBufSurfaceDisplayScanFormat displayscanformat;
  NvBufSurfaceChromaSubsamplingParams chromaSubsampling;
  NvBufSurfaceTag memtag;
  bool disablePitchPadding;
  uint32_t _reservedParam;
  void *_reserved[STRUCTURE_PADDING];
};
#endif
#if NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceCudaBuffer {
  void *basePtr;
  void *dataPtr;
  void *extMem;
  void *mipmap;
  uint8_t reserved[64];
};
#endif
#if NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceCudaIpcMemHandle_t {
  char reserved[64];
};
#endif
#if NVDS_VERSION_MAJOR == 8
struct NvBufSurfaceDeviceInfo {
  NvBufSurfaceDriverType driverType;
  bool isVicPresent;
  uint8_t reserved[64];
};
#elif NVDS_VERSION_MAJOR >= 9
struct NvBufSurfaceDeviceInfo {
  NvBufSurfaceDriverType driverType;
  bool isVicPresent;
  bool isIntegratedGpu;
  bool reserved1;
  bool reserved2;
  NvBufSurfacePlatformType platformType;
  uint8_t reserved[60];
};
#endif
#if NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceExtendedMapParams_t {
  NvBufSurfaceCudaIpcMemHandle memHandle;
  void *reserved[64];
};
#endif
#if NVDS_VERSION_MAJOR >= 9
struct NvBufSurfaceGPUL2SyncParams {
  NvBufSurfaceGPUL2SyncCacheOps type;
  void *reserved[STRUCTURE_PADDING];
};
#endif
struct NvBufSurfaceMapPlaneParams {
  uint32_t width;
  uint32_t height;
  uint32_t pitch;
  uint32_t offset;
  uint32_t psize;
  uint32_t secondfieldoffset;
  uint32_t blockheightlog2;
  uint64_t flags;
  uint8_t reserved[64];
};
#if NVDS_VERSION_MAJOR < 8
struct NvBufSurfaceMapParams {
  uint32_t num_planes;
  uint32_t gpuId;
  uint64_t fd;
  uint32_t totalSize;
  NvBufSurfaceMemType memType;
  NvBufSurfaceLayout layout;
  NvBufSurfaceDisplayScanFormat scanformat;
  NvBufSurfaceColorFormat colorFormat;
  NvBufSurfaceChromaSubsamplingParams chromaSubsampling;
  NvBufSurfaceMapPlaneParams planes[NVBUF_MAX_PLANES];
  uint8_t reserved[64];
};
#elif NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceMapParams {
  uint32_t num_planes;
  uint32_t gpuId;
  uint64_t fd;
  uint32_t totalSize;
  NvBufSurfaceMemType memType;
  NvBufSurfaceLayout layout;
  NvBufSurfaceDisplayScanFormat scanformat;
  NvBufSurfaceColorFormat colorFormat;
  NvBufSurfaceChromaSubsamplingParams chromaSubsampling;
  NvBufSurfaceMapPlaneParams planes[NVBUF_MAX_PLANES];
  void *extendedMapParams;
  void *_reserved[STRUCTURE_PADDING];
};
#endif
#if NVDS_VERSION_MAJOR < 8
struct NvBufSurfaceMappedAddr {
  void *addr[NVBUF_MAX_PLANES];
  void *eglImage;
  void *_reserved[STRUCTURE_PADDING];
};
#elif NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceMappedAddr {
  void *addr[NVBUF_MAX_PLANES];
  void *eglImage;
  void *nvmmPtr;
  void *cudaPtr;
  void *_reserved[STRUCTURE_PADDING];
};
#endif
#if NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceNvmmBuffer {
  void *dataPtr;
  uint64_t bufferDesc;
  uint8_t reserved[64];
};
#endif
struct NvBufSurfacePlaneParams {
  uint32_t num_planes;
  uint32_t width[NVBUF_MAX_PLANES];
  uint32_t height[NVBUF_MAX_PLANES];
  uint32_t pitch[NVBUF_MAX_PLANES];
  uint32_t offset[NVBUF_MAX_PLANES];
  uint32_t psize[NVBUF_MAX_PLANES];
  uint32_t bytesPerPix[NVBUF_MAX_PLANES];
  void *_reserved[STRUCTURE_PADDING * NVBUF_MAX_PLANES];
};
#if NVDS_VERSION_MAJOR < 8
struct NvBufSurfaceParams {
  uint32_t width;
  uint32_t height;
  uint32_t pitch;
  NvBufSurfaceColorFormat colorFormat;
  NvBufSurfaceLayout layout;
  uint64_t bufferDesc;
  uint32_t dataSize;
  void *dataPtr;
  NvBufSurfacePlaneParams planeParams;
  NvBufSurfaceMappedAddr mappedAddr;
  NvBufSurfaceParamsEx *paramex;
  void *_reserved[STRUCTURE_PADDING - 1];
};
#elif NVDS_VERSION_MAJOR >= 8
struct NvBufSurfaceParams {
  uint32_t width;
  uint32_t height;
  uint32_t pitch;
  NvBufSurfaceColorFormat colorFormat;
  NvBufSurfaceLayout layout;
  uint64_t bufferDesc;
  uint32_t dataSize;
  void *dataPtr;
  NvBufSurfacePlaneParams planeParams;
  NvBufSurfaceMappedAddr mappedAddr;
  NvBufSurfaceParamsEx *paramex;
  NvBufSurfaceCudaBuffer *cudaBuffer;
  void *_reserved[STRUCTURE_PADDING];
};
#endif
#if NVDS_VERSION_MAJOR < 8
struct NvBufSurfacePlaneParamsEx {
  NvBufSurfaceDisplayScanFormat scanformat[NVBUF_MAX_PLANES];
  uint32_t secondfieldoffset[NVBUF_MAX_PLANES];
  uint32_t blockheightlog2[NVBUF_MAX_PLANES];
  uint32_t physicaladdress[NVBUF_MAX_PLANES];
  uint64_t flags[NVBUF_MAX_PLANES];
  uint64_t drmModifier[NVBUF_MAX_PLANES];
  void *_reserved[( STRUCTURE_PADDING - 1 ) * NVBUF_MAX_PLANES];
};
#elif NVDS_VERSION_MAJOR >= 8
struct NvBufSurfacePlaneParamsEx {
  NvBufSurfaceDisplayScanFormat scanformat[NVBUF_MAX_PLANES];
  uint32_t secondfieldoffset[NVBUF_MAX_PLANES];
  uint32_t blockheightlog2[NVBUF_MAX_PLANES];
  uint32_t physicaladdress[NVBUF_MAX_PLANES];
  uint64_t flags[NVBUF_MAX_PLANES];
  uint64_t drmModifier[NVBUF_MAX_PLANES];
  void *_reserved[STRUCTURE_PADDING * NVBUF_MAX_PLANES];
};
#endif
struct NvBufSurfaceParamsEx {
  int32_t startofvaliddata;
  int32_t sizeofvaliddatainbytes;
  NvBufSurfaceChromaSubsamplingParams chromaSubsampling;
  bool is_protected;
  NvBufSurfacePlaneParamsEx planeParamsex;
  void *_reserved[STRUCTURE_PADDING];
};

#define NVBUFSURFACE_CHROMA_SUBSAMPLING_PARAMS_DEFAULT { NVBUFSURFACE_CHROMA_SUBSAMPLING_HORIZ_DEFAULT, NVBUFSURFACE_CHROMA_SUBSAMPLING_VERT_DEFAULT }

int NvBufSurface2Raw(NvBufSurface *Surf, unsigned int index, unsigned int plane, unsigned int out_width, unsigned int out_height, unsigned char *ptr);
int NvBufSurfaceAllocate(NvBufSurface **surf, uint32_t batchSize, NvBufSurfaceAllocateParams *paramsext);
int NvBufSurfaceCopy(NvBufSurface *srcSurf, NvBufSurface *dstSurf);
int NvBufSurfaceCreate(NvBufSurface **surf, uint32_t batchSize, NvBufSurfaceCreateParams *params);
int NvBufSurfaceDestroy(NvBufSurface *surf);
int NvBufSurfaceFromFd(int dmabuf_fd, void **buffer);
#if NVDS_VERSION_MAJOR >= 8
int NvBufSurfaceGetDeviceInfo(NvBufSurfaceDeviceInfo *info);
#endif
int NvBufSurfaceGetMapParams(const NvBufSurface *surf, int index, NvBufSurfaceMapParams *params);
int NvBufSurfaceImport(NvBufSurface **out_nvbuf_surf, const NvBufSurfaceMapParams *in_params);
int NvBufSurfaceMap(NvBufSurface *surf, int index, int plane, NvBufSurfaceMemMapFlags type);
#if NVDS_VERSION_MAJOR >= 8
int NvBufSurfaceMapCudaBuffer(NvBufSurface *surf, int index);
#endif
int NvBufSurfaceMapEglImage(NvBufSurface *surf, int index);
#if NVDS_VERSION_MAJOR >= 8
int NvBufSurfaceMapNvmmBuffer(NvBufSurface *surf, int index);
#endif
int NvBufSurfaceMemSet(NvBufSurface *surf, int index, int plane, uint8_t value);
int NvBufSurfaceSyncForCpu(NvBufSurface *surf, int index, int plane);
int NvBufSurfaceSyncForDevice(NvBufSurface *surf, int index, int plane);
#if NVDS_VERSION_MAJOR >= 9
int NvBufSurfaceSyncGpuL2CacheForDevice(NvBufSurface *surf, int index, NvBufSurfaceGPUL2SyncParams *params);
#endif
int NvBufSurfaceUnMap(NvBufSurface *surf, int index, int plane);
#if NVDS_VERSION_MAJOR >= 8
int NvBufSurfaceUnMapCudaBuffer(NvBufSurface *surf, int index);
#endif
int NvBufSurfaceUnMapEglImage(NvBufSurface *surf, int index);
#if NVDS_VERSION_MAJOR >= 8
int NvBufSurfaceUnMapNvmmBuffer(NvBufSurface *surf, int index);
#endif
int Raw2NvBufSurface(unsigned char *ptr, unsigned int index, unsigned int plane, unsigned int in_width, unsigned int in_height, NvBufSurface *Surf);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVBUFSURFACE_H */
