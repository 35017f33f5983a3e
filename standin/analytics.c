//go:build !deepstream

/* analytics.c: nvdsanalytics on the CPU. Per frame of each stream
 * (pad_index), with the rules of the config file (analytics_config.c)
 * scaled from config-width x config-height to the frame, it takes each
 * object's bottom centre (left + width/2, top + height) and
 *  - ROI filtering: lists the ROIs that hold it (outside them with
 *    inverse-roi) in roiStatus and counts them in objInROIcnt;
 *  - overcrowding: counts the objects in each region; a region holding
 *    object-threshold objects or more is overcrowded (frame ocStatus), and
 *    its objects list it in their ocStatus;
 *  - line crossing (tracked objects): the step from the object's previous
 *    bottom centre to this one crosses the line (its segment, or the whole
 *    line when extended) while the object's motion over the last 10 frames
 *    follows the configured direction within the mode's angle (loose 90,
 *    balanced 60, strict 30 degrees): lcStatus, objLCCurrCnt, objLCCumCnt;
 *  - direction detection (tracked objects): the configured direction
 *    closest to that motion, within the mode's angle: dirStatus
 *    "DIR:<label>".
 * Every object gets an NvDsAnalyticsObjInfo and every frame an
 * NvDsAnalyticsFrameMeta (objCnt: objects per class), built by package
 * analytics' C++ shim with the copy and release functions of the SDK's
 * element. Objects are never removed. osd-mode adds display meta
 * (analytics_osd.c). */
#include <math.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>
#include <gst/video/video.h>

#include "gst-nvevent.h"
#include "gstnvdsmeta.h"
#include "nvdsmeta.h"
#include "standin_analytics.go.h"
#include "standin_common.go.h"
#include "standin_image.go.h"
#include "../analytics/analytics_shim.go.h"

GST_DEBUG_CATEGORY(gods_standin_analytics_debug);
#define GST_CAT_DEFAULT gods_standin_analytics_debug

#define ANALYTICS_CAPS                                                                                                 \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)" GODS_STANDIN_FORMATS ", width=(int)[1,32767], "    \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

/* unique-id's default (the SDK's is not in its documentation); the motion
 * of an object is taken over its last 10 frames (the SDK's LAST_N_FRAMES). */
#define DEFAULT_UNIQUE_ID 15
#define HISTORY 10
/* An object is forgotten after this many frames unseen. */
#define FORGET_FRAMES 300
/* A motion shorter than this (pixels) has no direction. */
#define MIN_MOTION 2.0

enum { PROP_0, PROP_UNIQUE_ID, PROP_ENABLE, PROP_CONFIG_FILE, PROP_GPU_ID };

/* The bottom centres of one tracked object over its last frames. */
typedef struct {
    gdouble x[HISTORY], y[HISTORY];
    guint n, head; /* ring: head is the oldest when n == HISTORY */
    gint last_frame;
} History;

/* A stream's state: its objects' histories and cumulative line counts. */
typedef struct {
    GHashTable *objects; /* object_id (guint64*) -> History* */
    GArray *lc_cum;      /* guint64 per line of the stream's line-crossing rule */
} StreamState;

typedef struct {
    GstBaseTransform parent;
    /* properties (object lock) */
    guint unique_id, gpu_id;
    gboolean enable;
    gchar *config_file;
    /* streaming */
    GodsAnalyticsConfig *cfg;
    gint width, height;
    GHashTable *streams; /* pad_index -> StreamState* */
} GstStandinAnalytics;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinAnalyticsClass;

GType gst_standin_analytics_get_type(void);
G_DEFINE_TYPE(GstStandinAnalytics, gst_standin_analytics, GST_TYPE_BASE_TRANSFORM)

static void stream_state_free(gpointer p)
{
    StreamState *s = p;
    g_hash_table_destroy(s->objects);
    g_array_free(s->lc_cum, TRUE);
    g_free(s);
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinAnalytics *self = (GstStandinAnalytics *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_UNIQUE_ID: self->unique_id = g_value_get_uint(value); break;
    case PROP_ENABLE: self->enable = g_value_get_boolean(value); break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_CONFIG_FILE:
        g_free(self->config_file);
        self->config_file = g_value_dup_string(value);
        break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinAnalytics *self = (GstStandinAnalytics *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_UNIQUE_ID: g_value_set_uint(value, self->unique_id); break;
    case PROP_ENABLE: g_value_set_boolean(value, self->enable); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_CONFIG_FILE: g_value_set_string(value, self->config_file); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void clear_state(GstStandinAnalytics *self)
{
    gods_standin_analytics_config_free(self->cfg);
    self->cfg = NULL;
    if (self->streams)
        g_hash_table_destroy(self->streams);
    self->streams = NULL;
}

static void finalize(GObject *object)
{
    GstStandinAnalytics *self = (GstStandinAnalytics *)object;
    clear_state(self);
    g_free(self->config_file);
    G_OBJECT_CLASS(gst_standin_analytics_parent_class)->finalize(object);
}

static gboolean start(GstBaseTransform *trans)
{
    GstStandinAnalytics *self = (GstStandinAnalytics *)trans;
    GST_OBJECT_LOCK(self);
    gchar *path = g_strdup(self->config_file);
    GST_OBJECT_UNLOCK(self);
    clear_state(self);
    gchar *err = NULL;
    if (!path) {
        GST_ELEMENT_ERROR(self, RESOURCE, NOT_FOUND, ("Configuration file not provided"),
                          ("nvdsanalytics needs the config-file property"));
        return FALSE;
    }
    self->cfg = gods_standin_analytics_config_read(path, &err);
    g_free(path);
    if (!self->cfg) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("Configuration file parsing failed: %s", err), (NULL));
        g_free(err);
        return FALSE;
    }
    self->streams = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, stream_state_free);
    if (self->width > 0)
        gods_standin_analytics_scale(self->cfg, self->width, self->height);
    return TRUE;
}

static gboolean stop(GstBaseTransform *trans)
{
    clear_state((GstStandinAnalytics *)trans);
    return TRUE;
}

static gboolean set_caps(GstBaseTransform *trans, GstCaps *incaps, GstCaps *outcaps)
{
    GstStandinAnalytics *self = (GstStandinAnalytics *)trans;
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, incaps))
        return FALSE;
    self->width = GST_VIDEO_INFO_WIDTH(&info);
    self->height = GST_VIDEO_INFO_HEIGHT(&info);
    if (self->cfg)
        gods_standin_analytics_scale(self->cfg, self->width, self->height);
    return TRUE;
}

static gboolean sink_event(GstBaseTransform *trans, GstEvent *event)
{
    GstStandinAnalytics *self = (GstStandinAnalytics *)trans;
    guint source = 0;
    if ((guint)GST_EVENT_TYPE(event) == (guint)GST_NVEVENT_STREAM_EOS) {
        gst_nvevent_parse_stream_eos(event, &source);
        GST_OBJECT_LOCK(self);
        if (self->streams)
            g_hash_table_remove(self->streams, GUINT_TO_POINTER(source));
        GST_OBJECT_UNLOCK(self);
    }
    return GST_BASE_TRANSFORM_CLASS(gst_standin_analytics_parent_class)->sink_event(trans, event);
}

/* ---- geometry ---- */

/* Even-odd rule: TRUE when (x, y) is inside the polygon. */
static gboolean inside(const GodsAnalyticsShape *s, gdouble x, gdouble y)
{
    gboolean in = FALSE;
    for (guint i = 0, j = s->npts - 1; i < s->npts; j = i++) {
        gdouble xi = s->fx[i], yi = s->fy[i], xj = s->fx[j], yj = s->fy[j];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            in = !in;
    }
    return in;
}

static gdouble cross(gdouble ax, gdouble ay, gdouble bx, gdouble by) { return ax * by - ay * bx; }

/* The cosine of the largest angle a motion may make with a direction. */
static gdouble mode_cos(GodsAnalyticsMode m)
{
    switch (m) {
    case GODS_ANALYTICS_MODE_LOOSE: return 0;        /* 90 degrees */
    case GODS_ANALYTICS_MODE_STRICT: return 0.86602540378; /* 30 */
    default: return 0.5;                             /* 60 */
    }
}

/* The cosine of the angle between (mx, my) and (dx, dy); -2 when either is
 * zero. */
static gdouble cos_angle(gdouble mx, gdouble my, gdouble dx, gdouble dy)
{
    gdouble n = hypot(mx, my) * hypot(dx, dy);
    return n > 0 ? (mx * dx + my * dy) / n : -2;
}

/* TRUE when the step (px, py) -> (x, y) crosses the line of shape s (points
 * 2 and 3): strictly from one side onto or past the other, within the
 * segment unless extended. */
static gboolean crosses(const GodsAnalyticsShape *s, gboolean extended, gdouble px, gdouble py, gdouble x, gdouble y)
{
    gdouble lx = s->fx[3] - s->fx[2], ly = s->fy[3] - s->fy[2];
    gdouble a = cross(lx, ly, px - s->fx[2], py - s->fy[2]);
    gdouble b = cross(lx, ly, x - s->fx[2], y - s->fy[2]);
    if (!((a < 0 && b >= 0) || (a > 0 && b <= 0)))
        return FALSE;
    if (extended)
        return TRUE;
    /* Where along the line the step meets it: 0 at point 2, 1 at point 3. */
    gdouble sx = x - px, sy = y - py;
    gdouble den = cross(sx, sy, lx, ly);
    if (den == 0)
        return FALSE;
    gdouble t = cross(sx, sy, px - s->fx[2], py - s->fy[2]) / den;
    return t >= 0 && t <= 1;
}

/* ---- per frame ---- */

static StreamState *stream_state(GstStandinAnalytics *self, guint stream, const GodsAnalyticsStream *rules)
{
    StreamState *s = g_hash_table_lookup(self->streams, GUINT_TO_POINTER(stream));
    if (!s) {
        s = g_new0(StreamState, 1);
        s->objects = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, g_free);
        s->lc_cum = g_array_sized_new(FALSE, TRUE, sizeof(guint64), rules ? rules->lc.shapes->len : 0);
        g_array_set_size(s->lc_cum, rules ? rules->lc.shapes->len : 0);
        g_hash_table_insert(self->streams, GUINT_TO_POINTER(stream), s);
    }
    return s;
}

/* Records (x, y) for object id at frame; returns its history with the new
 * point last, and in *prev whether a previous point exists. */
static History *remember(StreamState *s, guint64 id, gint frame, gdouble x, gdouble y, gboolean *prev)
{
    History *h = g_hash_table_lookup(s->objects, &id);
    if (!h) {
        guint64 *key = g_new(guint64, 1);
        *key = id;
        h = g_new0(History, 1);
        g_hash_table_insert(s->objects, key, h);
    }
    *prev = h->n > 0;
    guint slot = (h->head + h->n) % HISTORY;
    if (h->n == HISTORY) {
        slot = h->head;
        h->head = (h->head + 1) % HISTORY;
    } else {
        h->n++;
    }
    h->x[slot] = x;
    h->y[slot] = y;
    h->last_frame = frame;
    return h;
}

static void last_point(const History *h, guint back, gdouble *x, gdouble *y)
{
    guint i = (h->head + h->n - 1 - back) % HISTORY;
    *x = h->x[i];
    *y = h->y[i];
}

static gboolean stale(gpointer key, gpointer value, gpointer frame)
{
    return GPOINTER_TO_INT(frame) - ((History *)value)->last_frame > FORGET_FRAMES;
}

/* What one object's analytics are, before they are built into metadata. */
typedef struct {
    NvDsObjectMeta *obj;
    gdouble x, y;
    gboolean tracked, has_prev;
    gdouble px, py; /* previous bottom centre */
    gdouble mx, my; /* motion over the history */
} ObjWork;

static void analyse_frame(GstStandinAnalytics *self, NvDsBatchMeta *bm, NvDsFrameMeta *fm, guint unique_id)
{
    const GodsAnalyticsStream *rules = g_hash_table_lookup(self->cfg->streams, GUINT_TO_POINTER(fm->pad_index));
    StreamState *st = stream_state(self, fm->pad_index, rules);
    GArray *work = g_array_new(FALSE, TRUE, sizeof(ObjWork));
    GHashTable *class_count = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (GList *l = fm->obj_meta_list; l; l = l->next) {
        NvDsObjectMeta *o = l->data;
        ObjWork w = {o, o->rect_params.left + o->rect_params.width / 2, o->rect_params.top + o->rect_params.height,
                     o->object_id != UNTRACKED_OBJECT_ID, FALSE, 0, 0, 0, 0};
        if (w.tracked) {
            History *h = remember(st, o->object_id, fm->frame_num, w.x, w.y, &w.has_prev);
            if (w.has_prev) {
                last_point(h, 1, &w.px, &w.py);
                gdouble ox, oy;
                last_point(h, h->n - 1, &ox, &oy);
                w.mx = w.x - ox;
                w.my = w.y - oy;
            }
        }
        g_array_append_val(work, w);
        gpointer k = GINT_TO_POINTER(o->class_id);
        g_hash_table_insert(class_count, k, GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(class_count, k)) + 1));
    }
    g_hash_table_foreach_remove(st->objects, stale, GINT_TO_POINTER(fm->frame_num));

    void *frame = gods_analytics_frame_new(unique_id);
    void **objs = g_new0(void *, work->len + 1);
    for (guint i = 0; i < work->len; i++)
        objs[i] = gods_analytics_obj_new(unique_id);

    guint64 *roi_counts = rules ? g_new0(guint64, rules->roi.shapes->len + 1) : NULL;
    guint64 *oc_counts = rules ? g_new0(guint64, rules->oc.shapes->len + 1) : NULL;
    if (rules && rules->roi.enable) {
        for (guint r = 0; r < rules->roi.shapes->len; r++) {
            const GodsAnalyticsShape *s = &g_array_index(rules->roi.shapes, GodsAnalyticsShape, r);
            guint32 n = 0;
            for (guint i = 0; i < work->len; i++) {
                ObjWork *w = &g_array_index(work, ObjWork, i);
                if (!gods_standin_analytics_class_ok(&rules->roi.classes, w->obj->class_id))
                    continue;
                if (inside(s, w->x, w->y) != rules->roi.inverse) {
                    gods_analytics_obj_add_roi_status(objs[i], s->label);
                    n++;
                }
            }
            gods_analytics_frame_set_obj_in_roi(frame, s->label, n);
            roi_counts[r] = n;
        }
    }
    if (rules && rules->oc.enable) {
        for (guint r = 0; r < rules->oc.shapes->len; r++) {
            const GodsAnalyticsShape *s = &g_array_index(rules->oc.shapes, GodsAnalyticsShape, r);
            guint n = 0;
            for (guint i = 0; i < work->len; i++) {
                ObjWork *w = &g_array_index(work, ObjWork, i);
                n += gods_standin_analytics_class_ok(&rules->oc.classes, w->obj->class_id) && inside(s, w->x, w->y);
            }
            oc_counts[r] = n;
            gboolean crowded = n >= rules->oc.threshold;
            gods_analytics_frame_set_oc_status(frame, s->label, crowded);
            for (guint i = 0; crowded && i < work->len; i++) {
                ObjWork *w = &g_array_index(work, ObjWork, i);
                if (gods_standin_analytics_class_ok(&rules->oc.classes, w->obj->class_id) && inside(s, w->x, w->y))
                    gods_analytics_obj_add_oc_status(objs[i], s->label);
            }
        }
    }
    if (rules && rules->lc.enable) {
        gdouble c = mode_cos(rules->lc.mode);
        for (guint r = 0; r < rules->lc.shapes->len && r < st->lc_cum->len; r++) {
            const GodsAnalyticsShape *s = &g_array_index(rules->lc.shapes, GodsAnalyticsShape, r);
            guint64 n = 0;
            for (guint i = 0; i < work->len; i++) {
                ObjWork *w = &g_array_index(work, ObjWork, i);
                if (!w->has_prev || !gods_standin_analytics_class_ok(&rules->lc.classes, w->obj->class_id))
                    continue;
                if (!crosses(s, rules->lc.extended, w->px, w->py, w->x, w->y))
                    continue;
                if (cos_angle(w->mx, w->my, s->fx[1] - s->fx[0], s->fy[1] - s->fy[0]) <= c)
                    continue;
                gods_analytics_obj_add_lc_status(objs[i], s->label);
                n++;
            }
            g_array_index(st->lc_cum, guint64, r) += n;
            gods_analytics_frame_set_lc_curr(frame, s->label, n);
            gods_analytics_frame_set_lc_cum(frame, s->label, g_array_index(st->lc_cum, guint64, r));
        }
    }
    if (rules && rules->dir.enable) {
        gdouble c = mode_cos(rules->dir.mode);
        for (guint i = 0; i < work->len; i++) {
            ObjWork *w = &g_array_index(work, ObjWork, i);
            if (!w->has_prev || hypot(w->mx, w->my) < MIN_MOTION ||
                !gods_standin_analytics_class_ok(&rules->dir.classes, w->obj->class_id))
                continue;
            const GodsAnalyticsShape *best = NULL;
            gdouble best_cos = c;
            for (guint r = 0; r < rules->dir.shapes->len; r++) {
                const GodsAnalyticsShape *s = &g_array_index(rules->dir.shapes, GodsAnalyticsShape, r);
                gdouble k = cos_angle(w->mx, w->my, s->fx[1] - s->fx[0], s->fy[1] - s->fy[0]);
                if (k > best_cos) {
                    best_cos = k;
                    best = s;
                }
            }
            if (best) {
                gchar *dir = g_strconcat("DIR:", best->label, NULL);
                gods_analytics_obj_set_dir_status(objs[i], dir);
                g_free(dir);
            }
        }
    }

    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, class_count);
    while (g_hash_table_iter_next(&it, &k, &v))
        gods_analytics_frame_set_obj_count(frame, GPOINTER_TO_INT(k), GPOINTER_TO_UINT(v));
    g_hash_table_destroy(class_count);

    for (guint i = 0; i < work->len; i++) {
        NvDsUserMeta *um = nvds_acquire_user_meta_from_pool(bm);
        gods_analytics_attach_obj(um, objs[i]);
        nvds_add_user_meta_to_obj(g_array_index(work, ObjWork, i).obj, um);
    }
    NvDsUserMeta *um = nvds_acquire_user_meta_from_pool(bm);
    gods_analytics_attach_frame(um, frame);
    nvds_add_user_meta_to_frame(fm, um);
    gods_standin_analytics_draw(bm, fm, self->cfg, rules, roi_counts, oc_counts,
                                rules && rules->lc.enable ? (const guint64 *)st->lc_cum->data : NULL);
    g_free(roi_counts);
    g_free(oc_counts);
    g_free(objs);
    g_array_free(work, TRUE);
}

static GstFlowReturn transform_ip(GstBaseTransform *trans, GstBuffer *buf)
{
    GstStandinAnalytics *self = (GstStandinAnalytics *)trans;
    GST_OBJECT_LOCK(self);
    gboolean enable = self->enable;
    guint unique_id = self->unique_id;
    GST_OBJECT_UNLOCK(self);
    if (!enable || !self->cfg || !self->cfg->enable)
        return GST_FLOW_OK;
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(buf);
    if (!bm) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("NvDsBatchMeta not found for input buffer"),
                          ("nvdsanalytics needs batched buffers from nvstreammux"));
        return GST_FLOW_ERROR;
    }
    nvds_acquire_meta_lock(bm);
    GST_OBJECT_LOCK(self);
    for (GList *l = bm->frame_meta_list; l; l = l->next)
        analyse_frame(self, bm, l->data, unique_id);
    GST_OBJECT_UNLOCK(self);
    nvds_release_meta_lock(bm);
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_analytics_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvdsanalytics", &count);
}

static void gst_standin_analytics_class_init(GstStandinAnalyticsClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_analytics_debug, "nvdsanalytics", 0, "go-deepstream stand-in nvdsanalytics");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_UNIQUE_ID,
                                    g_param_spec_uint("unique-id", "Unique ID",
                                                      "Unique ID of this instance, set in the metadata it attaches",
                                                      0, G_MAXUINT, DEFAULT_UNIQUE_ID, rw));
    g_object_class_install_property(gobject_class, PROP_ENABLE,
                                    g_param_spec_boolean("enable", "Enable",
                                                         "Enable the analytics (FALSE: buffers pass untouched)", TRUE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_CONFIG_FILE,
                                    g_param_spec_string("config-file", "Config file",
                                                        "Path of the nvdsanalytics configuration file", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));

    GstCaps *caps = gst_caps_from_string(ANALYTICS_CAPS);
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, caps));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, caps));
    gst_caps_unref(caps);
    gst_element_class_set_static_metadata(element_class, "DsAnalytics plugin (go-deepstream CPU stand-in)",
                                          "Filter/Video/Analytics",
                                          "ROI filtering, overcrowding, line crossing and direction detection on "
                                          "the CPU",
                                          "go-deepstream");

    bt->start = start;
    bt->stop = stop;
    bt->set_caps = set_caps;
    bt->sink_event = sink_event;
    bt->transform_ip = transform_ip;
}

static void gst_standin_analytics_init(GstStandinAnalytics *self)
{
    self->unique_id = DEFAULT_UNIQUE_ID;
    self->enable = TRUE;
    gst_base_transform_set_in_place(GST_BASE_TRANSFORM(self), TRUE);
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), FALSE);
}
