//go:build !deepstream

/* objenc_pixels.c: the embedded object encoder's pixel work: cutting a
 * crop out of an NvBufSurface frame into a packed RGB, YCbCr or grey
 * buffer, and bilinear scaling.
 *
 * The frame is read through the public API only, as a separate
 * libnvds_batch_jpegenc must: NvBufSurfaceMap where the memory type maps
 * for the CPU, otherwise NvBufSurface2Raw of the planes' top-left corner
 * (CUDA device memory, which the SDK's encoder reads directly). */
#include <stdlib.h>
#include <string.h>

#include "objenc_internal.h"

/* How a colour format's pixels are laid out. */
typedef enum { PIX_PACKED_RGB, PIX_GRAY, PIX_SEMI_PLANAR, PIX_PLANAR } PixKind;

typedef struct {
    PixKind kind;
    int bpp;          /* bytes per pixel of plane 0 (packed RGB) */
    int r, g, b;      /* channel offsets (packed RGB) */
    int u_first;      /* semi-planar: U before V; planar: plane 1 is U */
    int full_range;   /* YUV: already 0..255 (the _ER formats) */
} PixFormat;

static int pix_format(NvBufSurfaceColorFormat f, PixFormat *pf)
{
    memset(pf, 0, sizeof *pf);
    switch (f) {
    case NVBUF_COLOR_FORMAT_RGBA: case NVBUF_COLOR_FORMAT_RGBx:
        *pf = (PixFormat){PIX_PACKED_RGB, 4, 0, 1, 2, 0, 0}; return 0;
    case NVBUF_COLOR_FORMAT_BGRA: case NVBUF_COLOR_FORMAT_BGRx:
        *pf = (PixFormat){PIX_PACKED_RGB, 4, 2, 1, 0, 0, 0}; return 0;
    case NVBUF_COLOR_FORMAT_ARGB: case NVBUF_COLOR_FORMAT_xRGB:
        *pf = (PixFormat){PIX_PACKED_RGB, 4, 1, 2, 3, 0, 0}; return 0;
    case NVBUF_COLOR_FORMAT_ABGR: case NVBUF_COLOR_FORMAT_xBGR:
        *pf = (PixFormat){PIX_PACKED_RGB, 4, 3, 2, 1, 0, 0}; return 0;
    case NVBUF_COLOR_FORMAT_RGB:
        *pf = (PixFormat){PIX_PACKED_RGB, 3, 0, 1, 2, 0, 0}; return 0;
    case NVBUF_COLOR_FORMAT_BGR:
        *pf = (PixFormat){PIX_PACKED_RGB, 3, 2, 1, 0, 0, 0}; return 0;
    case NVBUF_COLOR_FORMAT_GRAY8:
        pf->kind = PIX_GRAY; return 0;
    case NVBUF_COLOR_FORMAT_NV12: case NVBUF_COLOR_FORMAT_NV12_709: case NVBUF_COLOR_FORMAT_NV12_2020:
        pf->kind = PIX_SEMI_PLANAR, pf->u_first = 1; return 0;
    case NVBUF_COLOR_FORMAT_NV12_ER: case NVBUF_COLOR_FORMAT_NV12_709_ER:
        pf->kind = PIX_SEMI_PLANAR, pf->u_first = 1, pf->full_range = 1; return 0;
    case NVBUF_COLOR_FORMAT_NV21:
        pf->kind = PIX_SEMI_PLANAR; return 0;
    case NVBUF_COLOR_FORMAT_NV21_ER:
        pf->kind = PIX_SEMI_PLANAR, pf->full_range = 1; return 0;
    case NVBUF_COLOR_FORMAT_YUV420: case NVBUF_COLOR_FORMAT_YUV420_709: case NVBUF_COLOR_FORMAT_YUV420_2020:
        pf->kind = PIX_PLANAR, pf->u_first = 1; return 0;
    case NVBUF_COLOR_FORMAT_YUV420_ER: case NVBUF_COLOR_FORMAT_YUV420_709_ER:
        pf->kind = PIX_PLANAR, pf->u_first = 1, pf->full_range = 1; return 0;
    case NVBUF_COLOR_FORMAT_YVU420:
        pf->kind = PIX_PLANAR; return 0;
    case NVBUF_COLOR_FORMAT_YVU420_ER:
        pf->kind = PIX_PLANAR, pf->full_range = 1; return 0;
    default:
        return -1;
    }
}

/* Studio-range luma (16..235) and chroma (16..240) to JFIF's full range. */
static uint8_t luma_full(uint8_t y)
{
    int v = ((int)y - 16) * 255 / 219;
    return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
}

static uint8_t chroma_full(uint8_t c)
{
    int v = ((int)c - 128) * 255 / 224 + 128;
    return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
}

/* The planes of one frame as CPU rows: mapped, or copied out. */
typedef struct {
    const uint8_t *base[NVBUF_MAX_PLANES];
    size_t pitch[NVBUF_MAX_PLANES];
    uint8_t *copies[NVBUF_MAX_PLANES];
    int mapped;
} Planes;

static void planes_release(NvBufSurface *surf, uint32_t index, Planes *pl)
{
    if (pl->mapped)
        NvBufSurfaceUnMap(surf, (int)index, -1);
    for (int p = 0; p < NVBUF_MAX_PLANES; p++)
        free(pl->copies[p]);
}

/* Gives CPU access to planes [0, n) of frame index, covering at least the
 * top-left x1 x y1 pixels of the frame (chroma planes subsampled). */
static int planes_get(NvBufSurface *surf, uint32_t index, uint32_t n, int x1, int y1, Planes *pl)
{
    memset(pl, 0, sizeof *pl);
    const NvBufSurfaceParams *fp = &surf->surfaceList[index];
    if (fp->planeParams.num_planes < n || fp->layout != NVBUF_LAYOUT_PITCH)
        return -1;
    if (NvBufSurfaceMap(surf, (int)index, -1, NVBUF_MAP_READ) == 0) {
        pl->mapped = 1;
        NvBufSurfaceSyncForCpu(surf, (int)index, -1);
        for (uint32_t p = 0; p < n; p++) {
            pl->base[p] = fp->mappedAddr.addr[p];
            pl->pitch[p] = fp->planeParams.pitch[p];
            if (!pl->base[p]) {
                planes_release(surf, index, pl);
                return -1;
            }
        }
        return 0;
    }
    for (uint32_t p = 0; p < n; p++) {
        uint32_t pw = fp->planeParams.width[p], ph = fp->planeParams.height[p];
        uint32_t bpp = fp->planeParams.bytesPerPix[p];
        /* plane p's share of the region: subsampled planes are smaller */
        uint32_t w = (uint32_t)(((uint64_t)x1 * pw + fp->width - 1) / fp->width);
        uint32_t h = (uint32_t)(((uint64_t)y1 * ph + fp->height - 1) / fp->height);
        w = w > pw ? pw : w ? w : 1;
        h = h > ph ? ph : h ? h : 1;
        pl->copies[p] = malloc((size_t)w * h * bpp);
        if (!pl->copies[p] || NvBufSurface2Raw(surf, index, p, w, h, pl->copies[p]) != 0) {
            planes_release(surf, index, pl);
            return -1;
        }
        pl->base[p] = pl->copies[p];
        pl->pitch[p] = (size_t)w * bpp;
    }
    return 0;
}

int objenc_extract(NvBufSurface *surf, uint32_t index, int x, int y, int w, int h, ObjencImage *img)
{
    PixFormat pf;
    const NvBufSurfaceParams *fp = &surf->surfaceList[index];
    if (pix_format(fp->colorFormat, &pf) != 0)
        return -1;
    uint32_t nplanes = pf.kind == PIX_SEMI_PLANAR ? 2 : pf.kind == PIX_PLANAR ? 3 : 1;
    Planes pl;
    if (planes_get(surf, index, nplanes, x + w, y + h, &pl) != 0)
        return -1;
    img->width = w, img->height = h;
    img->channels = pf.kind == PIX_GRAY ? 1 : 3;
    img->ycc = pf.kind == PIX_SEMI_PLANAR || pf.kind == PIX_PLANAR;
    img->pix = malloc((size_t)w * h * img->channels);
    if (!img->pix) {
        planes_release(surf, index, &pl);
        return -1;
    }
    for (int r = 0; r < h; r++) {
        uint8_t *dst = img->pix + (size_t)r * w * img->channels;
        const uint8_t *row = pl.base[0] + (size_t)(y + r) * pl.pitch[0];
        switch (pf.kind) {
        case PIX_PACKED_RGB: {
            const uint8_t *s = row + (size_t)x * pf.bpp;
            for (int c = 0; c < w; c++, s += pf.bpp, dst += 3)
                dst[0] = s[pf.r], dst[1] = s[pf.g], dst[2] = s[pf.b];
            break;
        }
        case PIX_GRAY:
            memcpy(dst, row + x, (size_t)w);
            break;
        case PIX_SEMI_PLANAR: {
            const uint8_t *uv = pl.base[1] + (size_t)((y + r) / 2) * pl.pitch[1];
            int ou = pf.u_first ? 0 : 1, ov = 1 - ou;
            for (int c = 0; c < w; c++, dst += 3) {
                const uint8_t *cc = uv + (size_t)((x + c) / 2) * 2;
                dst[0] = row[x + c], dst[1] = cc[ou], dst[2] = cc[ov];
            }
            break;
        }
        case PIX_PLANAR: {
            int pu = pf.u_first ? 1 : 2, pv = 3 - pu;
            const uint8_t *u = pl.base[pu] + (size_t)((y + r) / 2) * pl.pitch[pu];
            const uint8_t *v = pl.base[pv] + (size_t)((y + r) / 2) * pl.pitch[pv];
            for (int c = 0; c < w; c++, dst += 3)
                dst[0] = row[x + c], dst[1] = u[(x + c) / 2], dst[2] = v[(x + c) / 2];
            break;
        }
        }
    }
    planes_release(surf, index, &pl);
    if (img->ycc && !pf.full_range) {
        uint8_t *p = img->pix;
        for (size_t i = 0, n = (size_t)w * h; i < n; i++, p += 3)
            p[0] = luma_full(p[0]), p[1] = chroma_full(p[1]), p[2] = chroma_full(p[2]);
    }
    return 0;
}

/* Bilinear weights are 8-bit fixed point: 256 is 1. */
#define OBJENC_WEIGHT_ONE 256

/* The two source taps and the weight of the second for each of n output
 * positions along a side of src_n pixels: pixel centres map onto pixel
 * centres, taps clamp at the edges. */
static void scale_taps(int src_n, int n, int *t0, int *t1, int *wt)
{
    float step = (float)src_n / (float)n;
    for (int i = 0; i < n; i++) {
        float f = ((float)i + 0.5f) * step - 0.5f;
        f = f < 0 ? 0 : f;
        int a = (int)f;
        t0[i] = a;
        t1[i] = a + 1 < src_n ? a + 1 : a;
        wt[i] = (int)((f - (float)a) * OBJENC_WEIGHT_ONE + 0.5f);
    }
}

int objenc_scale(const ObjencImage *src, int w, int h, ObjencImage *dst)
{
    int ch = src->channels;
    *dst = (ObjencImage){malloc((size_t)w * h * ch), w, h, ch, src->ycc};
    int *taps = malloc(sizeof(int) * 3 * ((size_t)w + h));
    if (!dst->pix || !taps) {
        free(dst->pix);
        free(taps);
        dst->pix = NULL;
        return -1;
    }
    int *x0 = taps, *x1 = x0 + w, *wx = x1 + w;
    int *y0 = wx + w, *y1 = y0 + h, *wy = y1 + h;
    scale_taps(src->width, w, x0, x1, wx);
    scale_taps(src->height, h, y0, y1, wy);
    size_t src_stride = (size_t)src->width * ch;
    for (int r = 0; r < h; r++) {
        const uint8_t *row0 = src->pix + (size_t)y0[r] * src_stride;
        const uint8_t *row1 = src->pix + (size_t)y1[r] * src_stride;
        int b = wy[r], a = OBJENC_WEIGHT_ONE - b;
        uint8_t *d = dst->pix + (size_t)r * w * ch;
        for (int c = 0; c < w; c++) {
            const uint8_t *p00 = row0 + x0[c] * ch, *p01 = row0 + x1[c] * ch;
            const uint8_t *p10 = row1 + x0[c] * ch, *p11 = row1 + x1[c] * ch;
            int q = wx[c], p = OBJENC_WEIGHT_ONE - q;
            for (int k = 0; k < ch; k++) {
                int top = p00[k] * p + p01[k] * q;
                int bot = p10[k] * p + p11[k] * q;
                *d++ = (uint8_t)((top * a + bot * b + OBJENC_WEIGHT_ONE * OBJENC_WEIGHT_ONE / 2) >>
                                 16);
            }
        }
    }
    free(taps);
    return 0;
}
