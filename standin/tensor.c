//go:build !deepstream

/* tensor.c: what nvinfer's raw output (output-tensor-meta) holds on the
 * CPU: the colour coverage of each class per grid cell. The
 * NvDsInferTensorMeta itself is built by infer's glue
 * (gods_infer_tensor_new); standin/infer.c attaches it. */
#include <string.h>

#include "standin_detect.go.h"
#include "standin_infer_config.go.h"
#include "standin_payloads.go.h"

gfloat *gods_standin_coverage_new(const GodsStandinImage *img, const GodsStandinMatrix *m, const GodsStandinRect *roi, int classes,
                             int grid_w, int grid_h)
{
    GodsStandinRect r = {0, 0, img->width, img->height};
    if (roi && roi->width > 0 && roi->height > 0) {
        r.x = CLAMP(roi->x, 0, img->width - 1);
        r.y = CLAMP(roi->y, 0, img->height - 1);
        r.width = MAX(1, MIN(roi->width, img->width - r.x));
        r.height = MAX(1, MIN(roi->height, img->height - r.y));
    }
    gsize cells = (gsize)grid_w * grid_h;
    gfloat *out = g_new0(gfloat, cells * classes);
    /* 4 x 4 samples per cell. */
    const int s = 4;
    for (int gy = 0; gy < grid_h; gy++) {
        for (int gx = 0; gx < grid_w; gx++) {
            int counts[GODS_STANDIN_MAX_CLASSES] = {0};
            for (int k = 0; k < s * s; k++) {
                gint64 fx = (gint64)gx * s + k % s, fy = (gint64)gy * s + k / s;
                int x = r.x + (int)(((2 * fx + 1) * r.width) / (2 * (gint64)grid_w * s));
                int y = r.y + (int)(((2 * fy + 1) * r.height) / (2 * (gint64)grid_h * s));
                guint8 rgb[3];
                gods_standin_image_rgb(img, m, MIN(x, img->width - 1), MIN(y, img->height - 1), rgb);
                int c = gods_standin_classify(rgb[0], rgb[1], rgb[2]);
                if (c >= 0 && gods_standin_palette[c].class_id < classes)
                    counts[gods_standin_palette[c].class_id]++;
            }
            for (int c = 0; c < classes && c < GODS_STANDIN_MAX_CLASSES; c++)
                out[(gsize)c * cells + (gsize)gy * grid_w + gx] = (gfloat)counts[c] / (s * s);
        }
    }
    return out;
}
