//go:build !deepstream

/* logger.c: nvdslogger on the CPU: a pass-through element that counts the
 * frames of each source in the batches going by (NvDsBatchMeta, by
 * pad_index) and prints every source's frame rate each
 * fps-measurement-interval-sec seconds, on stdout:
 *
 *   **PERF : FPS_0 (29.97)	FPS_1 (30.01)	
 *
 * (one "FPS_<source> (<fps>)" and a tab per source seen so far). The
 * interval is measured on the system's monotonic clock, from the buffers
 * themselves: a line goes out with the first buffer after the interval
 * has passed, and one more, for the rest, at EOS. silent suppresses the
 * lines. Buffers are never changed. */
#include <stdio.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsmeta.h"
#include "standin_common.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_logger_debug);
#define GST_CAT_DEFAULT gods_standin_logger_debug

/* Sources counted; pad indexes at or above it are ignored. */
#define LOGGER_MAX_SOURCES 1024

typedef struct {
    GstBaseTransform parent;
    gboolean silent;
    guint interval_sec;
    /* streaming */
    gint64 start_us;                     /* start of the interval, monotonic */
    guint64 counts[LOGGER_MAX_SOURCES];  /* frames per source this interval */
    guint nsources;                      /* highest pad index seen + 1 */
} GstStandinLogger;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinLoggerClass;

GType gst_standin_logger_get_type(void);
G_DEFINE_TYPE(GstStandinLogger, gst_standin_logger, GST_TYPE_BASE_TRANSFORM)

enum { PROP_0, PROP_SILENT, PROP_FPS_INTERVAL };

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinLogger *self = (GstStandinLogger *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_SILENT: self->silent = g_value_get_boolean(value); break;
    case PROP_FPS_INTERVAL: self->interval_sec = g_value_get_uint(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinLogger *self = (GstStandinLogger *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_SILENT: g_value_set_boolean(value, self->silent); break;
    case PROP_FPS_INTERVAL: g_value_set_uint(value, self->interval_sec); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

/* Prints the interval's rates and starts the next interval. Called with
 * the object lock held. One write per line, so lines do not interleave
 * with other threads' output. */
static void print_locked(GstStandinLogger *self, gint64 now)
{
    gdouble secs = (gdouble)(now - self->start_us) / G_USEC_PER_SEC;
    if (!self->silent && self->nsources > 0 && secs > 0) {
        GString *line = g_string_new("**PERF : ");
        for (guint i = 0; i < self->nsources; i++)
            g_string_append_printf(line, "FPS_%u (%.2f)\t", i, (gdouble)self->counts[i] / secs);
        g_string_append_c(line, '\n');
        fputs(line->str, stdout);
        fflush(stdout);
        g_string_free(line, TRUE);
    }
    memset(self->counts, 0, sizeof self->counts);
    self->start_us = now;
}

static GstFlowReturn transform_ip(GstBaseTransform *trans, GstBuffer *buf)
{
    GstStandinLogger *self = (GstStandinLogger *)trans;
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buf);
    gint64 now = g_get_monotonic_time();
    GST_OBJECT_LOCK(self);
    if (self->start_us == 0)
        self->start_us = now;
    for (NvDsFrameMetaList *l = batch ? batch->frame_meta_list : NULL; l; l = l->next) {
        const NvDsFrameMeta *f = l->data;
        if (!f || f->pad_index >= LOGGER_MAX_SOURCES)
            continue;
        self->counts[f->pad_index]++;
        if (f->pad_index + 1 > self->nsources)
            self->nsources = f->pad_index + 1;
    }
    if (now - self->start_us >= (gint64)self->interval_sec * G_USEC_PER_SEC)
        print_locked(self, now);
    GST_OBJECT_UNLOCK(self);
    return GST_FLOW_OK;
}

static gboolean sink_event(GstBaseTransform *trans, GstEvent *event)
{
    GstStandinLogger *self = (GstStandinLogger *)trans;
    if (GST_EVENT_TYPE(event) == GST_EVENT_EOS) {
        GST_OBJECT_LOCK(self);
        if (self->start_us != 0)
            print_locked(self, g_get_monotonic_time());
        GST_OBJECT_UNLOCK(self);
    }
    return GST_BASE_TRANSFORM_CLASS(gst_standin_logger_parent_class)->sink_event(trans, event);
}

static gboolean start(GstBaseTransform *trans)
{
    GstStandinLogger *self = (GstStandinLogger *)trans;
    GST_OBJECT_LOCK(self);
    self->start_us = 0;
    self->nsources = 0;
    memset(self->counts, 0, sizeof self->counts);
    GST_OBJECT_UNLOCK(self);
    return TRUE;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_logger_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvdslogger", &count);
}

static void gst_standin_logger_class_init(GstStandinLoggerClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt_class = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_logger_debug, "nvdslogger", 0, "go-deepstream stand-in nvdslogger");
    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->constructed = constructed;
    bt_class->transform_ip = transform_ip;
    bt_class->sink_event = sink_event;
    bt_class->start = start;
    bt_class->passthrough_on_same_caps = TRUE;

    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_SILENT,
                                    g_param_spec_boolean("silent", "Silent", "Print nothing", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_FPS_INTERVAL,
                                    g_param_spec_uint("fps-measurement-interval-sec", "FPS measurement interval",
                                                      "Seconds between frame-rate lines", 1, G_MAXINT, 5, rw));

    GstCaps *any = gst_caps_new_any();
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, any));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, any));
    gst_caps_unref(any);
    gst_element_class_set_static_metadata(element_class, "nvdslogger (go-deepstream CPU stand-in)", "Filter/Video",
                                          "Prints each source's frame rate from the batch metadata going by",
                                          "go-deepstream");
}

static void gst_standin_logger_init(GstStandinLogger *self)
{
    self->interval_sec = 5;
    gst_base_transform_set_in_place(GST_BASE_TRANSFORM(self), TRUE);
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), TRUE);
}
