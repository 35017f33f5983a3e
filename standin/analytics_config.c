//go:build !deepstream

/* analytics_config.c: nvdsanalytics' config file (GKeyFile syntax):
 *   [property] enable, config-width, config-height, osd-mode,
 *     display-font-size (display-obj-cnt, obj-cnt-win-in-ms accepted);
 *   [roi-filtering-stream-N] enable, roi-<label>=x;y;x;y;..., inverse-roi,
 *     class-id;
 *   [overcrowding-stream-N] enable, roi-<label>, object-threshold, class-id
 *     (time-threshold accepted);
 *   [line-crossing-stream-N] enable, line-crossing-<label>=x1;y1;x2;y2;x3;y3;x4;y4
 *     (direction x1,y1 -> x2,y2, then the line x3,y3 - x4,y4), class-id,
 *     extended, mode=loose|balanced|strict;
 *   [direction-detection-stream-N] enable, direction-<label>=x1;y1;x2;y2,
 *     class-id, mode.
 * A value that does not parse, an unknown group and a shape with the wrong
 * number of points are errors naming the group, key and value; an unknown
 * key is logged and skipped. */
#include <stdlib.h>
#include <string.h>

#include <gst/gst.h>

#include "standin_analytics.go.h"

GST_DEBUG_CATEGORY_EXTERN(gods_standin_analytics_debug);
#define GST_CAT_DEFAULT gods_standin_analytics_debug

static void shape_clear(gpointer p)
{
    GodsAnalyticsShape *s = p;
    g_free(s->label);
    g_free(s->x); /* x, y, fx, fy are one block */
}

static void rule_init(GodsAnalyticsRule *r)
{
    r->enable = FALSE;
    r->classes.n = 0;
    r->shapes = g_array_new(FALSE, TRUE, sizeof(GodsAnalyticsShape));
    g_array_set_clear_func(r->shapes, shape_clear);
    r->inverse = FALSE;
    r->threshold = 0;
    r->extended = FALSE;
    r->mode = GODS_ANALYTICS_MODE_BALANCED;
}

static void stream_free(gpointer p)
{
    GodsAnalyticsStream *s = p;
    g_array_free(s->roi.shapes, TRUE);
    g_array_free(s->oc.shapes, TRUE);
    g_array_free(s->lc.shapes, TRUE);
    g_array_free(s->dir.shapes, TRUE);
    g_free(s);
}

GodsAnalyticsConfig *gods_standin_analytics_config_new(void)
{
    GodsAnalyticsConfig *cfg = g_new0(GodsAnalyticsConfig, 1);
    cfg->enable = TRUE;
    cfg->font_size = 12;
    cfg->streams = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, stream_free);
    return cfg;
}

void gods_standin_analytics_config_free(GodsAnalyticsConfig *cfg)
{
    if (!cfg)
        return;
    g_hash_table_destroy(cfg->streams);
    g_free(cfg);
}

static GodsAnalyticsStream *stream_of(GodsAnalyticsConfig *cfg, guint id)
{
    GodsAnalyticsStream *s = g_hash_table_lookup(cfg->streams, GUINT_TO_POINTER(id));
    if (!s) {
        s = g_new0(GodsAnalyticsStream, 1);
        rule_init(&s->roi);
        rule_init(&s->oc);
        rule_init(&s->lc);
        rule_init(&s->dir);
        g_hash_table_insert(cfg->streams, GUINT_TO_POINTER(id), s);
    }
    return s;
}

/* The parse context: where a bad value was found. */
typedef struct {
    const gchar *path, *group, *key, *value;
    gchar **error;
} Ctx;

static gboolean fail(Ctx *c, const gchar *why)
{
    *c->error = g_strdup_printf("%s: [%s] %s=\"%s\": %s", c->path, c->group, c->key, c->value, why);
    return FALSE;
}

static gboolean parse_int(const gchar *s, gint64 lo, gint64 hi, gint64 *out)
{
    gchar *end = NULL;
    while (*s == ' ' || *s == '\t')
        s++;
    if (!*s)
        return FALSE;
    gint64 v = g_ascii_strtoll(s, &end, 10);
    while (*end == ' ' || *end == '\t')
        end++;
    if (*end || v < lo || v > hi)
        return FALSE;
    *out = v;
    return TRUE;
}

static gboolean int_value(Ctx *c, gint64 lo, gint64 hi, gint64 *out)
{
    if (parse_int(c->value, lo, hi, out))
        return TRUE;
    gchar *why = g_strdup_printf("not an integer in %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT, lo, hi);
    fail(c, why);
    g_free(why);
    return FALSE;
}

static gboolean bool_value(Ctx *c, gboolean *out)
{
    const gchar *v = c->value;
    if (!strcmp(v, "1") || !g_ascii_strcasecmp(v, "true")) {
        *out = TRUE;
        return TRUE;
    }
    if (!strcmp(v, "0") || !g_ascii_strcasecmp(v, "false")) {
        *out = FALSE;
        return TRUE;
    }
    return fail(c, "not a boolean (0, 1, true or false)");
}

/* Splits a ';'-separated list, dropping one trailing empty item (the
 * samples end some lists with ';'). */
static gchar **split_list(const gchar *v, guint *n)
{
    gchar **items = g_strsplit(v, ";", -1);
    guint len = g_strv_length(items);
    if (len > 0 && g_strstrip(items[len - 1])[0] == '\0') {
        g_free(items[len - 1]);
        items[len - 1] = NULL;
        len--;
    }
    *n = len;
    return items;
}

static gboolean classes_value(Ctx *c, GodsAnalyticsClasses *out)
{
    guint n;
    gchar **items = split_list(c->value, &n);
    gboolean ok = n > 0 && n <= GODS_ANALYTICS_MAX_CLASSES;
    GodsAnalyticsClasses cl = {0};
    for (guint i = 0; ok && i < n; i++) {
        gint64 v;
        ok = parse_int(items[i], -1, G_MAXINT, &v);
        if (ok && v == -1) {
            cl.n = 0; /* every class */
            break;
        }
        if (ok)
            cl.ids[cl.n++] = (gint)v;
    }
    g_strfreev(items);
    if (!ok)
        return fail(c, "not -1 or a ';'-separated list of up to 16 class ids");
    *out = cl;
    return TRUE;
}

static gboolean mode_value(Ctx *c, GodsAnalyticsMode *out)
{
    if (!strcmp(c->value, "loose"))
        *out = GODS_ANALYTICS_MODE_LOOSE;
    else if (!strcmp(c->value, "balanced"))
        *out = GODS_ANALYTICS_MODE_BALANCED;
    else if (!strcmp(c->value, "strict"))
        *out = GODS_ANALYTICS_MODE_STRICT;
    else
        return fail(c, "not loose, balanced or strict");
    return TRUE;
}

/* A shape of exactly want points (min_pts or more when want is 0). */
static gboolean shape_value(Ctx *c, const gchar *label, guint want, guint min_pts, GArray *shapes)
{
    if (!*label)
        return fail(c, "the key names no label");
    for (guint i = 0; i < shapes->len; i++)
        if (!strcmp(g_array_index(shapes, GodsAnalyticsShape, i).label, label))
            return fail(c, "the label is configured twice");
    guint n;
    gchar **items = split_list(c->value, &n);
    gboolean ok = n % 2 == 0 && (want ? n == 2 * want : n >= 2 * min_pts);
    GodsAnalyticsShape s = {g_strdup(label), n / 2, NULL, NULL, NULL, NULL};
    s.x = g_new0(gdouble, 4 * (gsize)MAX(s.npts, 1));
    s.y = s.x + s.npts;
    s.fx = s.y + s.npts;
    s.fy = s.fx + s.npts;
    for (guint i = 0; ok && i < n; i++) {
        gint64 v;
        ok = parse_int(items[i], 0, G_MAXINT, &v);
        if (ok) {
            (i % 2 ? s.y : s.x)[i / 2] = (gdouble)v;
            (i % 2 ? s.fy : s.fx)[i / 2] = (gdouble)v;
        }
    }
    g_strfreev(items);
    if (!ok) {
        shape_clear(&s);
        gchar *why = want ? g_strdup_printf("not %u points (%u non-negative integers separated by ';')", want, 2 * want)
                          : g_strdup_printf("not a polygon of %u or more points (x;y;x;y;... non-negative integers)",
                                            min_pts);
        fail(c, why);
        g_free(why);
        return FALSE;
    }
    g_array_append_val(shapes, s);
    return TRUE;
}

static gboolean property_key(Ctx *c, GodsAnalyticsConfig *cfg)
{
    gint64 v;
    const gchar *k = c->key;
    if (!strcmp(k, "enable"))
        return bool_value(c, &cfg->enable);
    if (!strcmp(k, "config-width") || !strcmp(k, "config-height")) {
        if (!int_value(c, 1, 32767, &v))
            return FALSE;
        *(k[7] == 'w' ? &cfg->config_width : &cfg->config_height) = (gint)v;
        return TRUE;
    }
    if (!strcmp(k, "osd-mode")) {
        if (!int_value(c, 0, 2, &v))
            return FALSE;
        cfg->osd_mode = (guint)v;
        return TRUE;
    }
    if (!strcmp(k, "display-font-size")) {
        if (!int_value(c, 1, 1000, &v))
            return FALSE;
        cfg->font_size = (guint)v;
        return TRUE;
    }
    if (!strcmp(k, "display-obj-cnt")) {
        gboolean b;
        return bool_value(c, &b);
    }
    if (!strcmp(k, "obj-cnt-win-in-ms"))
        return int_value(c, 0, G_MAXINT, &v);
    GST_WARNING("%s: [%s] unknown key %s skipped", c->path, c->group, k);
    return TRUE;
}

typedef enum { FEAT_ROI, FEAT_OC, FEAT_LC, FEAT_DIR } Feature;

static gboolean feature_key(Ctx *c, Feature f, GodsAnalyticsRule *r)
{
    gint64 v;
    const gchar *k = c->key;
    if (!strcmp(k, "enable"))
        return bool_value(c, &r->enable);
    if (!strcmp(k, "class-id"))
        return classes_value(c, &r->classes);
    switch (f) {
    case FEAT_ROI:
        if (!strcmp(k, "inverse-roi"))
            return bool_value(c, &r->inverse);
        if (g_str_has_prefix(k, "roi-"))
            return shape_value(c, k + 4, 0, 3, r->shapes);
        break;
    case FEAT_OC:
        if (!strcmp(k, "object-threshold")) {
            if (!int_value(c, 0, G_MAXINT, &v))
                return FALSE;
            r->threshold = (guint)v;
            return TRUE;
        }
        if (!strcmp(k, "time-threshold"))
            return int_value(c, 0, G_MAXINT, &v);
        if (g_str_has_prefix(k, "roi-"))
            return shape_value(c, k + 4, 0, 3, r->shapes);
        break;
    case FEAT_LC:
        if (!strcmp(k, "extended"))
            return bool_value(c, &r->extended);
        if (!strcmp(k, "mode"))
            return mode_value(c, &r->mode);
        if (g_str_has_prefix(k, "line-crossing-"))
            return shape_value(c, k + 14, 4, 4, r->shapes);
        break;
    case FEAT_DIR:
        if (!strcmp(k, "mode"))
            return mode_value(c, &r->mode);
        if (g_str_has_prefix(k, "direction-"))
            return shape_value(c, k + 10, 2, 2, r->shapes);
        break;
    }
    GST_WARNING("%s: [%s] unknown key %s skipped", c->path, c->group, k);
    return TRUE;
}

static const struct {
    const gchar *prefix;
    Feature f;
} features[] = {
    {"roi-filtering-stream-", FEAT_ROI},
    {"overcrowding-stream-", FEAT_OC},
    {"line-crossing-stream-", FEAT_LC},
    {"direction-detection-stream-", FEAT_DIR},
};

static gboolean read_group(GKeyFile *kf, Ctx *c, GodsAnalyticsConfig *cfg)
{
    gboolean is_property = !strcmp(c->group, "property");
    GodsAnalyticsRule *rule = NULL;
    Feature f = FEAT_ROI;
    if (!is_property) {
        for (gsize i = 0; i < G_N_ELEMENTS(features) && !rule; i++) {
            if (!g_str_has_prefix(c->group, features[i].prefix))
                continue;
            gint64 id;
            if (!parse_int(c->group + strlen(features[i].prefix), 0, G_MAXINT, &id)) {
                *c->error = g_strdup_printf("%s: [%s]: the stream number is not a non-negative integer", c->path,
                                            c->group);
                return FALSE;
            }
            GodsAnalyticsStream *s = stream_of(cfg, (guint)id);
            f = features[i].f;
            rule = f == FEAT_ROI ? &s->roi : f == FEAT_OC ? &s->oc : f == FEAT_LC ? &s->lc : &s->dir;
        }
        if (!rule) {
            *c->error = g_strdup_printf("%s: [%s]: unknown group (property, roi-filtering-stream-N, "
                                        "overcrowding-stream-N, line-crossing-stream-N or "
                                        "direction-detection-stream-N)",
                                        c->path, c->group);
            return FALSE;
        }
    }
    gchar **keys = g_key_file_get_keys(kf, c->group, NULL, NULL);
    gboolean ok = TRUE;
    for (gchar **k = keys; ok && k && *k; k++) {
        gchar *raw = g_key_file_get_value(kf, c->group, *k, NULL);
        c->key = *k;
        c->value = raw ? g_strstrip(raw) : "";
        ok = is_property ? property_key(c, cfg) : feature_key(c, f, rule);
        g_free(raw);
    }
    g_strfreev(keys);
    return ok;
}

GodsAnalyticsConfig *gods_standin_analytics_config_read(const gchar *path, gchar **error)
{
    GKeyFile *kf = g_key_file_new();
    GError *err = NULL;
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &err)) {
        *error = g_strdup_printf("%s: %s", path, err->message);
        g_error_free(err);
        g_key_file_free(kf);
        return NULL;
    }
    GodsAnalyticsConfig *cfg = gods_standin_analytics_config_new();
    Ctx c = {path, NULL, NULL, NULL, error};
    gchar **groups = g_key_file_get_groups(kf, NULL);
    gboolean ok = TRUE;
    for (gchar **g = groups; ok && *g; g++) {
        c.group = *g;
        ok = read_group(kf, &c, cfg);
    }
    g_strfreev(groups);
    g_key_file_free(kf);
    if (!ok) {
        gods_standin_analytics_config_free(cfg);
        return NULL;
    }
    return cfg;
}

static void scale_rule(GodsAnalyticsRule *r, gdouble sx, gdouble sy)
{
    for (guint i = 0; i < r->shapes->len; i++) {
        GodsAnalyticsShape *s = &g_array_index(r->shapes, GodsAnalyticsShape, i);
        for (guint j = 0; j < s->npts; j++) {
            s->fx[j] = s->x[j] * sx;
            s->fy[j] = s->y[j] * sy;
        }
    }
}

void gods_standin_analytics_scale(GodsAnalyticsConfig *cfg, gint width, gint height)
{
    gdouble sx = cfg->config_width > 0 ? (gdouble)width / cfg->config_width : 1;
    gdouble sy = cfg->config_height > 0 ? (gdouble)height / cfg->config_height : 1;
    GHashTableIter it;
    gpointer v;
    g_hash_table_iter_init(&it, cfg->streams);
    while (g_hash_table_iter_next(&it, NULL, &v)) {
        GodsAnalyticsStream *s = v;
        scale_rule(&s->roi, sx, sy);
        scale_rule(&s->oc, sx, sy);
        scale_rule(&s->lc, sx, sy);
        scale_rule(&s->dir, sx, sy);
    }
}

gboolean gods_standin_analytics_class_ok(const GodsAnalyticsClasses *c, gint class_id)
{
    if (c->n == 0)
        return TRUE;
    for (gint i = 0; i < c->n; i++)
        if (c->ids[i] == class_id)
            return TRUE;
    return FALSE;
}
