//go:build !deepstream

/* inferserver.c: nvinferserver on the CPU. Where Gst-nvinferserver sends
 * frames to a Triton model, the stand-in runs the colour detector
 * (detect.c) and answers as TensorFlow's SSD object-detection models do
 * (ssd_inception_v2_coco, the model of deepstream-ssd-parser): four
 * output layers, num_detections [1], detection_boxes [100,4] (ymin, xmin,
 * ymax, xmax, normalised), detection_scores [100] and detection_classes
 * [100] (COCO ids), sorted by score.
 * - postprocess other {} with output_control.output_tensor_meta: the four
 *   layers as NvDsInferTensorMeta frame user meta, for the app to parse;
 * - postprocess detection {...}: object metas of the detections above the
 *   threshold (and the tensor meta too when output_tensor_meta is set).
 * Like an SSD, it reports an object more than once: each detection has a
 * weaker twin box shifted by a twentieth of its size, which a parser's
 * NMS must remove. */
#include <math.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsmeta.h"
#include "standin_common.go.h"
#include "standin_detect.go.h"
#include "standin_inferserver.go.h"
#include "../infer/infer.go.h"

GST_DEBUG_CATEGORY(gods_standin_inferserver_debug);
#define GST_CAT_DEFAULT gods_standin_inferserver_debug

#define INFERSERVER_CAPS                                                                                               \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string){ NV12, RGBA }, width=(int)[1,32767], "                \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

/* The SSD's output: at most this many detections, its input size. */
#define SSD_MAX_DETECTIONS 100
#define SSD_INPUT_SIZE 300

/* COCO ids (the TF object-detection label map) of the scene's classes:
 * Vehicle car, TwoWheeler bicycle, Person person, RoadSign stop sign. */
static const gint coco_ids[] = {3, 2, 1, 13};

enum {
    PROP_0,
    PROP_CONFIG_FILE_PATH,
    PROP_UNIQUE_ID,
    PROP_PROCESS_MODE,
    PROP_INFER_ON_GIE_ID,
    PROP_INFER_ON_CLASS_IDS,
    PROP_BATCH_SIZE,
    PROP_INTERVAL,
    PROP_RAW_OUTPUT_CALLBACK,
    PROP_RAW_OUTPUT_USERDATA,
    PROP_INPUT_TENSOR_META,
    N_PROPS,
};

typedef struct {
    GstBaseTransform parent;
    /* properties (object lock) */
    gchar *config_path;
    gboolean prop_set[N_PROPS];
    guint unique_id;
    gint process_mode;
    gint infer_on_gie_id;
    gchar *infer_on_class_ids;
    guint batch_size;
    guint interval;
    gpointer raw_output_callback, raw_output_userdata;
    gboolean input_tensor_meta;
    /* streaming: the effective settings, fixed at start */
    GodsStandinInferServerConfig run;
    GodsStandinMatrix matrix;
    guint64 batches;
} GstStandinInferServer;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinInferServerClass;

GType gst_standin_infer_server_get_type(void);
G_DEFINE_TYPE(GstStandinInferServer, gst_standin_infer_server, GST_TYPE_BASE_TRANSFORM)

static GType process_mode_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Default (the config file's)", "default"},
        {1, "Primary (full frame)", "primary"},
        {2, "Secondary (objects)", "secondary"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinInferServerProcessMode", values));
    return t;
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinInferServer *self = (GstStandinInferServer *)object;
    GST_OBJECT_LOCK(self);
    if (id < N_PROPS)
        self->prop_set[id] = TRUE;
    switch (id) {
    case PROP_CONFIG_FILE_PATH:
        g_free(self->config_path);
        self->config_path = g_value_dup_string(value);
        break;
    case PROP_UNIQUE_ID: self->unique_id = g_value_get_uint(value); break;
    case PROP_PROCESS_MODE: self->process_mode = g_value_get_enum(value); break;
    case PROP_INFER_ON_GIE_ID: self->infer_on_gie_id = g_value_get_int(value); break;
    case PROP_INFER_ON_CLASS_IDS:
        g_free(self->infer_on_class_ids);
        self->infer_on_class_ids = g_value_dup_string(value);
        break;
    case PROP_BATCH_SIZE: self->batch_size = g_value_get_uint(value); break;
    case PROP_INTERVAL: self->interval = g_value_get_uint(value); break;
    case PROP_RAW_OUTPUT_CALLBACK: self->raw_output_callback = g_value_get_pointer(value); break;
    case PROP_RAW_OUTPUT_USERDATA: self->raw_output_userdata = g_value_get_pointer(value); break;
    case PROP_INPUT_TENSOR_META: self->input_tensor_meta = g_value_get_boolean(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinInferServer *self = (GstStandinInferServer *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_CONFIG_FILE_PATH: g_value_set_string(value, self->config_path); break;
    case PROP_UNIQUE_ID: g_value_set_uint(value, self->unique_id); break;
    case PROP_PROCESS_MODE: g_value_set_enum(value, self->process_mode); break;
    case PROP_INFER_ON_GIE_ID: g_value_set_int(value, self->infer_on_gie_id); break;
    case PROP_INFER_ON_CLASS_IDS: g_value_set_string(value, self->infer_on_class_ids); break;
    case PROP_BATCH_SIZE: g_value_set_uint(value, self->batch_size); break;
    case PROP_INTERVAL: g_value_set_uint(value, self->interval); break;
    case PROP_RAW_OUTPUT_CALLBACK: g_value_set_pointer(value, self->raw_output_callback); break;
    case PROP_RAW_OUTPUT_USERDATA: g_value_set_pointer(value, self->raw_output_userdata); break;
    case PROP_INPUT_TENSOR_META: g_value_set_boolean(value, self->input_tensor_meta); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void finalize(GObject *object)
{
    GstStandinInferServer *self = (GstStandinInferServer *)object;
    g_free(self->config_path);
    g_free(self->infer_on_class_ids);
    gods_standin_inferserver_config_clear(&self->run);
    G_OBJECT_CLASS(gst_standin_infer_server_parent_class)->finalize(object);
}

/* Reads the config file and applies the properties over it, as
 * nvinferserver does when it starts. */
static gboolean start(GstBaseTransform *trans)
{
    GstStandinInferServer *self = (GstStandinInferServer *)trans;
    GST_OBJECT_LOCK(self);
    gchar *path = g_strdup(self->config_path);
    GST_OBJECT_UNLOCK(self);
    if (!path) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("Configuration file not provided (set config-file-path)"), (NULL));
        return FALSE;
    }
    GodsStandinInferServerConfig *c = &self->run;
    gods_standin_inferserver_config_clear(c);
    gods_standin_inferserver_config_init(c);
    gchar *err = NULL;
    if (!gods_standin_inferserver_config_load(c, path, &err)) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("Configuration file parsing failed: %s: %s", path, err),
                          ("config-file-path=%s", path));
        g_free(err);
        g_free(path);
        return FALSE;
    }
    g_free(path);
    GST_OBJECT_LOCK(self);
    if (self->prop_set[PROP_UNIQUE_ID] && self->unique_id)
        c->unique_id = self->unique_id;
    if (self->prop_set[PROP_PROCESS_MODE] && self->process_mode)
        c->process_mode = self->process_mode;
    if (self->prop_set[PROP_INFER_ON_GIE_ID])
        c->operate_on_gie_id = self->infer_on_gie_id;
    if (self->prop_set[PROP_BATCH_SIZE] && self->batch_size)
        c->max_batch_size = self->batch_size;
    if (self->prop_set[PROP_INTERVAL])
        c->interval = self->interval;
    GST_OBJECT_UNLOCK(self);
    if (c->process_mode == GODS_STANDIN_IS_MODE_CLIP_OBJECTS) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS,
                          ("process-mode secondary is not supported by the stand-in (full frames only)"), (NULL));
        return FALSE;
    }
    if (c->postprocess == GODS_STANDIN_IS_POST_NONE || (c->postprocess == GODS_STANDIN_IS_POST_OTHER &&
                                                        !c->output_tensor_meta))
        GST_WARNING_OBJECT(self, "neither detection postprocess nor output_tensor_meta: nothing will be attached");
    self->batches = 0;
    GST_INFO_OBJECT(self, "model %s, unique id %u, postprocess %d, interval %u, %u labels",
                    c->model_name ? c->model_name : "(none)", c->unique_id, c->postprocess, c->interval,
                    c->labels ? g_strv_length(c->labels) : 0);
    return TRUE;
}

static gboolean set_caps(GstBaseTransform *trans, GstCaps *incaps, GstCaps *outcaps)
{
    GstStandinInferServer *self = (GstStandinInferServer *)trans;
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, incaps))
        return FALSE;
    gods_standin_matrix_init(&self->matrix, &info.colorimetry);
    return TRUE;
}

/* One SSD detection, normalised to the frame. */
typedef struct {
    gfloat score;
    gint coco;
    gfloat ymin, xmin, ymax, xmax;
} Detection;

static gint by_score(gconstpointer a, gconstpointer b)
{
    const Detection *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    if (x->ymin != y->ymin)
        return x->ymin < y->ymin ? -1 : 1;
    return x->xmin < y->xmin ? -1 : x->xmin > y->xmin;
}

/* The SSD's detections in a frame of w x h pixels from the colour blobs
 * found on a grid_w x grid_h grid: each blob padded by the scene's outline,
 * scored by how much of its box its colour fills (0.3 for an empty box,
 * 0.99 for a full one: occluded objects score low), and its twin. Sorted
 * by score, at most SSD_MAX_DETECTIONS. */
static GArray *ssd_detections(GArray *blobs, int w, int h, int grid_w, int grid_h)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(Detection));
    /* The outline is one source pixel per 360 source lines wide. */
    int pad = MAX(1, (MAX(1, (grid_h + 180) / 360) * h + grid_h / 2) / grid_h);
    for (guint i = 0; i < blobs->len; i++) {
        const GodsStandinBlob *b = &g_array_index(blobs, GodsStandinBlob, i);
        if (b->class_id < 0 || b->class_id >= (int)G_N_ELEMENTS(coco_ids))
            continue;
        int l = MAX(0, b->left - pad), t = MAX(0, b->top - pad);
        int r = MIN(w, b->left + b->width + pad), bt = MIN(h, b->top + b->height + pad);
        gdouble fill = (gdouble)b->pixels * w * h / ((gdouble)b->width * b->height * grid_w * grid_h);
        Detection d = {(gfloat)(0.3 + 0.69 * MIN(1.0, fill)), coco_ids[b->class_id], (gfloat)t / h, (gfloat)l / w,
                       (gfloat)bt / h, (gfloat)r / w};
        g_array_append_val(out, d);
        /* The twin: shifted right and down by 1/20 of the box, 0.9 times
         * the score (IoU with the first about 0.82). */
        gfloat dx = (d.xmax - d.xmin) / 20, dy = (d.ymax - d.ymin) / 20;
        Detection twin = {d.score * 0.9f, d.coco, MIN(1.0f, d.ymin + dy), MIN(1.0f, d.xmin + dx),
                          MIN(1.0f, d.ymax + dy), MIN(1.0f, d.xmax + dx)};
        g_array_append_val(out, twin);
    }
    g_array_sort(out, by_score);
    if (out->len > SSD_MAX_DETECTIONS)
        g_array_set_size(out, SSD_MAX_DETECTIONS);
    return out;
}

/* The SSD's four output layers as a tensor meta (infer's glue), in the
 * order Triton lists the TF model's outputs. */
static NvDsInferTensorMeta *ssd_tensor(const GodsStandinInferServerConfig *c, GArray *dets)
{
    NvDsInferTensorMeta *t = gods_infer_tensor_new(c->unique_id, 4, SSD_INPUT_SIZE, SSD_INPUT_SIZE, 3);
    t->maintain_aspect_ratio = c->maintain_aspect_ratio;
    gfloat *boxes = g_new0(gfloat, SSD_MAX_DETECTIONS * 4), *classes = g_new0(gfloat, SSD_MAX_DETECTIONS);
    gfloat *scores = g_new0(gfloat, SSD_MAX_DETECTIONS), *num = g_new0(gfloat, 1);
    for (guint i = 0; i < dets->len; i++) {
        const Detection *d = &g_array_index(dets, Detection, i);
        boxes[4 * i] = d->ymin;
        boxes[4 * i + 1] = d->xmin;
        boxes[4 * i + 2] = d->ymax;
        boxes[4 * i + 3] = d->xmax;
        scores[i] = d->score;
        classes[i] = (gfloat)d->coco;
    }
    num[0] = (gfloat)dets->len;
    const guint box_dims[2] = {SSD_MAX_DETECTIONS, 4}, vec_dims[1] = {SSD_MAX_DETECTIONS}, one[1] = {1};
    gods_infer_tensor_set_layer(t, 0, "detection_boxes", FLOAT, box_dims, 2, boxes, TRUE);
    gods_infer_tensor_set_layer(t, 1, "detection_classes", FLOAT, vec_dims, 1, classes, TRUE);
    gods_infer_tensor_set_layer(t, 2, "detection_scores", FLOAT, vec_dims, 1, scores, TRUE);
    gods_infer_tensor_set_layer(t, 3, "num_detections", FLOAT, one, 1, num, TRUE);
    return t;
}

static gboolean overlaps(const Detection *a, const Detection *b)
{
    gfloat iw = MIN(a->xmax, b->xmax) - MAX(a->xmin, b->xmin), ih = MIN(a->ymax, b->ymax) - MAX(a->ymin, b->ymin);
    if (iw <= 0 || ih <= 0)
        return FALSE;
    gfloat inter = iw * ih;
    gfloat u = (a->xmax - a->xmin) * (a->ymax - a->ymin) + (b->xmax - b->xmin) * (b->ymax - b->ymin) - inter;
    return u > 0 && inter / u > 0.5f;
}

/* detection postprocess: objects of the detections above the threshold,
 * a detection overlapping a stronger one of its class (IoU > 0.5) dropped,
 * at most topk. Boxes in frame pixels. */
static void add_objects(GstStandinInferServer *self, NvDsBatchMeta *bm, NvDsFrameMeta *fm, GArray *dets, int w,
                        int h)
{
    const GodsStandinInferServerConfig *c = &self->run;
    guint n_labels = c->labels ? g_strv_length(c->labels) : 0;
    GArray *kept = g_array_new(FALSE, FALSE, sizeof(Detection));
    for (guint i = 0; i < dets->len; i++) {
        const Detection *d = &g_array_index(dets, Detection, i);
        if (d->score < c->threshold || (c->num_detected_classes > 0 && d->coco >= c->num_detected_classes))
            continue;
        if (c->topk > 0 && kept->len >= (guint)c->topk)
            break;
        gboolean dup = FALSE;
        for (guint k = 0; k < kept->len && !dup; k++) {
            const Detection *e = &g_array_index(kept, Detection, k);
            dup = e->coco == d->coco && overlaps(d, e);
        }
        if (dup)
            continue;
        g_array_append_val(kept, *d);
        NvDsObjectMeta *o = nvds_acquire_obj_meta_from_pool(bm);
        o->unique_component_id = (gint)c->unique_id;
        o->class_id = d->coco;
        o->confidence = d->score;
        o->object_id = UNTRACKED_OBJECT_ID;
        NvOSD_RectParams *r = &o->rect_params;
        r->left = d->xmin * w;
        r->top = d->ymin * h;
        r->width = (d->xmax - d->xmin) * w;
        r->height = (d->ymax - d->ymin) * h;
        r->border_width = 3;
        r->border_color = (NvOSD_ColorParams){1.0, 0.0, 0.0, 1.0};
        o->detector_bbox_info.org_bbox_coords.left = r->left;
        o->detector_bbox_info.org_bbox_coords.top = r->top;
        o->detector_bbox_info.org_bbox_coords.width = r->width;
        o->detector_bbox_info.org_bbox_coords.height = r->height;
        if ((guint)d->coco < n_labels) {
            const gchar *label = c->labels[d->coco];
            g_strlcpy(o->obj_label, label, MAX_LABEL_SIZE);
            o->text_params.display_text = g_strdup(label);
            o->text_params.x_offset = (unsigned int)r->left;
            o->text_params.y_offset = (unsigned int)MAX(0.0f, r->top - 10);
            o->text_params.font_params.font_name = (char *)"Serif";
            o->text_params.font_params.font_size = 10;
            o->text_params.font_params.font_color = (NvOSD_ColorParams){1.0, 1.0, 1.0, 1.0};
            o->text_params.set_bg_clr = 1;
            o->text_params.text_bg_clr = (NvOSD_ColorParams){0.0, 0.0, 0.0, 1.0};
        }
        nvds_add_obj_meta_to_frame(fm, o, NULL);
    }
    g_array_free(kept, TRUE);
}

static GstFlowReturn transform_ip(GstBaseTransform *trans, GstBuffer *buf)
{
    GstStandinInferServer *self = (GstStandinInferServer *)trans;
    GodsStandinInferServerConfig *c = &self->run;
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(buf);
    NvBufSurface *surf = gods_standin_buffer_surface(buf);
    if (!bm || !surf) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("%s not found for input buffer", bm ? "NvBufSurface" : "NvDsBatchMeta"),
                          ("nvinferserver needs batched buffers from nvstreammux"));
        return GST_FLOW_ERROR;
    }
    if (self->batches++ % (c->interval + 1) != 0)
        return GST_FLOW_OK;
    gboolean detection = c->postprocess == GODS_STANDIN_IS_POST_DETECTION;
    if (!detection && !c->output_tensor_meta)
        return GST_FLOW_OK;

    nvds_acquire_meta_lock(bm);
    for (GList *l = bm->frame_meta_list; l; l = l->next) {
        NvDsFrameMeta *fm = l->data;
        GodsStandinImage img;
        if (!gods_standin_image_from_surface(&img, surf, fm->batch_id))
            continue;
        /* nvinfer's detector, on its grid and with its smallest blob. */
        int gw, gh;
        int min_pixels = gods_standin_detect_grid(img.width, img.height, (int)fm->source_frame_width,
                                                  (int)fm->source_frame_height, &gw, &gh);
        GArray *blobs = gods_standin_detect(&img, &self->matrix, NULL, gw, gh, min_pixels);
        GArray *dets = ssd_detections(blobs, img.width, img.height, gw, gh);
        g_array_free(blobs, TRUE);
        if (c->output_tensor_meta) {
            NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(bm);
            gods_infer_user_meta_set_tensor(u, ssd_tensor(c, dets));
            nvds_add_user_meta_to_frame(fm, u);
        }
        if (detection) {
            add_objects(self, bm, fm, dets, img.width, img.height);
            fm->bInferDone = TRUE;
        }
        g_array_free(dets, TRUE);
    }
    nvds_release_meta_lock(bm);
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_infer_server_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvinferserver", &count);
}

static void gst_standin_infer_server_class_init(GstStandinInferServerClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_inferserver_debug, "nvinferserver", 0, "go-deepstream stand-in nvinferserver");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(
        gobject_class, PROP_CONFIG_FILE_PATH,
        g_param_spec_string("config-file-path", "Config File Path",
                            "Path to the configuration file (protobuf text format, PluginControl)", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_UNIQUE_ID,
                                    g_param_spec_uint("unique-id", "Unique ID",
                                                      "Unique ID of the element (0: infer_config.unique_id)", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_PROCESS_MODE,
                                    g_param_spec_enum("process-mode", "Process Mode",
                                                      "Infer on full frames or on objects (default: the config's)",
                                                      process_mode_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_INFER_ON_GIE_ID,
                                    g_param_spec_int("infer-on-gie-id", "Infer on Gie ID",
                                                     "Secondary mode: objects of this component only (-1: any)", -1,
                                                     G_MAXINT, -1, rw));
    g_object_class_install_property(gobject_class, PROP_INFER_ON_CLASS_IDS,
                                    g_param_spec_string("infer-on-class-ids", "Operate on Class ids",
                                                        "Secondary mode: accepted, unused (full frames only)", "",
                                                        rw));
    g_object_class_install_property(gobject_class, PROP_BATCH_SIZE,
                                    g_param_spec_uint("batch-size", "Batch Size",
                                                      "Maximum batch size (0: infer_config.max_batch_size)", 0, 1024,
                                                      0, rw));
    g_object_class_install_property(gobject_class, PROP_INTERVAL,
                                    g_param_spec_uint("interval", "Interval",
                                                      "Batches to skip between inferences", 0, G_MAXINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_RAW_OUTPUT_CALLBACK,
                                    g_param_spec_pointer("raw-output-generated-callback", "Raw output callback",
                                                         "Accepted, never called", rw));
    g_object_class_install_property(gobject_class, PROP_RAW_OUTPUT_USERDATA,
                                    g_param_spec_pointer("raw-output-generated-userdata", "Raw output user data",
                                                         "Accepted, unused", rw));
    g_object_class_install_property(gobject_class, PROP_INPUT_TENSOR_META,
                                    g_param_spec_boolean("input-tensor-meta", "Input tensor meta",
                                                         "Accepted, unused (frames are always read)", FALSE, rw));

    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(INFERSERVER_CAPS)));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(INFERSERVER_CAPS)));
    gst_element_class_set_static_metadata(element_class, "NvInferServer plugin (go-deepstream CPU stand-in)",
                                          "NvInferServer Plugin",
                                          "Answers as a TF SSD detector on the synthetic scene's colours",
                                          "go-deepstream");

    bt->start = start;
    bt->set_caps = set_caps;
    bt->transform_ip = transform_ip;
}

static void gst_standin_infer_server_init(GstStandinInferServer *self)
{
    self->infer_on_gie_id = -1;
    gods_standin_inferserver_config_init(&self->run);
    gst_base_transform_set_in_place(GST_BASE_TRANSFORM(self), TRUE);
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), FALSE);
}
