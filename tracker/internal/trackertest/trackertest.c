/* trackertest.c: builds, copies and frees tracker metadata in C memory, as
 * nvtracker does, for the tracker tests. C because the copy and release
 * callbacks are C function pointers the runtime calls. */
#include <string.h>

#include "trackertest.go.h"

static NvDsTargetMiscDataBatch *misc_new(guint nstreams, guint nobjs, guint nframes)
{
    NvDsTargetMiscDataBatch *b = g_new0(NvDsTargetMiscDataBatch, 1);
    b->list = g_new0(NvDsTargetMiscDataStream, nstreams);
    b->numAllocated = b->numFilled = nstreams;
    for (guint s = 0; s < nstreams; s++) {
        NvDsTargetMiscDataStream *st = &b->list[s];
        st->list = g_new0(NvDsTargetMiscDataObject, nobjs);
        st->numAllocated = st->numFilled = nobjs;
        for (guint o = 0; o < nobjs; o++) {
            st->list[o].list = g_new0(NvDsTargetMiscDataFrame, nframes);
            st->list[o].numAllocated = st->list[o].numObj = nframes;
        }
    }
    return b;
}

static void misc_free(NvDsTargetMiscDataBatch *b)
{
    for (guint s = 0; s < b->numAllocated; s++) {
        NvDsTargetMiscDataStream *st = &b->list[s];
        for (guint o = 0; o < st->numAllocated; o++)
            g_free(st->list[o].list);
        g_free(st->list);
    }
    g_free(b->list);
    g_free(b);
}

static gpointer misc_copy(gpointer data, gpointer user_data)
{
    const NvDsTargetMiscDataBatch *src = ((NvDsUserMeta *)data)->user_meta_data;
    NvDsTargetMiscDataBatch *dst = g_memdup2(src, sizeof *src);
    dst->list = g_memdup2(src->list, src->numAllocated * sizeof *src->list);
    for (guint s = 0; s < src->numAllocated; s++) {
        NvDsTargetMiscDataStream *st = &dst->list[s];
        st->list = g_memdup2(src->list[s].list, st->numAllocated * sizeof *st->list);
        for (guint o = 0; o < st->numAllocated; o++)
            st->list[o].list =
                g_memdup2(src->list[s].list[o].list, st->list[o].numAllocated * sizeof *st->list[o].list);
    }
    return dst;
}

static void misc_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    if (u->user_meta_data)
        misc_free(u->user_meta_data);
    u->user_meta_data = NULL;
}

NvDsTargetMiscDataBatch *trackertest_fill_misc(NvDsUserMeta *user, int meta_type, guint nstreams,
                                               guint nobjs, guint nframes)
{
    NvDsTargetMiscDataBatch *b = misc_new(nstreams, nobjs, nframes);
    user->user_meta_data = b;
    user->base_meta.meta_type = (NvDsMetaType)meta_type;
    user->base_meta.copy_func = misc_copy;
    user->base_meta.release_func = misc_release;
    return b;
}

void trackertest_set_stream(NvDsTargetMiscDataBatch *b, guint s, guint stream_id, guint64 surface_stream_id)
{
    b->list[s].streamID = stream_id;
    b->list[s].surfaceStreamID = surface_stream_id;
}

void trackertest_set_object(NvDsTargetMiscDataBatch *b, guint s, guint o, guint64 unique_id, guint16 class_id,
                            const char *label)
{
    NvDsTargetMiscDataObject *obj = &b->list[s].list[o];
    obj->uniqueId = unique_id;
    obj->classId = class_id;
    g_strlcpy(obj->objLabel, label, sizeof obj->objLabel);
}

void trackertest_set_frame(NvDsTargetMiscDataBatch *b, guint s, guint o, guint f, guint frame_num,
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

void trackertest_fill_obj_reid(NvDsUserMeta *user, const float *feature, guint n)
{
    NvDsObjReid *r = g_new0(NvDsObjReid, 1);
    r->featureSize = n;
    r->ptr_host = g_memdup2(feature, n * sizeof(float));
    user->user_meta_data = r;
    user->base_meta.meta_type = NVDS_TRACKER_OBJ_REID_META;
    user->base_meta.copy_func = obj_reid_copy;
    user->base_meta.release_func = obj_reid_release;
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

void trackertest_fill_batch_reid(NvDsUserMeta *user, const float *data, guint rows, guint size)
{
    NvDsReidTensorBatch *t = g_new0(NvDsReidTensorBatch, 1);
    t->featureSize = size;
    t->numFilled = rows;
    t->ptr_host = g_memdup2(data, (gsize)rows * size * sizeof(float));
    user->user_meta_data = t;
    user->base_meta.meta_type = NVDS_TRACKER_BATCH_REID_META;
    user->base_meta.copy_func = batch_reid_copy;
    user->base_meta.release_func = batch_reid_release;
}
