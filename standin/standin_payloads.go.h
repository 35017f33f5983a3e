/* standin_payloads.go.h: the user-meta payloads nvinfer's and nvtracker's
 * stand-ins attach (segment.c, tensor.c, tracker.c), each owned through the
 * user meta's copy and release functions of infer's and tracker's glue,
 * which also count them. */
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
NvDsInferSegmentationMeta *gods_standin_segmentation_new(const GodsStandinImage *img, const GodsStandinMatrix *m,
                                                    const GodsStandinRect *roi, guint classes, guint width, guint height,
                                                    gint unique_id);
G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_PAYLOADS_GO_H */
