/* trackertest.c: builds, copies and frees tracker metadata in C memory, as
 * nvtracker does, for the tracker tests. C because the copy and release
 * callbacks are C function pointers the runtime calls. The misc-data batch
 * comes from tracker's glue (gods_tracker_misc_new), as the stand-in
 * nvtracker's does; the re-identification metas only tests build. */
#include <string.h>

#include "trackertest.go.h"

NvDsTargetMiscDataBatch *gods_trackertest_fill_misc(NvDsUserMeta *user, int meta_type, guint nstreams,
                                               guint nobjs, guint nframes)
{
    NvDsTargetMiscDataBatch *b = gods_tracker_misc_new(nstreams, nobjs, nframes);
    gods_tracker_user_meta_set_misc(user, (NvDsMetaType)meta_type, b);
    return b;
}

void gods_trackertest_set_stream(NvDsTargetMiscDataBatch *b, guint s, guint stream_id, guint64 surface_stream_id)
{
    b->list[s].streamID = stream_id;
    b->list[s].surfaceStreamID = surface_stream_id;
}

void gods_trackertest_set_object(NvDsTargetMiscDataBatch *b, guint s, guint o, guint64 unique_id, guint16 class_id,
                            const char *label)
{
    NvDsTargetMiscDataObject *obj = &b->list[s].list[o];
    obj->uniqueId = unique_id;
    obj->classId = class_id;
    g_strlcpy(obj->objLabel, label, sizeof obj->objLabel);
}

void gods_trackertest_set_frame(NvDsTargetMiscDataBatch *b, guint s, guint o, guint f, guint frame_num,
                           float left, float top, float width, float height, float confidence, guint age,
                           int state, float visibility)
{
    NvDsTargetMiscDataFrame *fr = &b->list[s].list[o].list[f];
    fr->frameNum = frame_num;
    fr->tBbox.left = left;
    fr->tBbox.top = top;
    fr->tBbox.width = width;
    fr->tBbox.height = height;
    fr->confidence = confidence;
    fr->age = age;
    fr->trackerState = (TRACKER_STATE)state;
    fr->visibility = visibility;
#if NVDS_VERSION_MAJOR >= 9
    fr->ptWorldFeet[0] = left + width / 2;
    fr->ptWorldFeet[1] = top + height;
#endif
}

static gpointer obj_reid_copy(gpointer data, gpointer user_data)
{
    const NvDsObjReid *src = ((NvDsUserMeta *)data)->user_meta_data;
    NvDsObjReid *dst = g_memdup2(src, sizeof *src);
    dst->ptr_host = g_memdup2(src->ptr_host, src->featureSize * sizeof(float));
    return dst;
}

static void obj_reid_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    NvDsObjReid *r = u->user_meta_data;
    if (r) {
        g_free(r->ptr_host);
        g_free(r);
    }
    u->user_meta_data = NULL;
}

void gods_trackertest_fill_obj_reid(NvDsUserMeta *user, const float *feature, guint n)
{
    NvDsObjReid *r = g_new0(NvDsObjReid, 1);
    r->featureSize = n;
    r->ptr_host = g_memdup2(feature, n * sizeof(float));
    gods_user_meta_set(user, NVDS_TRACKER_OBJ_REID_META, r, obj_reid_copy, obj_reid_release);
}

static gpointer batch_reid_copy(gpointer data, gpointer user_data)
{
    const NvDsReidTensorBatch *src = ((NvDsUserMeta *)data)->user_meta_data;
    NvDsReidTensorBatch *dst = g_memdup2(src, sizeof *src);
    dst->ptr_host = g_memdup2(src->ptr_host, (gsize)src->numFilled * src->featureSize * sizeof(float));
    return dst;
}

static void batch_reid_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    NvDsReidTensorBatch *t = u->user_meta_data;
    if (t) {
        g_free(t->ptr_host);
        g_free(t);
    }
    u->user_meta_data = NULL;
}

void gods_trackertest_fill_batch_reid(NvDsUserMeta *user, const float *data, guint rows, guint size)
{
    NvDsReidTensorBatch *t = g_new0(NvDsReidTensorBatch, 1);
    t->featureSize = size;
    t->numFilled = rows;
    t->ptr_host = g_memdup2(data, (gsize)rows * size * sizeof(float));
    gods_user_meta_set(user, NVDS_TRACKER_BATCH_REID_META, t, batch_reid_copy, batch_reid_release);
}
