//go:build !deepstream

/* tracker.c: nvtracker on the CPU: an IoU tracker with a constant-velocity
 * prediction. Objects of one stream (pad_index) are associated with the
 * tracks of that stream by class and overlap with each track's predicted
 * box (greedy, best first; a near centre counts when the boxes barely
 * overlap, as happens while an object is occluded); unmatched objects
 * start new tracks; a track survives up to maxShadowTrackingAge frames
 * unseen (predicted forward). Matched objects get object_id,
 * tracker_confidence and tracker_bbox_info. When a track is seen again
 * after frames unseen, its predicted boxes for those frames are reported
 * in the batch's NVDS_TRACKER_PAST_FRAME_META (NvDsTargetMiscDataBatch).
 * The low-level library and its config file (ll-lib-file, ll-config-file)
 * are not loaded; maxShadowTrackingAge is read from the config file when
 * it exists. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gst-nvevent.h"
#include "gstnvdsmeta.h"
#include "nvds_tracker_meta.h"
#include "standin_common.go.h"
#include "standin_image.go.h"
#include "standin_payloads.go.h"
#include "../tracker/tracker.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_tracker_debug);
#define GST_CAT_DEFAULT gods_standin_tracker_debug

#define TRACKER_CAPS                                                                                                   \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)" GODS_STANDIN_FORMATS ", width=(int)[1,32767], "               \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

#define DEFAULT_SHADOW_AGE 30
/* NvDCF's sample configs' values: a track is tentative until matched in 3
 * frames, and a tentative track unseen for a frame ends. */
#define DEFAULT_PROBATION_AGE 3
#define DEFAULT_EARLY_TERMINATION_AGE 1
/* Association: overlap with the predicted box of at least this IoU, or
 * centres within half the larger box on both axes. */
#define MIN_IOU 0.2
/* A shadow-tracked target ends when it has been unseen for more frames
 * than it was seen: its motion model no longer says where it is. */
#define MIN_SHADOW_SUPPORT 0.5

enum {
    PROP_0,
    PROP_TRACKER_WIDTH,
    PROP_TRACKER_HEIGHT,
    PROP_GPU_ID,
    PROP_LL_LIB_FILE,
    PROP_LL_CONFIG_FILE,
    PROP_ENABLE_BATCH_PROCESS,
    PROP_ENABLE_PAST_FRAME,
    PROP_DISPLAY_TRACKING_ID,
    PROP_COMPUTE_HW,
    PROP_TRACKING_ID_RESET_MODE,
    PROP_INPUT_TENSOR_META,
    PROP_TENSOR_META_GIE_ID,
    PROP_USER_META_POOL_SIZE,
};

typedef struct {
    guint64 id;
    gint class_id;
    gchar label[MAX_LABEL_SIZE];
    gdouble l, t, w, h;   /* last matched box */
    gdouble vx, vy;       /* pixels per frame */
    gdouble full_w, full_h; /* largest box seen: the object's size when partly hidden */
    gdouble fl, ft;         /* top-left of the whole object's box at last_frame (full_w x full_h) */
    guint steady_w, steady_h; /* matches in a row at the object's size */
    guint jumps;              /* matches in a row much larger than the object */
    gint last_frame;      /* frame_num of the last match */
    gint first_frame;
    guint hits, misses;
    gfloat conf;
    GArray *pending;      /* NvDsTargetMiscDataFrame, frames unseen since the last match */
} Track;

typedef struct {
    GstBaseTransform parent;
    /* properties (object lock) */
    guint tracker_width, tracker_height, gpu_id;
    gchar *ll_lib_file, *ll_config_file;
    gboolean enable_batch_process, enable_past_frame, display_tracking_id, input_tensor_meta;
    gint compute_hw;
    guint tracking_id_reset_mode, tensor_meta_gie_id, user_meta_pool_size;
    /* streaming */
    guint shadow_age, probation_age, early_termination_age;
    gboolean past_frame, show_id;
    GHashTable *streams; /* pad_index -> GPtrArray of Track* */
    guint64 next_id;
} GstStandinTracker;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinTrackerClass;

GType gst_standin_tracker_get_type(void);
G_DEFINE_TYPE(GstStandinTracker, gst_standin_tracker, GST_TYPE_BASE_TRANSFORM)

static void track_free(gpointer p)
{
    Track *t = p;
    g_array_free(t->pending, TRUE);
    g_free(t);
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinTracker *self = (GstStandinTracker *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_TRACKER_WIDTH: self->tracker_width = g_value_get_uint(value); break;
    case PROP_TRACKER_HEIGHT: self->tracker_height = g_value_get_uint(value); break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_LL_LIB_FILE:
        g_free(self->ll_lib_file);
        self->ll_lib_file = g_value_dup_string(value);
        break;
    case PROP_LL_CONFIG_FILE:
        g_free(self->ll_config_file);
        self->ll_config_file = g_value_dup_string(value);
        break;
    case PROP_ENABLE_BATCH_PROCESS: self->enable_batch_process = g_value_get_boolean(value); break;
    case PROP_ENABLE_PAST_FRAME: self->enable_past_frame = g_value_get_boolean(value); break;
    case PROP_DISPLAY_TRACKING_ID: self->display_tracking_id = g_value_get_boolean(value); break;
    case PROP_COMPUTE_HW: self->compute_hw = g_value_get_enum(value); break;
    case PROP_TRACKING_ID_RESET_MODE: self->tracking_id_reset_mode = g_value_get_uint(value); break;
    case PROP_INPUT_TENSOR_META: self->input_tensor_meta = g_value_get_boolean(value); break;
    case PROP_TENSOR_META_GIE_ID: self->tensor_meta_gie_id = g_value_get_uint(value); break;
    case PROP_USER_META_POOL_SIZE: self->user_meta_pool_size = g_value_get_uint(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinTracker *self = (GstStandinTracker *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_TRACKER_WIDTH: g_value_set_uint(value, self->tracker_width); break;
    case PROP_TRACKER_HEIGHT: g_value_set_uint(value, self->tracker_height); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_LL_LIB_FILE: g_value_set_string(value, self->ll_lib_file); break;
    case PROP_LL_CONFIG_FILE: g_value_set_string(value, self->ll_config_file); break;
    case PROP_ENABLE_BATCH_PROCESS: g_value_set_boolean(value, self->enable_batch_process); break;
    case PROP_ENABLE_PAST_FRAME: g_value_set_boolean(value, self->enable_past_frame); break;
    case PROP_DISPLAY_TRACKING_ID: g_value_set_boolean(value, self->display_tracking_id); break;
    case PROP_COMPUTE_HW: g_value_set_enum(value, self->compute_hw); break;
    case PROP_TRACKING_ID_RESET_MODE: g_value_set_uint(value, self->tracking_id_reset_mode); break;
    case PROP_INPUT_TENSOR_META: g_value_set_boolean(value, self->input_tensor_meta); break;
    case PROP_TENSOR_META_GIE_ID: g_value_set_uint(value, self->tensor_meta_gie_id); break;
    case PROP_USER_META_POOL_SIZE: g_value_set_uint(value, self->user_meta_pool_size); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void finalize(GObject *object)
{
    GstStandinTracker *self = (GstStandinTracker *)object;
    g_free(self->ll_lib_file);
    g_free(self->ll_config_file);
    if (self->streams)
        g_hash_table_destroy(self->streams);
    G_OBJECT_CLASS(gst_standin_tracker_parent_class)->finalize(object);
}

/* Reads maxShadowTrackingAge from the low-level config (YAML: "key: value"
 * lines, sections ignored). FALSE with *error when its value is not a
 * non-negative integer; a missing file is not an error. */
/* The low-level settings the stand-in honours. */
typedef struct {
    guint shadow_age, probation_age, early_termination_age;
} LLConfig;

static gboolean read_ll_config(GstStandinTracker *self, const gchar *path, LLConfig *cfg, gchar **error)
{
    gchar *text = NULL;
    GError *err = NULL;
    if (!g_file_get_contents(path, &text, NULL, &err)) {
        GST_WARNING_OBJECT(self, "ll-config-file %s: %s; the CPU tracker uses its defaults", path, err->message);
        g_error_free(err);
        return TRUE;
    }
    gboolean ok = TRUE;
    gchar **lines = g_strsplit(text, "\n", -1);
    for (gchar **l = lines; *l && ok; l++) {
        gchar *line = g_strstrip(*l);
        gchar *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        gchar *colon = strchr(line, ':');
        if (!colon)
            continue;
        *colon = '\0';
        gchar *key = g_strstrip(line), *val = g_strstrip(colon + 1);
        guint *dst = strcmp(key, "maxShadowTrackingAge") == 0   ? &cfg->shadow_age
                     : strcmp(key, "probationAge") == 0          ? &cfg->probation_age
                     : strcmp(key, "earlyTerminationAge") == 0   ? &cfg->early_termination_age
                                                                 : NULL;
        if (!dst)
            continue;
        gchar *end = NULL;
        gint64 v = g_ascii_strtoll(val, &end, 10);
        if (!*val || *end || v < 0 || v > G_MAXINT) {
            *error = g_strdup_printf("ll-config-file %s: %s: \"%s\" is not a non-negative integer", path, key, val);
            ok = FALSE;
        } else {
            *dst = (guint)v;
        }
    }
    g_strfreev(lines);
    g_free(text);
    return ok;
}

static gboolean start(GstBaseTransform *trans)
{
    GstStandinTracker *self = (GstStandinTracker *)trans;
    GST_OBJECT_LOCK(self);
    gchar *lib = g_strdup(self->ll_lib_file), *cfg = g_strdup(self->ll_config_file);
    self->past_frame = self->enable_past_frame;
    self->show_id = self->display_tracking_id;
    GST_OBJECT_UNLOCK(self);
    if (lib)
        GST_INFO_OBJECT(self, "ll-lib-file %s is not loaded: the CPU IoU tracker stands in for it", lib);
    LLConfig ll = {DEFAULT_SHADOW_AGE, DEFAULT_PROBATION_AGE, DEFAULT_EARLY_TERMINATION_AGE};
    gchar *err = NULL;
    gboolean ok = !cfg || read_ll_config(self, cfg, &ll, &err);
    if (!ok) {
        GST_ELEMENT_ERROR(self, LIBRARY, SETTINGS, ("Failed to configure the low-level tracker: %s", err),
                          ("ll-config-file=%s", cfg));
        g_free(err);
    }
    g_free(lib);
    g_free(cfg);
    self->shadow_age = ll.shadow_age;
    self->probation_age = ll.probation_age;
    self->early_termination_age = ll.early_termination_age;
    if (self->streams)
        g_hash_table_destroy(self->streams);
    self->streams = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
    self->next_id = 0;
    GST_INFO_OBJECT(self, "IoU tracker, maxShadowTrackingAge %u, probationAge %u, earlyTerminationAge %u",
                    ll.shadow_age, ll.probation_age, ll.early_termination_age);
    return ok;
}

static gboolean stop(GstBaseTransform *trans)
{
    GstStandinTracker *self = (GstStandinTracker *)trans;
    if (self->streams)
        g_hash_table_destroy(self->streams);
    self->streams = NULL;
    return TRUE;
}

static GPtrArray *stream_tracks(GstStandinTracker *self, guint stream)
{
    GPtrArray *a = g_hash_table_lookup(self->streams, GUINT_TO_POINTER(stream));
    if (!a) {
        a = g_ptr_array_new_with_free_func(track_free);
        g_hash_table_insert(self->streams, GUINT_TO_POINTER(stream), a);
    }
    return a;
}

/* A source ended (nvstreammux's stream-eos): its tracks end too. */
static gboolean sink_event(GstBaseTransform *trans, GstEvent *event)
{
    GstStandinTracker *self = (GstStandinTracker *)trans;
    guint source = 0;
    if ((guint)GST_EVENT_TYPE(event) == (guint)GST_NVEVENT_STREAM_EOS) {
        gst_nvevent_parse_stream_eos(event, &source);
        GST_OBJECT_LOCK(self);
        if (self->streams)
            g_hash_table_remove(self->streams, GUINT_TO_POINTER(source));
        GST_OBJECT_UNLOCK(self);
    }
    return GST_BASE_TRANSFORM_CLASS(gst_standin_tracker_parent_class)->sink_event(trans, event);
}

typedef struct {
    gdouble l, t, w, h;
} Box;

static gdouble iou(const Box *a, const Box *b)
{
    gdouble x0 = MAX(a->l, b->l), y0 = MAX(a->t, b->t);
    gdouble x1 = MIN(a->l + a->w, b->l + b->w), y1 = MIN(a->t + a->h, b->t + b->h);
    if (x1 <= x0 || y1 <= y0)
        return 0;
    gdouble in = (x1 - x0) * (y1 - y0);
    return in / (a->w * a->h + b->w * b->h - in);
}

static Box predict(const Track *t, gint frame)
{
    gint dt = frame - t->last_frame;
    Box b = {t->l + t->vx * dt, t->t + t->vy * dt, t->w, t->h};
    return b;
}

/* Where the whole object's box starts along one axis, given the visible
 * extent d0..d1 of an object of size full whose box was predicted to start
 * at p: the visible edge nearer its prediction is a real edge of the
 * object (the other may be hidden or cut by the frame border lo..hi). */
static gdouble full_start(gdouble d0, gdouble d1, gdouble full, gdouble p, gdouble lo, gdouble hi)
{
    if (fabs(d1 - d0 - full) <= 1)
        return d0;
    gboolean l_real = d0 > lo + 1, r_real = d1 < hi - 1;
    if (l_real && r_real)
        return fabs(d0 - p) <= fabs(d1 - (p + full)) ? d0 : d1 - full;
    if (r_real)
        return d1 - full;
    return d0;
}

/* The whole object's box predicted to frame. */
static Box predict_full(const Track *t, gint frame)
{
    gint dt = frame - t->last_frame;
    Box b = {t->fl + t->vx * dt, t->ft + t->vy * dt, t->full_w, t->full_h};
    return b;
}

/* Association score of a track's prediction p and an object box d: the
 * IoU when at least MIN_IOU. Otherwise (an object appearing from or
 * disappearing behind an occluder changes its visible box a lot) a
 * smaller score when d lies within where the whole object can be (p grown
 * to the track's full size on each side), or when the centres are within
 * half the larger box on both axes; else 0. */
static gdouble score(const Track *t, const Box *p, const Box *pf, const Box *d, gdouble fw, gdouble fh)
{
    gdouble v = iou(p, d);
    /* The whole object the detection shows part of, placed by its visible
     * edge nearer the prediction, against the whole predicted object: an
     * object half hidden behind another of its class keeps its track when
     * the visible boxes of the two are alike. Only for detections that
     * fit in the whole predicted box (grown by a tenth). */
    if (v < MIN_IOU && d->w <= t->full_w * 1.25 && d->h <= t->full_h * 1.25) {
        gdouble gx = MAX(2, 0.1 * t->full_w), gy = MAX(2, 0.1 * t->full_h);
        Box grown = {pf->l - gx, pf->t - gy, pf->w + 2 * gx, pf->h + 2 * gy};
        gdouble x0 = MAX(grown.l, d->l), y0 = MAX(grown.t, d->t);
        gdouble x1 = MIN(grown.l + grown.w, d->l + d->w), y1 = MIN(grown.t + grown.h, d->t + d->h);
        if (x1 > x0 && y1 > y0 && (x1 - x0) * (y1 - y0) >= 0.8 * d->w * d->h) {
            Box whole = {full_start(d->l, d->l + d->w, t->full_w, pf->l, 0, fw),
                         full_start(d->t, d->t + d->h, t->full_h, pf->t, 0, fh), t->full_w, t->full_h};
            v = MAX(v, MIN(MIN_IOU, iou(pf, &whole)));
        }
    }
    if (v >= MIN_IOU)
        return v;
    gdouble s = 0;
    gdouble gw = MAX(0, t->full_w - p->w), gh = MAX(0, t->full_h - p->h);
    Box ext = {p->l - gw, p->t - gh, p->w + 2 * gw, p->h + 2 * gh};
    gdouble x0 = MAX(ext.l, d->l), y0 = MAX(ext.t, d->t);
    gdouble x1 = MIN(ext.l + ext.w, d->l + d->w), y1 = MIN(ext.t + ext.h, d->t + d->h);
    if (x1 > x0 && y1 > y0 && d->w <= t->full_w * 1.25 && d->h <= t->full_h * 1.25) {
        gdouble inside = (x1 - x0) * (y1 - y0) / (d->w * d->h);
        if (inside >= 0.8)
            s = MIN_IOU / 2 * inside;
    }
    gdouble dx = fabs((p->l + p->w / 2) - (d->l + d->w / 2)), dy = fabs((p->t + p->h / 2) - (d->t + d->h / 2));
    gdouble mw = MAX(p->w, d->w), mh = MAX(p->h, d->h);
    if (dx < mw / 2 && dy < mh / 2 && v > 0)
        s = MAX(s, MIN_IOU * (1 - MAX(dx / mw, dy / mh)));
    return s;
}

/* One velocity sample from a box change over dt frames: the edge of the
 * two (left/right, top/bottom) whose motion agrees best with the current
 * estimate, ignoring edges on the frame border (clipped objects). */
static gboolean edge_velocity(gdouble a0, gdouble a1, gdouble b0, gdouble b1, gdouble lo, gdouble hi, gdouble dt,
                              gdouble current, gdouble *out)
{
    gboolean ua = a0 > lo + 1 && b0 > lo + 1, ub = a1 < hi - 1 && b1 < hi - 1;
    gdouble va = (b0 - a0) / dt, vb = (b1 - a1) / dt;
    if (ua && ub)
        *out = fabs(va - current) <= fabs(vb - current) ? va : vb;
    else if (ua)
        *out = va;
    else if (ub)
        *out = vb;
    else
        return FALSE;
    return TRUE;
}

static void update_track(Track *t, const Box *d, gint frame, gdouble fw, gdouble fh)
{
    gdouble dt = MAX(1, frame - t->last_frame);
    gdouble vx, vy;
    gdouble k = t->hits < 2 ? 1.0 : 0.4;
    /* Edges predicted forward from the last match. */
    if (edge_velocity(t->l, t->l + t->w, d->l, d->l + d->w, 0, fw, dt, t->vx, &vx))
        t->vx = (1 - k) * t->vx + k * vx;
    if (edge_velocity(t->t, t->t + t->h, d->t, d->t + d->h, 0, fh, dt, t->vy, &vy))
        t->vy = (1 - k) * t->vy + k * vy;
    gdouble pl = t->fl + t->vx * dt, pt = t->ft + t->vy * dt;
    t->l = d->l;
    t->t = d->t;
    t->w = d->w;
    t->h = d->h;
    /* A detection much larger than the object of a track whose size has
     * held for three matches is that
     * object merged with a neighbour of its class (touching or
     * overlapping; an object coming into view grows steadily): the object
     * keeps its size, placed by the detection's
     * edge nearer the prediction, and that is what the track predicts
     * from. */
    gboolean jump_w = t->hits >= 3 && d->w > t->full_w * 1.6 && t->jumps < 3;
    gboolean jump_h = t->hits >= 3 && d->h > t->full_h * 1.6 && t->jumps < 3;
    t->jumps = jump_w || jump_h ? t->jumps + 1 : 0;
    gboolean merged_w = (t->steady_w >= 3 && d->w > t->full_w * 1.15) || jump_w;
    gboolean merged_h = (t->steady_h >= 3 && d->h > t->full_h * 1.15) || jump_h;
    t->steady_w = fabs(d->w - t->full_w) <= MAX(2, 0.05 * t->full_w) ? t->steady_w + 1 : merged_w ? t->steady_w : 0;
    t->steady_h = fabs(d->h - t->full_h) <= MAX(2, 0.05 * t->full_h) ? t->steady_h + 1 : merged_h ? t->steady_h : 0;
    if (!merged_w)
        t->full_w = MAX(t->full_w, d->w);
    if (!merged_h)
        t->full_h = MAX(t->full_h, d->h);
    t->fl = full_start(d->l, d->l + d->w, t->full_w, pl, 0, fw > 0 ? fw : G_MAXDOUBLE);
    t->ft = full_start(d->t, d->t + d->h, t->full_h, pt, 0, fh > 0 ? fh : G_MAXDOUBLE);
    if (merged_w) {
        t->l = t->fl;
        t->w = t->full_w;
    }
    if (merged_h) {
        t->t = t->ft;
        t->h = t->full_h;
    }
    t->last_frame = frame;
    t->hits++;
    t->misses = 0;
}

typedef struct {
    guint ti, di;
    gdouble s;
} Pair;

static gint by_score(gconstpointer a, gconstpointer b)
{
    const Pair *x = a, *y = b;
    return x->s < y->s ? 1 : x->s > y->s ? -1 : 0;
}

/* The past-frame data collected while processing a batch. */
typedef struct {
    guint stream;
    GArray *objects; /* NvDsTargetMiscDataObject */
} PastStream;

static void append_text_id(NvDsObjectMeta *o, guint64 id)
{
    gchar *old = o->text_params.display_text;
    if (!old)
        return;
    o->text_params.display_text = g_strdup_printf("%s %" G_GUINT64_FORMAT, old, id);
    g_free(old);
}

static void track_frame(GstStandinTracker *self, NvDsFrameMeta *fm, GArray *past_objects)
{
    GPtrArray *tracks = stream_tracks(self, fm->pad_index);
    gint frame = fm->frame_num;
    gdouble fw = fm->pipeline_width ? fm->pipeline_width : fm->source_frame_width;
    gdouble fh = fm->pipeline_height ? fm->pipeline_height : fm->source_frame_height;
    GPtrArray *objs = g_ptr_array_new();
    for (GList *l = fm->obj_meta_list; l; l = l->next)
        g_ptr_array_add(objs, l->data);

    GArray *pairs = g_array_new(FALSE, FALSE, sizeof(Pair));
    for (guint ti = 0; ti < tracks->len; ti++) {
        Track *t = tracks->pdata[ti];
        Box p = predict(t, frame), pf = predict_full(t, frame);
        for (guint di = 0; di < objs->len; di++) {
            NvDsObjectMeta *o = objs->pdata[di];
            if (o->class_id != t->class_id)
                continue;
            Box d = {o->rect_params.left, o->rect_params.top, o->rect_params.width, o->rect_params.height};
            gdouble s = score(t, &p, &pf, &d, fw > 0 ? fw : G_MAXDOUBLE, fh > 0 ? fh : G_MAXDOUBLE);
            if (s > 0) {
                Pair pr = {ti, di, s};
                g_array_append_val(pairs, pr);
            }
        }
    }
    g_array_sort(pairs, by_score);
    gboolean *tused = g_new0(gboolean, tracks->len + 1), *dused = g_new0(gboolean, objs->len + 1);
    for (guint i = 0; i < pairs->len; i++) {
        Pair *pr = &g_array_index(pairs, Pair, i);
        if (tused[pr->ti] || dused[pr->di])
            continue;
        tused[pr->ti] = dused[pr->di] = TRUE;
        Track *t = tracks->pdata[pr->ti];
        NvDsObjectMeta *o = objs->pdata[pr->di];
        Box d = {o->rect_params.left, o->rect_params.top, o->rect_params.width, o->rect_params.height};
        update_track(t, &d, frame, fw, fh);
        t->conf = (gfloat)MIN(1.0, pr->s / 0.5 * 0.5 + 0.5);
        o->object_id = t->id;
        o->tracker_confidence = t->conf;
        if (t->pending->len) {
            if (past_objects) {
                NvDsTargetMiscDataObject po = {0};
                po.uniqueId = t->id;
                po.classId = (uint16_t)t->class_id;
                g_strlcpy(po.objLabel, t->label, MAX_LABEL_SIZE);
                po.numObj = po.numAllocated = t->pending->len;
                po.list = g_memdup2(t->pending->data, t->pending->len * sizeof(NvDsTargetMiscDataFrame));
                g_array_append_val(past_objects, po);
            }
            g_array_set_size(t->pending, 0);
        }
    }
    /* New tracks for the objects left (after the old ones). */
    guint nold = tracks->len;
    for (guint di = 0; di < objs->len; di++) {
        if (dused[di])
            continue;
        NvDsObjectMeta *o = objs->pdata[di];
        Track *t = g_new0(Track, 1);
        t->id = self->next_id++;
        t->class_id = o->class_id;
        g_strlcpy(t->label, o->obj_label, MAX_LABEL_SIZE);
        t->l = o->rect_params.left;
        t->t = o->rect_params.top;
        t->w = o->rect_params.width;
        t->h = o->rect_params.height;
        t->full_w = t->w;
        t->full_h = t->h;
        t->fl = t->l;
        t->ft = t->t;
        t->first_frame = t->last_frame = frame;
        t->hits = 1;
        t->conf = o->confidence > 0 ? MIN(1.0f, o->confidence) : 1.0f;
        t->pending = g_array_new(FALSE, TRUE, sizeof(NvDsTargetMiscDataFrame));
        o->object_id = t->id;
        o->tracker_confidence = t->conf;
        g_ptr_array_add(tracks, t);
    }
    for (guint di = 0; di < objs->len; di++) {
        NvDsObjectMeta *o = objs->pdata[di];
        o->tracker_bbox_info.org_bbox_coords.left = o->rect_params.left;
        o->tracker_bbox_info.org_bbox_coords.top = o->rect_params.top;
        o->tracker_bbox_info.org_bbox_coords.width = o->rect_params.width;
        o->tracker_bbox_info.org_bbox_coords.height = o->rect_params.height;
        if (self->show_id)
            append_text_id(o, o->object_id);
    }
    /* Tracks unseen this frame: shadow-tracked forward, ended when too
     * old or out of the frame. */
    for (gint ti = (gint)nold - 1; ti >= 0; ti--) {
        Track *t = tracks->pdata[ti];
        if (tused[ti])
            continue;
        Box p = predict(t, frame);
        t->misses++;
        gboolean tentative = t->hits < self->probation_age;
        /* Without a visual tracker the shadow track is the motion model
         * extrapolated: worth as much as the frames it was fitted on. */
        gdouble support = (gdouble)t->hits / (t->hits + t->misses);
        if (t->misses > self->shadow_age || (tentative && t->misses >= MAX(1u, self->early_termination_age)) ||
            support < MIN_SHADOW_SUPPORT || p.l + p.w <= 0 || p.t + p.h <= 0 || (fw > 0 && p.l >= fw) ||
            (fh > 0 && p.t >= fh)) {
            g_ptr_array_remove_index(tracks, (guint)ti);
            continue;
        }
        /* The whole object where it is predicted, within the frame. */
        Box wb = predict_full(t, frame);
        gdouble x0 = MAX(0, wb.l), y0 = MAX(0, wb.t);
        gdouble x1 = fw > 0 ? MIN(fw, wb.l + wb.w) : wb.l + wb.w, y1 = fh > 0 ? MIN(fh, wb.t + wb.h) : wb.t + wb.h;
        NvDsTargetMiscDataFrame f = {0};
        f.frameNum = (uint32_t)frame;
        f.tBbox.left = (float)x0;
        f.tBbox.top = (float)y0;
        f.tBbox.width = (float)MAX(1, x1 - x0);
        f.tBbox.height = (float)MAX(1, y1 - y0);
        f.confidence = (gfloat)(t->conf * support);
        f.age = (uint32_t)(frame - t->first_frame);
        f.trackerState = INACTIVE;
        f.visibility = 0;
        g_array_append_val(t->pending, f);
    }
    g_free(tused);
    g_free(dused);
    g_array_free(pairs, TRUE);
    g_ptr_array_free(objs, TRUE);
}

/* ---- NVDS_TRACKER_PAST_FRAME_META payload ---- */

static void attach_past_frames(NvDsBatchMeta *bm, GArray *streams)
{
    /* The batch and its streams from tracker's glue; each stream takes the
     * object array built here. */
    NvDsTargetMiscDataBatch *b = gods_tracker_misc_new(streams->len, 0, 0);
    for (guint s = 0; s < streams->len; s++) {
        PastStream *ps = &g_array_index(streams, PastStream, s);
        NvDsTargetMiscDataStream *st = &b->list[s];
        st->streamID = ps->stream;
        st->surfaceStreamID = ps->stream;
        st->numAllocated = st->numFilled = ps->objects->len;
        st->list = (NvDsTargetMiscDataObject *)(void *)g_array_free(ps->objects, FALSE);
        ps->objects = NULL;
    }
    NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(bm);
    gods_tracker_user_meta_set_misc(u, NVDS_TRACKER_PAST_FRAME_META, b);
    nvds_add_user_meta_to_batch(bm, u);
}

static GstFlowReturn transform_ip(GstBaseTransform *trans, GstBuffer *buf)
{
    GstStandinTracker *self = (GstStandinTracker *)trans;
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(buf);
    if (!bm) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("NvDsBatchMeta not found for input buffer"),
                          ("nvtracker needs batched buffers from nvstreammux"));
        return GST_FLOW_ERROR;
    }
    GArray *streams = self->past_frame ? g_array_new(FALSE, TRUE, sizeof(PastStream)) : NULL;
    nvds_acquire_meta_lock(bm);
    GST_OBJECT_LOCK(self);
    for (GList *l = bm->frame_meta_list; l; l = l->next) {
        NvDsFrameMeta *fm = l->data;
        GArray *objects = NULL;
        if (streams) {
            PastStream ps = {fm->pad_index, g_array_new(FALSE, TRUE, sizeof(NvDsTargetMiscDataObject))};
            g_array_append_val(streams, ps);
            objects = ps.objects;
        }
        track_frame(self, fm, objects);
    }
    GST_OBJECT_UNLOCK(self);
    if (streams) {
        attach_past_frames(bm, streams);
        g_array_free(streams, TRUE);
    }
    nvds_release_meta_lock(bm);
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_tracker_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvtracker", &count);
}

static void gst_standin_tracker_class_init(GstStandinTrackerClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_tracker_debug, "nvtracker", 0, "go-deepstream stand-in nvtracker");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_TRACKER_WIDTH,
                                    g_param_spec_uint("tracker-width", "Tracker width",
                                                      "Accepted: the IoU tracker reads no pixels", 0, 4080, 640, rw));
    g_object_class_install_property(gobject_class, PROP_TRACKER_HEIGHT,
                                    g_param_spec_uint("tracker-height", "Tracker height",
                                                      "Accepted: the IoU tracker reads no pixels", 0, 4080, 384, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_LL_LIB_FILE,
                                    g_param_spec_string("ll-lib-file", "Low-level library file",
                                                        "Accepted and logged, never loaded", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_LL_CONFIG_FILE,
                                    g_param_spec_string("ll-config-file", "Low-level config file",
                                                        "YAML; maxShadowTrackingAge is read when the file exists",
                                                        NULL, rw));
    g_object_class_install_property(gobject_class, PROP_ENABLE_BATCH_PROCESS,
                                    g_param_spec_boolean("enable-batch-process", "Enable batch process",
                                                         "Accepted, unused", TRUE, rw));
    g_object_class_install_property(gobject_class, PROP_ENABLE_PAST_FRAME,
                                    g_param_spec_boolean("enable-past-frame", "Enable past frame",
                                                         "Attach NVDS_TRACKER_PAST_FRAME_META to each batch", TRUE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_DISPLAY_TRACKING_ID,
                                    g_param_spec_boolean("display-tracking-id", "Display tracking id",
                                                         "Append the object id to the object's display text", TRUE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_COMPUTE_HW,
                                    g_param_spec_enum("compute-hw", "Compute hardware", "Accepted, unused",
                                                      gods_standin_compute_hw_enum_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_TRACKING_ID_RESET_MODE,
                                    g_param_spec_uint("tracking-id-reset-mode", "Tracking id reset mode",
                                                      "Accepted, unused (ids never reset)", 0, 3, 0, rw));
    g_object_class_install_property(gobject_class, PROP_INPUT_TENSOR_META,
                                    g_param_spec_boolean("input-tensor-meta", "Input tensor meta", "Accepted, unused",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_TENSOR_META_GIE_ID,
                                    g_param_spec_uint("tensor-meta-gie-id", "Tensor meta GIE id", "Accepted, unused",
                                                      0, G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_USER_META_POOL_SIZE,
                                    g_param_spec_uint("user-meta-pool-size", "User meta pool size",
                                                      "Accepted, unused", 1, G_MAXUINT, 32, rw));

    GstCaps *caps = gst_caps_from_string(TRACKER_CAPS);
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, caps));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, caps));
    gst_caps_unref(caps);
    gst_element_class_set_static_metadata(element_class, "NvTracker plugin (go-deepstream CPU stand-in)",
                                          "Filter/Video/Tracker",
                                          "Tracks the objects of each stream by overlap (IoU) on the CPU",
                                          "go-deepstream");

    bt->start = start;
    bt->stop = stop;
    bt->sink_event = sink_event;
    bt->transform_ip = transform_ip;
}

static void gst_standin_tracker_init(GstStandinTracker *self)
{
    self->tracker_width = 640;
    self->tracker_height = 384;
    self->enable_batch_process = TRUE;
    self->enable_past_frame = TRUE;
    self->display_tracking_id = TRUE;
    self->user_meta_pool_size = 32;
    gst_base_transform_set_in_place(GST_BASE_TRANSFORM(self), TRUE);
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), FALSE);
}
