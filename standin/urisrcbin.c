//go:build !deepstream

/* urisrcbin.c: nvurisrcbin on the CPU: a bin around uridecodebin (which
 * plugs the stand-in nvv4l2decoder, so the output is NVMM NV12) with the
 * real bin's file looping and RTSP reconnection, and its one decoded video
 * pad exposed as the sometimes pad "vsrc_0".
 *
 * Looping and reconnecting both restart the source: the uridecodebin is
 * replaced by a fresh one for the same URI, and the ghost pad retargeted
 * to its decoded pad. The downstream element (nvstreammux) sees neither
 * EOS nor flush, only new sticky events; a looped file's timestamps are
 * moved past the passes before, so that they keep increasing and the muxer
 * keeps batching. */
#include <string.h>

#include "standin_common.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_urisrcbin_debug);
#define GST_CAT_DEFAULT gods_standin_urisrcbin_debug

enum {
    PROP_0,
    PROP_URI,
    PROP_FILE_LOOP,
    PROP_RTSP_RECONNECT_INTERVAL,
    PROP_INIT_RTSP_RECONNECT_INTERVAL,
    PROP_RTSP_RECONNECT_ATTEMPTS,
    PROP_LATENCY,
    PROP_SELECT_RTP_PROTOCOL,
    PROP_UDP_BUFFER_SIZE,
    PROP_DROP_ON_LATENCY,
    PROP_NUM_EXTRA_SURFACES,
    PROP_GPU_ID,
    PROP_CUDADEC_MEMTYPE,
    PROP_DROP_FRAME_INTERVAL,
    PROP_DEC_SKIP_FRAMES,
    PROP_LOW_LATENCY_MODE,
    PROP_EXTRACT_SEI,
    PROP_SEI_UUID,
    PROP_SOURCE_ID,
    PROP_DISABLE_AUDIO,
    PROP_DISABLE_PASSTHROUGH,
    PROP_SMART_RECORD,
    PROP_SMART_REC_DIR_PATH,
    PROP_SMART_REC_FILE_PREFIX,
    PROP_SMART_REC_CACHE,
    PROP_SMART_REC_CONTAINER,
    PROP_SMART_REC_MODE,
    PROP_SMART_REC_DEFAULT_DURATION,
    N_PROPS,
};

typedef struct {
    GstBin parent;
    /* Property values, by id: most are handed to the inner elements or
     * only kept, so one store serves them all (under the object lock). */
    GValue props[N_PROPS];
    GstElement *source; /* the current uridecodebin */
    GstPad *srcpad;     /* the ghost "vsrc_0", once a video pad appeared */
    /* streaming, under the object lock */
    GstClockTime pass_end; /* end of the latest buffer of this pass, stream time */
    GstClockTime offset;   /* the ghost pad's offset: the passes before this one */
    gint reconnects;       /* RTSP restarts so far */
    gboolean restarting;
    gboolean stopping; /* EOS was sent to the bin: no more looping */
    guint generation; /* bumped by each restart: stale callbacks do nothing */
} GstStandinUriSrcBin;

typedef struct {
    GstBinClass parent_class;
} GstStandinUriSrcBinClass;

GType gst_standin_uri_src_bin_get_type(void);
G_DEFINE_TYPE(GstStandinUriSrcBin, gst_standin_uri_src_bin, GST_TYPE_BIN)

static GParamSpec *pspecs[N_PROPS];

static GType enum_type(const char *name, const GEnumValue *values, GType *t)
{
    if (g_once_init_enter(t))
        g_once_init_leave(t, g_enum_register_static(name, values));
    return *t;
}

static GType rtp_protocol_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "UDP + UDP Multicast + TCP", "rtp-multi"},
        {4, "TCP Only", "rtp-tcp"},
        {0, NULL, NULL},
    };
    return enum_type("GstStandinUriSrcBinRtpProtocol", values, &t);
}

static GType memtype_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Memory type Device", "memtype_device"},
        {1, "Memory type Host Pinned", "memtype_pinned"},
        {2, "Memory type Unified", "memtype_unified"},
        {0, NULL, NULL},
    };
    return enum_type("GstStandinUriSrcBinCudaDecMemType", values, &t);
}

static GType skip_frames_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Decode all frames", "decode_all"},
        {1, "Decode non-ref frames", "decode_non_ref"},
        {2, "Decode key frames", "decode_key"},
        {0, NULL, NULL},
    };
    return enum_type("GstStandinUriSrcBinDecSkipFrames", values, &t);
}

static GType smart_record_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Disable Smart Record", "disable"},
        {1, "Trigger Smart Record through cloud messages only", "cloud-only"},
        {2, "Trigger Smart Record through cloud messages as well as local events", "multi"},
        {0, NULL, NULL},
    };
    return enum_type("GstStandinUriSrcBinSmartRecord", values, &t);
}

static GType smart_rec_container_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "MP4 container", "mp4"},
        {1, "MKV container", "mkv"},
        {0, NULL, NULL},
    };
    return enum_type("GstStandinUriSrcBinSmartRecContainer", values, &t);
}

static GType smart_rec_mode_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Record audio and video if available", "audio-video"},
        {1, "Record video only if available", "video-only"},
        {2, "Record audio only if available", "audio-only"},
        {0, NULL, NULL},
    };
    return enum_type("GstStandinUriSrcBinSmartRecMode", values, &t);
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinUriSrcBin *self = (GstStandinUriSrcBin *)object;
    if (id == 0 || id >= N_PROPS) {
        G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
        return;
    }
    GST_OBJECT_LOCK(self);
    g_value_copy(value, &self->props[id]);
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinUriSrcBin *self = (GstStandinUriSrcBin *)object;
    if (id == 0 || id >= N_PROPS) {
        G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
        return;
    }
    GST_OBJECT_LOCK(self);
    g_value_copy(&self->props[id], value);
    GST_OBJECT_UNLOCK(self);
}

/* Property values, read under the object lock. */
static gint prop_int(GstStandinUriSrcBin *self, guint id)
{
    GST_OBJECT_LOCK(self);
    const GValue *v = &self->props[id];
    gint r = G_VALUE_HOLDS_INT(v)       ? g_value_get_int(v)
             : G_VALUE_HOLDS_UINT(v)    ? (gint)MIN(g_value_get_uint(v), (guint)G_MAXINT)
             : G_VALUE_HOLDS_BOOLEAN(v) ? g_value_get_boolean(v)
             : G_VALUE_HOLDS_ENUM(v)    ? g_value_get_enum(v)
                                        : 0;
    GST_OBJECT_UNLOCK(self);
    return r;
}

static gchar *prop_string(GstStandinUriSrcBin *self, guint id)
{
    GST_OBJECT_LOCK(self);
    gchar *s = g_value_dup_string(&self->props[id]);
    GST_OBJECT_UNLOCK(self);
    return s;
}

static gboolean is_rtsp(GstStandinUriSrcBin *self)
{
    gchar *uri = prop_string(self, PROP_URI);
    gboolean r = uri && g_ascii_strncasecmp(uri, "rtsp", 4) == 0;
    g_free(uri);
    return r;
}

static void finalize(GObject *object)
{
    GstStandinUriSrcBin *self = (GstStandinUriSrcBin *)object;
    for (guint i = 1; i < N_PROPS; i++)
        g_value_unset(&self->props[i]);
    G_OBJECT_CLASS(gst_standin_uri_src_bin_parent_class)->finalize(object);
}

static void restart_later(GstStandinUriSrcBin *self, guint generation, guint delay_sec);

/* On the decoded video pad: tracks where the pass ended, and turns EOS into
 * a restart when the file loops (or an RTSP source may reconnect). */
static GstPadProbeReturn video_probe(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    GstStandinUriSrcBin *self = data;
    guint generation = GPOINTER_TO_UINT(g_object_get_data(G_OBJECT(pad), "gods-generation"));
    if (info->type & GST_PAD_PROBE_TYPE_BUFFER) {
        GstBuffer *buf = GST_PAD_PROBE_INFO_BUFFER(info);
        GstClockTime pts = GST_BUFFER_PTS(buf), dur = GST_BUFFER_DURATION(buf);
        if (!GST_CLOCK_TIME_IS_VALID(pts))
            return GST_PAD_PROBE_OK;
        GstClockTime end = pts + (GST_CLOCK_TIME_IS_VALID(dur) ? dur : 0);
        GST_OBJECT_LOCK(self);
        if (!GST_CLOCK_TIME_IS_VALID(self->pass_end) || end > self->pass_end)
            self->pass_end = end;
        GstClockTime offset = self->offset;
        GST_OBJECT_UNLOCK(self);
        if (offset == 0)
            return GST_PAD_PROBE_OK;
        /* A later pass of a looped file: its timestamps follow the
         * previous passes' (the segment still starts at 0, so running
         * times follow too). */
        buf = gst_buffer_make_writable(buf);
        GST_BUFFER_PTS(buf) += offset;
        if (GST_CLOCK_TIME_IS_VALID(GST_BUFFER_DTS(buf)))
            GST_BUFFER_DTS(buf) += offset;
        GST_PAD_PROBE_INFO_DATA(info) = buf;
        return GST_PAD_PROBE_OK;
    }
    GstEvent *ev = GST_PAD_PROBE_INFO_EVENT(info);
    if (GST_EVENT_TYPE(ev) != GST_EVENT_EOS)
        return GST_PAD_PROBE_OK;
    GST_OBJECT_LOCK(self);
    gboolean stopping = self->stopping;
    GST_OBJECT_UNLOCK(self);
    GST_DEBUG_OBJECT(self, "EOS on the video pad (stopping: %d)", stopping);
    if (stopping)
        return GST_PAD_PROBE_OK;
    if (prop_int(self, PROP_FILE_LOOP) && !is_rtsp(self)) {
        GST_DEBUG_OBJECT(self, "end of file: looping");
        restart_later(self, generation, 0);
        return GST_PAD_PROBE_DROP;
    }
    /* An RTSP server that ends the stream is reconnected to, as after an
     * error. */
    gint interval = prop_int(self, PROP_RTSP_RECONNECT_INTERVAL);
    gint attempts = prop_int(self, PROP_RTSP_RECONNECT_ATTEMPTS);
    gboolean rtsp = is_rtsp(self);
    GST_OBJECT_LOCK(self);
    gboolean again = rtsp && interval > 0 && (attempts < 0 || self->reconnects < attempts);
    GST_OBJECT_UNLOCK(self);
    if (again) {
        restart_later(self, generation, (guint)interval);
        return GST_PAD_PROBE_DROP;
    }
    return GST_PAD_PROBE_OK;
}

/* Non-video streams (audio) end in a fakesink: the real bin's audio pad
 * is not exposed by the stand-in. */
static void sink_away(GstStandinUriSrcBin *self, GstPad *pad)
{
    GstElement *sink = gst_element_factory_make("fakesink", NULL);
    if (!sink)
        return;
    g_object_set(sink, "sync", FALSE, "async", FALSE, NULL);
    gst_bin_add(GST_BIN(self), sink);
    gst_element_sync_state_with_parent(sink);
    GstPad *sinkpad = gst_element_get_static_pad(sink, "sink");
    gst_pad_link(pad, sinkpad);
    gst_object_unref(sinkpad);
}

static void pad_added(GstElement *source, GstPad *pad, gpointer data)
{
    GstStandinUriSrcBin *self = data;
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, NULL);
    const gchar *name = caps && gst_caps_get_size(caps) ? gst_structure_get_name(gst_caps_get_structure(caps, 0)) : "";
    gboolean video = g_str_has_prefix(name, "video/");
    if (caps)
        gst_caps_unref(caps);
    if (!video) {
        sink_away(self, pad);
        return;
    }
    g_object_set_data(G_OBJECT(pad), "gods-generation",
                      g_object_get_data(G_OBJECT(source), "gods-generation"));
    gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, video_probe, self, NULL);

    GST_OBJECT_LOCK(self);
    GstPad *ghost = self->srcpad ? gst_object_ref(self->srcpad) : NULL;
    GST_OBJECT_UNLOCK(self);
    if (ghost) { /* a restart: the same pad, retargeted */
        gst_ghost_pad_set_target(GST_GHOST_PAD(ghost), pad);
        gst_object_unref(ghost);
        return;
    }
    GstPadTemplate *tmpl = gst_element_class_get_pad_template(GST_ELEMENT_GET_CLASS(self), "vsrc_%u");
    ghost = gst_ghost_pad_new_from_template("vsrc_0", pad, tmpl);
    gst_pad_set_active(ghost, TRUE);
    GST_OBJECT_LOCK(self);
    self->srcpad = ghost;
    GST_OBJECT_UNLOCK(self);
    gst_element_add_pad(GST_ELEMENT(self), ghost);
    gst_element_no_more_pads(GST_ELEMENT(self));
}

/* Hands the decoder and the RTSP source the properties that are theirs. */
static void deep_element_added(GstBin *bin, GstBin *sub_bin, GstElement *child)
{
    GstStandinUriSrcBin *self = (GstStandinUriSrcBin *)bin;
    GstElementFactory *f = gst_element_get_factory(child);
    const gchar *factory = f ? GST_OBJECT_NAME(f) : "";
    if (g_str_equal(factory, "nvv4l2decoder")) {
        gchar *uuid = prop_string(self, PROP_SEI_UUID);
        g_object_set(child, "drop-frame-interval", (guint)prop_int(self, PROP_DROP_FRAME_INTERVAL), "num-extra-surfaces",
                     (guint)prop_int(self, PROP_NUM_EXTRA_SURFACES), "gpu-id", (guint)prop_int(self, PROP_GPU_ID),
                     "cudadec-memtype", prop_int(self, PROP_CUDADEC_MEMTYPE), "skip-frames",
                     prop_int(self, PROP_DEC_SKIP_FRAMES), "low-latency-mode", prop_int(self, PROP_LOW_LATENCY_MODE),
                     "extract-sei-type5-data", prop_int(self, PROP_EXTRACT_SEI), "sei-uuid", uuid, NULL);
        g_free(uuid);
    } else if (g_str_equal(factory, "rtspsrc")) {
        /* select-rtp-protocol: 0 lets rtspsrc try UDP, multicast and TCP,
         * 4 is TCP only (GstRTSPLowerTrans values). */
        g_object_set(child, "latency", (guint)prop_int(self, PROP_LATENCY), "udp-buffer-size",
                     prop_int(self, PROP_UDP_BUFFER_SIZE), "drop-on-latency", prop_int(self, PROP_DROP_ON_LATENCY), NULL);
        if (prop_int(self, PROP_SELECT_RTP_PROTOCOL) == 4)
            gst_util_set_object_arg(G_OBJECT(child), "protocols", "tcp");
    }
    GST_BIN_CLASS(gst_standin_uri_src_bin_parent_class)->deep_element_added(bin, sub_bin, child);
}

/* Adds a fresh uridecodebin for the URI; FALSE when there is none. */
static gboolean add_source(GstStandinUriSrcBin *self, guint generation)
{
    gchar *uri = prop_string(self, PROP_URI);
    GstElement *src = gst_element_factory_make("uridecodebin", NULL);
    if (!src) {
        g_free(uri);
        GST_ELEMENT_ERROR(self, CORE, MISSING_PLUGIN, ("uridecodebin is missing (install gstreamer1.0-plugins-base)"),
                          (NULL));
        return FALSE;
    }
    g_object_set(src, "uri", uri, NULL);
    g_free(uri);
    g_object_set_data(G_OBJECT(src), "gods-generation", GUINT_TO_POINTER(generation));
    g_signal_connect(src, "pad-added", G_CALLBACK(pad_added), self);
    GST_OBJECT_LOCK(self);
    self->source = src;
    GST_OBJECT_UNLOCK(self);
    gst_bin_add(GST_BIN(self), src);
    return TRUE;
}

typedef struct {
    GstStandinUriSrcBin *self;
    guint generation;
    guint delay_sec;
} Restart;

/* Replaces the source by a fresh one, off the streaming threads (from
 * gst_element_call_async). A loop moves the ghost pad's offset past the
 * pass that ended; an RTSP reconnect counts an attempt. */
static void restart(GstElement *element, gpointer data)
{
    GstStandinUriSrcBin *self = (GstStandinUriSrcBin *)element;
    Restart *r = data;
    if (r->delay_sec)
        g_usleep((gulong)r->delay_sec * G_USEC_PER_SEC);
    GST_OBJECT_LOCK(self);
    gboolean stale = r->generation != self->generation || GST_STATE(self) < GST_STATE_PAUSED ||
                     GST_STATE_TARGET(self) < GST_STATE_PAUSED;
    GstElement *old = stale ? NULL : self->source;
    if (!stale) {
        self->generation++;
        self->source = NULL;
    }
    guint generation = self->generation;
    GST_OBJECT_UNLOCK(self);
    if (stale) {
        GST_OBJECT_LOCK(self);
        self->restarting = FALSE;
        GST_OBJECT_UNLOCK(self);
        return;
    }
    gboolean loop = prop_int(self, PROP_FILE_LOOP) && !is_rtsp(self);
    GST_OBJECT_LOCK(self);
    if (loop && GST_CLOCK_TIME_IS_VALID(self->pass_end))
        self->offset += self->pass_end;
    else if (!loop)
        self->reconnects++;
    self->pass_end = GST_CLOCK_TIME_NONE;
    GstPad *ghost = self->srcpad ? gst_object_ref(self->srcpad) : NULL;
    gint reconnects = self->reconnects;
    GST_OBJECT_UNLOCK(self);
    if (!loop)
        GST_INFO_OBJECT(self, "reconnecting (attempt %d)", reconnects);

    if (ghost) {
        gst_ghost_pad_set_target(GST_GHOST_PAD(ghost), NULL);
        gst_object_unref(ghost);
    }
    if (old) {
        gst_element_set_locked_state(old, TRUE);
        gst_element_set_state(old, GST_STATE_NULL);
        gst_bin_remove(GST_BIN(self), old);
    }
    if (add_source(self, generation)) {
        GST_OBJECT_LOCK(self);
        GstElement *src = self->source ? gst_object_ref(self->source) : NULL;
        GST_OBJECT_UNLOCK(self);
        if (src) {
            gst_element_sync_state_with_parent(src);
            gst_object_unref(src);
        }
    }
    GST_OBJECT_LOCK(self);
    self->restarting = FALSE;
    GST_OBJECT_UNLOCK(self);
}

static void restart_later(GstStandinUriSrcBin *self, guint generation, guint delay_sec)
{
    GST_OBJECT_LOCK(self);
    gboolean busy = self->restarting || generation != self->generation;
    if (!busy)
        self->restarting = TRUE;
    GST_OBJECT_UNLOCK(self);
    if (busy)
        return;
    Restart *r = g_new(Restart, 1);
    *r = (Restart){self, generation, delay_sec};
    gst_element_call_async(GST_ELEMENT(self), restart, r, g_free);
}

/* An error from inside an RTSP source within its reconnect attempts is
 * answered by a reconnect after rtsp-reconnect-interval seconds, not passed
 * up; everything else goes up as usual. */
static void handle_message(GstBin *bin, GstMessage *msg)
{
    GstStandinUriSrcBin *self = (GstStandinUriSrcBin *)bin;
    if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR && is_rtsp(self)) {
        gint interval = prop_int(self, PROP_RTSP_RECONNECT_INTERVAL);
        gint attempts = prop_int(self, PROP_RTSP_RECONNECT_ATTEMPTS);
        GST_OBJECT_LOCK(self);
        gboolean again = interval > 0 && (attempts < 0 || self->reconnects < attempts);
        guint generation = self->generation;
        gboolean ours = self->source && GST_MESSAGE_SRC(msg) &&
                        (GST_MESSAGE_SRC(msg) == GST_OBJECT(self->source) ||
                         gst_object_has_as_ancestor(GST_MESSAGE_SRC(msg), GST_OBJECT(self->source)));
        GST_OBJECT_UNLOCK(self);
        if (again && ours) {
            GError *err = NULL;
            gst_message_parse_error(msg, &err, NULL);
            GST_WARNING_OBJECT(self, "RTSP source failed (%s): reconnecting in %d s", err ? err->message : "?",
                               interval);
            g_clear_error(&err);
            restart_later(self, generation, (guint)interval);
            gst_message_unref(msg);
            return;
        }
    }
    GST_BIN_CLASS(gst_standin_uri_src_bin_parent_class)->handle_message(bin, msg);
}

/* An EOS sent to the bin (an application ending the pipeline) ends the
 * stream, file-loop or not: it reaches the video pad like the end of the
 * file, and must not start another pass. */
static gboolean send_event(GstElement *element, GstEvent *event)
{
    GstStandinUriSrcBin *self = (GstStandinUriSrcBin *)element;
    if (GST_EVENT_TYPE(event) == GST_EVENT_EOS) {
        GST_OBJECT_LOCK(self);
        self->stopping = TRUE;
        GST_OBJECT_UNLOCK(self);
        GST_INFO_OBJECT(self, "EOS sent: the stream ends");
    }
    return GST_ELEMENT_CLASS(gst_standin_uri_src_bin_parent_class)->send_event(element, event);
}

static GstStateChangeReturn change_state(GstElement *element, GstStateChange transition)
{
    GstStandinUriSrcBin *self = (GstStandinUriSrcBin *)element;
    if (transition == GST_STATE_CHANGE_NULL_TO_READY) {
        GST_OBJECT_LOCK(self);
        gboolean have = self->source != NULL;
        guint generation = self->generation;
        GST_OBJECT_UNLOCK(self);
        gchar *uri = prop_string(self, PROP_URI);
        gboolean no_uri = !uri || !*uri;
        g_free(uri);
        if (no_uri) {
            GST_ELEMENT_ERROR(self, RESOURCE, NOT_FOUND, ("no uri set"), ("set the uri property"));
            return GST_STATE_CHANGE_FAILURE;
        }
        if (!have && !add_source(self, generation))
            return GST_STATE_CHANGE_FAILURE;
    }
    if (transition == GST_STATE_CHANGE_READY_TO_PAUSED) {
        GST_OBJECT_LOCK(self);
        self->pass_end = GST_CLOCK_TIME_NONE;
        self->offset = 0;
        self->reconnects = 0;
        self->stopping = FALSE;
        GST_OBJECT_UNLOCK(self);
    }
    if (transition == GST_STATE_CHANGE_PAUSED_TO_READY) {
        GST_OBJECT_LOCK(self);
        self->generation++; /* pending restarts do nothing */
        GST_OBJECT_UNLOCK(self);
    }
    return GST_ELEMENT_CLASS(gst_standin_uri_src_bin_parent_class)->change_state(element, transition);
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_uri_src_bin_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvurisrcbin", &count);
}

static void gst_standin_uri_src_bin_class_init(GstStandinUriSrcBinClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBinClass *bin_class = GST_BIN_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_urisrcbin_debug, "nvurisrcbin", 0, "go-deepstream stand-in nvurisrcbin");
    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    element_class->change_state = change_state;
    element_class->send_event = send_event;
    bin_class->handle_message = handle_message;
    bin_class->deep_element_added = deep_element_added;

    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    pspecs[PROP_URI] = g_param_spec_string("uri", "URI", "URI of the source to decode", NULL, rw);
    pspecs[PROP_FILE_LOOP] =
        g_param_spec_boolean("file-loop", "File loop", "Loop a file source: start again at its end", FALSE, rw);
    pspecs[PROP_RTSP_RECONNECT_INTERVAL] =
        g_param_spec_int("rtsp-reconnect-interval", "RTSP reconnect interval",
                         "Seconds to wait before reconnecting a failed RTSP source (0: never reconnect)", 0, G_MAXINT, 0, rw);
    pspecs[PROP_INIT_RTSP_RECONNECT_INTERVAL] =
        g_param_spec_int("init-rtsp-reconnect-interval", "Initial RTSP reconnect interval",
                         "Accepted, unused (the stand-in waits rtsp-reconnect-interval every time)", 0, G_MAXINT, 0, rw);
    pspecs[PROP_RTSP_RECONNECT_ATTEMPTS] =
        g_param_spec_int("rtsp-reconnect-attempts", "RTSP reconnect attempts",
                         "Reconnect attempts before the error goes up (-1: no limit)", -1, G_MAXINT, -1, rw);
    pspecs[PROP_LATENCY] = g_param_spec_uint("latency", "Latency", "rtspsrc jitter buffer size, ms", 0, G_MAXUINT, 100, rw);
    pspecs[PROP_SELECT_RTP_PROTOCOL] = g_param_spec_enum("select-rtp-protocol", "RTP protocol",
                                                         "Transport protocols rtspsrc may use", rtp_protocol_get_type(), 0, rw);
    pspecs[PROP_UDP_BUFFER_SIZE] =
        g_param_spec_uint("udp-buffer-size", "UDP buffer size", "rtspsrc's UDP buffer size, bytes", 0, G_MAXINT, 524288, rw);
    pspecs[PROP_DROP_ON_LATENCY] =
        g_param_spec_boolean("drop-on-latency", "Drop on latency", "rtspsrc drops late packets", FALSE, rw);
    pspecs[PROP_NUM_EXTRA_SURFACES] =
        g_param_spec_uint("num-extra-surfaces", "Extra surfaces", "Given to the decoder (unused there)", 0, 24, 1, rw);
    pspecs[PROP_GPU_ID] = g_param_spec_uint("gpu-id", "GPU id", "Given to the decoder (unused there)", 0, G_MAXUINT, 0, rw);
    pspecs[PROP_CUDADEC_MEMTYPE] = g_param_spec_enum("cudadec-memtype", "CUDA decoder memory type",
                                                     "Given to the decoder (unused there)", memtype_get_type(), 0, rw);
    pspecs[PROP_DROP_FRAME_INTERVAL] = g_param_spec_uint("drop-frame-interval", "Drop frame interval",
                                                         "Given to the decoder: output only every N-th frame", 0, 30, 0, rw);
    pspecs[PROP_DEC_SKIP_FRAMES] = g_param_spec_enum("dec-skip-frames", "Skip frames", "Given to the decoder (unused there)",
                                                     skip_frames_get_type(), 0, rw);
    pspecs[PROP_LOW_LATENCY_MODE] =
        g_param_spec_boolean("low-latency-mode", "Low latency", "Given to the decoder (unused there)", FALSE, rw);
    pspecs[PROP_EXTRACT_SEI] = g_param_spec_boolean("extract-sei-type5-data", "Extract SEI",
                                                    "Given to the decoder (unused there)", FALSE, rw);
    pspecs[PROP_SEI_UUID] = g_param_spec_string("sei-uuid", "SEI UUID", "Given to the decoder (unused there)", NULL, rw);
    pspecs[PROP_SOURCE_ID] = g_param_spec_int("source-id", "Source id", "Accepted, unused", -1, G_MAXINT, -1, rw);
    pspecs[PROP_DISABLE_AUDIO] = g_param_spec_boolean(
        "disable-audio", "Disable audio", "Accepted: audio is never exposed by the stand-in", FALSE, rw);
    pspecs[PROP_DISABLE_PASSTHROUGH] =
        g_param_spec_boolean("disable-passthrough", "Disable passthrough", "Accepted, unused", FALSE, rw);
    pspecs[PROP_SMART_RECORD] =
        g_param_spec_enum("smart-record", "Smart record", "Accepted, unused", smart_record_get_type(), 0, rw);
    pspecs[PROP_SMART_REC_DIR_PATH] =
        g_param_spec_string("smart-rec-dir-path", "Smart record folder", "Accepted, unused", NULL, rw);
    pspecs[PROP_SMART_REC_FILE_PREFIX] =
        g_param_spec_string("smart-rec-file-prefix", "Smart record file prefix", "Accepted, unused", NULL, rw);
    pspecs[PROP_SMART_REC_CACHE] =
        g_param_spec_uint("smart-rec-cache", "Smart record cache", "Accepted, unused", 0, G_MAXUINT, 20, rw);
    pspecs[PROP_SMART_REC_CONTAINER] = g_param_spec_enum("smart-rec-container", "Smart record container",
                                                         "Accepted, unused", smart_rec_container_get_type(), 0, rw);
    pspecs[PROP_SMART_REC_MODE] =
        g_param_spec_enum("smart-rec-mode", "Smart record mode", "Accepted, unused", smart_rec_mode_get_type(), 0, rw);
    pspecs[PROP_SMART_REC_DEFAULT_DURATION] = g_param_spec_uint(
        "smart-rec-default-duration", "Smart record default duration", "Accepted, unused", 0, G_MAXUINT, 20, rw);
    g_object_class_install_properties(gobject_class, N_PROPS, pspecs);

    gst_element_class_add_pad_template(
        element_class, gst_pad_template_new("vsrc_%u", GST_PAD_SRC, GST_PAD_SOMETIMES, gst_caps_new_any()));
    gst_element_class_set_static_metadata(element_class, "NvUriSrcBin (go-deepstream CPU stand-in)", "Source/Bin/Video",
                                          "uridecodebin with the stand-in decoder, file looping and RTSP reconnection",
                                          "go-deepstream");
}

static void gst_standin_uri_src_bin_init(GstStandinUriSrcBin *self)
{
    for (guint i = 1; i < N_PROPS; i++) {
        g_value_init(&self->props[i], G_PARAM_SPEC_VALUE_TYPE(pspecs[i]));
        g_param_value_set_default(pspecs[i], &self->props[i]);
    }
    self->pass_end = GST_CLOCK_TIME_NONE;
    /* A source from the start (its uridecodebin is added later), so that
     * an EOS sent to the pipeline comes here. */
    GST_OBJECT_FLAG_SET(self, GST_ELEMENT_FLAG_SOURCE);
}
