//go:build !deepstream

/* osd_mask.c: nvdsosd's display-mask on the CPU: an object's instance mask
 * (NvOSD_MaskParams, mask cells over the object's rectangle) is scaled to
 * the rectangle and the pixels it covers are tinted with the object's
 * colour. */
#include <math.h>

#include "standin_mask.go.h"

/* Where a rectangle pixel falls between mask cells along one axis:
 * bilinear weights between the centres of cells lo and hi (n cells over
 * len pixels). */
typedef struct {
    int lo, hi;
    float a; /* weight of hi */
} Tap;

static Tap tap(int i, int len, int n)
{
    double f = ((double)i + 0.5) * n / len - 0.5;
    f = CLAMP(f, 0.0, n - 1.0);
    Tap t = {(int)f, MIN((int)f + 1, n - 1), 0};
    t.a = (float)(f - t.lo);
    return t;
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
    int mw = (int)mp->width, mh = (int)mp->height;
    int x0 = MAX(0, -left), x1 = MIN(w, img->width - left);
    if (x1 <= x0)
        return;
    Tap *tx = g_new(Tap, x1 - x0);
    for (int x = x0; x < x1; x++)
        tx[x - x0] = tap(x, w, mw);
    for (int y = MAX(0, -top); y < h && top + y < img->height; y++) {
        Tap ty = tap(y, h, mh);
        const float *r0 = mp->data + (gsize)ty.lo * mw, *r1 = mp->data + (gsize)ty.hi * mw;
        guint8 *row = img->plane[0] + (gsize)(top + y) * img->stride[0];
        for (int x = x0; x < x1; x++) {
            const Tap *t = &tx[x - x0];
            float upper = r0[t->lo] + (r0[t->hi] - r0[t->lo]) * t->a;
            float lower = r1[t->lo] + (r1[t->hi] - r1[t->lo]) * t->a;
            if (upper + (lower - upper) * ty.a <= mp->threshold)
                continue;
            guint8 *px = row + (gsize)(left + x) * 4;
            px[0] = (guint8)((cr * a + px[0] * (256 - a)) >> 8);
            px[1] = (guint8)((cg * a + px[1] * (256 - a)) >> 8);
            px[2] = (guint8)((cb * a + px[2] * (256 - a)) >> 8);
        }
    }
    g_free(tx);
}
