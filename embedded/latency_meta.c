//go:build !deepstream

/* nvds_latency_meta.h: latency measurement of the embedded runtime. Part of
 * libnvds_meta.so (it calls gst_buffer_get_nvds_batch_meta and
 * gst_buffer_add_nvds_meta from libnvdsgst_meta.so, resolved when a program
 * links both, as SDK programs do).
 *
 * How the pieces fit:
 *  - A source or decoder stamps each buffer it produces with
 *    nvds_add_reference_timestamp_meta: an NvDsMeta (GstMeta) of meta_type
 *    NVDS_LATENCY_MEASUREMENT_META holding an NvDsMetaCompLatency whose
 *    in_system_timestamp is "now". Its gst_to_nvds_meta_transform_func lets
 *    nvstreammux turn it into frame user meta of the same type
 *    (nvds_copy_gst_meta_to_frame_meta).
 *  - An element brackets its work with nvds_set_input_system_timestamp and
 *    nvds_set_output_system_timestamp: one NvDsMetaCompLatency per frame of
 *    the batch (one in all for an empty batch), as batch user meta.
 *  - nvds_measure_buffer_latency reports, per frame, how long ago its
 *    earliest reference timestamp was taken.
 *
 * Timestamps are milliseconds since the Unix epoch, as gdouble. Nothing here
 * prints; callers decide what to report. */
#include <string.h>

#include "nvdsmeta.h"
#include "gstnvdsmeta.h"
#include "nvds_latency_meta.h"

static gdouble now_ms(void)
{
    return (gdouble)g_get_real_time() / 1000.0;
}

/* User-meta copy and release of an NvDsMetaCompLatency payload: data is
 * the NvDsUserMeta. The copy function doubles as the GstMeta-to-user-meta
 * transform, which receives a user meta holding the GstMeta's payload. */
static gpointer comp_latency_copy(gpointer data, gpointer user_data)
{
    const NvDsUserMeta *u = data;
    if (!u || !u->user_meta_data)
        return NULL;
    return g_memdup2(u->user_meta_data, sizeof(NvDsMetaCompLatency));
}

static void comp_latency_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    if (!u)
        return;
    g_free(u->user_meta_data);
    u->user_meta_data = NULL;
}

/* GstMeta-level copy and free: data is the payload itself. */
static gpointer reference_copy(gpointer data, gpointer user_data)
{
    return data ? g_memdup2(data, sizeof(NvDsMetaCompLatency)) : NULL;
}

static void reference_free(gpointer data, gpointer user_data)
{
    g_free(data);
}

static void set_name(NvDsMetaCompLatency *l, const gchar *name)
{
    if (name)
        g_strlcpy(l->component_name, name, sizeof l->component_name);
}

gboolean nvds_get_enable_latency_measurement(void)
{
    return g_getenv("NVDS_ENABLE_LATENCY_MEASUREMENT") != NULL;
}

#if NVDS_VERSION_MAJOR >= 9
/* The embedded runtime never prints latencies, so "silent" only reports
 * whether NVDS_LATENCY_MEASUREMENT_SILENT is exported, for callers that
 * print their own. */
gboolean nvds_get_latency_measurement_silent(void)
{
    return g_getenv("NVDS_LATENCY_MEASUREMENT_SILENT") != NULL;
}
#endif

void nvds_add_reference_timestamp_meta(GstBuffer *buffer, gchar *element_name, guint frame_id)
{
    if (!buffer || !GST_IS_BUFFER(buffer) || !gst_buffer_is_writable(buffer))
        return;
    NvDsMetaCompLatency *l = g_new0(NvDsMetaCompLatency, 1);
    set_name(l, element_name);
    l->in_system_timestamp = l->out_system_timestamp = now_ms();
    l->frame_num = frame_id;
    NvDsMeta *m = gst_buffer_add_nvds_meta(buffer, l, NULL, reference_copy, reference_free);
    if (!m) {
        g_free(l);
        return;
    }
    m->meta_type = (GstNvDsMetaType)NVDS_LATENCY_MEASUREMENT_META;
    m->gst_to_nvds_meta_transform_func = comp_latency_copy;
    m->gst_to_nvds_meta_release_func = comp_latency_release;
}

/* Adds one component-latency entry to the batch, for frame (may be NULL). */
static NvDsUserMeta *add_entry(NvDsBatchMeta *batch, const gchar *name, gdouble t, NvDsFrameMeta *frame)
{
    NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(batch);
    if (!u)
        return NULL;
    NvDsMetaCompLatency *l = g_new0(NvDsMetaCompLatency, 1);
    set_name(l, name);
    l->in_system_timestamp = t;
    if (frame) {
        l->source_id = frame->source_id;
        l->frame_num = (guint)frame->frame_num;
        l->pad_index = frame->pad_index;
    }
    u->user_meta_data = l;
    u->base_meta.meta_type = NVDS_LATENCY_MEASUREMENT_META;
    u->base_meta.copy_func = comp_latency_copy;
    u->base_meta.release_func = comp_latency_release;
    nvds_add_user_meta_to_batch(batch, u);
    return u;
}

NvDsUserMeta *nvds_set_input_system_timestamp(GstBuffer *buffer, gchar *element_name)
{
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buffer);
    if (!batch)
        return NULL;
    gdouble t = now_ms();
    NvDsUserMeta *last = NULL;
    for (NvDsFrameMetaList *l = batch->frame_meta_list; l; l = l->next) {
        NvDsUserMeta *u = add_entry(batch, element_name, t, l->data);
        if (u)
            last = u;
    }
    if (!batch->frame_meta_list)
        last = add_entry(batch, element_name, t, NULL);
    return last;
}

gboolean nvds_set_output_system_timestamp(GstBuffer *buffer, gchar *element_name)
{
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buffer);
    if (!batch || !element_name)
        return FALSE;
    gdouble t = now_ms();
    gboolean found = FALSE;
    for (NvDsUserMetaList *l = batch->batch_user_meta_list; l; l = l->next) {
        NvDsUserMeta *u = l->data;
        NvDsMetaCompLatency *c = u ? u->user_meta_data : NULL;
        if (!c || u->base_meta.meta_type != NVDS_LATENCY_MEASUREMENT_META || c->out_system_timestamp != 0 ||
            strncmp(c->component_name, element_name, sizeof c->component_name) != 0)
            continue;
        c->out_system_timestamp = t;
        found = TRUE;
    }
    return found;
}

/* The earliest reference timestamp among a frame's latency user metas; 0
 * when there is none. */
static gdouble frame_reference(const NvDsFrameMeta *frame)
{
    gdouble ref = 0;
    for (NvDsUserMetaList *l = frame->frame_user_meta_list; l; l = l->next) {
        const NvDsUserMeta *u = l->data;
        const NvDsMetaCompLatency *c = u ? u->user_meta_data : NULL;
        if (!c || u->base_meta.meta_type != NVDS_LATENCY_MEASUREMENT_META || c->in_system_timestamp <= 0)
            continue;
        if (ref == 0 || c->in_system_timestamp < ref)
            ref = c->in_system_timestamp;
    }
    return ref;
}

/* Fills latency_info[0..n) for the n frames that carry a reference
 * timestamp, in batch order; latency_info must have room for every frame
 * of the batch. */
guint nvds_measure_buffer_latency(GstBuffer *buf, NvDsFrameLatencyInfo *latency_info)
{
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buf);
    if (!batch || !latency_info)
        return 0;
    gdouble t = now_ms();
    guint n = 0;
    for (NvDsFrameMetaList *l = batch->frame_meta_list; l; l = l->next) {
        const NvDsFrameMeta *frame = l->data;
        gdouble ref = frame ? frame_reference(frame) : 0;
        if (ref == 0)
            continue;
        latency_info[n].source_id = frame->source_id;
        latency_info[n].frame_num = (guint)frame->frame_num;
        latency_info[n].comp_in_timestamp = ref;
        latency_info[n].latency = t - ref;
        n++;
    }
    return n;
}
