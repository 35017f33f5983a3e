/* standin_payloads.go.h: the user-meta payloads nvinfer's and nvtracker's
 * stand-ins attach (segment.c, tensor.c, tracker.c), each owned through the
 * user meta's copy and release functions, and their live counts. */
#ifndef GO_DEEPSTREAM_STANDIN_PAYLOADS_GO_H
#define GO_DEEPSTREAM_STANDIN_PAYLOADS_GO_H

#include <gst/gst.h>

#include "gstnvdsinfer.h"
#include "nvdsmeta.h"
#include "standin_image.go.h"

G_BEGIN_DECLS

/* A segmentation meta (g_malloc'd) of classes x width x height for the
 * roi part of img (NULL: all of it): class_map and one-hot
 * class_probabilities_map. */
NvDsInferSegmentationMeta *standin_segmentation_new(const StandinImage *img, const StandinMatrix *m,
                                                    const StandinRect *roi, guint classes, guint width, guint height,
                                                    gint unique_id);
/* Makes user (acquired, not attached) an NVDSINFER_SEGMENTATION_META
 * owning seg, with copy and release functions. */
void standin_user_meta_set_segmentation(NvDsUserMeta *user, NvDsInferSegmentationMeta *seg);

/* A tensor meta with one FLOAT output layer named name, of dims (copied,
 * ndims <= 8) and a host buffer taking data (g_malloc'd, the product of
 * dims floats); out_buf_ptrs_dev[0] is the same host address (the
 * embedded runtime has no device memory). */
NvDsInferTensorMeta *standin_tensor_meta_new(guint unique_id, guint net_w, guint net_h, guint net_c,
                                             const char *name, const guint *dims, guint ndims, gfloat *data);
/* Makes user an NVDSINFER_TENSOR_OUTPUT_META owning t. */
void standin_user_meta_set_tensor(NvDsUserMeta *user, NvDsInferTensorMeta *t);

/* Payloads the stand-ins allocate for user meta, alive now (leak tests). */
typedef enum {
    STANDIN_PAYLOAD_SEGMENTATION,
    STANDIN_PAYLOAD_TENSOR,
    STANDIN_PAYLOAD_TRACKER_MISC,
    STANDIN_PAYLOAD_KINDS,
} StandinPayloadKind;
gint standin_live_payloads(StandinPayloadKind kind);
void standin_payload_count(StandinPayloadKind kind, gint delta);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_PAYLOADS_GO_H */
