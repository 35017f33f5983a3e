//go:build !deepstream

/* infer_config.c: reads nvinfer's config file (a GLib key file, ';' as the
 * list separator). The keys the stand-in honours are type-checked; the
 * other keys nvinfer knows (model files, TensorRT settings, ...) are
 * accepted and ignored; anything else is logged as an unknown key, as
 * nvinfer does. */
#include <math.h>
#include <string.h>

#include "standin_infer_config.go.h"

GST_DEBUG_CATEGORY_EXTERN(gods_standin_infer_debug);
#define GST_CAT_DEFAULT gods_standin_infer_debug

/* [property] keys nvinfer knows that the CPU stand-in does not use. */
static const char *const ignored_property_keys[] = {
    "gpu-id", "net-scale-factor", "offsets", "model-color-format", "model-file", "proto-file", "onnx-file",
    "uff-file", "tlt-encoded-model", "tlt-model-key", "int8-calib-file", "mean-file", "network-mode",
    "output-blob-names", "output-tensor-meta", "parse-bbox-func-name",
    "parse-bbox-instance-mask-func-name", "parse-classifier-func-name", "custom-lib-path",
    "engine-create-func-name", "cluster-mode", "maintain-aspect-ratio", "symmetric-padding", "scaling-filter",
    "scaling-compute-hw", "force-implicit-batch-dim", "infer-dims", "input-dims", "uff-input-dims",
    "uff-input-blob-name", "uff-input-order", "network-input-order", "workspace-size", "enable-dla",
    "use-dla-core", "is-classifier", "classifier-async-mode", "classifier-threshold", "classifier-type",
    "secondary-reinfer-interval", "segmentation-output-order", "output-io-formats",
    "layer-device-precision", "crop-objects-to-roi-boundary", "enable-dbscan", "disable-output-host-copy",
    "custom-network-config", "tensor-meta-pool-size", "dump-input-tensor", "dump-output-tensor",
    "overwrite-input-tensor", "model-engine-cache", "clip-object-outside-roi",
    NULL,
};

/* [class-attrs-*] keys nvinfer knows that the stand-in does not use. */
static const char *const ignored_class_keys[] = {
    "post-cluster-threshold", "eps", "group-threshold", "minBoxes", "dbscan-min-score", "nms-iou-threshold",
    NULL,
};

static gboolean in_list(const char *const *list, const gchar *key)
{
    for (; *list; list++)
        if (strcmp(*list, key) == 0)
            return TRUE;
    return FALSE;
}

void gods_standin_infer_config_init(GodsStandinInferConfig *c)
{
    memset(c, 0, sizeof(*c));
    c->unique_id = 15;
    c->process_mode = 1;
    c->network_type = 0;
    c->num_classes = 4;
    c->operate_on_gie_id = -1;
    c->operate_on_class_ids = g_array_new(FALSE, FALSE, sizeof(gint));
    c->filter_out_class_ids = g_array_new(FALSE, FALSE, sizeof(gint));
    c->batch_size = 1;
    c->classifier_threshold = 0.5;
    for (int i = 0; i < GODS_STANDIN_MAX_CLASSES; i++) {
        c->attrs[i].threshold = 0.2;
        c->attrs[i].border[0] = 1.0; /* red */
        c->attrs[i].border[3] = 1.0;
    }
}

void gods_standin_infer_config_clear(GodsStandinInferConfig *c)
{
    g_free(c->path);
    g_strfreev(c->labels);
    g_free(c->model_engine_file);
    if (c->operate_on_class_ids)
        g_array_free(c->operate_on_class_ids, TRUE);
    if (c->filter_out_class_ids)
        g_array_free(c->filter_out_class_ids, TRUE);
    memset(c, 0, sizeof(*c));
}

/* Typed reads. Every read names the range nvinfer documents for its key,
 * so every key is checked the same way: a value of the wrong type, NaN or
 * an infinity, or a value outside the range is an error naming the group,
 * the key and the value, never a value the element then misreads. Absent
 * keys leave *out alone. */
#define ANY_INT G_MININT, G_MAXINT
#define NON_NEGATIVE 0, G_MAXINT

static gboolean get_int(GKeyFile *kf, const gchar *group, const gchar *key, gint *out, gint min, gint max,
                        gchar **error)
{
    if (!g_key_file_has_key(kf, group, key, NULL))
        return TRUE;
    GError *err = NULL;
    gint v = g_key_file_get_integer(kf, group, key, &err);
    if (err) {
        gchar *raw = g_key_file_get_value(kf, group, key, NULL);
        *error = g_strdup_printf("[%s] %s: \"%s\" is not an integer", group, key, raw ? raw : "");
        g_free(raw);
        g_error_free(err);
        return FALSE;
    }
    if (v < min || v > max) {
        if (max == G_MAXINT)
            *error = g_strdup_printf("[%s] %s: %d is not allowed (must be >= %d)", group, key, v, min);
        else
            *error = g_strdup_printf("[%s] %s: %d is outside %d..%d", group, key, v, min, max);
        return FALSE;
    }
    *out = v;
    return TRUE;
}

/* A finite number >= min (thresholds: nvinfer's "Float, >=0"). */
static gboolean get_double(GKeyFile *kf, const gchar *group, const gchar *key, gdouble *out, gdouble min,
                           gchar **error)
{
    if (!g_key_file_has_key(kf, group, key, NULL))
        return TRUE;
    GError *err = NULL;
    gdouble v = g_key_file_get_double(kf, group, key, &err);
    gchar *raw = g_key_file_get_value(kf, group, key, NULL);
    gboolean ok = FALSE;
    if (err)
        *error = g_strdup_printf("[%s] %s: \"%s\" is not a number", group, key, raw ? raw : "");
    else if (!isfinite(v))
        *error = g_strdup_printf("[%s] %s: \"%s\" is not a finite number", group, key, raw ? raw : "");
    else if (v < min)
        *error = g_strdup_printf("[%s] %s: %s is not allowed (must be >= %g)", group, key, raw ? raw : "", min);
    else
        ok = TRUE;
    g_clear_error(&err);
    g_free(raw);
    if (ok)
        *out = v;
    return ok;
}

/* A ';'-separated list of integers, each in min..max. */
static gboolean get_int_list(GKeyFile *kf, const gchar *group, const gchar *key, GArray *out, gint min, gint max,
                             gchar **error)
{
    if (!g_key_file_has_key(kf, group, key, NULL))
        return TRUE;
    gchar *raw = g_key_file_get_value(kf, group, key, NULL);
    gchar **parts = g_strsplit(raw ? raw : "", ";", -1);
    g_array_set_size(out, 0);
    gboolean ok = TRUE;
    for (gchar **p = parts; *p; p++) {
        gchar *s = g_strstrip(*p), *end = NULL;
        if (!*s)
            continue;
        gint64 v = g_ascii_strtoll(s, &end, 10);
        if (*end || v < G_MININT || v > G_MAXINT) {
            *error = g_strdup_printf("[%s] %s: \"%s\" is not a ';'-separated list of integers", group, key, raw);
            ok = FALSE;
            break;
        }
        if (v < min || v > max) {
            *error = g_strdup_printf("[%s] %s: %" G_GINT64_FORMAT " is not allowed (must be in %d..%d)", group, key,
                                     v, min, max);
            ok = FALSE;
            break;
        }
        gint iv = (gint)v;
        g_array_append_val(out, iv);
    }
    g_strfreev(parts);
    g_free(raw);
    return ok;
}

static gboolean get_color(GKeyFile *kf, const gchar *group, const gchar *key, gboolean *has, gdouble rgba[4],
                          gchar **error)
{
    if (!g_key_file_has_key(kf, group, key, NULL))
        return TRUE;
    gsize n = 0;
    GError *err = NULL;
    gdouble *v = g_key_file_get_double_list(kf, group, key, &n, &err);
    if (err || n != 4) {
        *error = g_strdup_printf("[%s] %s: want four numbers r;g;b;a", group, key);
        g_clear_error(&err);
        g_free(v);
        return FALSE;
    }
    for (int i = 0; i < 4; i++) {
        if (!isfinite(v[i]) || v[i] < 0 || v[i] > 1) {
            *error = g_strdup_printf("[%s] %s: component %d (%g) is outside 0..1", group, key, i + 1, v[i]);
            g_free(v);
            return FALSE;
        }
    }
    memcpy(rgba, v, 4 * sizeof(gdouble));
    *has = TRUE;
    g_free(v);
    return TRUE;
}

/* Resolves path relative to the config file's folder, as nvinfer does. */
static gchar *relative_to(const gchar *config, const gchar *path)
{
    if (g_path_is_absolute(path))
        return g_strdup(path);
    gchar *dir = g_path_get_dirname(config);
    gchar *out = g_build_filename(dir, path, NULL);
    g_free(dir);
    return out;
}

/* Detector labels: one per line; a line holding ';' is split there too
 * (the classifier layout). Empty lines are skipped. */
static gboolean load_labels(GodsStandinInferConfig *c, const gchar *path, gchar **error)
{
    gchar *text = NULL;
    GError *err = NULL;
    if (!g_file_get_contents(path, &text, NULL, &err)) {
        *error = g_strdup_printf("labelfile-path: %s", err->message);
        g_error_free(err);
        return FALSE;
    }
    GPtrArray *labels = g_ptr_array_new();
    gchar **lines = g_strsplit(text, "\n", -1);
    for (gchar **l = lines; *l; l++) {
        gchar **parts = g_strsplit(*l, ";", -1);
        for (gchar **p = parts; *p; p++) {
            gchar *s = g_strstrip(*p);
            if (*s)
                g_ptr_array_add(labels, g_strdup(s));
        }
        g_strfreev(parts);
    }
    g_strfreev(lines);
    g_free(text);
    g_ptr_array_add(labels, NULL);
    g_strfreev(c->labels);
    c->labels = (gchar **)g_ptr_array_free(labels, FALSE);
    return TRUE;
}

/* network-type, or the legacy is-classifier=1 when network-type is
 * absent; output-tensor-meta, output-instance-mask,
 * segmentation-threshold and input-tensor-from-meta. */
static gboolean get_network(GodsStandinInferConfig *c, GKeyFile *kf, const gchar *g, gchar **error)
{
    if (!g_key_file_has_key(kf, g, "network-type", NULL) && g_key_file_has_key(kf, g, "is-classifier", NULL)) {
        gint v = 0;
        if (!get_int(kf, g, "is-classifier", &v, ANY_INT, error))
            return FALSE;
        if (v)
            c->network_type = GODS_STANDIN_NET_CLASSIFIER;
    }
    if (g_key_file_has_key(kf, g, "output-tensor-meta", NULL)) {
        gint v = 0;
        if (!get_int(kf, g, "output-tensor-meta", &v, ANY_INT, error))
            return FALSE;
        c->output_tensor_meta = v != 0;
    }
    if (g_key_file_has_key(kf, g, "output-instance-mask", NULL)) {
        gint v = 0;
        if (!get_int(kf, g, "output-instance-mask", &v, ANY_INT, error))
            return FALSE;
        c->output_instance_mask = v != 0;
    }
    if (g_key_file_has_key(kf, g, "input-tensor-from-meta", NULL)) {
        gint v = 0;
        if (!get_int(kf, g, "input-tensor-from-meta", &v, ANY_INT, error))
            return FALSE;
        c->input_tensor_from_meta = v != 0;
    }
    return get_double(kf, g, "segmentation-threshold", &c->segmentation_threshold, 0, error);
}

/* The network's input size: infer-dims (c;h;w), or the older input-dims /
 * uff-input-dims (c;h;w;order). */
static gboolean get_dims(GodsStandinInferConfig *c, GKeyFile *kf, const gchar *g, gchar **error)
{
    static const char *const keys[] = {"infer-dims", "input-dims", "uff-input-dims"};
    for (guint k = 0; k < G_N_ELEMENTS(keys); k++) {
        if (!g_key_file_has_key(kf, g, keys[k], NULL))
            continue;
        GArray *v = g_array_new(FALSE, FALSE, sizeof(gint));
        gboolean ok = get_int_list(kf, g, keys[k], v, ANY_INT, error);
        if (ok && (v->len < 3 || v->len > 4 || g_array_index(v, gint, 0) < 1 || g_array_index(v, gint, 1) < 1 ||
                   g_array_index(v, gint, 2) < 1 || g_array_index(v, gint, 1) > 8192 ||
                   g_array_index(v, gint, 2) > 8192)) {
            *error = g_strdup_printf("[property] %s: want c;h;w, each at least 1 (h and w at most 8192)", keys[k]);
            ok = FALSE;
        }
        if (ok) {
            c->net_c = g_array_index(v, gint, 0);
            c->net_h = g_array_index(v, gint, 1);
            c->net_w = g_array_index(v, gint, 2);
        }
        g_array_free(v, TRUE);
        return ok;
    }
    return TRUE;
}

static gboolean load_property(GodsStandinInferConfig *c, GKeyFile *kf, GstObject *obj, gchar **error)
{
    const gchar *g = "property";
    gint v;
    gchar **keys = g_key_file_get_keys(kf, g, NULL, NULL);
    for (gchar **k = keys; k && *k; k++) {
        static const char *const honoured[] = {
            "gie-unique-id", "process-mode", "network-type", "num-detected-classes", "labelfile-path",
            "operate-on-gie-id", "operate-on-class-ids", "interval", "batch-size", "filter-out-class-ids",
            "model-engine-file", "input-object-min-width", "input-object-min-height", "input-object-max-width",
            "input-object-max-height", "is-classifier", "classifier-threshold", "classifier-type", "infer-dims",
            "input-dims", "uff-input-dims", "output-tensor-meta", "output-instance-mask", "segmentation-threshold",
            "input-tensor-from-meta", NULL,
        };
        if (!in_list(honoured, *k) && !in_list(ignored_property_keys, *k))
            GST_WARNING_OBJECT(obj, "Unknown or legacy key specified '%s' for group [%s] in %s", *k, g, c->path);
    }
    g_strfreev(keys);

    /* process-mode, network-type and num-detected-classes are checked
     * below, with messages that say what the stand-in runs. */
    if (!get_int(kf, g, "gie-unique-id", &c->unique_id, 1, G_MAXINT, error) ||
        !get_int(kf, g, "process-mode", &c->process_mode, ANY_INT, error) ||
        !get_int(kf, g, "network-type", &c->network_type, ANY_INT, error) ||
        !get_int(kf, g, "num-detected-classes", &c->num_classes, ANY_INT, error) ||
        !get_int(kf, g, "operate-on-gie-id", &c->operate_on_gie_id, -1, G_MAXINT, error) ||
        !get_int_list(kf, g, "operate-on-class-ids", c->operate_on_class_ids, NON_NEGATIVE, error) ||
        !get_int_list(kf, g, "filter-out-class-ids", c->filter_out_class_ids, NON_NEGATIVE, error) ||
        !get_int(kf, g, "input-object-min-width", &c->input_object_min_w, NON_NEGATIVE, error) ||
        !get_int(kf, g, "input-object-min-height", &c->input_object_min_h, NON_NEGATIVE, error) ||
        !get_int(kf, g, "input-object-max-width", &c->input_object_max_w, NON_NEGATIVE, error) ||
        !get_int(kf, g, "input-object-max-height", &c->input_object_max_h, NON_NEGATIVE, error))
        return FALSE;
    v = (gint)c->interval;
    if (!get_int(kf, g, "interval", &v, NON_NEGATIVE, error))
        return FALSE;
    c->interval = (guint)v;
    v = (gint)c->batch_size;
    if (!get_int(kf, g, "batch-size", &v, 1, G_MAXINT, error))
        return FALSE;
    c->batch_size = (guint)v;
    if (!get_network(c, kf, g, error) ||
        !get_double(kf, g, "classifier-threshold", &c->classifier_threshold, 0, error) || !get_dims(c, kf, g, error))
        return FALSE;
    if (g_key_file_has_key(kf, g, "classifier-type", NULL)) {
        gchar *t = g_key_file_get_string(kf, g, "classifier-type", NULL);
        c->classifier_type = t ? g_intern_string(g_strstrip(t)) : NULL;
        g_free(t);
    }
    if (c->process_mode != 1 && c->process_mode != 2) {
        *error = g_strdup_printf("[property] process-mode: %d is neither 1 (primary) nor 2 (secondary)", c->process_mode);
        return FALSE;
    }
    if (c->network_type != GODS_STANDIN_NET_DETECTOR && c->network_type != GODS_STANDIN_NET_CLASSIFIER &&
        c->network_type != GODS_STANDIN_NET_SEGMENTATION && c->network_type != GODS_STANDIN_NET_INSTANCE_SEGMENTATION &&
        c->network_type != GODS_STANDIN_NET_OTHER) {
        *error = g_strdup_printf("[property] network-type: %d is not supported by the CPU stand-in (0 detector, "
                                 "1 classifier, 2 segmentation, 3 instance segmentation and 100 other are)",
                                 c->network_type);
        return FALSE;
    }
    if (c->network_type == GODS_STANDIN_NET_CLASSIFIER && c->process_mode != 2) {
        *error = g_strdup("[property] network-type 1 (classifier): the CPU stand-in classifies objects only "
                          "(process-mode=2)");
        return FALSE;
    }
    if (c->network_type == GODS_STANDIN_NET_SEGMENTATION && c->process_mode != 1) {
        *error = g_strdup("[property] network-type 2 (segmentation): the CPU stand-in segments full frames only "
                          "(process-mode=1)");
        return FALSE;
    }
    if (c->num_classes < 1 || c->num_classes > GODS_STANDIN_MAX_CLASSES) {
        *error = g_strdup_printf("[property] num-detected-classes: %d is outside 1..%d", c->num_classes,
                                 GODS_STANDIN_MAX_CLASSES);
        return FALSE;
    }
    if (g_key_file_has_key(kf, g, "model-engine-file", NULL)) {
        g_free(c->model_engine_file);
        c->model_engine_file = g_key_file_get_string(kf, g, "model-engine-file", NULL);
    }
    if (g_key_file_has_key(kf, g, "labelfile-path", NULL)) {
        gchar *raw = g_key_file_get_string(kf, g, "labelfile-path", NULL);
        gchar *path = relative_to(c->path, raw ? raw : "");
        gboolean ok = load_labels(c, path, error);
        g_free(path);
        g_free(raw);
        if (!ok)
            return FALSE;
    }
    return TRUE;
}

static gboolean load_class_attrs(GodsStandinInferConfig *c, GKeyFile *kf, const gchar *group, GodsStandinClassAttrs *a,
                                 GstObject *obj, gchar **error)
{
    static const char *const honoured[] = {
        "pre-cluster-threshold", "threshold", "topk", "detected-min-w", "detected-min-h", "detected-max-w",
        "detected-max-h", "border-color", "bg-color", "roi-top-offset", "roi-bottom-offset", NULL,
    };
    gchar **keys = g_key_file_get_keys(kf, group, NULL, NULL);
    for (gchar **k = keys; k && *k; k++)
        if (!in_list(honoured, *k) && !in_list(ignored_class_keys, *k))
            GST_WARNING_OBJECT(obj, "Unknown or legacy key specified '%s' for group [%s] in %s", *k, group, c->path);
    g_strfreev(keys);
    return get_double(kf, group, "threshold", &a->threshold, 0, error) &&
           get_double(kf, group, "pre-cluster-threshold", &a->threshold, 0, error) &&
           get_int(kf, group, "topk", &a->topk, NON_NEGATIVE, error) &&
           get_int(kf, group, "detected-min-w", &a->min_w, NON_NEGATIVE, error) &&
           get_int(kf, group, "detected-min-h", &a->min_h, NON_NEGATIVE, error) &&
           get_int(kf, group, "detected-max-w", &a->max_w, NON_NEGATIVE, error) &&
           get_int(kf, group, "detected-max-h", &a->max_h, NON_NEGATIVE, error) &&
           get_int(kf, group, "roi-top-offset", &a->roi_top, NON_NEGATIVE, error) &&
           get_int(kf, group, "roi-bottom-offset", &a->roi_bottom, NON_NEGATIVE, error) &&
           get_color(kf, group, "border-color", &a->has_border, a->border, error) &&
           get_color(kf, group, "bg-color", &a->has_bg, a->bg, error);
}

gboolean gods_standin_infer_config_load(GodsStandinInferConfig *c, const gchar *path, GstObject *obj, gchar **error)
{
    *error = NULL;
    g_free(c->path);
    c->path = g_strdup(path);
    GKeyFile *kf = g_key_file_new();
    g_key_file_set_list_separator(kf, ';');
    GError *err = NULL;
    gboolean ok = FALSE;
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &err)) {
        *error = g_strdup(err->message);
        g_error_free(err);
        goto out;
    }
    if (!g_key_file_has_group(kf, "property")) {
        *error = g_strdup("no [property] group");
        goto out;
    }
    if (!load_property(c, kf, obj, error))
        goto out;
    /* [class-attrs-all] first, then the per-class groups override it. */
    if (g_key_file_has_group(kf, "class-attrs-all")) {
        GodsStandinClassAttrs all = c->attrs[0];
        if (!load_class_attrs(c, kf, "class-attrs-all", &all, obj, error))
            goto out;
        for (int i = 0; i < GODS_STANDIN_MAX_CLASSES; i++)
            c->attrs[i] = all;
    }
    gchar **groups = g_key_file_get_groups(kf, NULL);
    for (gchar **gp = groups; *gp; gp++) {
        if (strcmp(*gp, "property") == 0 || strcmp(*gp, "class-attrs-all") == 0)
            continue;
        if (!g_str_has_prefix(*gp, "class-attrs-")) {
            GST_WARNING_OBJECT(obj, "Unknown group [%s] in %s", *gp, path);
            continue;
        }
        gchar *end = NULL;
        gint64 id = g_ascii_strtoll(*gp + strlen("class-attrs-"), &end, 10);
        if (*end || end == *gp + strlen("class-attrs-") || id < 0 || id >= GODS_STANDIN_MAX_CLASSES) {
            *error = g_strdup_printf("[%s]: not a class id in 0..%d", *gp, GODS_STANDIN_MAX_CLASSES - 1);
            g_strfreev(groups);
            goto out;
        }
        if (!load_class_attrs(c, kf, *gp, &c->attrs[id], obj, error)) {
            g_strfreev(groups);
            goto out;
        }
    }
    g_strfreev(groups);
    ok = TRUE;
out:
    g_key_file_free(kf);
    return ok;
}
