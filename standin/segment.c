//go:build !deepstream

/* segment.c: nvinfer's segmentation output (network-type 2) on the CPU:
 * an NvDsInferSegmentationMeta whose class map holds, per point of the
 * network's input grid, 1 + the scene class of the colour seen there (0
 * for background), with one-hot class probabilities. Frame user meta of
 * type NVDSINFER_SEGMENTATION_META, built by infer's glue
 * (gods_infer_segmentation_new) and owned through its copy and release
 * functions, as nvinfer's. */
#include <string.h>

#include "standin_detect.go.h"
#include "standin_payloads.go.h"
#include "../infer/infer.go.h"
#include "../tracker/tracker.go.h"

NvDsInferSegmentationMeta *gods_standin_segmentation_new(const GodsStandinImage *img, const GodsStandinMatrix *m,
                                                    const GodsStandinRect *roi, guint classes, guint width, guint height,
                                                    gint unique_id)
{
    GodsStandinRect r = {0, 0, img->width, img->height};
    if (roi && roi->width > 0 && roi->height > 0)
        r = *roi;
    NvDsInferSegmentationMeta *s = gods_infer_segmentation_new(classes, width, height, unique_id, TRUE);
    gsize px = (gsize)width * height;
    int *xmap = g_new(int, width);
    for (guint x = 0; x < width; x++)
        xmap[x] = CLAMP(r.x + (int)(((gint64)(2 * x + 1) * r.width) / (2 * (gint64)width)), 0, img->width - 1);
    for (guint y = 0; y < height; y++) {
        int sy = CLAMP(r.y + (int)(((gint64)(2 * y + 1) * r.height) / (2 * (gint64)height)), 0, img->height - 1);
        gint *row = s->class_map + (gsize)y * width;
        for (guint x = 0; x < width; x++) {
            guint8 rgb[3];
            gods_standin_image_rgb(img, m, xmap[x], sy, rgb);
            int k = gods_standin_segmentation_class(rgb[0], rgb[1], rgb[2], (int)classes);
            row[x] = k;
            s->class_probabilities_map[(gsize)k * px + (gsize)y * width + x] = 1.0f;
        }
    }
    g_free(xmap);
    return s;
}
