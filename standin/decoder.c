//go:build !deepstream

/* decoder.c: nvv4l2decoder on the CPU: a bin of
 *   decodebin ! videoconvert ! video/x-raw,format=NV12 ! (stand-in nvvideoconvert)
 *     ! video/x-raw(memory:NVMM),format=NV12
 * The inner decodebin picks the system's software decoder (avdec_h264 for
 * H.264) and never this element itself; the output is NV12 in NvBufSurface
 * buffers, as the real decoder gives. */
#include "standin_common.go.h"
#include "nvds_latency_meta.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_decoder_debug);
#define GST_CAT_DEFAULT gods_standin_decoder_debug

GType gst_standin_video_convert_get_type(void);

#define DECODER_SINK_CAPS                                                                                              \
    "video/x-h264, stream-format=(string)byte-stream, alignment=(string)au; "                                          \
    "video/x-h265, stream-format=(string)byte-stream, alignment=(string)au; "                                          \
    "image/jpeg; video/mpeg, mpegversion=(int){2,4}, systemstream=(boolean)false; "                                    \
    "video/x-vp8; video/x-vp9; video/x-av1"
#define DECODER_SRC_CAPS                                                                                               \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)NV12, width=(int)[1,32767], height=(int)[1,32767], "        \
    "framerate=(fraction)[0/1,2147483647/1]"

typedef struct {
    GstBin parent;
    GstElement *decodebin, *videoconvert, *sysfilter, *convert, *nvmmfilter;
    GstPad *sinkpad, *srcpad;
    /* properties */
    guint drop_frame_interval;
    guint num_extra_surfaces;
    guint gpu_id;
    gint cudadec_memtype;
    gint skip_frames;
    gboolean enable_max_performance;
    gboolean mjpeg;
    gboolean low_latency;
    gboolean extract_sei;
    gchar *sei_uuid;
    gchar *device;
    /* streaming */
    guint64 frames;
    /* latency reference stamps (see latency_probe) */
    gboolean stamp_latency;
    guint stamped;
} GstStandinV4l2Decoder;

typedef struct {
    GstBinClass parent_class;
} GstStandinV4l2DecoderClass;

GType gst_standin_v4l2_decoder_get_type(void);
G_DEFINE_TYPE(GstStandinV4l2Decoder, gst_standin_v4l2_decoder, GST_TYPE_BIN)

enum {
    PROP_0,
    PROP_DROP_FRAME_INTERVAL,
    PROP_NUM_EXTRA_SURFACES,
    PROP_GPU_ID,
    PROP_CUDADEC_MEMTYPE,
    PROP_SKIP_FRAMES,
    PROP_ENABLE_MAX_PERFORMANCE,
    PROP_MJPEG,
    PROP_LOW_LATENCY,
    PROP_EXTRACT_SEI,
    PROP_SEI_UUID,
    PROP_DEVICE,
};

static GType cudadec_memtype_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Memory type Device", "memtype_device"},
        {1, "Memory type Host Pinned", "memtype_pinned"},
        {2, "Memory type Unified", "memtype_unified"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinCudaDecMemType", values));
    return t;
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
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinSkipFrames", values));
    return t;
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinV4l2Decoder *self = (GstStandinV4l2Decoder *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_DROP_FRAME_INTERVAL: self->drop_frame_interval = g_value_get_uint(value); break;
    case PROP_NUM_EXTRA_SURFACES: self->num_extra_surfaces = g_value_get_uint(value); break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_CUDADEC_MEMTYPE: self->cudadec_memtype = g_value_get_enum(value); break;
    case PROP_SKIP_FRAMES: self->skip_frames = g_value_get_enum(value); break;
    case PROP_ENABLE_MAX_PERFORMANCE: self->enable_max_performance = g_value_get_boolean(value); break;
    case PROP_MJPEG: self->mjpeg = g_value_get_boolean(value); break;
    case PROP_LOW_LATENCY: self->low_latency = g_value_get_boolean(value); break;
    case PROP_EXTRACT_SEI: self->extract_sei = g_value_get_boolean(value); break;
    case PROP_SEI_UUID:
        g_free(self->sei_uuid);
        self->sei_uuid = g_value_dup_string(value);
        break;
    case PROP_DEVICE:
        g_free(self->device);
        self->device = g_value_dup_string(value);
        break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinV4l2Decoder *self = (GstStandinV4l2Decoder *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_DROP_FRAME_INTERVAL: g_value_set_uint(value, self->drop_frame_interval); break;
    case PROP_NUM_EXTRA_SURFACES: g_value_set_uint(value, self->num_extra_surfaces); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_CUDADEC_MEMTYPE: g_value_set_enum(value, self->cudadec_memtype); break;
    case PROP_SKIP_FRAMES: g_value_set_enum(value, self->skip_frames); break;
    case PROP_ENABLE_MAX_PERFORMANCE: g_value_set_boolean(value, self->enable_max_performance); break;
    case PROP_MJPEG: g_value_set_boolean(value, self->mjpeg); break;
    case PROP_LOW_LATENCY: g_value_set_boolean(value, self->low_latency); break;
    case PROP_EXTRACT_SEI: g_value_set_boolean(value, self->extract_sei); break;
    case PROP_SEI_UUID: g_value_set_string(value, self->sei_uuid); break;
    case PROP_DEVICE: g_value_set_string(value, self->device); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void finalize(GObject *object)
{
    GstStandinV4l2Decoder *self = (GstStandinV4l2Decoder *)object;
    g_free(self->sei_uuid);
    g_free(self->device);
    G_OBJECT_CLASS(gst_standin_v4l2_decoder_parent_class)->finalize(object);
}

/* decodebin's GstAutoplugSelectResult values. */
enum { AUTOPLUG_TRY = 0, AUTOPLUG_SKIP = 2 };

/* Never lets the inner decodebin plug a stand-in (this element has a
 * higher rank than the software decoders, so it would pick itself). */
static gint autoplug_select(GstElement *bin, GstPad *pad, GstCaps *caps, GstElementFactory *factory, gpointer data)
{
    GType t = gst_element_factory_get_element_type(factory);
    const gchar *plugin = gst_plugin_feature_get_plugin_name(GST_PLUGIN_FEATURE(factory));
    if ((t && g_str_has_prefix(g_type_name(t), "GstStandin")) ||
        (plugin && g_str_equal(plugin, GODS_STANDIN_PLUGIN_NAME)) ||
        g_str_has_prefix(GST_OBJECT_NAME(factory), "nvv4l2")) {
        return AUTOPLUG_SKIP;
    }
    return AUTOPLUG_TRY;
}

static void pad_added(GstElement *decodebin, GstPad *pad, gpointer data)
{
    GstStandinV4l2Decoder *self = data;
    GstPad *sink = gst_element_get_static_pad(self->videoconvert, "sink");
    if (!gst_pad_is_linked(sink)) {
        GstPadLinkReturn r = gst_pad_link(pad, sink);
        if (r != GST_PAD_LINK_OK)
            GST_ELEMENT_ERROR(self, CORE, NEGOTIATION, ("cannot link the decoded stream (%s)", gst_pad_link_get_name(r)),
                              ("pad %s:%s", GST_DEBUG_PAD_NAME(pad)));
    }
    gst_object_unref(sink);
}

/* drop-frame-interval N > 1: only every N-th decoded frame goes out. */
static GstPadProbeReturn drop_probe(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    GstStandinV4l2Decoder *self = data;
    GST_OBJECT_LOCK(self);
    guint n = self->drop_frame_interval;
    guint64 k = self->frames++;
    GST_OBJECT_UNLOCK(self);
    return n > 1 && k % n != 0 ? GST_PAD_PROBE_DROP : GST_PAD_PROBE_OK;
}

/* Latency measurement (NVDS_ENABLE_LATENCY_MEASUREMENT exported, read when
 * the element starts, as the SDK decoder does): every frame that goes out
 * carries a reference timestamp (nvds_add_reference_timestamp_meta, named
 * "nvv4l2decoder" like the real decoder's), which nvstreammux turns into
 * frame user meta and nvds_measure_buffer_latency measures from. Runs after
 * drop_probe, so only the frames that go out are stamped and numbered. */
static GstPadProbeReturn latency_probe(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    GstStandinV4l2Decoder *self = data;
    GST_OBJECT_LOCK(self);
    gboolean on = self->stamp_latency;
    guint id = on ? self->stamped++ : 0;
    GST_OBJECT_UNLOCK(self);
    if (!on)
        return GST_PAD_PROBE_OK;
    GstBuffer *buf = gst_buffer_make_writable(GST_PAD_PROBE_INFO_BUFFER(info));
    GST_PAD_PROBE_INFO_DATA(info) = buf;
    nvds_add_reference_timestamp_meta(buf, "nvv4l2decoder", id);
    return GST_PAD_PROBE_OK;
}

static GstStateChangeReturn change_state(GstElement *element, GstStateChange transition)
{
    GstStandinV4l2Decoder *self = (GstStandinV4l2Decoder *)element;
    if (transition == GST_STATE_CHANGE_READY_TO_PAUSED) {
        GST_OBJECT_LOCK(self);
        self->frames = 0;
        self->stamped = 0;
        self->stamp_latency = nvds_get_enable_latency_measurement();
        GST_OBJECT_UNLOCK(self);
    }
    return GST_ELEMENT_CLASS(gst_standin_v4l2_decoder_parent_class)->change_state(element, transition);
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_v4l2_decoder_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvv4l2decoder", &count);
}

static void gst_standin_v4l2_decoder_class_init(GstStandinV4l2DecoderClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_decoder_debug, "nvv4l2decoder", 0, "go-deepstream stand-in nvv4l2decoder");
    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    element_class->change_state = change_state;

    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_DROP_FRAME_INTERVAL,
                                    g_param_spec_uint("drop-frame-interval", "Drop frame interval",
                                                      "Output only every N-th frame (0 or 1: all)", 0, 30, 0, rw));
    g_object_class_install_property(gobject_class, PROP_NUM_EXTRA_SURFACES,
                                    g_param_spec_uint("num-extra-surfaces", "Extra surfaces", "Accepted, unused", 0,
                                                      24, 0, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_CUDADEC_MEMTYPE,
                                    g_param_spec_enum("cudadec-memtype", "CUDA decoder memory type",
                                                      "Accepted, unused", cudadec_memtype_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_SKIP_FRAMES,
                                    g_param_spec_enum("skip-frames", "Skip frames", "Accepted, unused (all decoded)",
                                                      skip_frames_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_ENABLE_MAX_PERFORMANCE,
                                    g_param_spec_boolean("enable-max-performance", "Max performance",
                                                         "Accepted, unused", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_MJPEG,
                                    g_param_spec_boolean("mjpeg", "MJPEG", "Accepted, unused (the input caps decide)",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_LOW_LATENCY,
                                    g_param_spec_boolean("low-latency-mode", "Low latency", "Accepted, unused", FALSE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_EXTRACT_SEI,
                                    g_param_spec_boolean("extract-sei-type5-data", "Extract SEI", "Accepted, unused",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_SEI_UUID,
                                    g_param_spec_string("sei-uuid", "SEI UUID", "Accepted, unused", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_DEVICE,
                                    g_param_spec_string("device", "Device", "Accepted, unused", "/dev/nvidia0", rw));

    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(DECODER_SINK_CAPS)));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(DECODER_SRC_CAPS)));
    gst_element_class_set_static_metadata(element_class, "NVIDIA v4l2 video decoder (go-deepstream CPU stand-in)",
                                          "Codec/Decoder/Video",
                                          "Decodes with the system's software decoders into NV12 NvBufSurfaces",
                                          "go-deepstream");
}

static GstElement *make(GstStandinV4l2Decoder *self, const char *factory, const char *name)
{
    GstElement *e = gst_element_factory_make(factory, name);
    if (!e) {
        GST_ERROR_OBJECT(self, "element %s is missing (install gstreamer1.0-plugins-base)", factory);
        return NULL;
    }
    gst_bin_add(GST_BIN(self), e);
    return e;
}

static void gst_standin_v4l2_decoder_init(GstStandinV4l2Decoder *self)
{
    GstElementClass *klass = GST_ELEMENT_GET_CLASS(self);
    self->device = g_strdup("/dev/nvidia0");
    self->decodebin = make(self, "decodebin", "decodebin");
    self->videoconvert = make(self, "videoconvert", "videoconvert");
    self->sysfilter = make(self, "capsfilter", "nv12");
    self->nvmmfilter = make(self, "capsfilter", "nvmm");
    self->convert = g_object_new(gst_standin_video_convert_get_type(), "name", "nvconvert", NULL);
    gst_bin_add(GST_BIN(self), self->convert);

    GstPad *sink_target = NULL, *src_target = NULL;
    if (self->decodebin && self->videoconvert && self->sysfilter && self->nvmmfilter) {
        GstCaps *c = gst_caps_from_string("video/x-raw, format=(string)NV12");
        g_object_set(self->sysfilter, "caps", c, NULL);
        gst_caps_unref(c);
        c = gst_caps_from_string("video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)NV12");
        g_object_set(self->nvmmfilter, "caps", c, NULL);
        gst_caps_unref(c);
        gst_element_link_many(self->videoconvert, self->sysfilter, self->convert, self->nvmmfilter, NULL);
        g_signal_connect(self->decodebin, "autoplug-select", G_CALLBACK(autoplug_select), self);
        g_signal_connect(self->decodebin, "pad-added", G_CALLBACK(pad_added), self);
        sink_target = gst_element_get_static_pad(self->decodebin, "sink");
        src_target = gst_element_get_static_pad(self->nvmmfilter, "src");
        gst_pad_add_probe(src_target, GST_PAD_PROBE_TYPE_BUFFER, drop_probe, self, NULL);
        gst_pad_add_probe(src_target, GST_PAD_PROBE_TYPE_BUFFER, latency_probe, self, NULL);
    }
    self->sinkpad = gst_ghost_pad_new_no_target_from_template("sink", gst_element_class_get_pad_template(klass, "sink"));
    self->srcpad = gst_ghost_pad_new_no_target_from_template("src", gst_element_class_get_pad_template(klass, "src"));
    if (sink_target)
        gst_ghost_pad_set_target(GST_GHOST_PAD(self->sinkpad), sink_target);
    if (src_target)
        gst_ghost_pad_set_target(GST_GHOST_PAD(self->srcpad), src_target);
    gst_element_add_pad(GST_ELEMENT(self), self->sinkpad);
    gst_element_add_pad(GST_ELEMENT(self), self->srcpad);
    if (sink_target)
        gst_object_unref(sink_target);
    if (src_target)
        gst_object_unref(src_target);
}
