/* standin_infer_roi.go.h: nvinfer's input-tensor-meta mode (infer_roi.c):
 * a primary detector that works on the ROIs nvdspreprocess prepared for it
 * instead of whole frames. */
#ifndef GO_DEEPSTREAM_STANDIN_INFER_ROI_GO_H
#define GO_DEEPSTREAM_STANDIN_INFER_ROI_GO_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "standin_image.go.h"
#include "standin_infer_config.go.h"

G_BEGIN_DECLS

/* The detector's blobs for frame fm: found only inside the ROIs of the
 * preprocess batch metas of bm (NVDS_PREPROCESS_BATCH_META) whose
 * target-unique-ids hold c->unique_id and whose ROI belongs to fm, boxes
 * in frame pixels (as nvinfer maps its detections back through each ROI's
 * scale and offset). Empty when no such meta is there, as nvinfer infers
 * nothing then. grid_w/h and min_pixels as for gods_standin_detect over
 * the whole frame. Returns a GArray of GodsStandinBlob. */
GArray *gods_standin_infer_roi_detect(NvDsBatchMeta *bm, NvDsFrameMeta *fm, const GodsStandinInferConfig *c,
                                      const GodsStandinImage *img, const GodsStandinMatrix *m, int grid_w, int grid_h,
                                      int min_pixels);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_INFER_ROI_GO_H */
