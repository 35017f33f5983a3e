//go:build !deepstream

/* image.c: CPU views of video frames and the one scaler/converter that
 * nvv4l2decoder, nvvideoconvert and nvstreammux share: nearest-neighbour
 * scaling with YUV <-> RGB conversion in 12-bit fixed point. */
#include <string.h>

#include "nvbufsurface_embedded.h"
#include "standin_image.go.h"

GodsStandinFormat gods_standin_format_from_video(GstVideoFormat f)
{
    switch (f) {
    case GST_VIDEO_FORMAT_NV12: return GODS_STANDIN_FMT_NV12;
    case GST_VIDEO_FORMAT_I420: return GODS_STANDIN_FMT_I420;
    case GST_VIDEO_FORMAT_RGBA: return GODS_STANDIN_FMT_RGBA;
    case GST_VIDEO_FORMAT_BGRA: return GODS_STANDIN_FMT_BGRA;
    case GST_VIDEO_FORMAT_RGBx: return GODS_STANDIN_FMT_RGBX;
    case GST_VIDEO_FORMAT_BGRx: return GODS_STANDIN_FMT_BGRX;
    case GST_VIDEO_FORMAT_RGB: return GODS_STANDIN_FMT_RGB;
    case GST_VIDEO_FORMAT_BGR: return GODS_STANDIN_FMT_BGR;
    case GST_VIDEO_FORMAT_GRAY8: return GODS_STANDIN_FMT_GRAY8;
    default: return GODS_STANDIN_FMT_UNKNOWN;
    }
}

GodsStandinFormat gods_standin_format_from_surface(NvBufSurfaceColorFormat f)
{
    const char *name = nvbufsurface_embedded_format_to_string(f);
    if (!name)
        return GODS_STANDIN_FMT_UNKNOWN;
    return gods_standin_format_from_video(gst_video_format_from_string(name));
}

gboolean gods_standin_format_is_yuv(GodsStandinFormat f)
{
    return f == GODS_STANDIN_FMT_NV12 || f == GODS_STANDIN_FMT_I420 || f == GODS_STANDIN_FMT_GRAY8;
}

static int fix12(double v)
{
    return (int)(v * 4096.0 + (v < 0 ? -0.5 : 0.5));
}

void gods_standin_matrix_init(GodsStandinMatrix *m, const GstVideoColorimetry *c)
{
    gdouble kr = 0.299, kb = 0.114;
    gboolean full = FALSE;
    if (c) {
        if (c->matrix != GST_VIDEO_COLOR_MATRIX_UNKNOWN && c->matrix != GST_VIDEO_COLOR_MATRIX_RGB)
            gst_video_color_matrix_get_Kr_Kb(c->matrix, &kr, &kb);
        full = c->range == GST_VIDEO_COLOR_RANGE_0_255;
    }
    double kg = 1.0 - kr - kb;
    double ys = full ? 1.0 : 255.0 / 219.0; /* Y range to full */
    double cs = full ? 1.0 : 255.0 / 224.0; /* chroma range to full */
    m->yoff = full ? 0 : 16;
    m->ry = fix12(ys);
    m->rv = fix12(2.0 * (1.0 - kr) * cs);
    m->gu = fix12(2.0 * kb * (1.0 - kb) / kg * cs);
    m->gv = fix12(2.0 * kr * (1.0 - kr) / kg * cs);
    m->bu = fix12(2.0 * (1.0 - kb) * cs);
    double yi = 1.0 / ys, ci = 1.0 / cs;
    m->yr = fix12(kr * yi);
    m->yg = fix12(kg * yi);
    m->yb = fix12(kb * yi);
    double su = ci / (2.0 * (1.0 - kb)), sv = ci / (2.0 * (1.0 - kr));
    m->ur = fix12(-kr * su);
    m->ug = fix12(-kg * su);
    m->ub = fix12((1.0 - kb) * su);
    m->vr = fix12((1.0 - kr) * sv);
    m->vg = fix12(-kg * sv);
    m->vb = fix12(-kb * sv);
}

static gboolean image_planes(GodsStandinImage *img, guint8 *base[3], const int stride[3])
{
    int n = 1;
    if (img->format == GODS_STANDIN_FMT_NV12)
        n = 2;
    else if (img->format == GODS_STANDIN_FMT_I420)
        n = 3;
    for (int p = 0; p < 3; p++) {
        img->plane[p] = p < n ? base[p] : NULL;
        img->stride[p] = p < n ? stride[p] : 0;
        if (p < n && !base[p])
            return FALSE;
    }
    return TRUE;
}

gboolean gods_standin_image_from_surface(GodsStandinImage *img, NvBufSurface *surf, guint index)
{
    memset(img, 0, sizeof(*img));
    if (!surf || index >= surf->batchSize)
        return FALSE;
    NvBufSurfaceParams *sp = &surf->surfaceList[index];
    img->format = gods_standin_format_from_surface(sp->colorFormat);
    if (img->format == GODS_STANDIN_FMT_UNKNOWN || !sp->dataPtr)
        return FALSE;
    img->width = (int)sp->width;
    img->height = (int)sp->height;
    guint8 *base[3] = {NULL, NULL, NULL};
    int stride[3] = {0, 0, 0};
    for (guint p = 0; p < sp->planeParams.num_planes && p < 3; p++) {
        base[p] = (guint8 *)sp->dataPtr + sp->planeParams.offset[p];
        stride[p] = (int)sp->planeParams.pitch[p];
    }
    return image_planes(img, base, stride);
}

gboolean gods_standin_image_from_frame(GodsStandinImage *img, GstVideoFrame *frame)
{
    memset(img, 0, sizeof(*img));
    img->format = gods_standin_format_from_video(GST_VIDEO_FRAME_FORMAT(frame));
    if (img->format == GODS_STANDIN_FMT_UNKNOWN)
        return FALSE;
    img->width = GST_VIDEO_FRAME_WIDTH(frame);
    img->height = GST_VIDEO_FRAME_HEIGHT(frame);
    guint8 *base[3] = {NULL, NULL, NULL};
    int stride[3] = {0, 0, 0};
    for (guint p = 0; p < GST_VIDEO_FRAME_N_PLANES(frame) && p < 3; p++) {
        base[p] = GST_VIDEO_FRAME_PLANE_DATA(frame, p);
        stride[p] = GST_VIDEO_FRAME_PLANE_STRIDE(frame, p);
    }
    return image_planes(img, base, stride);
}

/* Byte offsets of R, G, B and alpha (-1: none) in a packed RGB pixel, and
 * its size. */
static void rgb_layout(GodsStandinFormat f, int *r, int *g, int *b, int *a, int *size)
{
    *a = -1;
    *size = 4;
    switch (f) {
    case GODS_STANDIN_FMT_RGBA: *r = 0; *g = 1; *b = 2; *a = 3; break;
    case GODS_STANDIN_FMT_BGRA: *r = 2; *g = 1; *b = 0; *a = 3; break;
    case GODS_STANDIN_FMT_RGBX: *r = 0; *g = 1; *b = 2; break;
    case GODS_STANDIN_FMT_BGRX: *r = 2; *g = 1; *b = 0; break;
    case GODS_STANDIN_FMT_RGB: *r = 0; *g = 1; *b = 2; *size = 3; break;
    default: *r = 2; *g = 1; *b = 0; *size = 3; break; /* BGR */
    }
}

static inline guint8 clamp8(int v)
{
    return v < 0 ? 0 : v > 255 ? 255 : (guint8)v;
}

static inline void yuv_to_rgb(const GodsStandinMatrix *m, int y, int u, int v, guint8 *o)
{
    int yy = m->ry * (y - m->yoff) + 2048;
    u -= 128;
    v -= 128;
    o[0] = clamp8((yy + m->rv * v) >> 12);
    o[1] = clamp8((yy - m->gu * u - m->gv * v) >> 12);
    o[2] = clamp8((yy + m->bu * u) >> 12);
}

void gods_standin_yuv_to_rgb(const GodsStandinMatrix *m, int y, int u, int v, guint8 rgb[3])
{
    yuv_to_rgb(m, y, u, v, rgb);
}

static inline void rgb_to_yuv(const GodsStandinMatrix *m, int r, int g, int b, guint8 *o)
{
    o[0] = clamp8(m->yoff + ((m->yr * r + m->yg * g + m->yb * b + 2048) >> 12));
    o[1] = clamp8(128 + ((m->ur * r + m->ug * g + m->ub * b + 2048) >> 12));
    o[2] = clamp8(128 + ((m->vr * r + m->vg * g + m->vb * b + 2048) >> 12));
}

/* Reads pixel (x, y) in the image's own family: Y, U, V for YUV formats,
 * R, G, B for RGB ones; alpha in px[3]. */
static inline void read_native(const GodsStandinImage *img, int x, int y, guint8 px[4])
{
    px[3] = 255;
    switch (img->format) {
    case GODS_STANDIN_FMT_NV12: {
        const guint8 *c = img->plane[1] + (y / 2) * img->stride[1] + (x / 2) * 2;
        px[0] = img->plane[0][y * img->stride[0] + x];
        px[1] = c[0];
        px[2] = c[1];
        return;
    }
    case GODS_STANDIN_FMT_I420:
        px[0] = img->plane[0][y * img->stride[0] + x];
        px[1] = img->plane[1][(y / 2) * img->stride[1] + x / 2];
        px[2] = img->plane[2][(y / 2) * img->stride[2] + x / 2];
        return;
    case GODS_STANDIN_FMT_GRAY8:
        px[0] = img->plane[0][y * img->stride[0] + x];
        px[1] = px[2] = 128;
        return;
    default: {
        int r, g, b, a, size;
        rgb_layout(img->format, &r, &g, &b, &a, &size);
        const guint8 *p = img->plane[0] + y * img->stride[0] + x * size;
        px[0] = p[r];
        px[1] = p[g];
        px[2] = p[b];
        if (a >= 0)
            px[3] = p[a];
        return;
    }
    }
}

/* Writes pixel (x, y) given in the image's own family. Chroma of
 * subsampled formats is written at even x and y only. */
static inline void write_native(GodsStandinImage *img, int x, int y, const guint8 px[4])
{
    switch (img->format) {
    case GODS_STANDIN_FMT_NV12:
        img->plane[0][y * img->stride[0] + x] = px[0];
        if (!(x & 1) && !(y & 1)) {
            guint8 *c = img->plane[1] + (y / 2) * img->stride[1] + x;
            c[0] = px[1];
            c[1] = px[2];
        }
        return;
    case GODS_STANDIN_FMT_I420:
        img->plane[0][y * img->stride[0] + x] = px[0];
        if (!(x & 1) && !(y & 1)) {
            img->plane[1][(y / 2) * img->stride[1] + x / 2] = px[1];
            img->plane[2][(y / 2) * img->stride[2] + x / 2] = px[2];
        }
        return;
    case GODS_STANDIN_FMT_GRAY8:
        img->plane[0][y * img->stride[0] + x] = px[0];
        return;
    default: {
        int r, g, b, a, size;
        rgb_layout(img->format, &r, &g, &b, &a, &size);
        guint8 *p = img->plane[0] + y * img->stride[0] + x * size;
        p[r] = px[0];
        p[g] = px[1];
        p[b] = px[2];
        if (size == 4)
            p[a >= 0 ? a : 6 - r - g - b] = a >= 0 ? px[3] : 255;
        return;
    }
    }
}

void gods_standin_image_rgb(const GodsStandinImage *img, const GodsStandinMatrix *m, int x, int y, guint8 rgb[3])
{
    guint8 px[4];
    read_native(img, x, y, px);
    if (gods_standin_format_is_yuv(img->format))
        yuv_to_rgb(m, px[0], px[1], px[2], rgb);
    else
        memcpy(rgb, px, 3);
}

static void clip_rect(const GodsStandinImage *img, const GodsStandinRect *in, GodsStandinRect *out)
{
    GodsStandinRect r = {0, 0, img->width, img->height};
    if (in && in->width > 0 && in->height > 0)
        r = *in;
    if (r.x < 0) {
        r.width += r.x;
        r.x = 0;
    }
    if (r.y < 0) {
        r.height += r.y;
        r.y = 0;
    }
    if (r.x + r.width > img->width)
        r.width = img->width - r.x;
    if (r.y + r.height > img->height)
        r.height = img->height - r.y;
    if (r.width < 0)
        r.width = 0;
    if (r.height < 0)
        r.height = 0;
    *out = r;
}

static inline gboolean is420(GodsStandinFormat f)
{
    return f == GODS_STANDIN_FMT_NV12 || f == GODS_STANDIN_FMT_I420;
}

/* U and V of chroma sample (cx, cy) of a 4:2:0 image. */
static inline void chroma420(const GodsStandinImage *img, int cx, int cy, guint8 *u, guint8 *v)
{
    if (img->format == GODS_STANDIN_FMT_NV12) {
        const guint8 *c = img->plane[1] + cy * img->stride[1] + cx * 2;
        *u = c[0];
        *v = c[1];
    } else {
        *u = img->plane[1][cy * img->stride[1] + cx];
        *v = img->plane[2][cy * img->stride[2] + cx];
    }
}

/* The source line of destination line y. */
static inline int src_line(const GodsStandinRect *s, const GodsStandinRect *d, int y)
{
    return s->y + (int)(((gint64)(2 * y + 1) * s->height) / (2 * d->height));
}

/* 4:2:0 to 4:2:0: luma rows copied (or sampled through xmap), chroma
 * written on even lines from the source chroma line of the line. */
static void convert_420(const GodsStandinImage *src, const GodsStandinRect *s, GodsStandinImage *dst, const GodsStandinRect *d,
                        const int *xmap)
{
    /* An unscaled row is a copy; so is an NV12 chroma row when both
     * crops start on an even column. */
    gboolean copy_x = s->width == d->width;
    gboolean copy_uv = copy_x && src->format == dst->format && !(s->x & 1) && !(d->x & 1);
    for (int y = 0; y < d->height; y++) {
        int sy = src_line(s, d, y), oy = d->y + y;
        const guint8 *ys = src->plane[0] + (gsize)sy * src->stride[0];
        guint8 *yd = dst->plane[0] + (gsize)oy * dst->stride[0] + d->x;
        if (copy_x) {
            memcpy(yd, ys + s->x, (gsize)d->width);
        } else {
            for (int x = 0; x < d->width; x++)
                yd[x] = ys[xmap[x]];
        }
        if (oy & 1)
            continue;
        if (copy_uv) {
            if (dst->format == GODS_STANDIN_FMT_NV12) {
                memcpy(dst->plane[1] + (gsize)(oy / 2) * dst->stride[1] + d->x,
                       src->plane[1] + (gsize)(sy / 2) * src->stride[1] + s->x, (gsize)((d->width + 1) & ~1));
            } else {
                for (int p = 1; p < 3; p++)
                    memcpy(dst->plane[p] + (gsize)(oy / 2) * dst->stride[p] + d->x / 2,
                           src->plane[p] + (gsize)(sy / 2) * src->stride[p] + s->x / 2, (gsize)(d->width + 1) / 2);
            }
            continue;
        }
        gboolean snv12 = src->format == GODS_STANDIN_FMT_NV12, dnv12 = dst->format == GODS_STANDIN_FMT_NV12;
        const guint8 *c1 = src->plane[1] + (gsize)(sy / 2) * src->stride[1];
        const guint8 *c2 = snv12 ? NULL : src->plane[2] + (gsize)(sy / 2) * src->stride[2];
        guint8 *o1 = dst->plane[1] + (gsize)(oy / 2) * dst->stride[1];
        guint8 *o2 = dnv12 ? NULL : dst->plane[2] + (gsize)(oy / 2) * dst->stride[2];
        for (int x = (d->x & 1); x < d->width; x += 2) {
            int sx = xmap[x] / 2, cx = (d->x + x) / 2;
            guint8 u = snv12 ? c1[2 * sx] : c1[sx], v = snv12 ? c1[2 * sx + 1] : c2[sx];
            if (dnv12) {
                o1[2 * cx] = u;
                o1[2 * cx + 1] = v;
            } else {
                o1[cx] = u;
                o2[cx] = v;
            }
        }
    }
}

/* One row of 4:2:0 to packed 4-byte RGB; the shifts place R, G, B and
 * alpha in a little-endian word. Inlined with constant shifts for RGBA. */
static inline __attribute__((always_inline)) void row_420_rgb4(const GodsStandinMatrix *m, const guint8 *ys,
                                                               const guint8 *c1, const guint8 *c2, gboolean nv12,
                                                               guint8 *o, int n, const int *xmap, int x0, int sr,
                                                               int sg, int sb, guint32 alpha)
{
    const int ry = m->ry, yoff = m->yoff, rv = m->rv, gu = m->gu, gv = m->gv, bu = m->bu;
    int last = -1, tr = 0, tg = 0, tb = 0;
    for (int x = 0; x < n; x++, o += 4) {
        int sx = xmap ? xmap[x] : x0 + x, cx = sx >> 1;
        if (cx != last) {
            last = cx;
            int u = (nv12 ? c1[2 * cx] : c1[cx]) - 128, v = (nv12 ? c1[2 * cx + 1] : c2[cx]) - 128;
            tr = rv * v;
            tg = -gu * u - gv * v;
            tb = bu * u;
        }
        int yy = ry * (ys[sx] - yoff) + 2048;
        /* One word built in a register: byte stores into a local read
         * back as a word would stall store forwarding. */
        guint32 px = (guint32)clamp8((yy + tr) >> 12) << sr | (guint32)clamp8((yy + tg) >> 12) << sg |
                     (guint32)clamp8((yy + tb) >> 12) << sb | alpha;
        px = GUINT32_TO_LE(px);
        memcpy(o, &px, 4);
    }
}

/* One unscaled NV12 row to RGBA from an even column, two pixels per chroma
 * sample, written so that the compiler vectorizes it (AVX2 where the CPU
 * has it, picked at load time). */
__attribute__((optimize("O3"), target_clones("avx2", "default"))) static void
row_nv12_rgba(const GodsStandinMatrix *m, const guint8 *restrict ys, const guint8 *restrict uv, guint32 *restrict o,
              int pairs)
{
    const int ry = m->ry, yoff = m->yoff, rv = m->rv, gu = m->gu, gv = m->gv, bu = m->bu;
    for (int i = 0; i < pairs; i++) {
        int u = uv[2 * i] - 128, v = uv[2 * i + 1] - 128;
        int tr = rv * v, tg = -gu * u - gv * v, tb = bu * u;
        for (int k = 0; k < 2; k++) {
            int yy = ry * (ys[2 * i + k] - yoff) + 2048;
            int r = (yy + tr) >> 12, g = (yy + tg) >> 12, b = (yy + tb) >> 12;
            r = r < 0 ? 0 : r > 255 ? 255 : r;
            g = g < 0 ? 0 : g > 255 ? 255 : g;
            b = b < 0 ? 0 : b > 255 ? 255 : b;
            o[2 * i + k] = GUINT32_TO_LE((guint32)r | (guint32)g << 8 | (guint32)b << 16 | 0xff000000u);
        }
    }
}

/* 4:2:0 to packed 4-byte RGB: the chroma terms computed once per chroma
 * sample, a 32-bit store per pixel. */
static void convert_420_rgb4(const GodsStandinImage *src, const GodsStandinRect *s, GodsStandinImage *dst,
                             const GodsStandinRect *d, const GodsStandinMatrix *m, const int *xmap)
{
    int r, g, b, a, size;
    rgb_layout(dst->format, &r, &g, &b, &a, &size);
    int x4 = a >= 0 ? a : 6 - r - g - b;
    int sr = 8 * r, sg = 8 * g, sb = 8 * b;
    guint32 alpha = 255u << (8 * x4);
    gboolean nv12 = src->format == GODS_STANDIN_FMT_NV12;
    gboolean rgba = sr == 0 && sg == 8 && sb == 16;
    const int *map = s->width == d->width ? NULL : xmap;
    for (int y = 0; y < d->height; y++) {
        int sy = src_line(s, d, y);
        const guint8 *ys = src->plane[0] + (gsize)sy * src->stride[0];
        const guint8 *c1 = src->plane[1] + (gsize)(sy / 2) * src->stride[1];
        const guint8 *c2 = nv12 ? NULL : src->plane[2] + (gsize)(sy / 2) * src->stride[2];
        guint8 *o = dst->plane[0] + (gsize)(d->y + y) * dst->stride[0] + (gsize)d->x * 4;
        if (rgba && nv12 && !map && !(s->x & 1) && !((gsize)o & 3)) {
            int pairs = d->width / 2;
            row_nv12_rgba(m, ys + s->x, c1 + s->x, (guint32 *)(void *)o, pairs);
            if (d->width & 1)
                row_420_rgb4(m, ys, c1, NULL, TRUE, o + 8 * pairs, 1, NULL, s->x + 2 * pairs, 0, 8, 16, 0xff000000u);
        } else if (rgba && nv12 && !map)
            row_420_rgb4(m, ys, c1, NULL, TRUE, o, d->width, NULL, s->x, 0, 8, 16, 0xff000000u);
        else
            row_420_rgb4(m, ys, c1, c2, nv12, o, d->width, map, s->x, sr, sg, sb, alpha);
    }
}

/* The hot paths of the pipelines (decoder and muxer: 4:2:0 to 4:2:0;
 * nvvideoconvert before nvdsosd: 4:2:0 to RGBA) without the per-pixel
 * format dispatch of the general path. FALSE when not applicable. */
static gboolean convert_fast(const GodsStandinImage *src, const GodsStandinRect *s, GodsStandinImage *dst, const GodsStandinRect *d,
                             const GodsStandinMatrix *m, const int *xmap)
{
    if (!is420(src->format))
        return FALSE;
    if (is420(dst->format)) {
        convert_420(src, s, dst, d, xmap);
        return TRUE;
    }
    int r, g, b, a, size;
    if (gods_standin_format_is_yuv(dst->format))
        return FALSE;
    rgb_layout(dst->format, &r, &g, &b, &a, &size);
    if (size != 4)
        return FALSE;
    convert_420_rgb4(src, s, dst, d, m, xmap);
    return TRUE;
}

void gods_standin_image_convert(const GodsStandinImage *src, const GodsStandinRect *src_crop, GodsStandinImage *dst,
                           const GodsStandinRect *dst_crop, const GodsStandinMatrix *m)
{
    GodsStandinRect s, d;
    clip_rect(src, src_crop, &s);
    clip_rect(dst, dst_crop, &d);
    if (!s.width || !s.height || !d.width || !d.height)
        return;
    gboolean syuv = gods_standin_format_is_yuv(src->format), dyuv = gods_standin_format_is_yuv(dst->format);
    int *xmap = g_new(int, d.width);
    for (int x = 0; x < d.width; x++)
        xmap[x] = s.x + (int)(((gint64)(2 * x + 1) * s.width) / (2 * d.width));
    if (convert_fast(src, &s, dst, &d, m, xmap)) {
        g_free(xmap);
        return;
    }
    for (int y = 0; y < d.height; y++) {
        int sy = s.y + (int)(((gint64)(2 * y + 1) * s.height) / (2 * d.height));
        for (int x = 0; x < d.width; x++) {
            guint8 px[4], out[4];
            read_native(src, xmap[x], sy, px);
            if (syuv == dyuv) {
                memcpy(out, px, 4);
            } else if (syuv) {
                yuv_to_rgb(m, px[0], px[1], px[2], out);
                out[3] = 255;
            } else {
                rgb_to_yuv(m, px[0], px[1], px[2], out);
                out[3] = px[3];
            }
            write_native(dst, d.x + x, d.y + y, out);
        }
    }
    g_free(xmap);
}

void gods_standin_image_clear(GodsStandinImage *img)
{
    guint8 black[4] = {0, 0, 0, 255};
    if (gods_standin_format_is_yuv(img->format)) {
        black[0] = 16;
        black[1] = black[2] = 128;
    }
    for (int y = 0; y < img->height; y++)
        for (int x = 0; x < img->width; x++)
            write_native(img, x, y, black);
}
