/* infertest.c: C-side construction, deep copy and release of the
 * inference metadata the infer tests read. It is C, not Go, because the
 * metadata must live in C memory that the runtime's copy and release
 * callbacks (C function pointers) own. */
#include <string.h>

#include "infertest.go.h"

static gpointer seg_copy(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = (NvDsUserMeta *)data;
    const NvDsInferSegmentationMeta *src = u->user_meta_data;
    NvDsInferSegmentationMeta *dst = g_memdup2(src, sizeof *src);
    gsize px = (gsize)src->width * src->height;
    if (src->class_map)
        dst->class_map = g_memdup2(src->class_map, px * sizeof(gint));
    if (src->class_probabilities_map)
        dst->class_probabilities_map =
            g_memdup2(src->class_probabilities_map, px * src->classes * sizeof(gfloat));
    return dst;
}

static void seg_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = (NvDsUserMeta *)data;
    NvDsInferSegmentationMeta *m = u->user_meta_data;
    if (m) {
        g_free(m->class_map);
        g_free(m->class_probabilities_map);
        g_free(m);
    }
    u->user_meta_data = NULL;
}

void infertest_fill_segmentation(NvDsUserMeta *user, guint classes, guint width, guint height,
                                 const gint *class_map, const gfloat *probs, gint unique_id)
{
    NvDsInferSegmentationMeta *m = g_new0(NvDsInferSegmentationMeta, 1);
    gsize px = (gsize)width * height;
    m->classes = classes;
    m->width = width;
    m->height = height;
    m->unique_id = unique_id;
    if (class_map)
        m->class_map = g_memdup2(class_map, px * sizeof(gint));
    if (probs)
        m->class_probabilities_map = g_memdup2(probs, px * classes * sizeof(gfloat));
    user->user_meta_data = m;
    user->base_meta.meta_type = NVDSINFER_SEGMENTATION_META;
    user->base_meta.copy_func = seg_copy;
    user->base_meta.release_func = seg_release;
}

/* Bytes of one element of a data type. */
static gsize elem_size(int t)
{
    switch (t) {
    case FLOAT:
    case INT32:
        return 4;
    case HALF:
        return 2;
    case INT64:
        return 8;
    default:
        return 1;
    }
}

static gsize layer_bytes(const NvDsInferLayerInfo *l)
{
    return (gsize)l->inferDims.numElements * elem_size(l->dataType);
}

static void tensor_free(NvDsInferTensorMeta *m)
{
    for (guint i = 0; i < m->num_output_layers; i++) {
        g_free((char *)m->output_layers_info[i].layerName);
        g_free(m->out_buf_ptrs_host[i]);
    }
    g_free(m->output_layers_info);
    g_free(m->out_buf_ptrs_host);
    g_free(m->out_buf_ptrs_dev);
    g_free(m);
}

static gpointer tensor_copy(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = (NvDsUserMeta *)data;
    const NvDsInferTensorMeta *src = u->user_meta_data;
    guint n = src->num_output_layers;
    NvDsInferTensorMeta *dst = g_memdup2(src, sizeof *src);
    dst->output_layers_info = g_memdup2(src->output_layers_info, n * sizeof(NvDsInferLayerInfo));
    dst->out_buf_ptrs_host = g_new0(void *, n);
    dst->out_buf_ptrs_dev = g_new0(void *, n);
    for (guint i = 0; i < n; i++) {
        NvDsInferLayerInfo *l = &dst->output_layers_info[i];
        l->layerName = g_strdup(src->output_layers_info[i].layerName);
        if (src->out_buf_ptrs_host[i])
            dst->out_buf_ptrs_host[i] = g_memdup2(src->out_buf_ptrs_host[i], layer_bytes(l));
        l->buffer = dst->out_buf_ptrs_host[i];
    }
    return dst;
}

static void tensor_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = (NvDsUserMeta *)data;
    if (u->user_meta_data)
        tensor_free(u->user_meta_data);
    u->user_meta_data = NULL;
}

NvDsInferTensorMeta *infertest_fill_tensor(NvDsUserMeta *user, guint n, guint unique_id)
{
    NvDsInferTensorMeta *m = g_new0(NvDsInferTensorMeta, 1);
    m->unique_id = unique_id;
    m->num_output_layers = n;
    m->output_layers_info = g_new0(NvDsInferLayerInfo, n);
    m->out_buf_ptrs_host = g_new0(void *, n);
    m->out_buf_ptrs_dev = g_new0(void *, n);
    m->network_info.width = 640;
    m->network_info.height = 368;
    m->network_info.channels = 3;
    m->maintain_aspect_ratio = TRUE;
    user->user_meta_data = m;
    user->base_meta.meta_type = NVDSINFER_TENSOR_OUTPUT_META;
    user->base_meta.copy_func = tensor_copy;
    user->base_meta.release_func = tensor_release;
    return m;
}

void infertest_set_layer(NvDsInferTensorMeta *meta, guint i, const char *name, int data_type,
                         const unsigned int *dims, guint ndims, const void *data, gsize len)
{
    NvDsInferLayerInfo *l = &meta->output_layers_info[i];
    guint n = 1;
    g_free((char *)l->layerName);
    g_free(meta->out_buf_ptrs_host[i]);
    l->layerName = g_strdup(name);
    l->dataType = (NvDsInferDataType)data_type;
    l->bindingIndex = (int)i + 1;
    l->inferDims.numDims = ndims;
    for (guint d = 0; d < ndims && d < NVDSINFER_MAX_DIMS; d++) {
        l->inferDims.d[d] = dims[d];
        n *= dims[d];
    }
    l->inferDims.numElements = n;
    meta->out_buf_ptrs_host[i] = data ? g_memdup2(data, len) : NULL;
    l->buffer = meta->out_buf_ptrs_host[i];
}
