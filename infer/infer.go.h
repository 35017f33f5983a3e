/* infer.go.h: C glue of package infer (nvdsinfer.h, gstnvdsinfer.h).
 * Written for go-deepstream. */
#ifndef GO_DEEPSTREAM_INFER_GO_H
#define GO_DEEPSTREAM_INFER_GO_H

#include <stddef.h>
#include <gst/gst.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "nvdsinfer.h"
#include "gstnvdsinfer.h"

/* INT64 joined NvDsInferDataType in DeepStream 7.1; -1 (no tensor has that
 * type) against 7.0 headers. */
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
#define GODS_INFER_DATA_TYPE_INT64 INT64
#else
#define GODS_INFER_DATA_TYPE_INT64 (-1)
#endif

/* NvDsInferTensorMeta.symmetric_padding is new in DeepStream 7.1; FALSE
 * against 7.0 headers. */
static inline gboolean gods_infer_tensor_symmetric_padding(const NvDsInferTensorMeta *t)
{
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
    return t->symmetric_padding;
#else
    (void)t;
    return FALSE;
#endif
}

/* NvDsInferLayerInfo keeps its dims in an anonymous union (inferDims, with
 * the old name dims as alias), which cgo shows only as bytes. Its offset is
 * a compile-time constant, so Go reads the dims as plain memory. */
enum { GODS_LAYER_DIMS_OFFSET = offsetof(NvDsInferLayerInfo, inferDims) };

/* rotation_angle exists in NvDsInferObjectDetectionInfo from DeepStream 9.0
 * on; -1 before. */
#if NVDS_VERSION_MAJOR >= 9
enum { GODS_DETECTION_ROTATION_OFFSET = offsetof(NvDsInferObjectDetectionInfo, rotation_angle) };
#else
enum { GODS_DETECTION_ROTATION_OFFSET = -1 };
#endif

/* Size of one NvDsInferObjectDetectionInfo (it grows in 9.0), for walking
 * arrays of them. */
enum { GODS_DETECTION_INFO_SIZE = sizeof(NvDsInferObjectDetectionInfo) };

/* ---- payloads (infer.c) ---------------------------------------------------
 * The user-meta payloads nvinfer attaches, built the way nvinfer builds
 * them: everything g_malloc'ed and owned through the user meta's copy and
 * release functions below, which deep-copy and free it without entering
 * Go. The stand-in nvinfer (standin/) and the test fixture
 * (infer/internal/infertest) both build them here. */

/* A segmentation meta of classes x width x height: class_map holds
 * width*height zeroed gints, class_probabilities_map classes*width*height
 * zeroed gfloats when with_probs, else NULL. The caller fills them. */
NvDsInferSegmentationMeta *gods_infer_segmentation_new(guint classes, guint width, guint height, gint unique_id,
                                                       gboolean with_probs);
/* Frees s and both maps. NULL is a no-op. */
void gods_infer_segmentation_free(NvDsInferSegmentationMeta *s);
/* copy_func / release_func of NVDSINFER_SEGMENTATION_META user metas. */
gpointer gods_infer_segmentation_copy_func(gpointer data, gpointer user_data);
void gods_infer_segmentation_release_func(gpointer data, gpointer user_data);
/* Makes user (acquired, not attached) an NVDSINFER_SEGMENTATION_META
 * owning s, with the functions above. */
void gods_infer_user_meta_set_segmentation(NvDsUserMeta *user, NvDsInferSegmentationMeta *s);

/* A tensor meta with n zeroed output layers (set each with
 * gods_infer_tensor_set_layer) and the network's input size. */
NvDsInferTensorMeta *gods_infer_tensor_new(guint unique_id, guint n, guint net_w, guint net_h, guint net_c);
/* Sets layer i: name (copied), data_type, dims (copied, at most
 * NVDSINFER_MAX_DIMS used), binding index i + 1 (0 is the input), and the
 * host buffer data, which the meta takes (g_malloc'ed, the product of dims
 * elements; NULL: none). dev_is_host: out_buf_ptrs_dev[i] is the same
 * address (the embedded runtime has no device memory); else NULL. The
 * layer's previous name and buffer are freed. */
void gods_infer_tensor_set_layer(NvDsInferTensorMeta *t, guint i, const char *name, int data_type,
                                 const guint *dims, guint ndims, void *data, gboolean dev_is_host);
/* Frees t, its layers' names and host buffers. NULL is a no-op. */
void gods_infer_tensor_free(NvDsInferTensorMeta *t);
/* copy_func / release_func of NVDSINFER_TENSOR_OUTPUT_META user metas. */
gpointer gods_infer_tensor_copy_func(gpointer data, gpointer user_data);
void gods_infer_tensor_release_func(gpointer data, gpointer user_data);
/* Makes user an NVDSINFER_TENSOR_OUTPUT_META owning t. */
void gods_infer_user_meta_set_tensor(NvDsUserMeta *user, NvDsInferTensorMeta *t);

/* Segmentation and tensor metas built or copied here and not yet freed
 * (leak tests). */
gint gods_infer_live_segmentations(void);
gint gods_infer_live_tensors(void);

#endif /* GO_DEEPSTREAM_INFER_GO_H */
