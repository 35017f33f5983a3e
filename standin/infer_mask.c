//go:build !deepstream

/* infer_mask.c: nvinfer's instance-segmentation output (network-type 3
 * with output-instance-mask) on the CPU. A Mask R-CNN such as PeopleSegNet
 * gives each detected object a small float mask over its box; here the
 * mask is read off the frame: the object is its palette colour, and the
 * scene draws a dark outline of a known width around that colour, so the
 * colour's pixels grown by the outline width are the object's exact
 * silhouette (scene.Scene.Owners is the truth the tests compare with). */
#include <math.h>
#include <string.h>

#include "standin_detect.go.h"
#include "standin_mask.go.h"

/* A cell's logit is clamped to that of 1/64 and 63/64: a mask of finite,
 * plainly signed scores. */
#define MASK_P_MIN (1.0 / 64)

/* Maximum of src over a window of radius r along one axis: n runs of len
 * values, step apart inside a run, run_step apart between runs. */
static void max_filter(const guint8 *src, guint8 *dst, int n, int len, int step, int run_step, int r)
{
    for (int k = 0; k < n; k++) {
        const guint8 *s = src + (gsize)k * run_step;
        guint8 *d = dst + (gsize)k * run_step;
        for (int i = 0; i < len; i++) {
            guint8 v = 0;
            for (int j = MAX(0, i - r); j <= MIN(len - 1, i + r) && !v; j++)
                v = s[(gsize)j * step];
            d[(gsize)i * step] = v;
        }
    }
}

/* Keeps, of the 4-connected areas of 1s in the w x h map, the largest and
 * those that do not reach the map's border. The object's rectangle is its
 * colour's box grown by the outline: a fragment of the object split off by
 * an occluder lies inside, while a neighbour of the same colour that the
 * rectangle cuts reaches the edge. */
static void keep_object_areas(guint8 *in, int w, int h)
{
    int *label = g_malloc0(sizeof(int) * (gsize)w * h), *stack = g_malloc(sizeof(int) * (gsize)w * h);
    GArray *size = g_array_new(FALSE, TRUE, sizeof(int)), *edge = g_array_new(FALSE, TRUE, sizeof(gboolean));
    int areas = 0;
    for (int i = 0; i < w * h; i++) {
        if (!in[i] || label[i])
            continue;
        int n = 0, count = 0;
        gboolean border = FALSE;
        label[i] = ++areas;
        stack[n++] = i;
        while (n > 0) {
            int k = stack[--n], x = k % w, y = k / w;
            count++;
            border = border || x == 0 || y == 0 || x == w - 1 || y == h - 1;
            int next[4] = {x > 0 ? k - 1 : -1, x < w - 1 ? k + 1 : -1, y > 0 ? k - w : -1, y < h - 1 ? k + w : -1};
            for (int d = 0; d < 4; d++) {
                if (next[d] >= 0 && in[next[d]] && !label[next[d]]) {
                    label[next[d]] = areas;
                    stack[n++] = next[d];
                }
            }
        }
        g_array_append_val(size, count);
        g_array_append_val(edge, border);
    }
    int largest = 0;
    for (int a = 1; a <= areas; a++)
        if (!largest || g_array_index(size, int, a - 1) > g_array_index(size, int, largest - 1))
            largest = a;
    for (int i = 0; i < w * h; i++)
        if (label[i] && label[i] != largest && g_array_index(edge, gboolean, label[i] - 1))
            in[i] = 0;
    g_array_free(size, TRUE);
    g_array_free(edge, TRUE);
    g_free(stack);
    g_free(label);
}

/* The object's silhouette over roi, sampled on a w x h grid: 1 where the
 * sample shows the object's colour or lies within the outline width t of
 * it (colour of neighbours cut by the rectangle left out). Returns a g_malloc'd w*h map. */
static guint8 *silhouette(const GodsStandinImage *img, const GodsStandinMatrix *m, const GodsStandinRect *roi,
                          int w, int h, int class_id, int t)
{
    gint8 *col = g_malloc((gsize)w * h);
    int counts[GODS_STANDIN_PALETTE_SIZE] = {0};
    for (int y = 0; y < h; y++) {
        int sy = roi->y + (int)(((gint64)(2 * y + 1) * roi->height) / (2 * h));
        for (int x = 0; x < w; x++) {
            int sx = roi->x + (int)(((gint64)(2 * x + 1) * roi->width) / (2 * w));
            guint8 rgb[3];
            gods_standin_image_rgb(img, m, sx, sy, rgb);
            int c = gods_standin_classify(rgb[0], rgb[1], rgb[2]);
            col[y * w + x] = (gint8)c;
            if (c >= 0)
                counts[c]++;
        }
    }
    /* The object's colour: the commonest of its class's colours (an
     * occluder of another class must not win), else of any. */
    int best = -1;
    for (int pass = 0; pass < 2 && best < 0; pass++)
        for (int i = 0; i < GODS_STANDIN_PALETTE_SIZE; i++)
            if ((pass == 1 || gods_standin_palette[i].class_id == class_id) && counts[i] > 0 &&
                (best < 0 || counts[i] > counts[best]))
                best = i;
    guint8 *in = g_malloc0((gsize)w * h), *tmp = g_malloc((gsize)w * h);
    for (int i = 0; i < w * h; i++)
        in[i] = best >= 0 && col[i] == best;
    g_free(col);
    keep_object_areas(in, w, h);
    max_filter(in, tmp, h, w, 1, w, t); /* rows */
    max_filter(tmp, in, w, h, w, 1, t); /* columns */
    g_free(tmp);
    return in;
}

static void object_mask(NvDsObjectMeta *om, const GodsStandinImage *img, const GodsStandinMatrix *m, int grid_w,
                        int grid_h, gfloat threshold)
{
    const NvOSD_RectParams *r = &om->rect_params;
    GodsStandinRect roi;
    roi.x = CLAMP((int)r->left, 0, img->width);
    roi.y = CLAMP((int)r->top, 0, img->height);
    roi.width = MIN((int)(r->width + 0.5f), img->width - roi.x);
    roi.height = MIN((int)(r->height + 0.5f), img->height - roi.y);
    if (roi.width <= 0 || roi.height <= 0)
        return;
    /* Sample at the source's resolution (a frame the muxer scaled up
     * holds nothing finer), at least one sample per mask cell; the
     * outline is one source pixel per 360 source lines wide, t samples. */
    int w = MAX(GODS_STANDIN_MASK_W, (int)((gint64)roi.width * grid_w / img->width));
    int h = MAX(GODS_STANDIN_MASK_H, (int)((gint64)roi.height * grid_h / img->height));
    /* At most 4 x 4 samples per cell: enough to measure its cover. */
    w = MIN(MIN(w, roi.width), 4 * GODS_STANDIN_MASK_W);
    h = MIN(MIN(h, roi.height), 4 * GODS_STANDIN_MASK_H);
    int t = MAX(1, (grid_h + 180) / 360);
    t = MAX(1, (int)lrint((double)t * h * img->height / ((double)grid_h * roi.height)));
    guint8 *in = silhouette(img, m, &roi, w, h, om->class_id, t);

    gsize size = (gsize)GODS_STANDIN_MASK_W * GODS_STANDIN_MASK_H * sizeof(gfloat);
    gfloat *mask = g_malloc(size);
    for (int cy = 0; cy < GODS_STANDIN_MASK_H; cy++) {
        int y0 = cy * h / GODS_STANDIN_MASK_H, y1 = MAX(y0 + 1, (cy + 1) * h / GODS_STANDIN_MASK_H);
        for (int cx = 0; cx < GODS_STANDIN_MASK_W; cx++) {
            int x0 = cx * w / GODS_STANDIN_MASK_W, x1 = MAX(x0 + 1, (cx + 1) * w / GODS_STANDIN_MASK_W);
            int n = 0, on = 0;
            for (int y = y0; y < MIN(y1, h); y++)
                for (int x = x0; x < MIN(x1, w); x++, n++)
                    on += in[y * w + x];
            double p = CLAMP(n ? (double)on / n : 0.0, MASK_P_MIN, 1.0 - MASK_P_MIN);
            mask[cy * GODS_STANDIN_MASK_W + cx] = (gfloat)log(p / (1.0 - p));
        }
    }
    g_free(in);
    om->mask_params.data = mask;
    om->mask_params.size = (unsigned int)size;
    om->mask_params.threshold = threshold;
    om->mask_params.width = GODS_STANDIN_MASK_W;
    om->mask_params.height = GODS_STANDIN_MASK_H;
}

void gods_standin_infer_masks(NvDsFrameMeta *fm, gint unique_id, const GodsStandinImage *img,
                              const GodsStandinMatrix *m, int grid_w, int grid_h, gfloat threshold)
{
    for (GList *l = fm->obj_meta_list; l; l = l->next) {
        NvDsObjectMeta *om = l->data;
        if (om->unique_component_id == unique_id && !om->mask_params.data)
            object_mask(om, img, m, grid_w, grid_h, threshold);
    }
}
