//go:build !deepstream

/* preprocess_config.c: reads nvdspreprocess's config file. The keys the
 * stand-in honours are checked; the keys of the custom library and the
 * scaling pools are accepted and ignored (there is no library to load, the
 * stand-in's own scaling and tensor preparation stand for
 * nvdspreprocess_lib's); anything else is logged as an unknown key. */
#include <stdlib.h>
#include <string.h>

#include "standin_preprocess_config.go.h"

GST_DEBUG_CATEGORY_EXTERN(gods_standin_preprocess_debug);
#define GST_CAT_DEFAULT gods_standin_preprocess_debug

static const char *const property_keys[] = {
    "enable", "unique-id", "gpu-id", "process-on-frame", "target-unique-ids", "operate-on-gie-id",
    "network-input-order", "network-input-shape", "processing-width", "processing-height", "network-color-format",
    "tensor-data-type", "tensor-name", "maintain-aspect-ratio", "symmetric-padding",
    /* accepted, ignored */
    "scaling-buf-pool-size", "tensor-buf-pool-size", "scaling-pool-memory-type", "scaling-pool-compute-hw",
    "scaling-filter", "custom-lib-path", "custom-tensor-preparation-function", NULL,
};

static const char *const user_keys[] = {"pixel-normalization-factor", "offsets", "mean-file", NULL};

static const char *const group_keys[] = {
    "src-ids", "process-on-roi", "operate-on-class-ids", "input-object-min-width", "input-object-min-height",
    "input-object-max-width", "input-object-max-height",
    /* accepted, ignored */
    "custom-input-transformation-function", "process-on-all-objects", "draw-roi", "roi-color", NULL,
};

static gboolean in_list(const char *const *list, const gchar *key)
{
    for (; *list; list++)
        if (strcmp(*list, key) == 0)
            return TRUE;
    return FALSE;
}

/* The integers of a ';'-separated value (empty items, such as a trailing
 * ';', skipped), each within [min, max]. */
static gboolean get_ints(GKeyFile *kf, const gchar *g, const gchar *key, gint64 min, gint64 max, GArray *out,
                         gchar **error)
{
    gchar *raw = g_key_file_get_value(kf, g, key, NULL);
    gchar **parts = g_strsplit(raw ? raw : "", ";", -1);
    gboolean ok = TRUE;
    for (gchar **p = parts; *p && ok; p++) {
        gchar *v = g_strstrip(*p), *end = NULL;
        if (!*v)
            continue;
        gint64 n = g_ascii_strtoll(v, &end, 10);
        if (*end || end == v) {
            *error = g_strdup_printf("[%s] %s: '%s' is not an integer", g, key, v);
            ok = FALSE;
        } else if (n < min || n > max) {
            *error = g_strdup_printf("[%s] %s: %s is out of range [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]", g,
                                     key, v, min, max);
            ok = FALSE;
        } else {
            g_array_append_val(out, n);
        }
    }
    g_strfreev(parts);
    g_free(raw);
    return ok;
}

/* One integer key; *present tells whether it is there. */
static gboolean get_int(GKeyFile *kf, const gchar *g, const gchar *key, gint64 min, gint64 max, gint64 *out,
                        gboolean *present, gchar **error)
{
    if (present)
        *present = FALSE;
    if (!g_key_file_has_key(kf, g, key, NULL))
        return TRUE;
    GArray *v = g_array_new(FALSE, FALSE, sizeof(gint64));
    gboolean ok = get_ints(kf, g, key, min, max, v, error);
    if (ok && v->len != 1) {
        *error = g_strdup_printf("[%s] %s: want one integer", g, key);
        ok = FALSE;
    }
    if (ok) {
        *out = g_array_index(v, gint64, 0);
        if (present)
            *present = TRUE;
    }
    g_array_free(v, TRUE);
    return ok;
}

static gboolean get_double(GKeyFile *kf, const gchar *g, const gchar *key, gdouble *out, gchar **error)
{
    if (!g_key_file_has_key(kf, g, key, NULL))
        return TRUE;
    GError *e = NULL;
    gdouble v = g_key_file_get_double(kf, g, key, &e);
    if (e) {
        *error = g_strdup_printf("[%s] %s: %s", g, key, e->message);
        g_error_free(e);
        return FALSE;
    }
    *out = v;
    return TRUE;
}

static void group_free(gpointer p)
{
    GodsStandinPreprocessGroup *g = p;
    g_free(g->name);
    g_array_free(g->src_ids, TRUE);
    g_array_free(g->class_ids, TRUE);
    g_hash_table_destroy(g->rois);
    g_free(g);
}

static void rects_free(gpointer p)
{
    g_array_free(p, TRUE);
}

void gods_standin_preprocess_config_init(GodsStandinPreprocessConfig *c)
{
    memset(c, 0, sizeof(*c));
    c->enable = TRUE;
    c->unique_id = 15;
    c->target_ids = g_array_new(FALSE, FALSE, sizeof(guint64));
    c->operate_on_gie_id = -1;
    c->process_on_frame = TRUE;
    c->factor = 1.0;
    c->groups = g_ptr_array_new_with_free_func(group_free);
}

void gods_standin_preprocess_config_clear(GodsStandinPreprocessConfig *c)
{
    g_free(c->path);
    g_free(c->tensor_name);
    if (c->target_ids)
        g_array_free(c->target_ids, TRUE);
    if (c->groups)
        g_ptr_array_free(c->groups, TRUE);
    memset(c, 0, sizeof(*c));
}

static void warn_unknown(GKeyFile *kf, const gchar *g, const char *const *known, const gchar *prefix, GstObject *obj,
                         const gchar *path)
{
    gchar **keys = g_key_file_get_keys(kf, g, NULL, NULL);
    for (gchar **k = keys; k && *k; k++)
        if (!in_list(known, *k) && !(prefix && g_str_has_prefix(*k, prefix)))
            GST_WARNING_OBJECT(obj, "Unknown key '%s' for group [%s] in %s", *k, g, path);
    g_strfreev(keys);
}

static gboolean load_property(GodsStandinPreprocessConfig *c, GKeyFile *kf, gchar **error)
{
    const gchar *g = "property";
    gint64 v = 0;
    gboolean has = FALSE;
    if (!get_int(kf, g, "enable", 0, 1, &v, &has, error))
        return FALSE;
    if (has)
        c->enable = v != 0;
    if (!get_int(kf, g, "unique-id", 0, G_MAXUINT, &v, &c->has_unique_id, error))
        return FALSE;
    if (c->has_unique_id)
        c->unique_id = (guint)v;
    if (!get_int(kf, g, "gpu-id", 0, G_MAXUINT, &v, &c->has_gpu_id, error))
        return FALSE;
    if (c->has_gpu_id)
        c->gpu_id = (guint)v;
    if (!get_int(kf, g, "process-on-frame", 0, 1, &v, &c->has_process_on_frame, error))
        return FALSE;
    if (c->has_process_on_frame)
        c->process_on_frame = v != 0;
    if (!get_int(kf, g, "operate-on-gie-id", -1, G_MAXINT, &v, &c->has_gie_id, error))
        return FALSE;
    if (c->has_gie_id)
        c->operate_on_gie_id = (gint)v;
    if (g_key_file_has_key(kf, g, "target-unique-ids", NULL)) {
        GArray *ids = g_array_new(FALSE, FALSE, sizeof(gint64));
        gboolean ok = get_ints(kf, g, "target-unique-ids", 0, G_MAXUINT, ids, error);
        for (guint i = 0; ok && i < ids->len; i++) {
            guint64 id = (guint64)g_array_index(ids, gint64, i);
            g_array_append_val(c->target_ids, id);
        }
        g_array_free(ids, TRUE);
        if (!ok)
            return FALSE;
        c->has_target_ids = TRUE;
    }
    if (!get_int(kf, g, "network-input-order", 0, 2, &v, &has, error))
        return FALSE;
    if (has && v == 2) {
        *error = g_strdup("[property] network-input-order=2 (CUSTOM) needs a custom tensor preparation function, "
                          "which the stand-in does not load; use 0 (NCHW) or 1 (NHWC)");
        return FALSE;
    }
    c->order = has ? (gint)v : GODS_STANDIN_ORDER_NCHW;
    if (!get_int(kf, g, "network-color-format", 0, 2, &v, &has, error))
        return FALSE;
    c->color = has ? (gint)v : GODS_STANDIN_PP_RGB;
    if (!get_int(kf, g, "tensor-data-type", 0, 5, &v, &has, error))
        return FALSE;
    c->data_type = has ? (gint)v : GODS_STANDIN_PP_FP32;
    if (c->data_type == GODS_STANDIN_PP_UINT32 || c->data_type == GODS_STANDIN_PP_INT32) {
        *error = g_strdup_printf("[property] tensor-data-type=%d (%s) is not prepared by the stand-in; use 0 (FP32), "
                                 "1 (UINT8), 2 (INT8) or 5 (FP16)",
                                 c->data_type, c->data_type == GODS_STANDIN_PP_UINT32 ? "UINT32" : "INT32");
        return FALSE;
    }
    if (!get_int(kf, g, "maintain-aspect-ratio", 0, 1, &v, &has, error))
        return FALSE;
    c->maintain_aspect = has && v;
    if (!get_int(kf, g, "symmetric-padding", 0, 1, &v, &has, error))
        return FALSE;
    c->symmetric_padding = has && v;

    if (!g_key_file_has_key(kf, g, "network-input-shape", NULL)) {
        *error = g_strdup("[property] network-input-shape is missing (batch;channels;height;width for NCHW)");
        return FALSE;
    }
    GArray *shape = g_array_new(FALSE, FALSE, sizeof(gint64));
    gboolean ok = get_ints(kf, g, "network-input-shape", 1, 16384, shape, error);
    if (ok && shape->len != 4) {
        *error = g_strdup_printf("[property] network-input-shape: %u dimensions, want 4 (%s)", shape->len,
                                 c->order == GODS_STANDIN_ORDER_NCHW ? "n;c;h;w" : "n;h;w;c");
        ok = FALSE;
    }
    for (guint i = 0; ok && i < 4; i++)
        c->shape[i] = (gint)g_array_index(shape, gint64, i);
    g_array_free(shape, TRUE);
    if (!ok)
        return FALSE;
    gint ch = c->order == GODS_STANDIN_ORDER_NCHW ? c->shape[1] : c->shape[3];
    gint want = c->color == GODS_STANDIN_PP_GRAY ? 1 : 3;
    if (ch != want) {
        *error = g_strdup_printf("[property] network-input-shape has %d channels; network-color-format=%d needs %d",
                                 ch, c->color, want);
        return FALSE;
    }
    gboolean hw = FALSE, hh = FALSE;
    if (!get_int(kf, g, "processing-width", 1, 16384, &v, &hw, error))
        return FALSE;
    c->proc_w = (gint)v;
    if (!get_int(kf, g, "processing-height", 1, 16384, &v, &hh, error))
        return FALSE;
    c->proc_h = (gint)v;
    if (!hw || !hh) {
        *error = g_strdup_printf("[property] %s is missing", hw ? "processing-height" : "processing-width");
        return FALSE;
    }
    gint nw = c->order == GODS_STANDIN_ORDER_NCHW ? c->shape[3] : c->shape[2];
    gint nh = c->order == GODS_STANDIN_ORDER_NCHW ? c->shape[2] : c->shape[1];
    if (c->proc_w != nw || c->proc_h != nh) {
        *error = g_strdup_printf("[property] processing-width/height %dx%d differ from network-input-shape's %dx%d "
                                 "(the default tensor preparation copies the scaled ROI as it is)",
                                 c->proc_w, c->proc_h, nw, nh);
        return FALSE;
    }
    c->tensor_name = g_key_file_get_string(kf, g, "tensor-name", NULL);
    if (!c->tensor_name || !*c->tensor_name) {
        *error = g_strdup("[property] tensor-name is missing (the network's input layer)");
        return FALSE;
    }
    return TRUE;
}

static gboolean load_user(GodsStandinPreprocessConfig *c, GKeyFile *kf, gchar **error)
{
    const gchar *g = "user-configs";
    if (!g_key_file_has_group(kf, g))
        return TRUE;
    if (!get_double(kf, g, "pixel-normalization-factor", &c->factor, error))
        return FALSE;
    if (g_key_file_has_key(kf, g, "offsets", NULL)) {
        gsize n = 0;
        GError *e = NULL;
        gdouble *o = g_key_file_get_double_list(kf, g, "offsets", &n, &e);
        if (e || n < 1 || n > 3) {
            *error = g_strdup_printf("[user-configs] offsets: want 1 to 3 numbers%s%s", e ? ": " : "",
                                     e ? e->message : "");
            g_clear_error(&e);
            g_free(o);
            return FALSE;
        }
        for (gsize i = 0; i < 3; i++)
            c->offsets[i] = o[MIN(i, n - 1)];
        g_free(o);
    }
    return TRUE;
}

static gboolean load_group(GodsStandinPreprocessConfig *c, GKeyFile *kf, const gchar *g, gchar **error)
{
    GodsStandinPreprocessGroup *grp = g_new0(GodsStandinPreprocessGroup, 1);
    grp->name = g_strdup(g);
    grp->src_ids = g_array_new(FALSE, FALSE, sizeof(guint));
    grp->class_ids = g_array_new(FALSE, FALSE, sizeof(gint));
    grp->rois = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, rects_free);
    g_ptr_array_add(c->groups, grp);

    if (!g_key_file_has_key(kf, g, "src-ids", NULL)) {
        *error = g_strdup_printf("[%s] src-ids is missing (the sources of the group, -1 for all)", g);
        return FALSE;
    }
    GArray *ids = g_array_new(FALSE, FALSE, sizeof(gint64));
    gboolean ok = get_ints(kf, g, "src-ids", -1, G_MAXINT, ids, error);
    for (guint i = 0; ok && i < ids->len; i++) {
        gint64 id = g_array_index(ids, gint64, i);
        if (id < 0) {
            g_array_set_size(grp->src_ids, 0); /* -1: every source */
            break;
        }
        guint u = (guint)id;
        g_array_append_val(grp->src_ids, u);
    }
    if (ok && !ids->len) {
        *error = g_strdup_printf("[%s] src-ids is empty", g);
        ok = FALSE;
    }
    g_array_free(ids, TRUE);
    if (!ok)
        return FALSE;

    gint64 v = 0;
    gboolean has = FALSE;
    if (!get_int(kf, g, "process-on-roi", 0, 1, &v, &has, error))
        return FALSE;
    grp->process_on_roi = has && v;
    const char *dims[] = {"input-object-min-width", "input-object-min-height", "input-object-max-width",
                          "input-object-max-height"};
    gint *dst[] = {&grp->min_w, &grp->min_h, &grp->max_w, &grp->max_h};
    for (guint i = 0; i < G_N_ELEMENTS(dims); i++) {
        if (!get_int(kf, g, dims[i], 0, G_MAXINT, &v, &has, error))
            return FALSE;
        *dst[i] = has ? (gint)v : 0;
    }
    if (g_key_file_has_key(kf, g, "operate-on-class-ids", NULL)) {
        GArray *cl = g_array_new(FALSE, FALSE, sizeof(gint64));
        ok = get_ints(kf, g, "operate-on-class-ids", 0, G_MAXINT, cl, error);
        for (guint i = 0; ok && i < cl->len; i++) {
            gint id = (gint)g_array_index(cl, gint64, i);
            g_array_append_val(grp->class_ids, id);
        }
        g_array_free(cl, TRUE);
        if (!ok)
            return FALSE;
    }

    gchar **keys = g_key_file_get_keys(kf, g, NULL, NULL);
    for (gchar **k = keys; ok && k && *k; k++) {
        if (!g_str_has_prefix(*k, "roi-params-src-"))
            continue;
        const gchar *num = *k + strlen("roi-params-src-");
        gchar *end = NULL;
        gint64 src = g_ascii_strtoll(num, &end, 10);
        if (!*num || *end || src < 0 || src > G_MAXINT) {
            *error = g_strdup_printf("[%s] %s: the key must end in a source id", g, *k);
            ok = FALSE;
            break;
        }
        GArray *vals = g_array_new(FALSE, FALSE, sizeof(gint64));
        ok = get_ints(kf, g, *k, 0, 65535, vals, error);
        if (ok && (vals->len == 0 || vals->len % 4 != 0)) {
            *error = g_strdup_printf("[%s] %s: %u values, want left;top;width;height for each ROI", g, *k,
                                     vals->len);
            ok = FALSE;
        }
        GArray *rects = g_array_new(FALSE, FALSE, sizeof(GodsStandinRect));
        for (guint i = 0; ok && i < vals->len; i += 4) {
            GodsStandinRect r = {(int)g_array_index(vals, gint64, i), (int)g_array_index(vals, gint64, i + 1),
                                 (int)g_array_index(vals, gint64, i + 2), (int)g_array_index(vals, gint64, i + 3)};
            if (r.width < 1 || r.height < 1) {
                *error = g_strdup_printf("[%s] %s: ROI %u is %dx%d, want a width and height of at least 1", g, *k,
                                         i / 4, r.width, r.height);
                ok = FALSE;
            }
            g_array_append_val(rects, r);
        }
        g_array_free(vals, TRUE);
        if (ok)
            g_hash_table_replace(grp->rois, GUINT_TO_POINTER((guint)src), rects);
        else
            g_array_free(rects, TRUE);
    }
    g_strfreev(keys);
    if (!ok)
        return FALSE;
    if (grp->process_on_roi && c->process_on_frame) {
        for (guint i = 0; i < grp->src_ids->len; i++) {
            guint src = g_array_index(grp->src_ids, guint, i);
            if (!g_hash_table_contains(grp->rois, GUINT_TO_POINTER(src))) {
                *error = g_strdup_printf("[%s] process-on-roi=1 but roi-params-src-%u is missing", g, src);
                return FALSE;
            }
        }
        if (!grp->src_ids->len && !g_hash_table_size(grp->rois)) {
            *error = g_strdup_printf("[%s] process-on-roi=1 but no roi-params-src-<id> is given", g);
            return FALSE;
        }
    }
    return TRUE;
}

gboolean gods_standin_preprocess_config_load(GodsStandinPreprocessConfig *c, const gchar *path, GstObject *obj,
                                             gchar **error)
{
    c->path = g_strdup(path);
    GKeyFile *kf = g_key_file_new();
    g_key_file_set_list_separator(kf, ';');
    GError *e = NULL;
    gboolean ok = FALSE;
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &e)) {
        *error = g_strdup(e->message);
        g_error_free(e);
        goto out;
    }
    if (!g_key_file_has_group(kf, "property")) {
        *error = g_strdup("the [property] group is missing");
        goto out;
    }
    if (!load_property(c, kf, error) || !load_user(c, kf, error))
        goto out;
    warn_unknown(kf, "property", property_keys, NULL, obj, path);
    if (g_key_file_has_group(kf, "user-configs"))
        warn_unknown(kf, "user-configs", user_keys, NULL, obj, path);
    gchar **groups = g_key_file_get_groups(kf, NULL);
    ok = TRUE;
    for (gchar **g = groups; ok && *g; g++) {
        if (!strcmp(*g, "property") || !strcmp(*g, "user-configs"))
            continue;
        const gchar *num = *g + strlen("group-");
        gchar *end = NULL;
        if (!g_str_has_prefix(*g, "group-") || !*num || (g_ascii_strtoll(num, &end, 10), *end)) {
            GST_WARNING_OBJECT(obj, "Unknown group [%s] in %s", *g, path);
            continue;
        }
        ok = load_group(c, kf, *g, error);
        if (ok)
            warn_unknown(kf, *g, group_keys, "roi-params-src-", obj, path);
    }
    g_strfreev(groups);
    if (ok && !c->groups->len) {
        *error = g_strdup("no [group-<n>] group: at least one group of sources is needed");
        ok = FALSE;
    }
out:
    g_key_file_free(kf);
    return ok;
}

const GodsStandinPreprocessGroup *gods_standin_preprocess_group_for(const GodsStandinPreprocessConfig *c,
                                                                    guint source_id)
{
    for (guint i = 0; i < c->groups->len; i++) {
        const GodsStandinPreprocessGroup *g = c->groups->pdata[i];
        if (!g->src_ids->len)
            return g;
        for (guint k = 0; k < g->src_ids->len; k++)
            if (g_array_index(g->src_ids, guint, k) == source_id)
                return g;
    }
    return NULL;
}
