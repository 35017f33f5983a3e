/* trackertest.go.h: tracker metadata in C memory for tests. Written for
 * go-deepstream. */
#ifndef GO_DEEPSTREAM_TRACKERTEST_GO_H
#define GO_DEEPSTREAM_TRACKERTEST_GO_H

#include <gst/gst.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "nvds_tracker_meta.h"
#include "cshim.go.h"
#include "../../tracker.go.h"

/* gods_tracker_misc_new(nstreams, nobjs, nframes), stored in user as
 * meta_type with tracker's copy and release functions. */
NvDsTargetMiscDataBatch *gods_trackertest_fill_misc(NvDsUserMeta *user, int meta_type, guint nstreams,
                                               guint nobjs, guint nframes);

/* Field setters, by index. label is copied and truncated. */
void gods_trackertest_set_stream(NvDsTargetMiscDataBatch *b, guint s, guint stream_id, guint64 surface_stream_id);
void gods_trackertest_set_object(NvDsTargetMiscDataBatch *b, guint s, guint o, guint64 unique_id, guint16 class_id,
                            const char *label);
void gods_trackertest_set_frame(NvDsTargetMiscDataBatch *b, guint s, guint o, guint f, guint frame_num,
                           float left, float top, float width, float height, float confidence, guint age,
                           int state, float visibility);

/* An NvDsObjReid owning a copy of n floats, as NVDS_TRACKER_OBJ_REID_META. */
void gods_trackertest_fill_obj_reid(NvDsUserMeta *user, const float *feature, guint n);

/* An NvDsReidTensorBatch owning a copy of rows*size floats, as
 * NVDS_TRACKER_BATCH_REID_META. */
void gods_trackertest_fill_batch_reid(NvDsUserMeta *user, const float *data, guint rows, guint size);

#endif
