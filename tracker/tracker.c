/* tracker.c: nvtracker's misc-data user-meta payload, built, deep-copied
 * and freed in C because the runtime calls its copy and release functions
 * (C function pointers) from streaming threads. Written for go-deepstream. */
#include "tracker.go.h"
#include "cshim.go.h"

static gint live_misc; /* atomic */

gint gods_tracker_live_misc(void) { return g_atomic_int_get(&live_misc); }

NvDsTargetMiscDataBatch *gods_tracker_misc_new(guint nstreams, guint nobjs, guint nframes)
{
    NvDsTargetMiscDataBatch *b = g_new0(NvDsTargetMiscDataBatch, 1);
    b->list = g_new0(NvDsTargetMiscDataStream, MAX(1u, nstreams));
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
    g_atomic_int_inc(&live_misc);
    return b;
}

void gods_tracker_misc_free(NvDsTargetMiscDataBatch *b)
{
    if (!b)
        return;
    for (guint s = 0; s < b->numAllocated; s++) {
        NvDsTargetMiscDataStream *st = &b->list[s];
        for (guint o = 0; o < st->numAllocated; o++)
            g_free(st->list[o].list);
        g_free(st->list);
    }
    g_free(b->list);
    g_free(b);
    g_atomic_int_add(&live_misc, -1);
}

gpointer gods_tracker_misc_copy_func(gpointer data, gpointer user_data)
{
    const NvDsTargetMiscDataBatch *src = data ? ((NvDsUserMeta *)data)->user_meta_data : NULL;
    if (!src)
        return NULL;
    NvDsTargetMiscDataBatch *dst = g_memdup2(src, sizeof *src);
    dst->list = g_memdup2(src->list, src->numAllocated * sizeof *src->list);
    for (guint s = 0; s < src->numAllocated; s++) {
        NvDsTargetMiscDataStream *st = &dst->list[s];
        st->list = g_memdup2(src->list[s].list, st->numAllocated * sizeof *st->list);
        for (guint o = 0; o < st->numAllocated; o++)
            st->list[o].list =
                g_memdup2(src->list[s].list[o].list, st->list[o].numAllocated * sizeof *st->list[o].list);
    }
    g_atomic_int_inc(&live_misc);
    return dst;
}

void gods_tracker_misc_release_func(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    if (!u)
        return;
    gods_tracker_misc_free(u->user_meta_data);
    u->user_meta_data = NULL;
}

void gods_tracker_user_meta_set_misc(NvDsUserMeta *user, NvDsMetaType meta_type, NvDsTargetMiscDataBatch *b)
{
    gods_user_meta_set(user, meta_type, b, gods_tracker_misc_copy_func, gods_tracker_misc_release_func);
}
