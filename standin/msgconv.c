//go:build !deepstream

/* msgconv.c: nvmsgconv on the CPU. A passthrough GstBaseTransform that
 * turns the NVDS_EVENT_MSG_META user meta of each frame (NvDsEventMsgMeta)
 * into NVDS_PAYLOAD_META user meta (NvDsPayload holding DeepStream-schema
 * JSON), attached to the same frame, as DeepStream's nvmsgconv does with
 * its built-in library: payload-type 0 (full) makes one payload per event
 * message, 1 (minimal) one per frame. Event messages attached to the batch
 * (batch_user_meta_list) give payloads attached to the batch. The JSON is
 * written by msgconv_json.c (the same bytes as package schema's Encoder). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsmeta.h"
#include "nvdsmeta_schema.h"
#include "standin_common.go.h"
#include "standin_msgconv.go.h"
#include "../schema/schema.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_msgconv_debug);
#define GST_CAT_DEFAULT gods_standin_msgconv_debug

#define DEFAULT_FRAME_INTERVAL 30

typedef struct {
    GstBaseTransform parent;
    /* properties (object lock) */
    gchar *config_file;
    gchar *msg2p_lib;
    gint payload_type;
    guint comp_id;
    gchar *debug_payload_dir;
    gboolean multiple_payloads;
    gboolean msg2p_new_api;
    guint frame_interval;
    gboolean dummy_payload;
    /* from start to stop (streaming thread) */
    GodsStandinMsgConfig *config;
} GstStandinMsgConv;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinMsgConvClass;

GType gst_standin_msg_conv_get_type(void);
G_DEFINE_TYPE(GstStandinMsgConv, gst_standin_msg_conv, GST_TYPE_BASE_TRANSFORM)

enum {
    PROP_0,
    PROP_CONFIG,
    PROP_MSG2P_LIB,
    PROP_PAYLOAD_TYPE,
    PROP_COMP_ID,
    PROP_DEBUG_PAYLOAD_DIR,
    PROP_MULTIPLE_PAYLOADS,
    PROP_MSG2P_NEW_API,
    PROP_FRAME_INTERVAL,
    PROP_DUMMY_PAYLOAD,
};

/* DeepStream's payload types (NvDsPayloadType), with nvmsgconv's nicks. */
static GType payload_type_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {NVDS_PAYLOAD_DEEPSTREAM, "Deepstream schema payload", "PAYLOAD_DEEPSTREAM"},
        {NVDS_PAYLOAD_DEEPSTREAM_MINIMAL, "Deepstream schema payload minimal", "PAYLOAD_DEEPSTREAM_MINIMAL"},
        {NVDS_PAYLOAD_DEEPSTREAM_PROTOBUF, "Deepstream schema payload in protobuf (not in the embedded runtime)",
         "PAYLOAD_DEEPSTREAM_PROTOBUF"},
        {NVDS_PAYLOAD_RESERVED, "Reserved type", "PAYLOAD_RESERVED"},
        {NVDS_PAYLOAD_CUSTOM, "Custom schema payload (not in the embedded runtime)", "PAYLOAD_CUSTOM"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinMsgConvPayloadType", values));
    return t;
}

/* ---- NVDS_PAYLOAD_META ----
 * The NvDsPayload, its copy and release are schema's glue
 * (gods_schema_payload_new), which also counts them. */

/* ---- properties ---- */

static void set_string(gchar **dst, const GValue *value)
{
    g_free(*dst);
    *dst = g_value_dup_string(value);
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinMsgConv *self = (GstStandinMsgConv *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_CONFIG: set_string(&self->config_file, value); break;
    case PROP_MSG2P_LIB: set_string(&self->msg2p_lib, value); break;
    case PROP_PAYLOAD_TYPE: self->payload_type = g_value_get_enum(value); break;
    case PROP_COMP_ID: self->comp_id = g_value_get_uint(value); break;
    case PROP_DEBUG_PAYLOAD_DIR: set_string(&self->debug_payload_dir, value); break;
    case PROP_MULTIPLE_PAYLOADS: self->multiple_payloads = g_value_get_boolean(value); break;
    case PROP_MSG2P_NEW_API: self->msg2p_new_api = g_value_get_boolean(value); break;
    case PROP_FRAME_INTERVAL: self->frame_interval = g_value_get_uint(value); break;
    case PROP_DUMMY_PAYLOAD: self->dummy_payload = g_value_get_boolean(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec); break;
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinMsgConv *self = (GstStandinMsgConv *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_CONFIG: g_value_set_string(value, self->config_file); break;
    case PROP_MSG2P_LIB: g_value_set_string(value, self->msg2p_lib); break;
    case PROP_PAYLOAD_TYPE: g_value_set_enum(value, self->payload_type); break;
    case PROP_COMP_ID: g_value_set_uint(value, self->comp_id); break;
    case PROP_DEBUG_PAYLOAD_DIR: g_value_set_string(value, self->debug_payload_dir); break;
    case PROP_MULTIPLE_PAYLOADS: g_value_set_boolean(value, self->multiple_payloads); break;
    case PROP_MSG2P_NEW_API: g_value_set_boolean(value, self->msg2p_new_api); break;
    case PROP_FRAME_INTERVAL: g_value_set_uint(value, self->frame_interval); break;
    case PROP_DUMMY_PAYLOAD: g_value_set_boolean(value, self->dummy_payload); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec); break;
    }
    GST_OBJECT_UNLOCK(self);
}

/* ---- start / stop ---- */

static gboolean start(GstBaseTransform *bt)
{
    GstStandinMsgConv *self = (GstStandinMsgConv *)bt;
    GST_OBJECT_LOCK(self);
    gchar *config = g_strdup(self->config_file);
    gchar *lib = g_strdup(self->msg2p_lib);
    gchar *dir = g_strdup(self->debug_payload_dir);
    gint type = self->payload_type;
    gboolean new_api = self->msg2p_new_api;
    GST_OBJECT_UNLOCK(self);

    gboolean ok = FALSE;
    gchar *error = NULL;
    if (type != NVDS_PAYLOAD_DEEPSTREAM && type != NVDS_PAYLOAD_DEEPSTREAM_MINIMAL) {
        GEnumValue *v = g_enum_get_value(g_type_class_peek(payload_type_get_type()), type);
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS,
                          ("payload-type %s is not supported by the embedded runtime (only PAYLOAD_DEEPSTREAM and "
                           "PAYLOAD_DEEPSTREAM_MINIMAL)",
                           v ? v->value_nick : "?"),
                          (NULL));
        goto out;
    }
    if (dir && access(dir, F_OK) != 0) {
        GST_ELEMENT_ERROR(self, RESOURCE, NOT_FOUND, ("Error: dir %s not found", dir), (NULL));
        goto out;
    }
    if (dir && access(dir, W_OK) != 0) {
        GST_ELEMENT_ERROR(self, RESOURCE, WRITE, ("Error: User doesn't have write permission in %s", dir), (NULL));
        goto out;
    }
    GodsStandinMsgConfig *c = gods_standin_msgconfig_load(config, &error);
    if (!c) {
        GST_ELEMENT_ERROR(self, RESOURCE, SETTINGS, ("Configuration file parsing failed"), ("%s", error));
        goto out;
    }
    if (lib)
        GST_ELEMENT_WARNING(self, LIBRARY, INIT,
                            ("msg2p-lib %s is not loaded by the embedded runtime; the built-in schema library is used",
                             lib),
                            (NULL));
    if (new_api)
        GST_WARNING_OBJECT(self, "msg2p-newapi is not emulated: payloads come from event message meta");
    gods_standin_msgconfig_free(self->config);
    self->config = c;
    ok = TRUE;
out:
    g_free(config);
    g_free(lib);
    g_free(dir);
    g_free(error);
    return ok;
}

static gboolean stop(GstBaseTransform *bt)
{
    GstStandinMsgConv *self = (GstStandinMsgConv *)bt;
    gods_standin_msgconfig_free(self->config);
    self->config = NULL;
    return TRUE;
}

/* ---- payload generation ---- */

typedef struct {
    gint payload_type;
    guint comp_id;
    gboolean dummy;
    FILE *dump; /* debug-payload-dir file of this buffer, opened on first use */
    gchar *dump_dir;
    gboolean warned;
} Job;

static void dump_payload(Job *job, const GString *s)
{
    if (!job->dump_dir)
        return;
    if (!job->dump) {
        GDateTime *now = g_date_time_new_now_utc();
        gchar *ts = g_date_time_format(now, "%Y-%m-%dT%H:%M:%S");
        gchar *name = g_strdup_printf("%s/%s.%03dZ.txt", job->dump_dir, ts, g_date_time_get_microsecond(now) / 1000);
        job->dump = fopen(name, "a");
        g_free(name);
        g_free(ts);
        g_date_time_unref(now);
        if (!job->dump)
            return;
    }
    fprintf(job->dump, "%.*s \n", (int)s->len, s->str);
}

/* Attaches a payload holding s to frame (or, frame NULL, to batch). */
static gboolean attach_payload(GstStandinMsgConv *self, Job *job, NvDsBatchMeta *batch, NvDsFrameMeta *frame,
                               const GString *s)
{
    NvDsPayload *p = gods_schema_payload_new(s->str, (guint)s->len, job->comp_id);
    if (!gods_schema_attach_payload(batch, frame, p)) {
        gods_schema_payload_free(p);
        GST_ELEMENT_ERROR(self, RESOURCE, FAILED, (NULL), ("Couldn't get user meta from pool"));
        return FALSE;
    }
    dump_payload(job, s);
    return TRUE;
}

/* The event messages of a user-meta list that comp-id selects. */
static GPtrArray *event_msgs(NvDsUserMetaList *list, guint comp_id)
{
    GPtrArray *out = g_ptr_array_new();
    for (NvDsUserMetaList *l = list; l; l = l->next) {
        NvDsUserMeta *u = l->data;
        if (!u || u->base_meta.meta_type != NVDS_EVENT_MSG_META || !u->user_meta_data)
            continue;
        NvDsEventMsgMeta *m = u->user_meta_data;
        if (comp_id && (guint)m->componentId != comp_id)
            continue;
        g_ptr_array_add(out, m);
    }
    return out;
}

static void warn_nonfinite(GstStandinMsgConv *self, Job *job)
{
    if (job->warned)
        return;
    job->warned = TRUE;
    GST_ELEMENT_WARNING(self, STREAM, FORMAT, ("event message skipped"),
                        ("an event message holds a NaN or infinite number, which JSON cannot hold"));
}

/* Converts the event messages msgs of one frame (or, frame NULL, of the
 * batch) into payloads attached next to them. */
static gboolean convert(GstStandinMsgConv *self, Job *job, NvDsBatchMeta *batch, NvDsFrameMeta *frame,
                        GPtrArray *msgs)
{
    GString *s = g_string_sized_new(1024);
    gboolean ok = TRUE;
    if (job->payload_type == NVDS_PAYLOAD_DEEPSTREAM) {
        for (guint i = 0; ok && i < msgs->len; i++) {
            g_string_truncate(s, 0);
            if (gods_standin_msgconv_full(s, self->config, g_ptr_array_index(msgs, i), NULL))
                ok = attach_payload(self, job, batch, frame, s);
            else
                warn_nonfinite(self, job);
        }
    } else if (msgs->len > 0) {
        if (gods_standin_msgconv_minimal(s, self->config, (NvDsEventMsgMeta *const *)msgs->pdata, msgs->len))
            ok = attach_payload(self, job, batch, frame, s);
        else
            warn_nonfinite(self, job);
    } else if (job->dummy && frame) {
        /* dummy-payload: a minimal message for a frame without events,
         * from the frame's number, source and NTP time. */
        NvDsEventMsgMeta dummy;
        memset(&dummy, 0, sizeof dummy);
        dummy.frameId = frame->frame_num;
        dummy.sensorId = (gint)frame->source_id;
        GDateTime *t = g_date_time_new_from_unix_utc((gint64)(frame->ntp_timestamp / GST_SECOND));
        gchar *base = t ? g_date_time_format(t, "%Y-%m-%dT%H:%M:%S") : g_strdup("1970-01-01T00:00:00");
        dummy.ts = g_strdup_printf("%s.%03dZ", base, (int)(frame->ntp_timestamp % GST_SECOND / GST_MSECOND));
        g_free(base);
        if (t)
            g_date_time_unref(t);
        NvDsEventMsgMeta *one = &dummy;
        if (gods_standin_msgconv_minimal(s, self->config, &one, 1))
            ok = attach_payload(self, job, batch, frame, s);
        g_free(dummy.ts);
    }
    g_string_free(s, TRUE);
    return ok;
}

static GstFlowReturn transform_ip(GstBaseTransform *bt, GstBuffer *buf)
{
    GstStandinMsgConv *self = (GstStandinMsgConv *)bt;
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buf);
    if (!batch || !self->config)
        return GST_FLOW_OK;
    Job job = {0};
    GST_OBJECT_LOCK(self);
    job.payload_type = self->payload_type;
    job.comp_id = self->comp_id;
    job.dummy = self->dummy_payload;
    job.dump_dir = g_strdup(self->debug_payload_dir);
    GST_OBJECT_UNLOCK(self);

    gboolean ok = TRUE;
    /* The batch's lock: another branch of a tee may read the same meta. */
    nvds_acquire_meta_lock(batch);
    for (NvDsFrameMetaList *l = batch->frame_meta_list; ok && l; l = l->next) {
        NvDsFrameMeta *frame = l->data;
        /* Collected first: the payloads go onto the same list. */
        GPtrArray *msgs = event_msgs(frame->frame_user_meta_list, job.comp_id);
        ok = convert(self, &job, batch, frame, msgs);
        g_ptr_array_unref(msgs);
    }
    if (ok) {
        GPtrArray *msgs = event_msgs(batch->batch_user_meta_list, job.comp_id);
        if (msgs->len > 0)
            ok = convert(self, &job, batch, NULL, msgs);
        g_ptr_array_unref(msgs);
    }
    nvds_release_meta_lock(batch);
    if (job.dump)
        fclose(job.dump);
    g_free(job.dump_dir);
    return ok ? GST_FLOW_OK : GST_FLOW_ERROR;
}

/* ---- boilerplate ---- */

static void finalize(GObject *object)
{
    GstStandinMsgConv *self = (GstStandinMsgConv *)object;
    g_free(self->config_file);
    g_free(self->msg2p_lib);
    g_free(self->debug_payload_dir);
    gods_standin_msgconfig_free(self->config);
    G_OBJECT_CLASS(gst_standin_msg_conv_parent_class)->finalize(object);
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_msg_conv_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvmsgconv", &count);
}

static void gst_standin_msg_conv_class_init(GstStandinMsgConvClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_msgconv_debug, "nvmsgconv", 0, "go-deepstream stand-in nvmsgconv");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(
        gobject_class, PROP_CONFIG,
        g_param_spec_string("config", "configuration file name",
                            "nvmsgconv configuration file ([sensorN], [placeN], [analyticsN] groups)", NULL, rw));
    g_object_class_install_property(
        gobject_class, PROP_MSG2P_LIB,
        g_param_spec_string("msg2p-lib", "payload generation library",
                            "Accepted, not loaded: the built-in schema library is used", NULL, rw));
    g_object_class_install_property(
        gobject_class, PROP_PAYLOAD_TYPE,
        g_param_spec_enum("payload-type", "Payload type", "Type of payload to be generated", payload_type_get_type(),
                          NVDS_PAYLOAD_DEEPSTREAM, rw | GST_PARAM_MUTABLE_READY));
    g_object_class_install_property(
        gobject_class, PROP_COMP_ID,
        g_param_spec_uint("comp-id", "Component Id",
                          "Only event messages of this componentId (0: all); also the payloads' componentId", 0,
                          G_MAXUINT, 0, rw));
    g_object_class_install_property(
        gobject_class, PROP_DEBUG_PAYLOAD_DIR,
        g_param_spec_string("debug-payload-dir", "directory to dump payload",
                            "Directory where each buffer's payloads are written, one file per buffer", NULL, rw));
    g_object_class_install_property(
        gobject_class, PROP_MULTIPLE_PAYLOADS,
        g_param_spec_boolean("multiple-payloads", "Use multiple payloads API",
                             "Accepted (the built-in library makes one payload per call either way)", FALSE, rw));
    g_object_class_install_property(
        gobject_class, PROP_MSG2P_NEW_API,
        g_param_spec_boolean("msg2p-newapi", "Use new msg2p API",
                             "Accepted, not emulated: payloads come from event message meta", FALSE, rw));
    g_object_class_install_property(
        gobject_class, PROP_FRAME_INTERVAL,
        g_param_spec_uint("frame-interval", "Payload generation interval",
                          "Accepted (used by msg2p-newapi, which is not emulated)", 1, G_MAXUINT,
                          DEFAULT_FRAME_INTERVAL, rw));
    g_object_class_install_property(
        gobject_class, PROP_DUMMY_PAYLOAD,
        g_param_spec_boolean("dummy-payload", "Dummy payload",
                             "Minimal schema: a payload also for frames without NVDS_EVENT_MSG_META", FALSE, rw));

    gst_element_class_add_pad_template(element_class,
                                       gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, gst_caps_new_any()));
    gst_element_class_add_pad_template(element_class,
                                       gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, gst_caps_new_any()));
    gst_element_class_set_static_metadata(element_class, "Message Converter (go-deepstream CPU stand-in)",
                                          "Filter/Metadata", "Transforms buffer meta to schema / payload meta",
                                          "go-deepstream");
    bt->start = start;
    bt->stop = stop;
    bt->transform_ip = transform_ip;
    bt->transform_ip_on_passthrough = TRUE;
}

static void gst_standin_msg_conv_init(GstStandinMsgConv *self)
{
    self->payload_type = NVDS_PAYLOAD_DEEPSTREAM;
    self->frame_interval = DEFAULT_FRAME_INTERVAL;
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), TRUE);
}
