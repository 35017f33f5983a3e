/* C baselines and harnesses for the benchmarks; see cbench.go.h. */
#include "cbench.go.h"

#include <time.h>

static gint64 warnings;

static void count_warning(const gchar *domain, GLogLevelFlags level, const gchar *msg, gpointer data)
{
    __atomic_add_fetch(&warnings, 1, __ATOMIC_RELAXED);
    g_log_default_handler(domain, level, msg, data);
}

void gods_cbench_init(void)
{
    gst_init(NULL, NULL);
    const GLogLevelFlags levels = G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL;
    g_log_set_handler("GStreamer", levels, count_warning, NULL);
    g_log_set_handler("GLib", levels, count_warning, NULL);
    g_log_set_handler("GLib-GObject", levels, count_warning, NULL);
    g_log_set_handler("go-deepstream", levels, count_warning, NULL);
}

gint64 gods_cbench_warnings(void)
{
    return __atomic_load_n(&warnings, __ATOMIC_RELAXED);
}

double gods_cbench_walk_batch(NvDsBatchMeta *batch)
{
    double sum = 0;
    for (NvDsFrameMetaList *fl = batch->frame_meta_list; fl; fl = fl->next) {
        NvDsFrameMeta *frame = fl->data;
        for (NvDsObjectMetaList *ol = frame->obj_meta_list; ol; ol = ol->next) {
            NvDsObjectMeta *obj = ol->data;
            sum += obj->class_id;
            sum += obj->confidence;
            sum += obj->rect_params.left;
            sum += obj->rect_params.top;
            sum += obj->rect_params.width;
            sum += obj->rect_params.height;
        }
    }
    return sum;
}

void gods_cbench_acquire_fill_add(NvDsBatchMeta *batch, NvDsFrameMeta *frame, int n)
{
    for (int i = 0; i < n; i++) {
        NvDsObjectMeta *obj = nvds_acquire_obj_meta_from_pool(batch);
        obj->class_id = i & 3;
        obj->object_id = (guint64)i;
        obj->confidence = 0.5f;
        obj->unique_component_id = 1;
        obj->rect_params.left = 10;
        obj->rect_params.top = 20;
        obj->rect_params.width = 30;
        obj->rect_params.height = 40;
        nvds_add_obj_meta_to_frame(frame, obj, NULL);
    }
}

void gods_cbench_clear_objects(NvDsFrameMeta *frame)
{
    nvds_clear_obj_meta_list(frame, frame->obj_meta_list);
}

static GstFlowReturn drop_chain(GstPad *pad, GstObject *parent, GstBuffer *buf)
{
    gst_buffer_unref(buf);
    return GST_FLOW_OK;
}

void gods_cbench_pad_pair(GstPad **src, GstPad **sink)
{
    GstPad *s = gst_object_ref_sink(gst_pad_new("src", GST_PAD_SRC));
    GstPad *k = gst_object_ref_sink(gst_pad_new("sink", GST_PAD_SINK));
    gst_pad_set_chain_function(k, drop_chain);
    gst_pad_link(s, k);
    gst_pad_set_active(k, TRUE);
    gst_pad_set_active(s, TRUE);
    gst_pad_push_event(s, gst_event_new_stream_start("cbench"));
    GstCaps *caps = gst_caps_new_empty_simple("application/x-cbench");
    gst_pad_push_event(s, gst_event_new_caps(caps));
    gst_caps_unref(caps);
    GstSegment seg;
    gst_segment_init(&seg, GST_FORMAT_BYTES);
    gst_pad_push_event(s, gst_event_new_segment(&seg));
    *src = s;
    *sink = k;
}

GstBuffer *gods_cbench_new_buffer(gsize size, int frames)
{
    GstBuffer *buf = gst_buffer_new_allocate(NULL, size, NULL);
    if (frames <= 0)
        return buf;
    NvDsBatchMeta *batch = nvds_create_batch_meta((guint)frames);
    for (int i = 0; i < frames; i++) {
        NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(batch);
        f->batch_id = (guint)i;
        nvds_add_frame_meta_to_batch(batch, f);
    }
    NvDsMeta *m = gst_buffer_add_nvds_meta(buf, batch, NULL, nvds_batch_meta_copy_func,
                                           nvds_batch_meta_release_func);
    m->meta_type = NVDS_BATCH_GST_META;
    return buf;
}

typedef struct {
    GstPad *src;
    GstBuffer *buf;
    gint64 n;
    gint64 ns;
} PushJob;

gint64 gods_cbench_push(GstPad *src, GstBuffer *buf, gint64 n)
{
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (gint64 i = 0; i < n; i++) {
        if (gst_pad_push(src, gst_buffer_ref(buf)) != GST_FLOW_OK)
            return -1;
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    return (gint64)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec);
}

static gpointer push_thread(gpointer data)
{
    PushJob *j = data;
    j->ns = gods_cbench_push(j->src, j->buf, j->n);
    return NULL;
}

gint64 gods_cbench_push_on_thread(GstPad *src, GstBuffer *buf, gint64 n)
{
    PushJob j = {src, buf, n, 0};
    GThread *t = g_thread_new("cbench-push", push_thread, &j);
    g_thread_join(t);
    return j.ns;
}

static gint64 c_probe_calls;
static volatile guint c_probe_sink;

static GstPadProbeReturn c_probe(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    GstBuffer *buf = GST_PAD_PROBE_INFO_BUFFER(info);
    if (!buf)
        return GST_PAD_PROBE_OK;
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buf);
    if (batch)
        c_probe_sink = batch->num_frames_in_batch;
    __atomic_add_fetch(&c_probe_calls, 1, __ATOMIC_RELAXED);
    return GST_PAD_PROBE_OK;
}

gulong gods_cbench_add_c_probe(GstPad *pad)
{
    return gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, c_probe, NULL, NULL);
}

void gods_cbench_remove_probe(GstPad *pad, gulong id)
{
    gst_pad_remove_probe(pad, id);
}

gint64 gods_cbench_c_probe_calls(void)
{
    return __atomic_load_n(&c_probe_calls, __ATOMIC_RELAXED);
}

GstElement *gods_cbench_pipeline(const char *desc)
{
    GError *err = NULL;
    GstElement *p = gst_parse_launch(desc, &err);
    if (err) {
        g_clear_error(&err);
        if (p)
            gst_object_unref(p);
        return NULL;
    }
    return p;
}

GstPad *gods_cbench_element_pad(GstElement *pipeline, const char *element, const char *pad)
{
    if (!GST_IS_BIN(pipeline))
        return NULL;
    GstElement *e = gst_bin_get_by_name(GST_BIN(pipeline), element);
    if (!e)
        return NULL;
    GstPad *p = gst_element_get_static_pad(e, pad);
    gst_object_unref(e);
    return p;
}

gint64 gods_cbench_run(GstElement *pipeline)
{
    GstBus *bus = gst_element_get_bus(pipeline);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    gint64 ns = -1;
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE) {
        GstMessage *msg = gst_bus_timed_pop_filtered(bus, GST_CLOCK_TIME_NONE,
                                                     GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
        clock_gettime(CLOCK_MONOTONIC, &b);
        if (msg && GST_MESSAGE_TYPE(msg) == GST_MESSAGE_EOS)
            ns = (gint64)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec);
        if (msg)
            gst_message_unref(msg);
    }
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(bus);
    return ns;
}

void gods_cbench_unref(gpointer object)
{
    if (object)
        gst_object_unref(object);
}

void gods_cbench_buffer_unref(GstBuffer *buf)
{
    if (buf)
        gst_buffer_unref(buf);
}

char *gods_cbench_run_error(GstElement *pipeline)
{
    GstBus *bus = gst_element_get_bus(pipeline);
    char *text = NULL;
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        text = g_strdup("state change failed");
    } else {
        GstMessage *msg = gst_bus_timed_pop_filtered(bus, GST_CLOCK_TIME_NONE,
                                                     GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
        if (msg && GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
            GError *err = NULL;
            gst_message_parse_error(msg, &err, NULL);
            text = g_strdup_printf("%s: %s", GST_OBJECT_NAME(GST_MESSAGE_SRC(msg)), err->message);
            g_error_free(err);
        }
        if (msg)
            gst_message_unref(msg);
    }
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(bus);
    return text;
}
