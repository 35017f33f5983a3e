//go:build !deepstream

/* tensor.c: nvinfer's raw output (output-tensor-meta) on the CPU: an
 * NvDsInferTensorMeta with one FLOAT output layer in host memory, as frame
 * (primary) or object (secondary) user meta of type
 * NVDSINFER_TENSOR_OUTPUT_META, allocated with g_malloc and owned through
 * the user meta's copy and release functions. */
#include <string.h>

#include "standin_detect.go.h"
#include "standin_infer_config.go.h"
#include "standin_payloads.go.h"

static gsize layer_elems(const NvDsInferLayerInfo *l)
{
    return l->inferDims.numElements;
}

NvDsInferTensorMeta *standin_tensor_meta_new(guint unique_id, guint net_w, guint net_h, guint net_c,
                                             const char *name, const guint *dims, guint ndims, gfloat *data)
{
    NvDsInferTensorMeta *t = g_new0(NvDsInferTensorMeta, 1);
    t->unique_id = unique_id;
    t->num_output_layers = 1;
    t->output_layers_info = g_new0(NvDsInferLayerInfo, 1);
    t->out_buf_ptrs_host = g_new0(void *, 1);
    t->out_buf_ptrs_dev = g_new0(void *, 1);
    t->network_info.width = net_w;
    t->network_info.height = net_h;
    t->network_info.channels = net_c;
    NvDsInferLayerInfo *l = &t->output_layers_info[0];
    l->dataType = FLOAT;
    l->bindingIndex = 1; /* 0 is the input */
    l->layerName = g_strdup(name);
    guint n = 1;
    l->inferDims.numDims = MIN(ndims, NVDSINFER_MAX_DIMS);
    for (guint i = 0; i < l->inferDims.numDims; i++) {
        l->inferDims.d[i] = dims[i];
        n *= dims[i];
    }
    l->inferDims.numElements = n;
    l->buffer = data;
    t->out_buf_ptrs_host[0] = data;
    t->out_buf_ptrs_dev[0] = data;
    standin_payload_count(STANDIN_PAYLOAD_TENSOR, 1);
    return t;
}

static void tensor_free(NvDsInferTensorMeta *t)
{
    for (guint i = 0; i < t->num_output_layers; i++) {
        g_free((char *)t->output_layers_info[i].layerName);
        g_free(t->out_buf_ptrs_host[i]);
    }
    g_free(t->output_layers_info);
    g_free(t->out_buf_ptrs_host);
    g_free(t->out_buf_ptrs_dev);
    g_free(t);
    standin_payload_count(STANDIN_PAYLOAD_TENSOR, -1);
}

static gpointer tensor_copy(gpointer data, gpointer user_data)
{
    const NvDsInferTensorMeta *src = ((NvDsUserMeta *)data)->user_meta_data;
    if (!src)
        return NULL;
    guint n = src->num_output_layers;
    NvDsInferTensorMeta *dst = g_memdup2(src, sizeof *src);
    dst->output_layers_info = g_memdup2(src->output_layers_info, n * sizeof(NvDsInferLayerInfo));
    dst->out_buf_ptrs_host = g_new0(void *, n);
    dst->out_buf_ptrs_dev = g_new0(void *, n);
    for (guint i = 0; i < n; i++) {
        NvDsInferLayerInfo *l = &dst->output_layers_info[i];
        l->layerName = g_strdup(src->output_layers_info[i].layerName);
        if (src->out_buf_ptrs_host[i])
            dst->out_buf_ptrs_host[i] = g_memdup2(src->out_buf_ptrs_host[i], layer_elems(l) * sizeof(gfloat));
        dst->out_buf_ptrs_dev[i] = dst->out_buf_ptrs_host[i];
        l->buffer = dst->out_buf_ptrs_host[i];
    }
    standin_payload_count(STANDIN_PAYLOAD_TENSOR, 1);
    return dst;
}

static void tensor_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    if (u->user_meta_data)
        tensor_free(u->user_meta_data);
    u->user_meta_data = NULL;
}

void standin_user_meta_set_tensor(NvDsUserMeta *user, NvDsInferTensorMeta *t)
{
    user->user_meta_data = t;
    user->base_meta.meta_type = NVDSINFER_TENSOR_OUTPUT_META;
    user->base_meta.copy_func = tensor_copy;
    user->base_meta.release_func = tensor_release;
}

gfloat *standin_coverage_new(const StandinImage *img, const StandinMatrix *m, const StandinRect *roi, int classes,
                             int grid_w, int grid_h)
{
    StandinRect r = {0, 0, img->width, img->height};
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
            int counts[STANDIN_MAX_CLASSES] = {0};
            for (int k = 0; k < s * s; k++) {
                gint64 fx = (gint64)gx * s + k % s, fy = (gint64)gy * s + k / s;
                int x = r.x + (int)(((2 * fx + 1) * r.width) / (2 * (gint64)grid_w * s));
                int y = r.y + (int)(((2 * fy + 1) * r.height) / (2 * (gint64)grid_h * s));
                guint8 rgb[3];
                standin_image_rgb(img, m, MIN(x, img->width - 1), MIN(y, img->height - 1), rgb);
                int c = standin_classify(rgb[0], rgb[1], rgb[2]);
                if (c >= 0 && standin_palette[c].class_id < classes)
                    counts[standin_palette[c].class_id]++;
            }
            for (int c = 0; c < classes && c < STANDIN_MAX_CLASSES; c++)
                out[(gsize)c * cells + (gsize)gy * grid_w + gx] = (gfloat)counts[c] / (s * s);
        }
    }
    return out;
}
