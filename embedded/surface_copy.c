//go:build !deepstream

/* surface_copy.c: pixel transfers of the embedded runtime: NvBufSurfaceCopy,
 * NvBufSurfaceMemSet, NvBufSurface2Raw and Raw2NvBufSurface.
 *
 * As in the SDK these work on every memory type (CUDA_DEVICE included) and
 * need no CPU mapping. Rows are copied pixel bytes only, so surfaces whose
 * pitches differ (padded vs disablePitchPadding) copy correctly. */
#include <string.h>

#include "surface_internal.h"

/* Whether two surfaces have the same frame count and per-plane pixel
 * layout (pitches may differ). */
static int same_shape(const NvbsSurface *a, const NvbsSurface *b)
{
    if (a->batch != b->batch || a->geo.num_planes != b->geo.num_planes ||
        a->alloc_params.params.colorFormat != b->alloc_params.params.colorFormat)
        return 0;
    for (uint32_t p = 0; p < a->geo.num_planes; p++) {
        if (a->geo.width[p] != b->geo.width[p] || a->geo.height[p] != b->geo.height[p] ||
            a->geo.row_bytes[p] != b->geo.row_bytes[p])
            return 0;
    }
    return 1;
}

/* Copies `rows` rows of `row_bytes` between two pitched areas. */
static void copy_rows(uint8_t *dst, size_t dst_pitch, const uint8_t *src, size_t src_pitch,
                      size_t row_bytes, size_t rows)
{
    if (dst_pitch == src_pitch && row_bytes == src_pitch) {
        memcpy(dst, src, row_bytes * rows);
        return;
    }
    for (size_t r = 0; r < rows; r++)
        memcpy(dst + r * dst_pitch, src + r * src_pitch, row_bytes);
}

/* NvBufSurfaceCopy: copies every frame and plane of srcSurf into dstSurf.
 * Both must be surfaces of this runtime with the same batch size, colour
 * format and frame size; numFilled is not touched. -1 on any mismatch. */
int NvBufSurfaceCopy(NvBufSurface *srcSurf, NvBufSurface *dstSurf)
{
    NvbsSurface *src = nvbs_lookup(srcSurf);
    NvbsSurface *dst = nvbs_lookup(dstSurf);
    if (!src || !dst || !same_shape(src, dst))
        return -1;
    if (src == dst)
        return 0;
    for (uint32_t i = 0; i < src->batch; i++) {
        for (uint32_t p = 0; p < src->geo.num_planes; p++) {
            copy_rows(nvbs_plane(dst, i, p), dst->geo.pitch[p], nvbs_plane(src, i, p),
                      src->geo.pitch[p], src->geo.row_bytes[p], src->geo.height[p]);
        }
    }
    return 0;
}

/* NvBufSurfaceMemSet: fills frame `index`, plane `plane` (-1: all) with
 * value, padding included (the whole psize of each plane). */
int NvBufSurfaceMemSet(NvBufSurface *surf, int index, int plane, uint8_t value)
{
    NvbsSurface *s = nvbs_lookup(surf);
    uint32_t i0, i1, p0, p1;
    if (!s || nvbs_range(s, index, plane, &i0, &i1, &p0, &p1))
        return -1;
    for (uint32_t i = i0; i < i1; i++)
        for (uint32_t p = p0; p < p1; p++)
            memset(nvbs_plane(s, i, p), value, s->geo.psize[p]);
    return 0;
}

/* Checks a raw transfer: one existing frame and plane, a non-empty region
 * no larger than the plane (the top-left corner is transferred), and a
 * buffer pointer. Returns the surface or NULL. */
static NvbsSurface *check_raw(NvBufSurface *surf, unsigned int index, unsigned int plane,
                              unsigned int width, unsigned int height, const void *ptr)
{
    NvbsSurface *s = nvbs_lookup(surf);
    if (!s || !ptr || index >= s->batch || plane >= s->geo.num_planes)
        return NULL;
    if (width == 0 || height == 0 || width > s->geo.width[plane] || height > s->geo.height[plane])
        return NULL;
    return s;
}

/* NvBufSurface2Raw: copies the top-left out_width x out_height pixels of
 * one plane into ptr as tightly packed rows of out_width * bytesPerPix
 * bytes. ptr must hold out_height such rows. */
int NvBufSurface2Raw(NvBufSurface *Surf, unsigned int index, unsigned int plane,
                     unsigned int out_width, unsigned int out_height, unsigned char *ptr)
{
    NvbsSurface *s = check_raw(Surf, index, plane, out_width, out_height, ptr);
    if (!s)
        return -1;
    size_t row = (size_t)out_width * s->geo.bpp[plane];
    copy_rows(ptr, row, nvbs_plane(s, index, plane), s->geo.pitch[plane], row, out_height);
    return 0;
}

/* Raw2NvBufSurface: the reverse of NvBufSurface2Raw: tightly packed rows of
 * in_width * bytesPerPix bytes from ptr into the top-left corner of one
 * plane. */
int Raw2NvBufSurface(unsigned char *ptr, unsigned int index, unsigned int plane,
                     unsigned int in_width, unsigned int in_height, NvBufSurface *Surf)
{
    NvbsSurface *s = check_raw(Surf, index, plane, in_width, in_height, ptr);
    if (!s)
        return -1;
    size_t row = (size_t)in_width * s->geo.bpp[plane];
    copy_rows(nvbs_plane(s, index, plane), s->geo.pitch[plane], ptr, row, row, in_height);
    return 0;
}
