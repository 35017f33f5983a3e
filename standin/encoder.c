//go:build !deepstream

/* encoder.c: nvv4l2h264enc and nvv4l2h265enc on the CPU: bins of
 *   (stand-in nvvideoconvert) ! video/x-raw,format=I420 ! x264enc|x265enc
 *     ! video/x-h264|h265, stream-format=byte-stream, alignment=au
 * taking the stand-ins' NVMM frames (NV12, I420 or RGBA, as nvvideoconvert
 * and nvdsosd give them) or system-memory video, and giving the byte stream
 * the real encoders give. The NVIDIA properties are mapped onto the
 * software encoder's where one exists (bitrate, iframeinterval,
 * preset-level, insert-aud, num-B-Frames) and accepted otherwise
 * (docs/standin-elements.md lists which). The software encoders are tuned
 * for zero latency, as the hardware encoders have no look-ahead. */
#include "standin_common.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_encoder_debug);
#define GST_CAT_DEFAULT gods_standin_encoder_debug

GType gst_standin_video_convert_get_type(void);

#define ENCODER_SINK_CAPS                                                                                              \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string){ I420, NV12, RGBA }, width=(int)[1,32767], "           \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]; "                                                  \
    "video/x-raw, format=(string){ I420, NV12, RGBA }, width=(int)[1,32767], height=(int)[1,32767], "                  \
    "framerate=(fraction)[0/1,2147483647/1]"

typedef struct {
    GstBin parent;
    GstElement *convert, *rawfilter, *enc, *outfilter;
    /* properties, as the NVIDIA element has them */
    guint bitrate, peak_bitrate, iframeinterval, idrinterval, gpu_id, num_b_frames;
    gint control_rate, preset_level, profile;
    gboolean insert_sps_pps, insert_aud, insert_vui, maxperf;
} GstStandinV4l2Enc;

typedef struct {
    GstBinClass parent_class;
    gboolean h265; /* set by the subclass */
} GstStandinV4l2EncClass;

GType gst_standin_v4l2_enc_get_type(void);
G_DEFINE_ABSTRACT_TYPE(GstStandinV4l2Enc, gst_standin_v4l2_enc, GST_TYPE_BIN)

enum {
    PROP_0,
    PROP_BITRATE,
    PROP_PEAK_BITRATE,
    PROP_CONTROL_RATE,
    PROP_IFRAMEINTERVAL,
    PROP_IDRINTERVAL,
    PROP_PRESET_LEVEL,
    PROP_PROFILE,
    PROP_INSERT_SPS_PPS,
    PROP_INSERT_AUD,
    PROP_INSERT_VUI,
    PROP_NUM_B_FRAMES,
    PROP_MAXPERF,
    PROP_GPU_ID,
};

#define DEFAULT_BITRATE 4000000
#define DEFAULT_IFRAMEINTERVAL 30
#define DEFAULT_IDRINTERVAL 256
#define DEFAULT_PRESET_LEVEL 1

static GType control_rate_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Variable bitrate", "variable_bitrate"},
        {1, "Constant bitrate", "constant_bitrate"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinV4l2EncControlRate", values));
    return t;
}

static GType preset_level_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Disable HW-Preset", "DisablePreset"},
        {1, "UltraFastPreset for high perf", "UltraFastPreset"},
        {2, "FastPreset", "FastPreset"},
        {3, "MediumPreset", "MediumPreset"},
        {4, "SlowPreset", "SlowPreset"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinV4l2EncHwPreset", values));
    return t;
}

/* The software encoder's speed preset for a preset level: the hardware's
 * ultra-fast preset is the default, and the fastest x264/x265 one. */
static const char *speed_preset(gint level)
{
    switch (level) {
    case 2: return "veryfast";
    case 3: return "medium";
    case 4: return "slow";
    default: return "ultrafast";
    }
}

/* Applies the properties to the inner encoder, on construction and on
 * every change. Called without the object lock: setting a child's property
 * notifies through its parent, which takes that lock. */
static void apply(GstStandinV4l2Enc *self)
{
    if (!self->enc)
        return;
    gboolean h265 = ((GstStandinV4l2EncClass *)G_OBJECT_GET_CLASS(self))->h265;
    GST_OBJECT_LOCK(self);
    guint kbps = MAX(1u, self->bitrate / 1000), key = self->iframeinterval, bframes = MIN(self->num_b_frames, 16u);
    gboolean aud = self->insert_aud;
    const char *preset = speed_preset(self->preset_level);
    GST_OBJECT_UNLOCK(self);
    g_object_set(self->enc, "bitrate", MIN(kbps, h265 ? 102400u : 2048000u), NULL);
    if (h265)
        g_object_set(self->enc, "key-int-max", (gint)MIN(key, (guint)G_MAXINT), NULL);
    else
        g_object_set(self->enc, "key-int-max", key, "aud", aud, "bframes", bframes, NULL);
    gst_util_set_object_arg(G_OBJECT(self->enc), "speed-preset", preset);
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinV4l2Enc *self = (GstStandinV4l2Enc *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_BITRATE: self->bitrate = g_value_get_uint(value); break;
    case PROP_PEAK_BITRATE: self->peak_bitrate = g_value_get_uint(value); break;
    case PROP_CONTROL_RATE: self->control_rate = g_value_get_enum(value); break;
    case PROP_IFRAMEINTERVAL: self->iframeinterval = g_value_get_uint(value); break;
    case PROP_IDRINTERVAL: self->idrinterval = g_value_get_uint(value); break;
    case PROP_PRESET_LEVEL: self->preset_level = g_value_get_enum(value); break;
    case PROP_PROFILE: self->profile = g_value_get_uint(value); break;
    case PROP_INSERT_SPS_PPS: self->insert_sps_pps = g_value_get_boolean(value); break;
    case PROP_INSERT_AUD: self->insert_aud = g_value_get_boolean(value); break;
    case PROP_INSERT_VUI: self->insert_vui = g_value_get_boolean(value); break;
    case PROP_NUM_B_FRAMES: self->num_b_frames = g_value_get_uint(value); break;
    case PROP_MAXPERF: self->maxperf = g_value_get_boolean(value); break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
    apply(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinV4l2Enc *self = (GstStandinV4l2Enc *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_BITRATE: g_value_set_uint(value, self->bitrate); break;
    case PROP_PEAK_BITRATE: g_value_set_uint(value, self->peak_bitrate); break;
    case PROP_CONTROL_RATE: g_value_set_enum(value, self->control_rate); break;
    case PROP_IFRAMEINTERVAL: g_value_set_uint(value, self->iframeinterval); break;
    case PROP_IDRINTERVAL: g_value_set_uint(value, self->idrinterval); break;
    case PROP_PRESET_LEVEL: g_value_set_enum(value, self->preset_level); break;
    case PROP_PROFILE: g_value_set_uint(value, (guint)self->profile); break;
    case PROP_INSERT_SPS_PPS: g_value_set_boolean(value, self->insert_sps_pps); break;
    case PROP_INSERT_AUD: g_value_set_boolean(value, self->insert_aud); break;
    case PROP_INSERT_VUI: g_value_set_boolean(value, self->insert_vui); break;
    case PROP_NUM_B_FRAMES: g_value_set_uint(value, self->num_b_frames); break;
    case PROP_MAXPERF: g_value_set_boolean(value, self->maxperf); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static GstElement *make(GstStandinV4l2Enc *self, const char *factory, const char *name)
{
    GstElement *e = gst_element_factory_make(factory, name);
    if (!e)
        return NULL;
    gst_bin_add(GST_BIN(self), e);
    return e;
}

static void set_caps(GstElement *filter, const char *desc)
{
    GstCaps *c = gst_caps_from_string(desc);
    g_object_set(filter, "caps", c, NULL);
    gst_caps_unref(c);
}

/* A missing software encoder fails the state change with an error that
 * names the package to install, rather than at construction (where
 * nothing could report it). */
static GstStateChangeReturn change_state(GstElement *element, GstStateChange transition)
{
    GstStandinV4l2Enc *self = (GstStandinV4l2Enc *)element;
    if (transition == GST_STATE_CHANGE_NULL_TO_READY && !self->enc) {
        gboolean h265 = ((GstStandinV4l2EncClass *)G_OBJECT_GET_CLASS(self))->h265;
        GST_ELEMENT_ERROR(self, CORE, MISSING_PLUGIN,
                          ("the stand-in encoder needs %s (install %s)", h265 ? "x265enc" : "x264enc",
                           h265 ? "gstreamer1.0-plugins-bad" : "gstreamer1.0-plugins-ugly"),
                          (NULL));
        return GST_STATE_CHANGE_FAILURE;
    }
    return GST_ELEMENT_CLASS(gst_standin_v4l2_enc_parent_class)->change_state(element, transition);
}

/* The children are made here, not in init: only now is the object's class
 * the subclass that says which codec it is. */
static void constructed(GObject *object)
{
    static gint count264, count265;
    GstStandinV4l2Enc *self = (GstStandinV4l2Enc *)object;
    GstElementClass *klass = GST_ELEMENT_GET_CLASS(self);
    gboolean h265 = ((GstStandinV4l2EncClass *)klass)->h265;
    G_OBJECT_CLASS(gst_standin_v4l2_enc_parent_class)->constructed(object);
    gods_standin_default_name(object, h265 ? "nvv4l2h265enc" : "nvv4l2h264enc", h265 ? &count265 : &count264);

    self->convert = g_object_new(gst_standin_video_convert_get_type(), "name", "nvconvert", NULL);
    gst_bin_add(GST_BIN(self), self->convert);
    self->rawfilter = make(self, "capsfilter", "i420");
    self->outfilter = make(self, "capsfilter", "bytestream");
    self->enc = make(self, h265 ? "x265enc" : "x264enc", "swenc");
    GstPad *sink_target = NULL, *src_target = NULL;
    if (self->enc && self->rawfilter && self->outfilter) {
        set_caps(self->rawfilter, "video/x-raw, format=(string)I420");
        set_caps(self->outfilter, h265 ? "video/x-h265, stream-format=(string)byte-stream, alignment=(string)au"
                                       : "video/x-h264, stream-format=(string)byte-stream, alignment=(string)au");
        gst_util_set_object_arg(G_OBJECT(self->enc), "tune", "zerolatency");
        apply(self);
        gst_element_link_many(self->convert, self->rawfilter, self->enc, self->outfilter, NULL);
        sink_target = gst_element_get_static_pad(self->convert, "sink");
        src_target = gst_element_get_static_pad(self->outfilter, "src");
    } else {
        self->enc = NULL; /* change_state reports it */
    }
    GstPad *sinkpad = gst_ghost_pad_new_no_target_from_template("sink", gst_element_class_get_pad_template(klass, "sink"));
    GstPad *srcpad = gst_ghost_pad_new_no_target_from_template("src", gst_element_class_get_pad_template(klass, "src"));
    if (sink_target) {
        gst_ghost_pad_set_target(GST_GHOST_PAD(sinkpad), sink_target);
        gst_object_unref(sink_target);
    }
    if (src_target) {
        gst_ghost_pad_set_target(GST_GHOST_PAD(srcpad), src_target);
        gst_object_unref(src_target);
    }
    gst_element_add_pad(GST_ELEMENT(self), sinkpad);
    gst_element_add_pad(GST_ELEMENT(self), srcpad);
}

static void gst_standin_v4l2_enc_class_init(GstStandinV4l2EncClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_encoder_debug, "nvv4l2enc", 0, "go-deepstream stand-in nvv4l2h26xenc");
    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->constructed = constructed;
    element_class->change_state = change_state;

    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_BITRATE,
                                    g_param_spec_uint("bitrate", "Target bitrate",
                                                      "Target bitrate in bits/s (the software encoder's, in kbit/s)",
                                                      0, G_MAXUINT, DEFAULT_BITRATE, rw));
    g_object_class_install_property(gobject_class, PROP_PEAK_BITRATE,
                                    g_param_spec_uint("peak-bitrate", "Peak bitrate", "Accepted, unused", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_CONTROL_RATE,
                                    g_param_spec_enum("control-rate", "Rate control",
                                                      "Accepted, unused (the software encoder's CBR)",
                                                      control_rate_get_type(), 1, rw));
    g_object_class_install_property(gobject_class, PROP_IFRAMEINTERVAL,
                                    g_param_spec_uint("iframeinterval", "I-frame interval",
                                                      "Frames between key frames (key-int-max)", 0, G_MAXUINT,
                                                      DEFAULT_IFRAMEINTERVAL, rw));
    g_object_class_install_property(gobject_class, PROP_IDRINTERVAL,
                                    g_param_spec_uint("idrinterval", "IDR interval",
                                                      "Accepted, unused (every key frame is an IDR frame)", 0,
                                                      G_MAXUINT, DEFAULT_IDRINTERVAL, rw));
    g_object_class_install_property(gobject_class, PROP_PRESET_LEVEL,
                                    g_param_spec_enum("preset-level", "Preset level",
                                                      "Speed preset (ultrafast, veryfast, medium, slow)",
                                                      preset_level_get_type(), DEFAULT_PRESET_LEVEL, rw));
    g_object_class_install_property(gobject_class, PROP_PROFILE,
                                    g_param_spec_uint("profile", "Profile",
                                                      "Accepted, unused (the software encoder negotiates it)", 0, 8,
                                                      0, rw));
    g_object_class_install_property(gobject_class, PROP_INSERT_SPS_PPS,
                                    g_param_spec_boolean("insert-sps-pps", "Insert SPS/PPS",
                                                         "Accepted: the byte stream repeats them at every key frame",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_INSERT_AUD,
                                    g_param_spec_boolean("insert-aud", "Insert AUD",
                                                         "Access unit delimiters (H.264 only)", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_INSERT_VUI,
                                    g_param_spec_boolean("insert-vui", "Insert VUI", "Accepted, unused", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_NUM_B_FRAMES,
                                    g_param_spec_uint("num-B-Frames", "B-frames",
                                                      "B-frames between reference frames (H.264 only)", 0, 16, 0,
                                                      rw));
    g_object_class_install_property(gobject_class, PROP_MAXPERF,
                                    g_param_spec_boolean("maxperf-enable", "Max performance", "Accepted, unused",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
}

static void gst_standin_v4l2_enc_init(GstStandinV4l2Enc *self)
{
    self->bitrate = DEFAULT_BITRATE;
    self->control_rate = 1;
    self->iframeinterval = DEFAULT_IFRAMEINTERVAL;
    self->idrinterval = DEFAULT_IDRINTERVAL;
    self->preset_level = DEFAULT_PRESET_LEVEL;
}

/* The two factories: the same bin, one codec each. */

typedef GstStandinV4l2Enc GstStandinV4l2H264Enc;
typedef GstStandinV4l2EncClass GstStandinV4l2H264EncClass;
typedef GstStandinV4l2Enc GstStandinV4l2H265Enc;
typedef GstStandinV4l2EncClass GstStandinV4l2H265EncClass;

GType gst_standin_v4l2_h264_enc_get_type(void);
GType gst_standin_v4l2_h265_enc_get_type(void);
G_DEFINE_TYPE(GstStandinV4l2H264Enc, gst_standin_v4l2_h264_enc, gst_standin_v4l2_enc_get_type())
G_DEFINE_TYPE(GstStandinV4l2H265Enc, gst_standin_v4l2_h265_enc, gst_standin_v4l2_enc_get_type())

static void add_templates(GstElementClass *element_class, const char *src_caps, const char *codec)
{
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(ENCODER_SINK_CAPS)));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(src_caps)));
    gchar *longname = g_strdup_printf("V4L2 %s Encoder (go-deepstream CPU stand-in)", codec);
    gchar *desc = g_strdup_printf("Encodes NVMM or system-memory video to %s with the software encoder", codec);
    gst_element_class_set_metadata(element_class, longname, "Codec/Encoder/Video", desc, "go-deepstream");
    g_free(longname);
    g_free(desc);
}

static void gst_standin_v4l2_h264_enc_class_init(GstStandinV4l2H264EncClass *klass)
{
    klass->h265 = FALSE;
    add_templates(GST_ELEMENT_CLASS(klass),
                  "video/x-h264, stream-format=(string)byte-stream, alignment=(string)au", "H.264");
}

static void gst_standin_v4l2_h264_enc_init(GstStandinV4l2H264Enc *self)
{
    (void)self;
}

static void gst_standin_v4l2_h265_enc_class_init(GstStandinV4l2H265EncClass *klass)
{
    klass->h265 = TRUE;
    add_templates(GST_ELEMENT_CLASS(klass),
                  "video/x-h265, stream-format=(string)byte-stream, alignment=(string)au", "H.265");
}

static void gst_standin_v4l2_h265_enc_init(GstStandinV4l2H265Enc *self)
{
    (void)self;
}
