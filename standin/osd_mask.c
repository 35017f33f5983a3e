//go:build !deepstream

/* osd_mask.c: nvdsosd's display-mask on the CPU: an object's instance mask
 * (NvOSD_MaskParams, mask cells over the object's rectangle) is scaled to
 * the rectangle and the pixels it covers are tinted with the object's
 * colour. */
#include <math.h>

#include "standin_mask.go.h"

/* The mask's score at rectangle pixel (x, y) of a w x h rectangle:
 * bilinear between the centres of the mask cells. */
static float score(const NvOSD_MaskParams *mp, int x, int y, int w, int h)
{
    int mw = (int)mp->width, mh = (int)mp->height;
    double fx = ((double)x + 0.5) * mw / w - 0.5, fy = ((double)y + 0.5) * mh / h - 0.5;
    fx = CLAMP(fx, 0.0, mw - 1.0);
    fy = CLAMP(fy, 0.0, mh - 1.0);
    int x0 = (int)fx, y0 = (int)fy, x1 = MIN(x0 + 1, mw - 1), y1 = MIN(y0 + 1, mh - 1);
    double ax = fx - x0, ay = fy - y0;
    const float *d = mp->data;
    double top = d[y0 * mw + x0] + (d[y0 * mw + x1] - d[y0 * mw + x0]) * ax;
    double bottom = d[y1 * mw + x0] + (d[y1 * mw + x1] - d[y1 * mw + x0]) * ax;
    return (float)(top + (bottom - top) * ay);
}

void gods_standin_osd_draw_mask(GodsStandinImage *img, const NvDsObjectMeta *om)
{
    const NvOSD_MaskParams *mp = &om->mask_params;
    /* A mask is drawn only when its data holds width x height floats:
     * size, when set, bounds what may be read. */
    guint64 cells = (guint64)mp->width * mp->height;
    if (!mp->data || !cells || (mp->size && mp->size < cells * sizeof(float)) || img->format != GODS_STANDIN_FMT_RGBA)
        return;
    const NvOSD_RectParams *r = &om->rect_params;
    int left = (int)lrintf(r->left), top = (int)lrintf(r->top);
    int w = (int)lrintf(r->width), h = (int)lrintf(r->height);
    if (w <= 0 || h <= 0)
        return;
    const NvOSD_ColorParams *c = &r->border_color;
    int cr = (int)CLAMP(c->red * 255.0 + 0.5, 0, 255), cg = (int)CLAMP(c->green * 255.0 + 0.5, 0, 255);
    int cb = (int)CLAMP(c->blue * 255.0 + 0.5, 0, 255);
    int a = (int)CLAMP(c->alpha * 128.0 + 0.5, 0, 128); /* half the colour's alpha, in 1/256 */
    if (a <= 0)
        return;
    for (int y = MAX(0, -top); y < h && top + y < img->height; y++) {
        guint8 *row = img->plane[0] + (gsize)(top + y) * img->stride[0];
        for (int x = MAX(0, -left); x < w && left + x < img->width; x++) {
            if (score(mp, x, y, w, h) <= mp->threshold)
                continue;
            guint8 *px = row + (gsize)(left + x) * 4;
            px[0] = (guint8)((cr * a + px[0] * (256 - a)) >> 8);
            px[1] = (guint8)((cg * a + px[1] * (256 - a)) >> 8);
            px[2] = (guint8)((cb * a + px[2] * (256 - a)) >> 8);
        }
    }
}
