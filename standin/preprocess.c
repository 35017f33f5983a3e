//go:build !deepstream

/* preprocess.c: nvdspreprocess on the CPU. Each frame of a source in a
 * [group-<n>] gives its units: the group's ROIs (process-on-roi=1), else
 * the whole frame, or (process-on-frame=0) the objects of
 * operate-on-gie-id. Every unit is scaled (nearest neighbour, with
 * maintain-aspect-ratio and symmetric-padding) to the network input and
 * written into a tensor of network-input-shape, tensor-data-type and
 * network-color-format, pixel values times pixel-normalization-factor
 * after subtracting offsets, in CPU memory. Every network batch
 * (network-input-shape's first dimension) of units becomes one
 * GstNvDsPreProcessBatchMeta batch user meta (NVDS_PREPROCESS_BATCH_META)
 * with an NvDsRoiMeta per unit and the tensor meta, built by package
 * preprocess's C++ glue for the release compiled against. */
#include <math.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsmeta.h"
#include "standin_common.go.h"
#include "standin_image.go.h"
#include "standin_preprocess_config.go.h"
#include "../preprocess/preprocess.go.h"

GST_DEBUG_CATEGORY(gods_standin_preprocess_debug);
#define GST_CAT_DEFAULT gods_standin_preprocess_debug

#define PREPROCESS_CAPS                                                                                                \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string){ NV12, RGBA }, width=(int)[1,32767], "                \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

enum {
    PROP_0,
    PROP_UNIQUE_ID,
    PROP_ENABLE,
    PROP_PROCESS_ON_FRAME,
    PROP_CONFIG_FILE,
    PROP_TARGET_UNIQUE_IDS,
    PROP_OPERATE_ON_GIE_ID,
    PROP_GPU_ID,
    N_PROPS,
};

typedef struct {
    GstBaseTransform parent;
    /* properties (object lock) */
    gboolean prop_set[N_PROPS];
    guint unique_id;
    gboolean enable, process_on_frame;
    gchar *config_file;
    gchar *target_unique_ids;
    gint operate_on_gie_id;
    guint gpu_id;
    GodsStandinPreprocessConfig config; /* last parse, for reading properties back */
    /* streaming: the effective settings, fixed at start */
    GodsStandinPreprocessConfig run;
    GodsStandinMatrix matrix;
    guint meta_id;
} GstStandinPreprocess;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinPreprocessClass;

GType gst_standin_preprocess_get_type(void);
G_DEFINE_TYPE(GstStandinPreprocess, gst_standin_preprocess, GST_TYPE_BASE_TRANSFORM)

/* Parses "1;2;3" (also ',' or ' ' separated) target ids; FALSE when malformed. */
static gboolean parse_target_ids(const gchar *s, GArray *out)
{
    g_array_set_size(out, 0);
    gchar **parts = g_strsplit_set(s ? s : "", ";, ", -1);
    gboolean ok = TRUE;
    for (gchar **p = parts; *p && ok; p++) {
        gchar *end = NULL;
        if (!**p)
            continue;
        guint64 v = g_ascii_strtoull(*p, &end, 10);
        if (*end || **p == '-' || v > G_MAXUINT)
            ok = FALSE;
        else
            g_array_append_val(out, v);
    }
    g_strfreev(parts);
    return ok;
}

static void load_config_locked(GstStandinPreprocess *self)
{
    gods_standin_preprocess_config_clear(&self->config);
    gods_standin_preprocess_config_init(&self->config);
    if (!self->config_file)
        return;
    gchar *err = NULL;
    if (!gods_standin_preprocess_config_load(&self->config, self->config_file, GST_OBJECT(self), &err)) {
        GST_WARNING_OBJECT(self, "config file %s: %s", self->config_file, err);
        g_free(err);
    }
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinPreprocess *self = (GstStandinPreprocess *)object;
    GST_OBJECT_LOCK(self);
    if (id < N_PROPS)
        self->prop_set[id] = TRUE;
    switch (id) {
    case PROP_UNIQUE_ID: self->unique_id = g_value_get_uint(value); break;
    case PROP_ENABLE: self->enable = g_value_get_boolean(value); break;
    case PROP_PROCESS_ON_FRAME: self->process_on_frame = g_value_get_boolean(value); break;
    case PROP_CONFIG_FILE:
        g_free(self->config_file);
        self->config_file = g_value_dup_string(value);
        load_config_locked(self);
        break;
    case PROP_TARGET_UNIQUE_IDS:
        g_free(self->target_unique_ids);
        self->target_unique_ids = g_value_dup_string(value);
        break;
    case PROP_OPERATE_ON_GIE_ID: self->operate_on_gie_id = g_value_get_int(value); break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static gchar *ids_to_string(GArray *ids)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < ids->len; i++)
        g_string_append_printf(s, "%s%" G_GUINT64_FORMAT, i ? ";" : "", g_array_index(ids, guint64, i));
    return g_string_free(s, FALSE);
}

/* A property reads back its own value once set, the config file's before. */
static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinPreprocess *self = (GstStandinPreprocess *)object;
    GST_OBJECT_LOCK(self);
    gboolean set = id < N_PROPS && self->prop_set[id];
    const GodsStandinPreprocessConfig *c = &self->config;
    switch (id) {
    case PROP_UNIQUE_ID: g_value_set_uint(value, set || !c->has_unique_id ? self->unique_id : c->unique_id); break;
    case PROP_ENABLE: g_value_set_boolean(value, set || !c->path ? self->enable : c->enable); break;
    case PROP_PROCESS_ON_FRAME:
        g_value_set_boolean(value,
                            set || !c->has_process_on_frame ? self->process_on_frame : c->process_on_frame);
        break;
    case PROP_CONFIG_FILE: g_value_set_string(value, self->config_file); break;
    case PROP_TARGET_UNIQUE_IDS:
        if (set || !c->has_target_ids)
            g_value_set_string(value, self->target_unique_ids);
        else
            g_value_take_string(value, ids_to_string(c->target_ids));
        break;
    case PROP_OPERATE_ON_GIE_ID:
        g_value_set_int(value, set || !c->has_gie_id ? self->operate_on_gie_id : c->operate_on_gie_id);
        break;
    case PROP_GPU_ID: g_value_set_uint(value, set || !c->has_gpu_id ? self->gpu_id : c->gpu_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void finalize(GObject *object)
{
    GstStandinPreprocess *self = (GstStandinPreprocess *)object;
    g_free(self->config_file);
    g_free(self->target_unique_ids);
    gods_standin_preprocess_config_clear(&self->config);
    gods_standin_preprocess_config_clear(&self->run);
    G_OBJECT_CLASS(gst_standin_preprocess_parent_class)->finalize(object);
}

/* Reads the config file again and applies the properties set over it. */
static gboolean start(GstBaseTransform *trans)
{
    GstStandinPreprocess *self = (GstStandinPreprocess *)trans;
    GST_OBJECT_LOCK(self);
    gchar *path = g_strdup(self->config_file);
    GST_OBJECT_UNLOCK(self);
    if (!path) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("Configuration file not provided (set config-file)"), (NULL));
        return FALSE;
    }
    GodsStandinPreprocessConfig *c = &self->run;
    gods_standin_preprocess_config_clear(c);
    gods_standin_preprocess_config_init(c);
    gchar *err = NULL;
    if (!gods_standin_preprocess_config_load(c, path, GST_OBJECT(self), &err)) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("Configuration file parsing failed: %s: %s", path, err),
                          ("config-file=%s", path));
        g_free(err);
        g_free(path);
        return FALSE;
    }
    g_free(path);
    gboolean ok = TRUE;
    GST_OBJECT_LOCK(self);
    if (self->prop_set[PROP_UNIQUE_ID])
        c->unique_id = self->unique_id;
    if (self->prop_set[PROP_ENABLE])
        c->enable = self->enable;
    if (self->prop_set[PROP_PROCESS_ON_FRAME])
        c->process_on_frame = self->process_on_frame;
    if (self->prop_set[PROP_OPERATE_ON_GIE_ID])
        c->operate_on_gie_id = self->operate_on_gie_id;
    if (self->prop_set[PROP_GPU_ID])
        c->gpu_id = self->gpu_id;
    if (self->prop_set[PROP_TARGET_UNIQUE_IDS])
        ok = parse_target_ids(self->target_unique_ids, c->target_ids);
    GST_OBJECT_UNLOCK(self);
    if (!ok) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("target-unique-ids is malformed (want ids such as 1;2)"), (NULL));
        return FALSE;
    }
    self->meta_id = 0;
    gst_base_transform_set_passthrough(trans, !c->enable);
    GST_INFO_OBJECT(self, "%u group(s), tensor %s %dx%dx%dx%d, type %d, %s", c->groups->len, c->tensor_name,
                    c->shape[0], c->shape[1], c->shape[2], c->shape[3], c->data_type,
                    c->process_on_frame ? "frames" : "objects");
    return TRUE;
}

static gboolean set_caps(GstBaseTransform *trans, GstCaps *incaps, GstCaps *outcaps)
{
    GstStandinPreprocess *self = (GstStandinPreprocess *)trans;
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, incaps))
        return FALSE;
    gods_standin_matrix_init(&self->matrix, &info.colorimetry);
    return TRUE;
}

/* One unit of work: a part of a frame (and the object it is, if any). */
typedef struct {
    NvDsFrameMeta *frame;
    NvDsObjectMeta *object;
    GodsStandinRect rect; /* in frame pixels, inside the frame */
} Unit;

static gboolean clip_rect(GodsStandinRect *r, int fw, int fh)
{
    int l = MAX(0, r->x), t = MAX(0, r->y);
    int rr = MIN(fw, r->x + r->width), b = MIN(fh, r->y + r->height);
    if (rr <= l || b <= t)
        return FALSE;
    *r = (GodsStandinRect){l, t, rr - l, b - t};
    return TRUE;
}

static gboolean has_class(GArray *ids, gint id)
{
    if (!ids->len)
        return TRUE;
    for (guint i = 0; i < ids->len; i++)
        if (g_array_index(ids, gint, i) == id)
            return TRUE;
    return FALSE;
}

static gboolean inside(const GodsStandinRect *outer, const NvOSD_RectParams *r)
{
    return r->left >= outer->x && r->top >= outer->y && r->left + r->width <= outer->x + outer->width &&
           r->top + r->height <= outer->y + outer->height;
}

/* Appends the units of one frame to units. */
static void frame_units(GstStandinPreprocess *self, NvDsFrameMeta *fm, int fw, int fh, GArray *units)
{
    GodsStandinPreprocessConfig *c = &self->run;
    const GodsStandinPreprocessGroup *g = gods_standin_preprocess_group_for(c, fm->source_id);
    if (!g)
        return;
    GArray *rois = g->process_on_roi ? g_hash_table_lookup(g->rois, GUINT_TO_POINTER(fm->source_id)) : NULL;
    if (g->process_on_roi && !rois)
        return; /* a source of src-ids=-1 without ROIs */
    if (c->process_on_frame) {
        if (!rois) {
            Unit u = {fm, NULL, {0, 0, fw, fh}};
            g_array_append_val(units, u);
            return;
        }
        for (guint i = 0; i < rois->len; i++) {
            Unit u = {fm, NULL, g_array_index(rois, GodsStandinRect, i)};
            if (clip_rect(&u.rect, fw, fh))
                g_array_append_val(units, u);
            else
                GST_WARNING_OBJECT(self, "source %u: ROI %u lies outside the %dx%d frame", fm->source_id, i, fw, fh);
        }
        return;
    }
    for (GList *l = fm->obj_meta_list; l; l = l->next) {
        NvDsObjectMeta *om = l->data;
        NvOSD_RectParams *r = &om->rect_params;
        if ((c->operate_on_gie_id >= 0 && om->unique_component_id != c->operate_on_gie_id) ||
            !has_class(g->class_ids, om->class_id) || r->width < MAX(1, g->min_w) || r->height < MAX(1, g->min_h) ||
            (g->max_w > 0 && r->width > g->max_w) || (g->max_h > 0 && r->height > g->max_h))
            continue;
        if (rois) {
            gboolean in = FALSE;
            for (guint i = 0; i < rois->len && !in; i++)
                in = inside(&g_array_index(rois, GodsStandinRect, i), r);
            if (!in)
                continue;
        }
        Unit u = {fm, om, {(int)r->left, (int)r->top, (int)(r->width + 0.5f), (int)(r->height + 0.5f)}};
        if (clip_rect(&u.rect, fw, fh))
            g_array_append_val(units, u);
    }
}

static guint16 to_half(float f)
{
    union {
        float f;
        guint32 u;
    } v = {f};
    guint32 sign = (v.u >> 16) & 0x8000, exp = (v.u >> 23) & 0xff, man = v.u & 0x7fffff;
    if (exp == 0xff)
        return (guint16)(sign | 0x7c00 | (man ? 0x200 : 0));
    int e = (int)exp - 127 + 15;
    if (e >= 31)
        return (guint16)(sign | 0x7c00);
    if (e <= 0) {
        if (e < -10)
            return (guint16)sign;
        man |= 0x800000;
        return (guint16)(sign | ((man >> (14 - e)) + ((man >> (13 - e)) & 1)));
    }
    guint32 h = sign | ((guint32)e << 10) | (man >> 13);
    return (guint16)(h + ((man >> 12) & 1)); /* round half up; a carry rolls into the exponent */
}

static void store(void *dst, gsize i, int type, float v)
{
    switch (type) {
    case GODS_STANDIN_PP_FP32: ((float *)dst)[i] = v; break;
    case GODS_STANDIN_PP_FP16: ((guint16 *)dst)[i] = to_half(v); break;
    case GODS_STANDIN_PP_UINT8: ((guint8 *)dst)[i] = (guint8)CLAMP(lrintf(v), 0, 255); break;
    default: ((gint8 *)dst)[i] = (gint8)CLAMP(lrintf(v), -128, 127); break;
    }
}

static gsize type_size(int type)
{
    switch (type) {
    case GODS_STANDIN_PP_FP32: return 4;
    case GODS_STANDIN_PP_FP16: return 2;
    default: return 1;
    }
}

static int meta_data_type(int type)
{
    switch (type) {
    case GODS_STANDIN_PP_FP32: return NvDsDataType_FP32;
    case GODS_STANDIN_PP_FP16: return NvDsDataType_FP16;
    case GODS_STANDIN_PP_UINT8: return NvDsDataType_UINT8;
    default: return NvDsDataType_INT8;
    }
}

/* The common layout (the sample's): RGB or BGR FP32 NCHW, a plane
 * pointer per channel. dst is the unit's first value. */
static void fill_nchw_fp32(float *dst, gsize plane, int nw, const guint8 *rgb, int cw, int ch, gsize ox, gsize oy,
                           float lut[3][256], const int src_ch[3])
{
    for (int y = 0; y < ch; y++) {
        const guint8 *row = rgb + (gsize)y * cw * 3;
        float *d = dst + ((gsize)y + oy) * nw + ox;
        for (int ci = 0; ci < 3; ci++) {
            const float *l = lut[ci];
            const guint8 *p = row + src_ch[ci];
            float *dc = d + ci * plane;
            for (int x = 0; x < cw; x++)
                dc[x] = l[p[3 * x]];
        }
    }
}

/* Any layout, colour format and data type, value by value. */
static void fill_any(const GodsStandinPreprocessConfig *c, void *tensor, gsize base, gsize plane, int nw,
                     const guint8 *rgb, int cw, int ch, gsize ox, gsize oy, float lut[3][256], const int src_ch[3])
{
    for (int y = 0; y < ch; y++) {
        const guint8 *row = rgb + (gsize)y * cw * 3;
        gsize ty = ((gsize)y + oy) * nw + ox;
        for (int x = 0; x < cw; x++) {
            const guint8 *p = row + 3 * x;
            gsize at = ty + x;
            if (c->color == GODS_STANDIN_PP_GRAY) {
                int gray = (299 * p[0] + 587 * p[1] + 114 * p[2] + 500) / 1000;
                store(tensor, base + at, c->data_type, lut[0][gray]);
                continue;
            }
            for (int ci = 0; ci < 3; ci++) {
                gsize i = c->order == GODS_STANDIN_ORDER_NCHW ? base + ci * plane + at : base + at * 3 + ci;
                store(tensor, i, c->data_type, lut[ci][p[src_ch[ci]]]);
            }
        }
    }
}

/* Scales unit u of img into slot k of the tensor (zeroed: the padding
 * stays 0, as the scaled buffer's black after normalisation) and fills its
 * ROI meta (scale and padding as nvdspreprocess records them: network
 * pixels per frame pixel, and the padding's network pixels left and
 * above). rgb is scratch space of the network's width x height x 3. */
static void prepare_unit(GstStandinPreprocess *self, const GodsStandinImage *img, const Unit *u, guint k, void *tensor,
                         guint8 *rgb, NvDsRoiMeta *roi)
{
    GodsStandinPreprocessConfig *c = &self->run;
    int nw = c->proc_w, nh = c->proc_h, nc = c->color == GODS_STANDIN_PP_GRAY ? 1 : 3;
    double sx = (double)nw / u->rect.width, sy = (double)nh / u->rect.height;
    double ox = 0, oy = 0;
    if (c->maintain_aspect) {
        sx = sy = MIN(sx, sy);
        if (c->symmetric_padding) {
            ox = floor((nw - u->rect.width * sx) / 2);
            oy = floor((nh - u->rect.height * sy) / 2);
        }
    }
    int cw = CLAMP((int)lround(u->rect.width * sx), 1, nw), ch = CLAMP((int)lround(u->rect.height * sy), 1, nh);
    GodsStandinImage scaled = {GODS_STANDIN_FMT_RGB, cw, ch, {rgb, NULL, NULL}, {cw * 3, 0, 0}};
    GodsStandinRect all = {0, 0, cw, ch};
    gods_standin_image_convert(img, &u->rect, &scaled, &all, &self->matrix);

    /* Each channel's value of each 8-bit level. */
    float lut[3][256];
    for (int ci = 0; ci < 3; ci++)
        for (int v = 0; v < 256; v++)
            lut[ci][v] = (float)(c->factor * (v - c->offsets[ci]));
    int src_ch[3] = {0, 1, 2};
    if (c->color == GODS_STANDIN_PP_BGR)
        src_ch[0] = 2, src_ch[2] = 0;
    gsize plane = (gsize)nw * nh, base = (gsize)k * plane * nc;
    if (nc == 3 && c->order == GODS_STANDIN_ORDER_NCHW && c->data_type == GODS_STANDIN_PP_FP32)
        fill_nchw_fp32((float *)tensor + base, plane, nw, rgb, cw, ch, (gsize)ox, (gsize)oy, lut, src_ch);
    else
        fill_any(c, tensor, base, plane, nw, rgb, cw, ch, (gsize)ox, (gsize)oy, lut, src_ch);
    memset(roi, 0, sizeof(*roi));
    roi->roi.left = (float)u->rect.x;
    roi->roi.top = (float)u->rect.y;
    roi->roi.width = (float)u->rect.width;
    roi->roi.height = (float)u->rect.height;
    roi->frame_meta = u->frame;
    roi->object_meta = u->object;
    roi->scale_ratio_x = sx;
    roi->scale_ratio_y = sy;
    roi->offset_left = ox;
    roi->offset_top = oy;
}

/* One network batch of units: its tensor and ROI metas, attached to bm.
 * FALSE when memory runs out. */
static gboolean attach_batch(GstStandinPreprocess *self, NvDsBatchMeta *bm, NvBufSurface *surf, const Unit *units,
                             guint n)
{
    GodsStandinPreprocessConfig *c = &self->run;
    gsize per_unit = (gsize)c->shape[1] * c->shape[2] * c->shape[3] * type_size(c->data_type);
    gsize size = per_unit * n;
    void *data = g_try_malloc0(size);
    guint8 *rgb = g_try_malloc((gsize)c->proc_w * c->proc_h * 3);
    if (!data || !rgb) {
        g_free(data);
        g_free(rgb);
        return FALSE;
    }
    NvDsRoiMeta *rois = g_new0(NvDsRoiMeta, n);
    for (guint k = 0; k < n; k++) {
        GodsStandinImage img;
        if (gods_standin_image_from_surface(&img, surf, units[k].frame->batch_id))
            prepare_unit(self, &img, &units[k], k, data, rgb, &rois[k]);
    }
    g_free(rgb);
    void *batch = gods_preprocess_batch_new((const guint64 *)c->target_ids->data, c->target_ids->len, rois, n);
    g_free(rois);
    int shape[4] = {(int)n, c->shape[1], c->shape[2], c->shape[3]};
    if (!batch || gods_preprocess_batch_set_tensor(batch, data, size, shape, 4, meta_data_type(c->data_type),
                                                   c->tensor_name, c->gpu_id, self->meta_id++,
                                                   c->maintain_aspect) != 0) {
        gods_preprocess_batch_free(batch);
        g_free(data);
        return FALSE;
    }
    /* The tensor's memory lives as long as the meta and its copies. */
    gods_preprocess_batch_hold_tensor(batch, gst_buffer_new_wrapped(data, size));
    NvDsUserMeta *um = nvds_acquire_user_meta_from_pool(bm);
    gods_preprocess_attach_batch(um, batch);
    nvds_add_user_meta_to_batch(bm, um);
    return TRUE;
}

static GstFlowReturn transform_ip(GstBaseTransform *trans, GstBuffer *buf)
{
    GstStandinPreprocess *self = (GstStandinPreprocess *)trans;
    GodsStandinPreprocessConfig *c = &self->run;
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(buf);
    NvBufSurface *surf = gods_standin_buffer_surface(buf);
    if (!bm || !surf) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("%s not found for input buffer", bm ? "NvBufSurface" : "NvDsBatchMeta"),
                          ("nvdspreprocess needs batched buffers from nvstreammux"));
        return GST_FLOW_ERROR;
    }
    nvds_acquire_meta_lock(bm);
    GArray *units = g_array_new(FALSE, FALSE, sizeof(Unit));
    for (GList *l = bm->frame_meta_list; l; l = l->next) {
        NvDsFrameMeta *fm = l->data;
        if (fm->batch_id >= surf->numFilled)
            continue;
        NvBufSurfaceParams *p = &surf->surfaceList[fm->batch_id];
        frame_units(self, fm, (int)p->width, (int)p->height, units);
    }
    gboolean ok = TRUE;
    guint per = (guint)c->shape[0];
    for (guint i = 0; ok && i < units->len; i += per)
        ok = attach_batch(self, bm, surf, &g_array_index(units, Unit, i), MIN(per, units->len - i));
    g_array_free(units, TRUE);
    nvds_release_meta_lock(bm);
    if (!ok) {
        GST_ELEMENT_ERROR(self, RESOURCE, NO_SPACE_LEFT, ("out of memory for the preprocessed tensor"), (NULL));
        return GST_FLOW_ERROR;
    }
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_preprocess_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvdspreprocess", &count);
}

static void gst_standin_preprocess_class_init(GstStandinPreprocessClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_preprocess_debug, "nvdspreprocess", 0,
                            "go-deepstream stand-in nvdspreprocess");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_UNIQUE_ID,
                                    g_param_spec_uint("unique-id", "Unique ID",
                                                      "Unique ID of the element (overrides the config's unique-id)",
                                                      0, G_MAXUINT, 15, rw));
    g_object_class_install_property(gobject_class, PROP_ENABLE,
                                    g_param_spec_boolean("enable", "Enable",
                                                         "Preprocess; FALSE passes buffers through untouched", TRUE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_PROCESS_ON_FRAME,
                                    g_param_spec_boolean("process-on-frame", "Process on frame",
                                                         "Frames and ROIs (TRUE) or detected objects (FALSE)", TRUE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_CONFIG_FILE,
                                    g_param_spec_string("config-file", "Config file",
                                                        "nvdspreprocess configuration file ([property], "
                                                        "[user-configs], [group-<n>])",
                                                        NULL, rw));
    g_object_class_install_property(gobject_class, PROP_TARGET_UNIQUE_IDS,
                                    g_param_spec_string("target-unique-ids", "Target unique ids",
                                                        "gie-unique-ids of the inference elements the tensor is for, "
                                                        "e.g. 1;2",
                                                        "", rw));
    g_object_class_install_property(gobject_class, PROP_OPERATE_ON_GIE_ID,
                                    g_param_spec_int("operate-on-gie-id", "Operate on GIE id",
                                                     "Objects mode: objects of this component only (-1: any)", -1,
                                                     G_MAXINT, -1, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id",
                                                      "Recorded in the tensor meta; there is no GPU", 0, G_MAXUINT, 0,
                                                      rw));

    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(PREPROCESS_CAPS)));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(PREPROCESS_CAPS)));
    gst_element_class_set_static_metadata(element_class, "Stream Preprocess plugin (go-deepstream CPU stand-in)",
                                          "Filter/Preprocess", "Scales ROIs into a tensor for nvinfer",
                                          "go-deepstream");
    bt->start = start;
    bt->set_caps = set_caps;
    bt->transform_ip = transform_ip;
}

static void gst_standin_preprocess_init(GstStandinPreprocess *self)
{
    self->unique_id = 15;
    self->enable = TRUE;
    self->process_on_frame = TRUE;
    self->operate_on_gie_id = -1;
    self->target_unique_ids = g_strdup("");
    gods_standin_preprocess_config_init(&self->config);
    gods_standin_preprocess_config_init(&self->run);
    gst_base_transform_set_in_place(GST_BASE_TRANSFORM(self), TRUE);
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), FALSE);
}
