/* standin.h: go-deepstream's CPU stand-in elements (not an SDK header).
 *
 * Each element lives in its own file and registers itself through
 * standin_register_<element>(plugin). The functions are declared weak so
 * that register.c calls only those linked in: an element is added file by
 * file, and a build without a file simply lacks that element.
 *
 * Everything here is built twice: into the Go package (cgo, elements
 * registered in-process by standin.Register) and into the GStreamer plugin
 * file libgstnvdsstandin.so (`make plugin`, with STANDIN_PLUGIN_FILE). */
#ifndef GO_DEEPSTREAM_STANDIN_H
#define GO_DEEPSTREAM_STANDIN_H

#include <gst/gst.h>
#include <gst/video/video.h>

#include "nvbufsurface.h"
#include "nvbufsurface_embedded.h"
#include "nvdsmeta.h"
#include "gstnvdsmeta.h"
#include "nvdsmeta_schema.h"
#include "gst-nvevent.h"
#include "gst-nvmessage.h"
#include "gstnvdsinfer.h"

G_BEGIN_DECLS

/* The plugin name: that of libgstnvdsstandin.so, and the name register.c
 * recognises as "ours" when a factory already exists. */
#define STANDIN_PLUGIN_NAME "nvdsstandin"

/* The caps feature of DeepStream's batched NvBufSurface buffers. */
#define STANDIN_FEATURE_NVMM "memory:NVMM"

/* Per-element registration, weak: NULL when the element's file is not
 * linked. Each registers one factory under DeepStream's name. */
gboolean standin_register_nvv4l2decoder(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvvideoconvert(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvstreammux(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvinfer(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvdsosd(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvtracker(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvmultistreamtiler(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvstreamdemux(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvmsgconv(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvmsgbroker(GstPlugin *plugin) __attribute__((weak));
gboolean standin_register_nvsegvisual(GstPlugin *plugin) __attribute__((weak));

/* register.c: registers every linked element with plugin (NULL: in-process,
 * as gst_element_register(NULL, ...) does). */
gboolean standin_register_all(GstPlugin *plugin);

/* register.c, for the Go package: checks that GStreamer is initialised and
 * that no factory of a linked element's name comes from another plugin,
 * then registers them all. FALSE with a message (g_free it) otherwise. */
gboolean standin_register_in_process(char **error);

/* Number of linked elements and the factory name of the i-th. */
int standin_element_count(void);
const char *standin_element_name(int i);

/* ---- images (image.c) ---------------------------------------------------
 * A CPU view of one video frame, whatever holds it (an NvBufSurface frame
 * or a mapped GstVideoFrame). */
typedef enum {
    STANDIN_FMT_UNKNOWN = 0,
    STANDIN_FMT_NV12,
    STANDIN_FMT_I420,
    STANDIN_FMT_RGBA,
    STANDIN_FMT_BGRA,
    STANDIN_FMT_RGBX,
    STANDIN_FMT_BGRX,
    STANDIN_FMT_RGB,
    STANDIN_FMT_BGR,
    STANDIN_FMT_GRAY8,
} StandinFormat;

/* The formats, as a GStreamer caps list, that the converters handle. */
#define STANDIN_FORMATS "{ NV12, RGBA, I420, BGRA, RGBx, BGRx, RGB, BGR, GRAY8 }"

typedef struct {
    StandinFormat format;
    int width, height;
    guint8 *plane[3];
    int stride[3];
} StandinImage;

/* YUV <-> RGB matrix, in 1/4096 units, with the range of the YUV side. */
typedef struct {
    int yoff; /* 16 for limited range, 0 for full range */
    /* R = ry*(Y-yoff) + rv*(V-128); G = ry*(Y-yoff) - gu*(U-128) - gv*(V-128);
     * B = ry*(Y-yoff) + bu*(U-128) */
    int ry, rv, gu, gv, bu;
    /* Y = yoff + yr*R + yg*G + yb*B; U = 128 + ur*R + ug*G + ub*B;
     * V = 128 + vr*R + vg*G + vb*B */
    int yr, yg, yb, ur, ug, ub, vr, vg, vb;
} StandinMatrix;

typedef struct {
    int x, y, width, height; /* width or height 0: the whole frame */
} StandinRect;

StandinFormat standin_format_from_video(GstVideoFormat f);
StandinFormat standin_format_from_surface(NvBufSurfaceColorFormat f);
gboolean standin_format_is_yuv(StandinFormat f);

/* The colour matrix for colorimetry (BT.601 limited when unknown). */
void standin_matrix_init(StandinMatrix *m, const GstVideoColorimetry *c);

/* Describes frame index of surf; FALSE for formats not handled. */
gboolean standin_image_from_surface(StandinImage *img, NvBufSurface *surf, guint index);
/* Describes a mapped video frame; FALSE for formats not handled. */
gboolean standin_image_from_frame(StandinImage *img, GstVideoFrame *frame);

/* Nearest-neighbour scale of the src_crop part of src into the dst_crop
 * part of dst, converting the format (m describes the YUV side). Pixels of
 * dst outside dst_crop are left alone. */
void standin_image_convert(const StandinImage *src, const StandinRect *src_crop, StandinImage *dst,
                           const StandinRect *dst_crop, const StandinMatrix *m);

/* Reads pixel (x, y) of img as RGB. */
void standin_image_rgb(const StandinImage *img, const StandinMatrix *m, int x, int y, guint8 rgb[3]);

/* Fills img with black. */
void standin_image_clear(StandinImage *img);

/* ---- buffers (common.c) ------------------------------------------------- */

/* The NvBufSurface of an NVMM buffer, NULL when buf holds none. */
NvBufSurface *standin_buffer_surface(GstBuffer *buf);

/* TRUE when caps (first structure) carry the memory:NVMM feature. */
gboolean standin_caps_is_nvmm(const GstCaps *caps);

/* The surface memory type for an nvbuf-memory-type property value. */
NvBufSurfaceMemType standin_surface_memtype(gint prop);

/* A GstNvDsBufferPool for caps with batch frames per buffer of memory type
 * memtype (a property value), configured, and active when activate; NULL
 * on failure. */
GstBufferPool *standin_pool_new(GstCaps *caps, guint batch, gint memtype, guint gpu_id, gboolean activate);

/* The GEnums of properties several elements share, with DeepStream's
 * values: nvbuf-memory-type, compute-hw, interpolation-method. */
GType standin_memtype_enum_get_type(void);
GType standin_compute_hw_enum_get_type(void);
GType standin_interpolation_enum_get_type(void);

/* Deactivates and unrefs *pool, sets it NULL. */
void standin_pool_clear(GstBufferPool **pool);

/* Called from an element's constructed: an element created without a
 * name gets <factory><n> ("nvinfer0"), as the real one does, rather than a
 * name derived from the stand-in's type. */
void standin_default_name(GObject *object, const char *factory, gint *counter);

/* ---- per-stream events -------------------------------------------------
 * DeepStream's custom events and messages (nvstreammux's per-source EOS,
 * ...) are the embedded runtime's public functions of gst-nvevent.h and
 * gst-nvmessage.h. This one reports whether event was a per-source EOS,
 * which gst_nvevent_parse_stream_eos does not. */
static inline gboolean standin_event_parse_stream_eos(GstEvent *event, guint *source_id)
{
    if (!event || (guint)GST_EVENT_TYPE(event) != (guint)GST_NVEVENT_STREAM_EOS)
        return FALSE;
    gst_nvevent_parse_stream_eos(event, source_id);
    return TRUE;
}

/* ---- nvmsgconv (msgconv.c, msgconv_json.c) -----------------------------
 * nvmsgconv's configuration file and the DeepStream message schema, the
 * same bytes as package schema's Encoder (docs/event-schema.md). */
typedef struct StandinMsgConfig StandinMsgConfig;

/* Parses a configuration ([sensorN], [placeN], [analyticsN] groups, only
 * those with enable=1), as schema.ParseConfig does; NULL path or text: an
 * empty configuration. NULL with *error set (g_free it) on failure. */
StandinMsgConfig *standin_msgconfig_load(const gchar *path, gchar **error);
StandinMsgConfig *standin_msgconfig_parse(const gchar *text, gsize len, gchar **error);
void standin_msgconfig_free(StandinMsgConfig *c);
/* The id of [sensor<id>], NULL when there is no such group. */
const gchar *standin_msgconfig_sensor_id(const StandinMsgConfig *c, gint id);

/* Appends the full-schema message of m to out; ids: the message id and
 * event id (NULL: random version 4 UUIDs). The minimal-schema message of
 * one frame's n messages. FALSE (out unchanged) when a number is NaN or
 * infinite. */
gboolean standin_msgconv_full(GString *out, const StandinMsgConfig *c, const NvDsEventMsgMeta *m,
                              const gchar *const *ids);
gboolean standin_msgconv_minimal(GString *out, const StandinMsgConfig *c, NvDsEventMsgMeta *const *msgs, guint n);

/* JSON text helpers of the encoder: a quoted string (invalid UTF-8 as
 * U+FFFD; len < 0: NUL-terminated), a number as Go's
 * strconv.FormatFloat(v, 'g', -1, 64) (integers below 1e15 as integers),
 * and a number as a C++ stream prints it (%g). */
void standin_json_quote(GString *out, const gchar *s, gssize len);
void standin_json_number(GString *out, gdouble v);
void standin_json_stream_float(GString *out, gdouble v);

/* NvDsPayloads nvmsgconv allocated and not yet freed (leak tests). */
gint standin_msgconv_live_payloads(void);

/* ---- the colour detector (detect.c) -------------------------------------
 * The scene's colour/class contract (package scene, color.go): a pixel
 * belongs to palette colour i when max(R,G,B) >= STANDIN_MIN_VALUE,
 * (max-min)/max >= STANDIN_MIN_SATURATION_PCT percent and its hue is within
 * STANDIN_HUE_TOLERANCE degrees of the colour's hue. */
#define STANDIN_MIN_VALUE 70
#define STANDIN_MIN_SATURATION_PCT 45
#define STANDIN_HUE_TOLERANCE 18
#define STANDIN_PALETTE_SIZE 7

typedef struct {
    const char *name;
    int class_id;
    guint8 rgb[3];
} StandinColor;

extern const StandinColor standin_palette[STANDIN_PALETTE_SIZE];

int standin_hue(guint8 r, guint8 g, guint8 b);
/* Palette index of a pixel, -1 for background. */
int standin_classify(guint8 r, guint8 g, guint8 b);

typedef struct {
    int color;       /* palette index */
    int class_id;
    int left, top, width, height;
    int pixels;      /* pixels of the colour in the blob */
} StandinBlob;

/* Finds the blobs of palette colours in the roi part of img (NULL: all of
 * it), sampled on a grid_w x grid_h grid (0: the roi's pixels; the
 * detector samples at the source's resolution): 4-connected pixels of one
 * colour, thin dark lines between same-coloured areas cut (the outline
 * between touching objects), fragments of one object split by an occluder
 * joined, blobs of fewer than min_pixels grid pixels or thinner than three
 * dropped. Boxes are
 * in img's coordinates, pixels in grid pixels. Returns a GArray of
 * StandinBlob. */
GArray *standin_detect(const StandinImage *img, const StandinMatrix *m, const StandinRect *roi, int grid_w,
                       int grid_h, int min_pixels);

/* ---- nvinfer's config file (infer_config.c) -----------------------------
 * The nvinfer key-file format: a [property] group, optional
 * [class-attrs-all] and [class-attrs-<class id>] groups. */
#define STANDIN_MAX_CLASSES 64

typedef struct {
    gdouble threshold; /* pre-cluster-threshold (or threshold) */
    gint min_w, min_h, max_w, max_h; /* detected-min/max-w/h; 0: no limit */
    gint topk;         /* at most this many per frame; <= 0: all */
    gint roi_top, roi_bottom; /* roi-top/bottom-offset: objects must lie between */
    gboolean has_border;
    gdouble border[4]; /* border-color r;g;b;a */
    gboolean has_bg;
    gdouble bg[4];     /* bg-color r;g;b;a */
} StandinClassAttrs;

typedef struct {
    gchar *path;       /* the file, as given */
    gint unique_id;    /* gie-unique-id */
    gint process_mode; /* 1 primary, 2 secondary */
    gint network_type; /* 0 detector */
    gint num_classes;  /* num-detected-classes */
    gchar **labels;    /* from labelfile-path; NULL-terminated, may be NULL */
    gint operate_on_gie_id;
    GArray *operate_on_class_ids; /* gint */
    GArray *filter_out_class_ids; /* gint */
    guint interval;
    guint batch_size;
    gchar *model_engine_file;
    gint input_object_min_w, input_object_min_h, input_object_max_w, input_object_max_h;
    StandinClassAttrs attrs[STANDIN_MAX_CLASSES];
    /* classifier (network-type 1) */
    gdouble classifier_threshold; /* classifier-threshold */
    const gchar *classifier_type; /* classifier-type, interned; NULL when absent */
    /* network input: infer-dims (c;h;w); 0: the network type's default */
    gint net_c, net_h, net_w;
    gboolean output_tensor_meta; /* output-tensor-meta */
} StandinInferConfig;

/* Network types nvinfer knows; the stand-in runs all but instance
 * segmentation. */
#define STANDIN_NET_DETECTOR 0
#define STANDIN_NET_CLASSIFIER 1
#define STANDIN_NET_SEGMENTATION 2
#define STANDIN_NET_OTHER 100

/* Defaults: what nvinfer assumes when a key is absent. */
void standin_infer_config_init(StandinInferConfig *c);
void standin_infer_config_clear(StandinInferConfig *c);
/* Parses path into c (after init); FALSE with *error set (g_free it) when
 * the file is missing, not a key file, lacks [property], or a known key has
 * a value of the wrong type. Unknown keys are logged as warnings on obj. */
gboolean standin_infer_config_load(StandinInferConfig *c, const gchar *path, GstObject *obj, gchar **error);

/* ---- nvinfer's classifier, segmentation and tensor output -----------------
 * (classify.c, segment.c, tensor.c) */

/* The dominant palette colour in the roi part of img, sampled on a grid of
 * at most grid_w x grid_h points: among the colours of class class_id when
 * any pixel has one, else among all. -1 when no pixel has a colour; *frac
 * is the colour's share of the coloured samples counted. */
int standin_dominant_color(const StandinImage *img, const StandinMatrix *m, const StandinRect *roi, int grid_w,
                           int grid_h, int class_id, float *frac);

/* The class of a pixel for the segmentation network: 1 + the scene class
 * of its colour when that is below classes, else 0 (background). */
int standin_segmentation_class(guint8 r, guint8 g, guint8 b, int classes);

/* A segmentation meta (g_malloc'd) of classes x width x height for the
 * roi part of img (NULL: all of it): class_map and one-hot
 * class_probabilities_map. */
NvDsInferSegmentationMeta *standin_segmentation_new(const StandinImage *img, const StandinMatrix *m,
                                                    const StandinRect *roi, guint classes, guint width, guint height,
                                                    gint unique_id);
/* Makes user (acquired, not attached) an NVDSINFER_SEGMENTATION_META
 * owning seg, with copy and release functions. */
void standin_user_meta_set_segmentation(NvDsUserMeta *user, NvDsInferSegmentationMeta *seg);

/* A tensor meta with one FLOAT output layer named name, of dims (copied,
 * ndims <= 8) and a host buffer taking data (g_malloc'd, the product of
 * dims floats); out_buf_ptrs_dev[0] is the same host address (the
 * embedded runtime has no device memory). */
NvDsInferTensorMeta *standin_tensor_meta_new(guint unique_id, guint net_w, guint net_h, guint net_c,
                                             const char *name, const guint *dims, guint ndims, gfloat *data);
/* Makes user an NVDSINFER_TENSOR_OUTPUT_META owning t. */
void standin_user_meta_set_tensor(NvDsUserMeta *user, NvDsInferTensorMeta *t);

/* Coverage of each class's colours per cell of a grid_w x grid_h grid over
 * the roi part of img: classes*grid_h*grid_w floats (class-major),
 * g_malloc'd. */
gfloat *standin_coverage_new(const StandinImage *img, const StandinMatrix *m, const StandinRect *roi, int classes,
                             int grid_w, int grid_h);

/* Payloads the stand-ins allocate for user meta, alive now (leak tests). */
typedef enum {
    STANDIN_PAYLOAD_SEGMENTATION,
    STANDIN_PAYLOAD_TENSOR,
    STANDIN_PAYLOAD_TRACKER_MISC,
    STANDIN_PAYLOAD_KINDS,
} StandinPayloadKind;
gint standin_live_payloads(StandinPayloadKind kind);
void standin_payload_count(StandinPayloadKind kind, gint delta);

/* ---- segmentation colours (segvisual.c) --------------------------------- */
/* The RGB nvsegvisual paints segmentation class k with. */
void standin_segmentation_color(int k, guint8 rgb[3]);

/* ---- the bitmap font (font.c) ------------------------------------------- */
#define STANDIN_FONT_W 5
#define STANDIN_FONT_H 7
/* The 7 rows of a glyph, bit 4 = leftmost column; '?' for characters
 * outside printable ASCII. */
const guint8 *standin_font_glyph(unsigned char c);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_H */
