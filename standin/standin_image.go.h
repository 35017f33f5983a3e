/* standin_image.go.h: CPU pixels (image.c): a view of one video frame,
 * whatever holds it (an NvBufSurface frame or a mapped GstVideoFrame),
 * format conversion and scaling, and the bitmap font (font.c) nvdsosd
 * draws labels with. */
#ifndef GO_DEEPSTREAM_STANDIN_IMAGE_GO_H
#define GO_DEEPSTREAM_STANDIN_IMAGE_GO_H

#include <gst/gst.h>
#include <gst/video/video.h>

#include "nvbufsurface.h"

G_BEGIN_DECLS

typedef enum {
    GODS_STANDIN_FMT_UNKNOWN = 0,
    GODS_STANDIN_FMT_NV12,
    GODS_STANDIN_FMT_I420,
    GODS_STANDIN_FMT_RGBA,
    GODS_STANDIN_FMT_BGRA,
    GODS_STANDIN_FMT_RGBX,
    GODS_STANDIN_FMT_BGRX,
    GODS_STANDIN_FMT_RGB,
    GODS_STANDIN_FMT_BGR,
    GODS_STANDIN_FMT_GRAY8,
} GodsStandinFormat;

/* The formats, as a GStreamer caps list, that the converters handle. */
#define GODS_STANDIN_FORMATS "{ NV12, RGBA, I420, BGRA, RGBx, BGRx, RGB, BGR, GRAY8 }"

typedef struct {
    GodsStandinFormat format;
    int width, height;
    guint8 *plane[3];
    int stride[3];
} GodsStandinImage;

/* YUV <-> RGB matrix, in 1/4096 units, with the range of the YUV side. */
typedef struct {
    int yoff; /* 16 for limited range, 0 for full range */
    /* R = ry*(Y-yoff) + rv*(V-128); G = ry*(Y-yoff) - gu*(U-128) - gv*(V-128);
     * B = ry*(Y-yoff) + bu*(U-128) */
    int ry, rv, gu, gv, bu;
    /* Y = yoff + yr*R + yg*G + yb*B; U = 128 + ur*R + ug*G + ub*B;
     * V = 128 + vr*R + vg*G + vb*B */
    int yr, yg, yb, ur, ug, ub, vr, vg, vb;
} GodsStandinMatrix;

typedef struct {
    int x, y, width, height; /* width or height 0: the whole frame */
} GodsStandinRect;

GodsStandinFormat gods_standin_format_from_video(GstVideoFormat f);
GodsStandinFormat gods_standin_format_from_surface(NvBufSurfaceColorFormat f);
gboolean gods_standin_format_is_yuv(GodsStandinFormat f);

/* The colour matrix for colorimetry (BT.601 limited when unknown). */
void gods_standin_matrix_init(GodsStandinMatrix *m, const GstVideoColorimetry *c);

/* Describes frame index of surf; FALSE for formats not handled. */
gboolean gods_standin_image_from_surface(GodsStandinImage *img, NvBufSurface *surf, guint index);
/* Describes a mapped video frame; FALSE for formats not handled. */
gboolean gods_standin_image_from_frame(GodsStandinImage *img, GstVideoFrame *frame);

/* Nearest-neighbour scale of the src_crop part of src into the dst_crop
 * part of dst, converting the format (m describes the YUV side). Pixels of
 * dst outside dst_crop are left alone. */
void gods_standin_image_convert(const GodsStandinImage *src, const GodsStandinRect *src_crop, GodsStandinImage *dst,
                           const GodsStandinRect *dst_crop, const GodsStandinMatrix *m);

/* Reads pixel (x, y) of img as RGB. */
void gods_standin_image_rgb(const GodsStandinImage *img, const GodsStandinMatrix *m, int x, int y, guint8 rgb[3]);

/* Converts one YUV pixel to RGB with m. */
void gods_standin_yuv_to_rgb(const GodsStandinMatrix *m, int y, int u, int v, guint8 rgb[3]);

/* Fills img with black. */
void gods_standin_image_clear(GodsStandinImage *img);

/* The bitmap font (font.c): glyphs of GODS_STANDIN_FONT_W x GODS_STANDIN_FONT_H. */
#define GODS_STANDIN_FONT_W 5
#define GODS_STANDIN_FONT_H 7
/* The 7 rows of a glyph, bit 4 = leftmost column; '?' for characters
 * outside printable ASCII. */
const guint8 *gods_standin_font_glyph(unsigned char c);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_IMAGE_GO_H */
