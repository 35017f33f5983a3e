//go:build !deepstream

/* infer.c: nvinfer on the CPU, seeing the scene's palette colours.
 * - Detector (network-type 0): every frame of the batch is searched for
 *   blobs of the palette colours (detect.c); each blob becomes an
 *   NvDsObjectMeta of its colour's class. Primary mode searches whole
 *   frames; secondary mode searches inside the objects of
 *   operate-on-gie-id / operate-on-class-ids and adds children.
 * - Classifier (network-type 1, secondary only): each selected object gets
 *   an NvDsClassifierMeta with one NvDsLabelInfo: its colour when the
 *   label file names palette colours, else a band of its aspect ratio.
 * - Segmentation (network-type 2, primary only): an
 *   NvDsInferSegmentationMeta per frame (segment.c).
 * - Instance segmentation (network-type 3): the detector's objects, each
 *   with a mask when output-instance-mask is set (infer_mask.c).
 * - output-tensor-meta: one raw output layer per frame or object
 *   (tensor.c).
 * - input-tensor-meta: a primary detector searches only nvdspreprocess's
 *   ROIs (infer_roi.c). */
#include <math.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsmeta.h"
#include "standin_common.go.h"
#include "standin_detect.go.h"
#include "standin_face.go.h" /* PeopleNet mode: detect_face.c */
#include "standin_infer_config.go.h"
#include "standin_mask.go.h" /* instance masks: infer_mask.c */
#include "standin_infer_roi.go.h" /* input-tensor-meta: infer_roi.c */
#include "standin_payloads.go.h"
#include "../infer/infer.go.h"

GST_DEBUG_CATEGORY(gods_standin_infer_debug);
#define GST_CAT_DEFAULT gods_standin_infer_debug

#define INFER_CAPS                                                                                                     \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string){ NV12, RGBA }, width=(int)[1,32767], "                    \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

enum {
    PROP_0,
    PROP_CONFIG_FILE_PATH,
    PROP_UNIQUE_ID,
    PROP_PROCESS_MODE,
    PROP_INFER_ON_GIE_ID,
    PROP_INFER_ON_CLASS_IDS,
    PROP_FILTER_OUT_CLASS_IDS,
    PROP_MODEL_ENGINE_FILE,
    PROP_BATCH_SIZE,
    PROP_INTERVAL,
    PROP_GPU_ID,
    PROP_RAW_OUTPUT_FILE_WRITE,
    PROP_RAW_OUTPUT_CALLBACK,
    PROP_RAW_OUTPUT_USERDATA,
    PROP_OUTPUT_TENSOR_META,
    PROP_OUTPUT_INSTANCE_MASK,
    PROP_INPUT_TENSOR_META,
    PROP_CROP_OBJECTS_TO_ROI,
    PROP_CLIP_OBJECT_OUTSIDE_ROI,
    N_PROPS,
};

typedef struct {
    GstBaseTransform parent;
    /* properties and config (object lock) */
    gchar *config_path;
    GodsStandinInferConfig config; /* from the last good parse */
    gchar *config_error;       /* of the last parse, NULL if fine */
    gboolean prop_set[N_PROPS];
    guint unique_id;
    gint process_mode;
    gint infer_on_gie_id;
    gchar *infer_on_class_ids;
    gchar *filter_out_class_ids;
    gchar *model_engine_file;
    guint batch_size;
    guint interval;
    guint gpu_id;
    gboolean raw_output_file_write, output_tensor_meta, output_instance_mask, input_tensor_meta;
    gboolean crop_objects_to_roi, clip_object_outside_roi;
    gpointer raw_output_callback, raw_output_userdata;
    /* streaming: the effective settings, fixed at start */
    GodsStandinInferConfig run;
    GodsStandinMatrix matrix;
    guint64 batches;
    gboolean tensor_meta;  /* effective output-tensor-meta */
    gboolean instance_mask; /* network-type 3 with output-instance-mask */
    gboolean from_meta;    /* effective input-tensor-meta */
    guint net_w, net_h, net_c; /* effective network input size */
    gint color_label[GODS_STANDIN_PALETTE_SIZE]; /* classifier: label index of each palette colour, -1 none */
    gboolean by_color;     /* classifier: labels name colours */
    guint n_labels;        /* classifier: labels (or classes when no label file) */
} GstStandinInfer;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinInferClass;

GType gst_standin_infer_get_type(void);
G_DEFINE_TYPE(GstStandinInfer, gst_standin_infer, GST_TYPE_BASE_TRANSFORM)

static GType process_mode_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {1, "Primary (full frame)", "primary"},
        {2, "Secondary (objects)", "secondary"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinInferProcessMode", values));
    return t;
}

/* Parses a list of class ids separated by any of seps into out; FALSE when
 * malformed. */
static gboolean parse_ids(const gchar *s, const gchar *seps, GArray *out)
{
    g_array_set_size(out, 0);
    if (!s)
        return TRUE;
    gchar **parts = g_strsplit_set(s, seps, -1);
    gboolean ok = TRUE;
    for (gchar **p = parts; *p; p++) {
        gchar *v = g_strstrip(*p), *end = NULL;
        if (!*v)
            continue;
        gint64 id = g_ascii_strtoll(v, &end, 10);
        if (*end || id < 0 || id > G_MAXINT) {
            ok = FALSE;
            break;
        }
        gint iv = (gint)id;
        g_array_append_val(out, iv);
    }
    g_strfreev(parts);
    return ok;
}

/* Parses the config file now (under the object lock), so that the
 * properties it sets read back at once, as with nvinfer. */
static void load_config_locked(GstStandinInfer *self)
{
    g_clear_pointer(&self->config_error, g_free);
    gods_standin_infer_config_clear(&self->config);
    gods_standin_infer_config_init(&self->config);
    if (!self->config_path)
        return;
    gchar *err = NULL;
    if (!gods_standin_infer_config_load(&self->config, self->config_path, GST_OBJECT(self), &err)) {
        self->config_error = err;
        GST_WARNING_OBJECT(self, "config file %s: %s", self->config_path, err);
    }
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinInfer *self = (GstStandinInfer *)object;
    GST_OBJECT_LOCK(self);
    if (id < N_PROPS)
        self->prop_set[id] = TRUE;
    switch (id) {
    case PROP_CONFIG_FILE_PATH:
        g_free(self->config_path);
        self->config_path = g_value_dup_string(value);
        load_config_locked(self);
        break;
    case PROP_UNIQUE_ID: self->unique_id = g_value_get_uint(value); break;
    case PROP_PROCESS_MODE: self->process_mode = g_value_get_enum(value); break;
    case PROP_INFER_ON_GIE_ID: self->infer_on_gie_id = g_value_get_int(value); break;
    case PROP_INFER_ON_CLASS_IDS:
        g_free(self->infer_on_class_ids);
        self->infer_on_class_ids = g_value_dup_string(value);
        break;
    case PROP_FILTER_OUT_CLASS_IDS:
        g_free(self->filter_out_class_ids);
        self->filter_out_class_ids = g_value_dup_string(value);
        break;
    case PROP_MODEL_ENGINE_FILE:
        g_free(self->model_engine_file);
        self->model_engine_file = g_value_dup_string(value);
        break;
    case PROP_BATCH_SIZE: self->batch_size = g_value_get_uint(value); break;
    case PROP_INTERVAL: self->interval = g_value_get_uint(value); break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_RAW_OUTPUT_FILE_WRITE: self->raw_output_file_write = g_value_get_boolean(value); break;
    case PROP_RAW_OUTPUT_CALLBACK: self->raw_output_callback = g_value_get_pointer(value); break;
    case PROP_RAW_OUTPUT_USERDATA: self->raw_output_userdata = g_value_get_pointer(value); break;
    case PROP_OUTPUT_TENSOR_META: self->output_tensor_meta = g_value_get_boolean(value); break;
    case PROP_OUTPUT_INSTANCE_MASK: self->output_instance_mask = g_value_get_boolean(value); break;
    case PROP_INPUT_TENSOR_META: self->input_tensor_meta = g_value_get_boolean(value); break;
    case PROP_CROP_OBJECTS_TO_ROI: self->crop_objects_to_roi = g_value_get_boolean(value); break;
    case PROP_CLIP_OBJECT_OUTSIDE_ROI: self->clip_object_outside_roi = g_value_get_boolean(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static gchar *ids_to_string(GArray *ids, const gchar *sep)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < ids->len; i++)
        g_string_append_printf(s, "%s%d", i ? sep : "", g_array_index(ids, gint, i));
    return g_string_free(s, FALSE);
}

/* A property reads back its own value once set, the config file's before. */
static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinInfer *self = (GstStandinInfer *)object;
    GST_OBJECT_LOCK(self);
    gboolean set = id < N_PROPS && self->prop_set[id];
    GodsStandinInferConfig *c = &self->config;
    switch (id) {
    case PROP_CONFIG_FILE_PATH: g_value_set_string(value, self->config_path); break;
    case PROP_UNIQUE_ID: g_value_set_uint(value, set ? self->unique_id : (guint)c->unique_id); break;
    case PROP_PROCESS_MODE: g_value_set_enum(value, set ? self->process_mode : c->process_mode); break;
    case PROP_INFER_ON_GIE_ID: g_value_set_int(value, set ? self->infer_on_gie_id : c->operate_on_gie_id); break;
    case PROP_INFER_ON_CLASS_IDS:
        if (set)
            g_value_set_string(value, self->infer_on_class_ids);
        else
            g_value_take_string(value, ids_to_string(c->operate_on_class_ids, ":"));
        break;
    case PROP_FILTER_OUT_CLASS_IDS:
        if (set)
            g_value_set_string(value, self->filter_out_class_ids);
        else
            g_value_take_string(value, ids_to_string(c->filter_out_class_ids, ";"));
        break;
    case PROP_MODEL_ENGINE_FILE: g_value_set_string(value, set ? self->model_engine_file : c->model_engine_file); break;
    case PROP_BATCH_SIZE: g_value_set_uint(value, set ? self->batch_size : c->batch_size); break;
    case PROP_INTERVAL: g_value_set_uint(value, set ? self->interval : c->interval); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_RAW_OUTPUT_FILE_WRITE: g_value_set_boolean(value, self->raw_output_file_write); break;
    case PROP_RAW_OUTPUT_CALLBACK: g_value_set_pointer(value, self->raw_output_callback); break;
    case PROP_RAW_OUTPUT_USERDATA: g_value_set_pointer(value, self->raw_output_userdata); break;
    case PROP_OUTPUT_TENSOR_META:
        g_value_set_boolean(value, set ? self->output_tensor_meta : c->output_tensor_meta);
        break;
    case PROP_OUTPUT_INSTANCE_MASK:
        g_value_set_boolean(value, set ? self->output_instance_mask : c->output_instance_mask);
        break;
    case PROP_INPUT_TENSOR_META: g_value_set_boolean(value, self->input_tensor_meta); break;
    case PROP_CROP_OBJECTS_TO_ROI: g_value_set_boolean(value, self->crop_objects_to_roi); break;
    case PROP_CLIP_OBJECT_OUTSIDE_ROI: g_value_set_boolean(value, self->clip_object_outside_roi); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void finalize(GObject *object)
{
    GstStandinInfer *self = (GstStandinInfer *)object;
    g_free(self->config_path);
    g_free(self->config_error);
    g_free(self->infer_on_class_ids);
    g_free(self->filter_out_class_ids);
    g_free(self->model_engine_file);
    gods_standin_infer_config_clear(&self->config);
    gods_standin_infer_config_clear(&self->run);
    G_OBJECT_CLASS(gst_standin_infer_parent_class)->finalize(object);
}

/* The network's input size (infer-dims, else the network type's default:
 * detector 640x368, classifier 224x224, segmentation 512x512) and, for a
 * classifier, which attribute its labels name. */
static void setup_network(GstStandinInfer *self)
{
    GodsStandinInferConfig *c = &self->run;
    guint dw = 640, dh = 368;
    if (c->network_type == GODS_STANDIN_NET_CLASSIFIER)
        dw = dh = 224;
    else if (c->network_type == GODS_STANDIN_NET_SEGMENTATION)
        dw = dh = 512;
    self->net_w = c->net_w > 0 ? (guint)c->net_w : dw;
    self->net_h = c->net_h > 0 ? (guint)c->net_h : dh;
    self->net_c = c->net_c > 0 ? (guint)c->net_c : 3;
    guint n = c->labels ? g_strv_length(c->labels) : 0;
    self->n_labels = n ? n : (guint)c->num_classes;
    self->by_color = FALSE;
    for (int i = 0; i < GODS_STANDIN_PALETTE_SIZE; i++) {
        self->color_label[i] = -1;
        for (guint k = 0; k < n; k++) {
            if (g_ascii_strcasecmp(c->labels[k], gods_standin_palette[i].name) == 0) {
                self->color_label[i] = (gint)k;
                self->by_color = TRUE;
                break;
            }
        }
    }
}

/* Reads the config file again and applies the properties over it. */
static gboolean start(GstBaseTransform *trans)
{
    GstStandinInfer *self = (GstStandinInfer *)trans;
    GST_OBJECT_LOCK(self);
    gchar *path = g_strdup(self->config_path);
    GST_OBJECT_UNLOCK(self);
    if (!path) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("Configuration file not provided (set config-file-path)"), (NULL));
        return FALSE;
    }
    gods_standin_infer_config_clear(&self->run);
    gods_standin_infer_config_init(&self->run);
    gchar *err = NULL;
    if (!gods_standin_infer_config_load(&self->run, path, GST_OBJECT(self), &err)) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("Configuration file parsing failed: %s: %s", path, err),
                          ("config-file-path=%s", path));
        g_free(err);
        g_free(path);
        return FALSE;
    }
    g_free(path);
    GodsStandinInferConfig *c = &self->run;
    gboolean ok = TRUE;
    GST_OBJECT_LOCK(self);
    if (self->prop_set[PROP_UNIQUE_ID])
        c->unique_id = (gint)self->unique_id;
    if (self->prop_set[PROP_PROCESS_MODE])
        c->process_mode = self->process_mode;
    if (self->prop_set[PROP_INFER_ON_GIE_ID])
        c->operate_on_gie_id = self->infer_on_gie_id;
    if (self->prop_set[PROP_BATCH_SIZE])
        c->batch_size = self->batch_size;
    if (self->prop_set[PROP_INTERVAL])
        c->interval = self->interval;
    if (self->prop_set[PROP_INFER_ON_CLASS_IDS])
        ok = ok && parse_ids(self->infer_on_class_ids, ":;, ", c->operate_on_class_ids);
    if (self->prop_set[PROP_FILTER_OUT_CLASS_IDS])
        ok = ok && parse_ids(self->filter_out_class_ids, ":;, ", c->filter_out_class_ids);
    GST_OBJECT_UNLOCK(self);
    if (!ok) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("infer-on-class-ids or filter-out-class-ids is malformed"),
                          (NULL));
        return FALSE;
    }
    self->batches = 0;
    GST_OBJECT_LOCK(self);
    self->tensor_meta = self->prop_set[PROP_OUTPUT_TENSOR_META] ? self->output_tensor_meta : c->output_tensor_meta;
    self->instance_mask =
        c->network_type == GODS_STANDIN_NET_INSTANCE_SEGMENTATION &&
        (self->prop_set[PROP_OUTPUT_INSTANCE_MASK] ? self->output_instance_mask : c->output_instance_mask);
    self->from_meta = self->prop_set[PROP_INPUT_TENSOR_META] ? self->input_tensor_meta : c->input_tensor_from_meta;
    GST_OBJECT_UNLOCK(self);
    setup_network(self);
    GST_INFO_OBJECT(self, "network-type %d gie %d, process-mode %d, interval %u, %d classes, input %ux%u",
                    c->network_type, c->unique_id, c->process_mode, c->interval, c->num_classes, self->net_w,
                    self->net_h);
    return TRUE;
}

static gboolean set_caps(GstBaseTransform *trans, GstCaps *incaps, GstCaps *outcaps)
{
    GstStandinInfer *self = (GstStandinInfer *)trans;
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, incaps))
        return FALSE;
    gods_standin_matrix_init(&self->matrix, &info.colorimetry);
    return TRUE;
}

static gboolean has_id(GArray *ids, gint id)
{
    for (guint i = 0; i < ids->len; i++)
        if (g_array_index(ids, gint, i) == id)
            return TRUE;
    return FALSE;
}

static gint by_pixels(gconstpointer a, gconstpointer b)
{
    const GodsStandinBlob *x = a, *y = b;
    if (x->pixels != y->pixels)
        return y->pixels - x->pixels;
    if (x->top != y->top)
        return x->top - y->top;
    return x->left - y->left;
}

static void set_color(NvOSD_ColorParams *c, const gdouble v[4])
{
    c->red = v[0];
    c->green = v[1];
    c->blue = v[2];
    c->alpha = v[3];
}

/* Turns the blobs found in one frame into object metas. */
static void add_objects(GstStandinInfer *self, NvDsBatchMeta *bm, NvDsFrameMeta *fm, NvDsObjectMeta *parent,
                        GArray *blobs, int frame_w, int frame_h, int grid_w, int grid_h)
{
    GodsStandinInferConfig *c = &self->run;
    int counts[GODS_STANDIN_MAX_CLASSES] = {0};
    /* The blobs miss the scene's dark outline: pad by its width (one
     * source pixel per 360 source lines), in frame pixels. */
    int pad = MAX(1, (MAX(1, (grid_h + 180) / 360) * frame_h + grid_h / 2) / grid_h);
    g_array_sort(blobs, by_pixels);
    for (guint i = 0; i < blobs->len; i++) {
        GodsStandinBlob *b = &g_array_index(blobs, GodsStandinBlob, i);
        int cid = b->class_id;
        if (cid >= c->num_classes || has_id(c->filter_out_class_ids, cid))
            continue;
        const GodsStandinClassAttrs *a = &c->attrs[cid];
        int l = MAX(0, b->left - pad), t = MAX(0, b->top - pad);
        int r = MIN(frame_w, b->left + b->width + pad), bt = MIN(frame_h, b->top + b->height + pad);
        int w = r - l, h = bt - t;
        if ((a->min_w > 0 && w < a->min_w) || (a->min_h > 0 && h < a->min_h) || (a->max_w > 0 && w > a->max_w) ||
            (a->max_h > 0 && h > a->max_h))
            continue;
        if (t < a->roi_top || bt > frame_h - a->roi_bottom)
            continue;
        gdouble fill = (gdouble)b->pixels * frame_w * frame_h / ((gdouble)b->width * b->height * grid_w * grid_h);
        gfloat conf = (gfloat)(0.5 + 0.5 * MIN(1.0, fill));
        if (conf < a->threshold)
            continue;
        if (a->topk > 0 && counts[cid] >= a->topk)
            continue;
        counts[cid]++;

        NvDsObjectMeta *o = nvds_acquire_obj_meta_from_pool(bm);
        o->unique_component_id = c->unique_id;
        o->class_id = cid;
        o->confidence = conf;
        o->rect_params.left = (float)l;
        o->rect_params.top = (float)t;
        o->rect_params.width = (float)w;
        o->rect_params.height = (float)h;
        o->rect_params.border_width = 3;
        set_color(&o->rect_params.border_color, a->border);
        o->rect_params.has_bg_color = a->has_bg;
        if (a->has_bg)
            set_color(&o->rect_params.bg_color, a->bg);
        o->detector_bbox_info.org_bbox_coords.left = (float)l;
        o->detector_bbox_info.org_bbox_coords.top = (float)t;
        o->detector_bbox_info.org_bbox_coords.width = (float)w;
        o->detector_bbox_info.org_bbox_coords.height = (float)h;
        const gchar *label = c->labels && (gint)g_strv_length(c->labels) > cid ? c->labels[cid] : NULL;
        if (label) {
            g_strlcpy(o->obj_label, label, MAX_LABEL_SIZE);
            o->text_params.display_text = g_strdup(label);
            o->text_params.x_offset = (unsigned int)l;
            o->text_params.y_offset = (unsigned int)MAX(0, t - 12);
            o->text_params.font_params.font_name = (char *)"Serif";
            o->text_params.font_params.font_size = 10;
            o->text_params.font_params.font_color = (NvOSD_ColorParams){1.0, 1.0, 1.0, 1.0};
            o->text_params.set_bg_clr = 1;
            o->text_params.text_bg_clr = (NvOSD_ColorParams){0.0, 0.0, 0.0, 1.0};
        }
        nvds_add_obj_meta_to_frame(fm, o, parent);
    }
}

/* The objects of fm a secondary network works on. */
static GPtrArray *select_objects(GodsStandinInferConfig *c, NvDsFrameMeta *fm)
{
    GPtrArray *out = g_ptr_array_new();
    for (GList *o = fm->obj_meta_list; o; o = o->next) {
        NvDsObjectMeta *om = o->data;
        NvOSD_RectParams *r = &om->rect_params;
        if ((c->operate_on_gie_id >= 0 && om->unique_component_id != c->operate_on_gie_id) ||
            (c->operate_on_class_ids->len && !has_id(c->operate_on_class_ids, om->class_id)) ||
            r->width < c->input_object_min_w || r->height < c->input_object_min_h ||
            (c->input_object_max_w > 0 && r->width > c->input_object_max_w) ||
            (c->input_object_max_h > 0 && r->height > c->input_object_max_h) || r->width < 1 || r->height < 1)
            continue;
        g_ptr_array_add(out, om);
    }
    return out;
}

/* An object's rectangle in whole pixels. */
static GodsStandinRect object_roi(const NvDsObjectMeta *om)
{
    GodsStandinRect r = {(int)om->rect_params.left, (int)om->rect_params.top, (int)(om->rect_params.width + 0.5f),
                     (int)(om->rect_params.height + 0.5f)};
    return r;
}

/* nvinfer's raw output: a tensor meta (infer's glue) with one FLOAT output
 * layer named name of dims taking data (the product of dims floats,
 * g_malloc'd), whose device pointer is the host buffer (the embedded
 * runtime has no device memory). */
static NvDsInferTensorMeta *tensor_meta(GstStandinInfer *self, guint unique_id, const char *name, const guint dims[3],
                                        gfloat *data)
{
    NvDsInferTensorMeta *t = gods_infer_tensor_new(unique_id, 1, self->net_w, self->net_h, self->net_c);
    gods_infer_tensor_set_layer(t, 0, name, FLOAT, dims, 3, data, TRUE);
    return t;
}

/* The raw output of the detector (and of network-type 100) over roi: the
 * colour coverage of each class per cell of a grid 16 times coarser than
 * the network's input, as DetectNet's output_cov/Sigmoid. */
static NvDsInferTensorMeta *detector_tensor(GstStandinInfer *self, const GodsStandinImage *img, const GodsStandinRect *roi)
{
    GodsStandinInferConfig *c = &self->run;
    guint gw = MAX(1u, self->net_w / 16), gh = MAX(1u, self->net_h / 16);
    gfloat *cov = gods_standin_coverage_new(img, &self->matrix, roi, c->num_classes, (int)gw, (int)gh);
    guint dims[3] = {(guint)c->num_classes, gh, gw};
    return tensor_meta(self, (guint)c->unique_id, "output_cov/Sigmoid", dims, cov);
}

static void attach_frame_tensor(NvDsBatchMeta *bm, NvDsFrameMeta *fm, NvDsInferTensorMeta *t)
{
    NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(bm);
    gods_infer_user_meta_set_tensor(u, t);
    nvds_add_user_meta_to_frame(fm, u);
}

static void attach_object_tensor(NvDsBatchMeta *bm, NvDsObjectMeta *om, NvDsInferTensorMeta *t)
{
    NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(bm);
    gods_infer_user_meta_set_tensor(u, t);
    nvds_add_user_meta_to_obj(om, u);
}

/* Vehicles' aspect ratios (width / height) span about 1.7 to 2.7 in the
 * scene: a classifier whose labels are not colours sorts objects into as
 * many equal bands of that range as it has labels. */
#define ASPECT_MIN 1.7
#define ASPECT_MAX 2.7

/* Classifies one object: a label index and its probability, -1 when none. */
static int classify(GstStandinInfer *self, const GodsStandinImage *img, NvDsFrameMeta *fm, NvDsObjectMeta *om, int gw,
                    int gh, float *prob)
{
    GodsStandinRect roi = object_roi(om);
    *prob = 0;
    if (self->by_color) {
        int rw = MAX(1, roi.width * gw / img->width), rh = MAX(1, roi.height * gh / img->height);
        int color = gods_standin_dominant_color(img, &self->matrix, &roi, rw, rh, om->class_id, prob);
        return color >= 0 ? self->color_label[color] : -1;
    }
    /* The aspect ratio in source pixels (the muxer may stretch). */
    double sx = fm->source_frame_width && fm->pipeline_width ? (double)fm->source_frame_width / fm->pipeline_width : 1;
    double sy =
        fm->source_frame_height && fm->pipeline_height ? (double)fm->source_frame_height / fm->pipeline_height : 1;
    double aspect = (om->rect_params.width * sx) / MAX(1e-3, om->rect_params.height * sy);
    guint n = MAX(1u, self->n_labels);
    double band = (ASPECT_MAX - ASPECT_MIN) / n, pos = (aspect - ASPECT_MIN) / band;
    int k = CLAMP((int)floor(pos), 0, (int)n - 1);
    /* 1 in the band's middle, 0.5 at an edge between two bands. */
    double d = pos - k;
    double lo = k == 0 ? 1.0 : d, hi = k == (int)n - 1 ? 1.0 : 1.0 - d;
    *prob = (float)(0.5 + MIN(0.5, MIN(lo, hi)));
    return k;
}

static void add_classification(GstStandinInfer *self, NvDsBatchMeta *bm, NvDsObjectMeta *om, int k, float prob)
{
    GodsStandinInferConfig *c = &self->run;
    const gchar *label = c->labels && (guint)k < g_strv_length(c->labels) ? c->labels[k] : "";
    NvDsClassifierMeta *cm = nvds_acquire_classifier_meta_from_pool(bm);
    cm->unique_component_id = c->unique_id;
    cm->classifier_type = c->classifier_type;
    NvDsLabelInfo *li = nvds_acquire_label_info_meta_from_pool(bm);
    li->num_classes = self->n_labels;
    g_strlcpy(li->result_label, label, MAX_LABEL_SIZE);
    li->result_class_id = (guint)k;
    li->label_id = 0; /* the classifier's only output (attribute) */
    li->result_prob = prob;
    nvds_add_label_info_meta_to_classifier(cm, li);
    nvds_add_classifier_meta_to_object(om, cm);
    /* The label joins the object's display text, as nvinfer's do. */
    if (*label) {
        gchar *old = om->text_params.display_text;
        om->text_params.display_text = old ? g_strdup_printf("%s %s", old, label) : g_strdup(label);
        g_free(old);
    }
}

/* The classifier's raw output: its label probabilities, 1 x 1 per label. */
static NvDsInferTensorMeta *classifier_tensor(GstStandinInfer *self, int k, float prob)
{
    guint n = MAX(1u, self->n_labels);
    gfloat *p = g_new(gfloat, n);
    for (guint i = 0; i < n; i++)
        p[i] = k < 0 ? 1.0f / n : (i == (guint)k ? prob : (n > 1 ? (1.0f - prob) / (n - 1) : 0));
    guint dims[3] = {n, 1, 1};
    return tensor_meta(self, (guint)self->run.unique_id, "predictions/Softmax", dims, p);
}

static void segment_frame(GstStandinInfer *self, NvDsBatchMeta *bm, NvDsFrameMeta *fm, const GodsStandinImage *img)
{
    GodsStandinInferConfig *c = &self->run;
    NvDsInferSegmentationMeta *seg = gods_standin_segmentation_new(img, &self->matrix, NULL, (guint)c->num_classes,
                                                              self->net_w, self->net_h, c->unique_id);
    if (self->tensor_meta) {
        gsize n = (gsize)seg->classes * seg->width * seg->height;
        guint dims[3] = {seg->classes, seg->height, seg->width};
        attach_frame_tensor(bm, fm,
                            tensor_meta(self, (guint)c->unique_id, "softmax", dims,
                                        g_memdup2(seg->class_probabilities_map, n * sizeof(gfloat))));
    }
    NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(bm);
    gods_infer_user_meta_set_segmentation(u, seg);
    nvds_add_user_meta_to_frame(fm, u);
}

static GstFlowReturn transform_ip(GstBaseTransform *trans, GstBuffer *buf)
{
    GstStandinInfer *self = (GstStandinInfer *)trans;
    GodsStandinInferConfig *c = &self->run;
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(buf);
    NvBufSurface *surf = gods_standin_buffer_surface(buf);
    if (!bm || !surf) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("%s not found for input buffer", bm ? "NvBufSurface" : "NvDsBatchMeta"),
                          ("nvinfer needs batched buffers from nvstreammux"));
        return GST_FLOW_ERROR;
    }
    if (self->batches++ % (c->interval + 1) != 0)
        return GST_FLOW_OK;

    nvds_acquire_meta_lock(bm);
    for (GList *l = bm->frame_meta_list; l; l = l->next) {
        NvDsFrameMeta *fm = l->data;
        GodsStandinImage img;
        if (!gods_standin_image_from_surface(&img, surf, fm->batch_id))
            continue;
        int gw, gh;
        int min_pixels = gods_standin_detect_grid(img.width, img.height, (int)fm->source_frame_width,
                                                  (int)fm->source_frame_height, &gw, &gh);
        gboolean detect = c->network_type == GODS_STANDIN_NET_DETECTOR ||
                          c->network_type == GODS_STANDIN_NET_INSTANCE_SEGMENTATION;
        if (c->network_type == GODS_STANDIN_NET_SEGMENTATION) {
            segment_frame(self, bm, fm, &img);
        } else if (c->network_type == GODS_STANDIN_NET_CLASSIFIER) {
            GPtrArray *objs = select_objects(c, fm);
            for (guint i = 0; i < objs->len; i++) {
                NvDsObjectMeta *om = objs->pdata[i];
                float prob = 0;
                int k = classify(self, &img, fm, om, gw, gh, &prob);
                if (k >= 0 && prob >= c->classifier_threshold)
                    add_classification(self, bm, om, k, prob);
                if (self->tensor_meta)
                    attach_object_tensor(bm, om, classifier_tensor(self, k, prob));
            }
            g_ptr_array_free(objs, TRUE);
        } else if (c->process_mode == 1) {
            if (detect && self->from_meta) { /* nvdspreprocess's ROIs only */
                GArray *blobs = gods_standin_infer_roi_detect(bm, fm, c, &img, &self->matrix, gw, gh, min_pixels);
                add_objects(self, bm, fm, NULL, blobs, img.width, img.height, gw, gh);
                g_array_free(blobs, TRUE);
            } else if (detect) {
                GArray *blobs = gods_standin_detect(&img, &self->matrix, NULL, gw, gh, min_pixels);
                gods_standin_peoplenet_blobs(c, &img, &self->matrix, NULL, gw, gh, blobs); /* detect_face.c */
                add_objects(self, bm, fm, NULL, blobs, img.width, img.height, gw, gh);
                g_array_free(blobs, TRUE);
            }
            if (self->tensor_meta)
                attach_frame_tensor(bm, fm, detector_tensor(self, &img, NULL));
        } else {
            GPtrArray *parents = select_objects(c, fm);
            for (guint i = 0; i < parents->len; i++) {
                NvDsObjectMeta *om = parents->pdata[i];
                GodsStandinRect roi = object_roi(om);
                if (detect) {
                    int rw = MAX(1, roi.width * gw / img.width), rh = MAX(1, roi.height * gh / img.height);
                    GArray *blobs = gods_standin_detect(&img, &self->matrix, &roi, rw, rh, min_pixels);
                    gods_standin_peoplenet_blobs(c, &img, &self->matrix, &roi, rw, rh, blobs); /* detect_face.c */
                    add_objects(self, bm, fm, om, blobs, img.width, img.height, gw, gh);
                    g_array_free(blobs, TRUE);
                }
                if (self->tensor_meta)
                    attach_object_tensor(bm, om, detector_tensor(self, &img, &roi));
            }
            g_ptr_array_free(parents, TRUE);
        }
        if (self->instance_mask)
            gods_standin_infer_masks(fm, c->unique_id, &img, &self->matrix, gw, gh, (gfloat)c->segmentation_threshold);
        fm->bInferDone = TRUE;
    }
    nvds_release_meta_lock(bm);
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_infer_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvinfer", &count);
}

static void gst_standin_infer_class_init(GstStandinInferClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_infer_debug, "nvinfer", 0, "go-deepstream stand-in nvinfer");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_CONFIG_FILE_PATH,
                                    g_param_spec_string("config-file-path", "Config file path",
                                                        "nvinfer configuration file ([property] group)", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_UNIQUE_ID,
                                    g_param_spec_uint("unique-id", "Unique ID",
                                                      "unique_component_id of the objects (overrides gie-unique-id)",
                                                      0, G_MAXUINT, 15, rw));
    g_object_class_install_property(gobject_class, PROP_PROCESS_MODE,
                                    g_param_spec_enum("process-mode", "Process mode",
                                                      "Full frames (primary) or objects (secondary)",
                                                      process_mode_get_type(), 1, rw));
    g_object_class_install_property(gobject_class, PROP_INFER_ON_GIE_ID,
                                    g_param_spec_int("infer-on-gie-id", "Infer on GIE id",
                                                     "Secondary mode: objects of this component only (-1: any)", -1,
                                                     G_MAXINT, -1, rw));
    g_object_class_install_property(gobject_class, PROP_INFER_ON_CLASS_IDS,
                                    g_param_spec_string("infer-on-class-ids", "Infer on class ids",
                                                        "Secondary mode: objects of these classes only, e.g. 0:2:3",
                                                        "", rw));
    g_object_class_install_property(gobject_class, PROP_FILTER_OUT_CLASS_IDS,
                                    g_param_spec_string("filter-out-class-ids", "Filter out class ids",
                                                        "Classes not to output, e.g. 0;2;3", "", rw));
    g_object_class_install_property(gobject_class, PROP_MODEL_ENGINE_FILE,
                                    g_param_spec_string("model-engine-file", "Model engine file",
                                                        "Accepted, unused: colours replace the model", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_BATCH_SIZE,
                                    g_param_spec_uint("batch-size", "Batch size",
                                                      "Accepted (every frame of a batch is processed)", 1, 1024, 1,
                                                      rw));
    g_object_class_install_property(gobject_class, PROP_INTERVAL,
                                    g_param_spec_uint("interval", "Interval",
                                                      "Batches to skip between inferences", 0, G_MAXINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_RAW_OUTPUT_FILE_WRITE,
                                    g_param_spec_boolean("raw-output-file-write", "Raw output file write",
                                                         "Accepted, unused (no tensors)", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_RAW_OUTPUT_CALLBACK,
                                    g_param_spec_pointer("raw-output-generated-callback", "Raw output callback",
                                                         "Accepted, never called (no tensors)", rw));
    g_object_class_install_property(gobject_class, PROP_RAW_OUTPUT_USERDATA,
                                    g_param_spec_pointer("raw-output-generated-userdata", "Raw output user data",
                                                         "Accepted, unused", rw));
    g_object_class_install_property(gobject_class, PROP_OUTPUT_TENSOR_META,
                                    g_param_spec_boolean("output-tensor-meta", "Output tensor meta",
                                                         "Attach the raw output layer as NvDsInferTensorMeta user meta",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_OUTPUT_INSTANCE_MASK,
                                    g_param_spec_boolean("output-instance-mask", "Output instance mask",
                                                         "Instance segmentation (network-type 3): attach each "
                                                         "object's mask as its mask_params",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_INPUT_TENSOR_META,
                                    g_param_spec_boolean("input-tensor-meta", "Input tensor meta",
                                                         "Primary detector: detect only inside nvdspreprocess's ROIs "
                                                         "(its GstNvDsPreProcessBatchMeta)",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_CROP_OBJECTS_TO_ROI,
                                    g_param_spec_boolean("crop-objects-to-roi-boundary", "Crop objects to ROI",
                                                         "Accepted, unused", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_CLIP_OBJECT_OUTSIDE_ROI,
                                    g_param_spec_boolean("clip-object-outside-roi", "Clip objects outside ROI",
                                                         "Accepted, unused", TRUE, rw));

    gst_element_class_add_pad_template(
        element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, gst_caps_from_string(INFER_CAPS)));
    gst_element_class_add_pad_template(
        element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, gst_caps_from_string(INFER_CAPS)));
    gst_element_class_set_static_metadata(element_class, "NvInfer plugin (go-deepstream CPU stand-in)",
                                          "NvInfer Plugin", "Detects the synthetic scene's objects by colour",
                                          "go-deepstream");

    bt->start = start;
    bt->set_caps = set_caps;
    bt->transform_ip = transform_ip;
}

static void gst_standin_infer_init(GstStandinInfer *self)
{
    self->unique_id = 15;
    self->process_mode = 1;
    self->infer_on_gie_id = -1;
    self->batch_size = 1;
    self->clip_object_outside_roi = TRUE;
    gods_standin_infer_config_init(&self->config);
    gods_standin_infer_config_init(&self->run);
    gst_base_transform_set_in_place(GST_BASE_TRANSFORM(self), TRUE);
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), FALSE);
}
