//go:build !deepstream

/* surface_format.c: colour formats and frame layout (planes, pitch, sizes)
 * of the embedded NvBufSurface runtime. */
#include <string.h>

#include "surface_internal.h"

/* How one colour format is laid out in memory. Chroma planes are subsampled
 * by 2^wshift horizontally and 2^hshift vertically, rounding up so odd
 * sizes keep their last column and row. */
typedef struct {
    NvBufSurfaceColorFormat format;
    uint8_t planes;
    uint8_t bpp[3];    /* bytes per pixel of each plane */
    uint8_t wshift[3];
    uint8_t hshift[3];
    uint8_t pairs;     /* packed 4:2:2: a row holds whole pixel pairs */
    const char *gst;   /* GStreamer name of the layout, or NULL if none */
} FormatInfo;

#define PACKED(f, b, name) {f, 1, {b, 0, 0}, {0, 0, 0}, {0, 0, 0}, 0, name}
#define PAIRS(f, name) {f, 1, {2, 0, 0}, {0, 0, 0}, {0, 0, 0}, 1, name}
#define SEMI(f, by, bc, ws, hs, name) {f, 2, {by, bc, 0}, {0, ws, 0}, {0, hs, 0}, 0, name}
#define PLANAR(f, b, ws, hs, name) {f, 3, {b, b, b}, {0, ws, ws}, {0, hs, hs}, 0, name}

/* Supported formats. Variants that differ only in colorimetry (_ER, _709,
 * _2020) share the layout and GStreamer name of their base format, which is
 * listed first so that format_from_string returns the base. */
static const FormatInfo formats[] = {
    PACKED(NVBUF_COLOR_FORMAT_RGBA, 4, "RGBA"),
    PACKED(NVBUF_COLOR_FORMAT_BGRA, 4, "BGRA"),
    PACKED(NVBUF_COLOR_FORMAT_ARGB, 4, "ARGB"),
    PACKED(NVBUF_COLOR_FORMAT_ABGR, 4, "ABGR"),
    PACKED(NVBUF_COLOR_FORMAT_RGBx, 4, "RGBx"),
    PACKED(NVBUF_COLOR_FORMAT_BGRx, 4, "BGRx"),
    PACKED(NVBUF_COLOR_FORMAT_xRGB, 4, "xRGB"),
    PACKED(NVBUF_COLOR_FORMAT_xBGR, 4, "xBGR"),
    PACKED(NVBUF_COLOR_FORMAT_RGB, 3, "RGB"),
    PACKED(NVBUF_COLOR_FORMAT_BGR, 3, "BGR"),
    PACKED(NVBUF_COLOR_FORMAT_GRAY8, 1, "GRAY8"),
    PACKED(NVBUF_COLOR_FORMAT_GRAY8_ER, 1, "GRAY8"),
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
    PACKED(NVBUF_COLOR_FORMAT_GRAY16_LE, 2, "GRAY16_LE"),
#endif
    PACKED(NVBUF_COLOR_FORMAT_SIGNED_R16G16, 4, NULL),
    PACKED(NVBUF_COLOR_FORMAT_A32, 4, NULL),
    PACKED(NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_709, 4, NULL),
    PACKED(NVBUF_COLOR_FORMAT_RGBA_10_10_10_2_2020, 4, NULL),
    PACKED(NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_709, 4, NULL),
    PACKED(NVBUF_COLOR_FORMAT_BGRA_10_10_10_2_2020, 4, NULL),
#if NVDS_VERSION_MAJOR >= 8
    PACKED(NVBUF_COLOR_FORMAT_BGRA64_LE, 8, "BGRA64_LE"),
#endif

    PAIRS(NVBUF_COLOR_FORMAT_UYVY, "UYVY"),
    PAIRS(NVBUF_COLOR_FORMAT_UYVY_ER, "UYVY"),
    PAIRS(NVBUF_COLOR_FORMAT_UYVY_709, "UYVY"),
    PAIRS(NVBUF_COLOR_FORMAT_UYVY_709_ER, "UYVY"),
    PAIRS(NVBUF_COLOR_FORMAT_UYVY_2020, "UYVY"),
    PAIRS(NVBUF_COLOR_FORMAT_VYUY, "VYUY"),
    PAIRS(NVBUF_COLOR_FORMAT_VYUY_ER, "VYUY"),
    PAIRS(NVBUF_COLOR_FORMAT_YUYV, "YUY2"),
    PAIRS(NVBUF_COLOR_FORMAT_YUYV_ER, "YUY2"),
    PAIRS(NVBUF_COLOR_FORMAT_YVYU, "YVYU"),
    PAIRS(NVBUF_COLOR_FORMAT_YVYU_ER, "YVYU"),

    SEMI(NVBUF_COLOR_FORMAT_NV12, 1, 2, 1, 1, "NV12"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_ER, 1, 2, 1, 1, "NV12"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_709, 1, 2, 1, 1, "NV12"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_709_ER, 1, 2, 1, 1, "NV12"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_2020, 1, 2, 1, 1, "NV12"),
    SEMI(NVBUF_COLOR_FORMAT_NV21, 1, 2, 1, 1, "NV21"),
    SEMI(NVBUF_COLOR_FORMAT_NV21_ER, 1, 2, 1, 1, "NV21"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_10LE, 2, 4, 1, 1, "P010_10LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_10LE_ER, 2, 4, 1, 1, "P010_10LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_10LE_709, 2, 4, 1, 1, "P010_10LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_10LE_709_ER, 2, 4, 1, 1, "P010_10LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_10LE_2020, 2, 4, 1, 1, "P010_10LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_12LE, 2, 4, 1, 1, "P012_LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_12LE_ER, 2, 4, 1, 1, "P012_LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_12LE_709, 2, 4, 1, 1, "P012_LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_12LE_709_ER, 2, 4, 1, 1, "P012_LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV12_12LE_2020, 2, 4, 1, 1, "P012_LE"),
    SEMI(NVBUF_COLOR_FORMAT_NV21_10LE, 2, 4, 1, 1, NULL),
    SEMI(NVBUF_COLOR_FORMAT_NV21_12LE, 2, 4, 1, 1, NULL),
    SEMI(NVBUF_COLOR_FORMAT_NV16, 1, 2, 1, 0, "NV16"),
    SEMI(NVBUF_COLOR_FORMAT_NV16_ER, 1, 2, 1, 0, "NV16"),
    SEMI(NVBUF_COLOR_FORMAT_NV16_709, 1, 2, 1, 0, "NV16"),
    SEMI(NVBUF_COLOR_FORMAT_NV16_709_ER, 1, 2, 1, 0, "NV16"),
    SEMI(NVBUF_COLOR_FORMAT_NV16_10LE, 2, 4, 1, 0, NULL),
    SEMI(NVBUF_COLOR_FORMAT_NV24, 1, 2, 0, 0, "NV24"),
    SEMI(NVBUF_COLOR_FORMAT_NV24_ER, 1, 2, 0, 0, "NV24"),
    SEMI(NVBUF_COLOR_FORMAT_NV24_709, 1, 2, 0, 0, "NV24"),
    SEMI(NVBUF_COLOR_FORMAT_NV24_709_ER, 1, 2, 0, 0, "NV24"),
    SEMI(NVBUF_COLOR_FORMAT_NV24_10LE, 2, 4, 0, 0, NULL),
    SEMI(NVBUF_COLOR_FORMAT_NV24_10LE_709, 2, 4, 0, 0, NULL),
    SEMI(NVBUF_COLOR_FORMAT_NV24_10LE_709_ER, 2, 4, 0, 0, NULL),
    SEMI(NVBUF_COLOR_FORMAT_NV24_10LE_2020, 2, 4, 0, 0, NULL),
    SEMI(NVBUF_COLOR_FORMAT_NV24_12LE_2020, 2, 4, 0, 0, NULL),

    PLANAR(NVBUF_COLOR_FORMAT_YUV420, 1, 1, 1, "I420"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV420_ER, 1, 1, 1, "I420"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV420_709, 1, 1, 1, "I420"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV420_709_ER, 1, 1, 1, "I420"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV420_2020, 1, 1, 1, "I420"),
    PLANAR(NVBUF_COLOR_FORMAT_YVU420, 1, 1, 1, "YV12"),
    PLANAR(NVBUF_COLOR_FORMAT_YVU420_ER, 1, 1, 1, "YV12"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV422, 1, 1, 0, "Y42B"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV444, 1, 0, 0, "Y444"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV444_ER, 1, 0, 0, "Y444"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV444_709, 1, 0, 0, "Y444"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV444_709_ER, 1, 0, 0, "Y444"),
    PLANAR(NVBUF_COLOR_FORMAT_YUV444_2020, 1, 0, 0, "Y444"),
    PLANAR(NVBUF_COLOR_FORMAT_R8_G8_B8, 1, 0, 0, "RGBP"),
    PLANAR(NVBUF_COLOR_FORMAT_B8_G8_R8, 1, 0, 0, "BGRP"),
    PLANAR(NVBUF_COLOR_FORMAT_R32F_G32F_B32F, 4, 0, 0, NULL),
    PLANAR(NVBUF_COLOR_FORMAT_B32F_G32F_R32F, 4, 0, 0, NULL),
};

/* Table entry of a format, or NULL when the runtime does not lay it out. */
static const FormatInfo *format_info(NvBufSurfaceColorFormat format)
{
    for (size_t i = 0; i < G_N_ELEMENTS(formats); i++)
        if (formats[i].format == format)
            return &formats[i];
    return NULL;
}

/* nvbs_geometry: plane layout of one width x height frame. Pitches are
 * rounded up to NVBUFSURFACE_EMBEDDED_ALIGN (so plane offsets are aligned
 * too) unless no_padding asks for tightly packed rows. Fails on unknown
 * formats, zero sizes, and frames that overflow the 32-bit size fields. */
int nvbs_geometry(NvBufSurfaceColorFormat format, uint32_t width, uint32_t height,
                  int no_padding, NvbsGeometry *geo)
{
    const FormatInfo *f = format_info(format);
    if (!f || !geo || width == 0 || height == 0)
        return -1;
    memset(geo, 0, sizeof *geo);
    geo->num_planes = f->planes;
    uint64_t offset = 0;
    for (uint32_t p = 0; p < f->planes; p++) {
        uint64_t w = ((uint64_t)width + (1u << f->wshift[p]) - 1) >> f->wshift[p];
        uint64_t h = ((uint64_t)height + (1u << f->hshift[p]) - 1) >> f->hshift[p];
        uint64_t row = (f->pairs ? nvbs_align_up(w, 2) : w) * f->bpp[p];
        uint64_t pitch = no_padding ? row : nvbs_align_up(row, NVBS_ALIGN);
        uint64_t psize = pitch * h;
        if (pitch > UINT32_MAX || psize > UINT32_MAX || offset + psize > UINT32_MAX)
            return -1;
        geo->width[p] = (uint32_t)w;
        geo->height[p] = (uint32_t)h;
        geo->bpp[p] = f->bpp[p];
        geo->row_bytes[p] = (uint32_t)row;
        geo->pitch[p] = (uint32_t)pitch;
        geo->psize[p] = (uint32_t)psize;
        geo->offset[p] = (uint32_t)offset;
        offset += psize;
    }
    geo->data_size = (uint32_t)offset;
    return 0;
}

/* nvbs_geometry_raw: a size-only allocation, described as one plane of
 * `size` one-byte pixels in a single row so that map, memset and copy treat
 * it like any other surface. */
void nvbs_geometry_raw(uint32_t size, NvbsGeometry *geo)
{
    memset(geo, 0, sizeof *geo);
    geo->num_planes = 1;
    geo->width[0] = size;
    geo->height[0] = 1;
    geo->pitch[0] = size;
    geo->psize[0] = size;
    geo->bpp[0] = 1;
    geo->row_bytes[0] = size;
    geo->data_size = size;
}

/* nvbs_plan: validates create params and computes the frame layout and the
 * effective memory type. Mimics the dGPU SDK: DEFAULT means CUDA_DEVICE;
 * the Jetson-only types (SURFACE_ARRAY, HANDLE) and CUDA_ARRAY are refused,
 * and so is block-linear layout. A non-zero size with no colour format gives
 * a raw allocation of that size; with a colour format it is a minimum frame
 * size. */
int nvbs_plan(const NvBufSurfaceCreateParams *params, int no_padding, NvbsGeometry *geo,
              NvBufSurfaceMemType *mem_type)
{
    if (!params || !geo)
        return -1;
    if (params->layout != NVBUF_LAYOUT_PITCH)
        return -1;
    NvBufSurfaceMemType mt;
    switch (params->memType) {
    case NVBUF_MEM_DEFAULT:
        mt = NVBUF_MEM_CUDA_DEVICE;
        break;
    case NVBUF_MEM_CUDA_PINNED:
    case NVBUF_MEM_CUDA_DEVICE:
    case NVBUF_MEM_CUDA_UNIFIED:
    case NVBUF_MEM_SYSTEM:
        mt = params->memType;
        break;
    default:
        return -1;
    }
    if (params->colorFormat == NVBUF_COLOR_FORMAT_INVALID) {
        if (params->size == 0)
            return -1;
        nvbs_geometry_raw(params->size, geo);
    } else {
        if (nvbs_geometry(params->colorFormat, params->width, params->height, no_padding, geo))
            return -1;
        if (params->size > geo->data_size)
            geo->data_size = params->size;
    }
    if (mem_type)
        *mem_type = mt;
    return 0;
}

/* nvbufsurface_embedded_check_params: dry run of NvBufSurfaceCreate's
 * validation, for callers (the buffer pool) that must reject a
 * configuration before allocating anything. */
int nvbufsurface_embedded_check_params(const NvBufSurfaceCreateParams *params)
{
    NvbsGeometry geo;
    return nvbs_plan(params, 0, &geo, NULL);
}

/* nvbufsurface_embedded_format_from_string: GStreamer format name to the
 * base colour format (BT.601, limited range, as the SDK's elements map it). */
NvBufSurfaceColorFormat nvbufsurface_embedded_format_from_string(const char *format)
{
    if (!format)
        return NVBUF_COLOR_FORMAT_INVALID;
    for (size_t i = 0; i < G_N_ELEMENTS(formats); i++)
        if (formats[i].gst && strcmp(formats[i].gst, format) == 0)
            return formats[i].format;
    return NVBUF_COLOR_FORMAT_INVALID;
}

/* nvbufsurface_embedded_format_to_string: colour format to the GStreamer
 * name of its layout; colorimetry variants share their base's name. */
const char *nvbufsurface_embedded_format_to_string(NvBufSurfaceColorFormat format)
{
    const FormatInfo *f = format_info(format);
    return f ? f->gst : NULL;
}
