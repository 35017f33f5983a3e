/* infer.c: nvinfer's user-meta payloads (segmentation and tensor output
 * meta), built, deep-copied and freed in C because the runtime calls their
 * copy and release functions (C function pointers) from streaming threads.
 * Written for go-deepstream. */
#include <string.h>

#include "infer.go.h"
#include "cshim.go.h"

static gint live_segmentations; /* atomic */
static gint live_tensors;       /* atomic */

gint gods_infer_live_segmentations(void) { return g_atomic_int_get(&live_segmentations); }
gint gods_infer_live_tensors(void) { return g_atomic_int_get(&live_tensors); }

/* ---- NvDsInferSegmentationMeta ---- */

NvDsInferSegmentationMeta *gods_infer_segmentation_new(guint classes, guint width, guint height, gint unique_id,
                                                       gboolean with_probs)
{
    NvDsInferSegmentationMeta *s = g_new0(NvDsInferSegmentationMeta, 1);
    gsize px = (gsize)width * height;
    s->classes = classes;
    s->width = width;
    s->height = height;
    s->unique_id = unique_id;
    s->class_map = g_new0(gint, px);
    s->class_probabilities_map = with_probs ? g_new0(gfloat, px * classes) : NULL;
    g_atomic_int_inc(&live_segmentations);
    return s;
}

void gods_infer_segmentation_free(NvDsInferSegmentationMeta *s)
{
    if (!s)
        return;
    g_free(s->class_map);
    g_free(s->class_probabilities_map);
    g_free(s);
    g_atomic_int_add(&live_segmentations, -1);
}

gpointer gods_infer_segmentation_copy_func(gpointer data, gpointer user_data)
{
    const NvDsInferSegmentationMeta *src = data ? ((NvDsUserMeta *)data)->user_meta_data : NULL;
    if (!src)
        return NULL;
    NvDsInferSegmentationMeta *dst = g_memdup2(src, sizeof *src);
    gsize px = (gsize)src->width * src->height;
    dst->class_map = src->class_map ? g_memdup2(src->class_map, px * sizeof(gint)) : NULL;
    dst->class_probabilities_map = src->class_probabilities_map
                                       ? g_memdup2(src->class_probabilities_map, px * src->classes * sizeof(gfloat))
                                       : NULL;
    g_atomic_int_inc(&live_segmentations);
    return dst;
}

void gods_infer_segmentation_release_func(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    if (!u)
        return;
    gods_infer_segmentation_free(u->user_meta_data);
    u->user_meta_data = NULL;
}

void gods_infer_user_meta_set_segmentation(NvDsUserMeta *user, NvDsInferSegmentationMeta *s)
{
    gods_user_meta_set(user, NVDSINFER_SEGMENTATION_META, s, gods_infer_segmentation_copy_func,
                       gods_infer_segmentation_release_func);
}

/* ---- NvDsInferTensorMeta ---- */

/* Bytes of one element of an NvDsInferDataType. */
static gsize elem_size(int t)
{
    switch (t) {
    case FLOAT:
    case INT32:
        return 4;
    case HALF:
        return 2;
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
    case INT64: /* new in 7.1 */
        return 8;
#endif
    default:
        return 1;
    }
}

NvDsInferTensorMeta *gods_infer_tensor_new(guint unique_id, guint n, guint net_w, guint net_h, guint net_c)
{
    NvDsInferTensorMeta *t = g_new0(NvDsInferTensorMeta, 1);
    t->unique_id = unique_id;
    t->num_output_layers = n;
    t->output_layers_info = g_new0(NvDsInferLayerInfo, n);
    t->out_buf_ptrs_host = g_new0(void *, n);
    t->out_buf_ptrs_dev = g_new0(void *, n);
    t->network_info.width = net_w;
    t->network_info.height = net_h;
    t->network_info.channels = net_c;
    g_atomic_int_inc(&live_tensors);
    return t;
}

void gods_infer_tensor_set_layer(NvDsInferTensorMeta *t, guint i, const char *name, int data_type,
                                 const guint *dims, guint ndims, void *data, gboolean dev_is_host)
{
    NvDsInferLayerInfo *l = &t->output_layers_info[i];
    g_free((char *)l->layerName);
    g_free(t->out_buf_ptrs_host[i]);
    l->layerName = g_strdup(name);
    l->dataType = (NvDsInferDataType)data_type;
    l->bindingIndex = (int)i + 1;
    l->inferDims.numDims = MIN(ndims, NVDSINFER_MAX_DIMS);
    guint n = 1;
    for (guint d = 0; d < l->inferDims.numDims; d++) {
        l->inferDims.d[d] = dims[d];
        n *= dims[d];
    }
    l->inferDims.numElements = n;
    l->buffer = data;
    t->out_buf_ptrs_host[i] = data;
    t->out_buf_ptrs_dev[i] = dev_is_host ? data : NULL;
}

void gods_infer_tensor_free(NvDsInferTensorMeta *t)
{
    if (!t)
        return;
    for (guint i = 0; i < t->num_output_layers; i++) {
        g_free((char *)t->output_layers_info[i].layerName);
        g_free(t->out_buf_ptrs_host[i]);
    }
    g_free(t->output_layers_info);
    g_free(t->out_buf_ptrs_host);
    g_free(t->out_buf_ptrs_dev);
    g_free(t);
    g_atomic_int_add(&live_tensors, -1);
}

gpointer gods_infer_tensor_copy_func(gpointer data, gpointer user_data)
{
    const NvDsInferTensorMeta *src = data ? ((NvDsUserMeta *)data)->user_meta_data : NULL;
    if (!src)
        return NULL;
    guint n = src->num_output_layers;
    NvDsInferTensorMeta *dst = g_memdup2(src, sizeof *src);
    dst->output_layers_info = g_memdup2(src->output_layers_info, n * sizeof(NvDsInferLayerInfo));
    dst->out_buf_ptrs_host = g_new0(void *, n);
    dst->out_buf_ptrs_dev = g_new0(void *, n);
    for (guint i = 0; i < n; i++) {
        NvDsInferLayerInfo *l = &dst->output_layers_info[i];
        void *host = src->out_buf_ptrs_host[i];
        l->layerName = g_strdup(src->output_layers_info[i].layerName);
        if (host)
            dst->out_buf_ptrs_host[i] = g_memdup2(host, (gsize)l->inferDims.numElements * elem_size(l->dataType));
        /* A device pointer that was the host buffer follows the copy; a
         * real one cannot be copied here. */
        if (host && src->out_buf_ptrs_dev[i] == host)
            dst->out_buf_ptrs_dev[i] = dst->out_buf_ptrs_host[i];
        l->buffer = dst->out_buf_ptrs_host[i];
    }
    g_atomic_int_inc(&live_tensors);
    return dst;
}

void gods_infer_tensor_release_func(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    if (!u)
        return;
    gods_infer_tensor_free(u->user_meta_data);
    u->user_meta_data = NULL;
}

void gods_infer_user_meta_set_tensor(NvDsUserMeta *user, NvDsInferTensorMeta *t)
{
    gods_user_meta_set(user, NVDSINFER_TENSOR_OUTPUT_META, t, gods_infer_tensor_copy_func,
                       gods_infer_tensor_release_func);
}
