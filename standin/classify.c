//go:build !deepstream

/* classify.c: what nvinfer's classifier and segmentation modes see: the
 * dominant palette colour of an object, and the class of a pixel for the
 * segmentation network (the scene's colour/class contract, detect.c). */
#include "standin_detect.go.h"

int gods_standin_dominant_color(const GodsStandinImage *img, const GodsStandinMatrix *m, const GodsStandinRect *roi, int grid_w,
                           int grid_h, int class_id, float *frac)
{
    GodsStandinRect r = {0, 0, img->width, img->height};
    if (roi && roi->width > 0 && roi->height > 0) {
        r.x = CLAMP(roi->x, 0, img->width);
        r.y = CLAMP(roi->y, 0, img->height);
        r.width = MIN(roi->width, img->width - r.x);
        r.height = MIN(roi->height, img->height - r.y);
    }
    *frac = 0;
    if (r.width <= 0 || r.height <= 0)
        return -1;
    int w = grid_w > 0 ? MIN(grid_w, r.width) : r.width, h = grid_h > 0 ? MIN(grid_h, r.height) : r.height;
    int counts[GODS_STANDIN_PALETTE_SIZE] = {0};
    for (int y = 0; y < h; y++) {
        int sy = r.y + (int)(((gint64)(2 * y + 1) * r.height) / (2 * h));
        for (int x = 0; x < w; x++) {
            int sx = r.x + (int)(((gint64)(2 * x + 1) * r.width) / (2 * w));
            guint8 rgb[3];
            gods_standin_image_rgb(img, m, sx, sy, rgb);
            int c = gods_standin_classify(rgb[0], rgb[1], rgb[2]);
            if (c >= 0)
                counts[c]++;
        }
    }
    /* Colours of the object's own class first: an occluder of another
     * class inside the box must not win. */
    int best = -1, total = 0;
    for (int pass = 0; pass < 2 && best < 0; pass++) {
        total = 0;
        for (int i = 0; i < GODS_STANDIN_PALETTE_SIZE; i++) {
            if (pass == 0 && gods_standin_palette[i].class_id != class_id)
                continue;
            total += counts[i];
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
                best = i;
        }
    }
    if (best >= 0)
        *frac = (float)counts[best] / (float)total;
    return best;
}

int gods_standin_segmentation_class(guint8 r, guint8 g, guint8 b, int classes)
{
    int c = gods_standin_classify(r, g, b);
    if (c < 0)
        return 0;
    int k = 1 + gods_standin_palette[c].class_id;
    return k < classes ? k : 0;
}
