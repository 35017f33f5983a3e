/* infertest.go.h: builds inference metadata in C memory for the tests of
 * package infer, the way nvinfer attaches it. Written for go-deepstream. */
#ifndef GO_DEEPSTREAM_INFERTEST_GO_H
#define GO_DEEPSTREAM_INFERTEST_GO_H

#include <stdint.h>
#include <gst/gst.h>

#include "nvdsmeta.h"
#include "nvdsinfer.h"
#include "gstnvdsinfer.h"

/* A segmentation meta of classes x width x height owning copies of
 * class_map (width*height values) and, when probs is not NULL,
 * class_probabilities_map (classes*width*height values), stored in user as
 * NVDSINFER_SEGMENTATION_META with copy and release functions. */
void infertest_fill_segmentation(NvDsUserMeta *user, guint classes, guint width, guint height,
                                 const gint *class_map, const gfloat *probs, gint unique_id);

/* A tensor meta with n output layers and no data yet, stored in user as
 * NVDSINFER_TENSOR_OUTPUT_META with copy and release functions. */
NvDsInferTensorMeta *infertest_fill_tensor(NvDsUserMeta *user, guint n, guint unique_id);

/* Sets layer i: name (copied), type, dims (copied, ndims <= 8), and a host
 * buffer holding a copy of len bytes of data (NULL data: no host buffer). */
void infertest_set_layer(NvDsInferTensorMeta *meta, guint i, const char *name, int data_type,
                         const unsigned int *dims, guint ndims, const void *data, gsize len);

#endif
