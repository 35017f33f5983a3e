//go:build !deepstream

/* segment.c: nvinfer's segmentation output (network-type 2) on the CPU:
 * an NvDsInferSegmentationMeta whose class map holds, per point of the
 * network's input grid, 1 + the scene class of the colour seen there (0
 * for background), with one-hot class probabilities. Frame user meta of
 * type NVDSINFER_SEGMENTATION_META, allocated with g_malloc and owned
 * through the user meta's copy and release functions, as nvinfer's. */
#include <string.h>

#include "standin_detect.go.h"
#include "standin_payloads.go.h"

static gint live[STANDIN_PAYLOAD_KINDS];

gint standin_live_payloads(StandinPayloadKind kind)
{
    return kind < STANDIN_PAYLOAD_KINDS ? g_atomic_int_get(&live[kind]) : 0;
}

void standin_payload_count(StandinPayloadKind kind, gint delta)
{
    g_atomic_int_add(&live[kind], delta);
}

NvDsInferSegmentationMeta *standin_segmentation_new(const StandinImage *img, const StandinMatrix *m,
                                                    const StandinRect *roi, guint classes, guint width, guint height,
                                                    gint unique_id)
{
    StandinRect r = {0, 0, img->width, img->height};
    if (roi && roi->width > 0 && roi->height > 0)
        r = *roi;
    NvDsInferSegmentationMeta *s = g_new0(NvDsInferSegmentationMeta, 1);
    gsize px = (gsize)width * height;
    s->classes = classes;
    s->width = width;
    s->height = height;
    s->unique_id = unique_id;
    s->class_map = g_new(gint, px);
    s->class_probabilities_map = g_new0(gfloat, px * classes);
    int *xmap = g_new(int, width);
    for (guint x = 0; x < width; x++)
        xmap[x] = CLAMP(r.x + (int)(((gint64)(2 * x + 1) * r.width) / (2 * (gint64)width)), 0, img->width - 1);
    for (guint y = 0; y < height; y++) {
        int sy = CLAMP(r.y + (int)(((gint64)(2 * y + 1) * r.height) / (2 * (gint64)height)), 0, img->height - 1);
        gint *row = s->class_map + (gsize)y * width;
        for (guint x = 0; x < width; x++) {
            guint8 rgb[3];
            standin_image_rgb(img, m, xmap[x], sy, rgb);
            int k = standin_segmentation_class(rgb[0], rgb[1], rgb[2], (int)classes);
            row[x] = k;
            s->class_probabilities_map[(gsize)k * px + (gsize)y * width + x] = 1.0f;
        }
    }
    g_free(xmap);
    standin_payload_count(STANDIN_PAYLOAD_SEGMENTATION, 1);
    return s;
}

static gpointer seg_copy(gpointer data, gpointer user_data)
{
    const NvDsInferSegmentationMeta *src = ((NvDsUserMeta *)data)->user_meta_data;
    if (!src)
        return NULL;
    NvDsInferSegmentationMeta *dst = g_memdup2(src, sizeof *src);
    gsize px = (gsize)src->width * src->height;
    dst->class_map = src->class_map ? g_memdup2(src->class_map, px * sizeof(gint)) : NULL;
    dst->class_probabilities_map = src->class_probabilities_map
                                       ? g_memdup2(src->class_probabilities_map, px * src->classes * sizeof(gfloat))
                                       : NULL;
    standin_payload_count(STANDIN_PAYLOAD_SEGMENTATION, 1);
    return dst;
}

static void seg_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    NvDsInferSegmentationMeta *s = u->user_meta_data;
    if (!s)
        return;
    g_free(s->class_map);
    g_free(s->class_probabilities_map);
    g_free(s);
    u->user_meta_data = NULL;
    standin_payload_count(STANDIN_PAYLOAD_SEGMENTATION, -1);
}

void standin_user_meta_set_segmentation(NvDsUserMeta *user, NvDsInferSegmentationMeta *seg)
{
    user->user_meta_data = seg;
    user->base_meta.meta_type = NVDSINFER_SEGMENTATION_META;
    user->base_meta.copy_func = seg_copy;
    user->base_meta.release_func = seg_release;
}
