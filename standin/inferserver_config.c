//go:build !deepstream

/* inferserver_config.c: nvinferserver's config file. The schema below is
 * the part of nvdsinferserver_config.proto (PluginControl) that DeepStream's
 * sample configs use; a field outside it is an error, as with protobuf's own
 * text parser. */
#include <string.h>

#include "standin_inferserver.go.h"
#include "standin_pbtext.go.h"

#define F(n, t) {n, GODS_STANDIN_PBT_##t, FALSE, NULL, NULL}
#define R(n, t) {n, GODS_STANDIN_PBT_##t, TRUE, NULL, NULL}
#define E(n, v) {n, GODS_STANDIN_PBT_ENUM, FALSE, NULL, v}
#define M(n, m) {n, GODS_STANDIN_PBT_MESSAGE, FALSE, &m, NULL}
#define RM(n, m) {n, GODS_STANDIN_PBT_MESSAGE, TRUE, &m, NULL}
#define END {NULL, 0, FALSE, NULL, NULL}
#define MSG(var, name, ...)                                                                                            \
    static const GodsStandinPbFieldType var##_fields[] = {__VA_ARGS__, END};                                          \
    static const GodsStandinPbMessageType var = {name, var##_fields, NULL}
#define MSG1(var, name, oneof, ...)                                                                                    \
    static const GodsStandinPbFieldType var##_fields[] = {__VA_ARGS__, END};                                          \
    static const GodsStandinPbMessageType var = {name, var##_fields, oneof}

static const gchar *const data_types[] = {"TENSOR_DT_NONE",  "TENSOR_DT_FP32",  "TENSOR_DT_FP16",   "TENSOR_DT_INT8",
                                          "TENSOR_DT_INT16", "TENSOR_DT_INT32", "TENSOR_DT_UINT8",  "TENSOR_DT_UINT16",
                                          "TENSOR_DT_UINT32", "TENSOR_DT_FP64", "TENSOR_DT_INT64",  "TENSOR_DT_UINT64",
                                          "TENSOR_DT_STRING", NULL};
static const gchar *const memory_types[] = {"MEMORY_TYPE_DEFAULT", "MEMORY_TYPE_CPU", "MEMORY_TYPE_GPU", NULL};
static const gchar *const media_formats[] = {"MEDIA_FORMAT_NONE", "IMAGE_FORMAT_RGB", "IMAGE_FORMAT_BGR",
                                             "IMAGE_FORMAT_GRAY", NULL};
static const gchar *const tensor_orders[] = {"TENSOR_ORDER_NONE", "TENSOR_ORDER_LINEAR", "TENSOR_ORDER_NHWC", NULL};
static const gchar *const scaling_hw[] = {"FRAME_SCALING_HW_DEFAULT", "FRAME_SCALING_HW_GPU",
                                          "FRAME_SCALING_HW_VIC", NULL};
static const gchar *const process_modes[] = {"PROCESS_MODE_DEFAULT", "PROCESS_MODE_FULL_FRAME",
                                             "PROCESS_MODE_CLIP_OBJECTS", NULL};

/* backend */
MSG(input_layer, "InputLayer", F("name", STRING), R("dims", INT), E("data_type", data_types));
MSG(output_layer, "OutputLayer", F("name", STRING), F("max_buffer_bytes", UINT));
MSG(grpc, "TritonGrpcParams", F("url", STRING), F("enable_cuda_buffer_sharing", BOOL));
MSG(device_memory, "CudaDeviceMem", F("device", UINT), F("memory_pool_byte_size", UINT));
MSG(cuda_memory, "CudaDeviceMemory", RM("memories", device_memory));
MSG(backend_config, "BackendConfig", F("backend", STRING), F("setting", STRING), F("value", STRING));
MSG(model_repo, "TritonModelRepo", R("root", STRING), F("log_level", UINT), F("strict_model_config", BOOL),
    F("tf_gpu_memory_fraction", FLOAT), F("tf_disable_soft_placement", BOOL), F("min_compute_capacity", FLOAT),
    F("pinned_memory_pool_byte_size", UINT), M("cuda_device_memory", cuda_memory), F("backend_dir", STRING),
    RM("backend_configs", backend_config), F("model_control_mode", STRING));
static const gchar *const repo_or_grpc[] = {"model_repo", "grpc", NULL};
static const gchar *const *const triton_oneofs[] = {repo_or_grpc, NULL};
MSG1(triton, "TritonParams", triton_oneofs, F("model_name", STRING), F("version", INT), M("model_repo", model_repo),
     M("grpc", grpc));
static const gchar *const server_kinds[] = {"trt_is", "triton", NULL};
static const gchar *const *const backend_oneofs[] = {server_kinds, NULL};
MSG1(backend, "BackendParams", backend_oneofs, RM("inputs", input_layer), RM("outputs", output_layer),
     M("trt_is", triton), M("triton", triton), E("output_mem_type", memory_types), F("disable_warmup", BOOL));

/* preprocess */
MSG(normalize, "PreProcessParams.ScaleNormalize", F("scale_factor", FLOAT), R("channel_offsets", FLOAT),
    F("mean_file", STRING));
MSG(preprocess, "PreProcessParams", E("network_format", media_formats), E("tensor_order", tensor_orders),
    F("tensor_name", STRING), E("frame_scaling_hw", scaling_hw), F("frame_scaling_filter", UINT),
    F("maintain_aspect_ratio", UINT), F("symmetric_padding", UINT), M("normalize", normalize));

/* postprocess */
MSG(nms, "DetectionParams.Nms", F("confidence_threshold", FLOAT), F("iou_threshold", FLOAT), F("topk", INT));
MSG(simple_cluster, "DetectionParams.SimpleCluster", F("threshold", FLOAT));
MSG(dbscan, "DetectionParams.DbScan", F("pre_threshold", FLOAT), F("eps", FLOAT), F("min_boxes", UINT),
    F("min_score", FLOAT));
MSG(group_rect, "DetectionParams.GroupRectangle", F("confidence_threshold", FLOAT), F("group_threshold", UINT),
    F("eps", FLOAT));
MSG(per_class, "DetectionParams.PerClassParams", F("pre_threshold", FLOAT));
MSG(per_class_entry, "DetectionParams.PerClassParamsEntry", F("key", INT), M("value", per_class));
static const gchar *const clusterings[] = {"nms", "dbscan", "group_rectangle", "simple_cluster", NULL};
static const gchar *const *const detection_oneofs[] = {clusterings, NULL};
MSG1(detection, "DetectionParams", detection_oneofs, F("num_detected_classes", INT),
     RM("per_class_params", per_class_entry), F("custom_parse_bbox_func", STRING), M("nms", nms),
     M("dbscan", dbscan), M("group_rectangle", group_rect), M("simple_cluster", simple_cluster));
MSG(classification, "ClassificationParams", F("threshold", FLOAT), F("custom_parse_classifier_func", STRING));
MSG(segmentation, "SegmentationParams", F("threshold", FLOAT), F("num_segmentation_classes", INT),
    F("custom_parse_segmentation_func", STRING));
MSG(other, "OtherNetworkParams", F("type_name", STRING));
MSG(triton_classification, "TritonClassifyParams", F("topk", UINT), F("threshold", FLOAT),
    F("tensor_name", STRING));
static const gchar *const networks[] = {"detection", "classification", "segmentation", "other",
                                        "trtis_classification", "triton_classification", NULL};
static const gchar *const *const postprocess_oneofs[] = {networks, NULL};
MSG1(postprocess, "PostProcessParams", postprocess_oneofs, F("labelfile_path", STRING), M("detection", detection),
     M("classification", classification), M("segmentation", segmentation), M("other", other),
     M("trtis_classification", triton_classification), M("triton_classification", triton_classification));

/* infer_config */
MSG(extra, "ExtraControl", F("copy_input_to_host_buffers", BOOL), F("output_buffer_pool_size", INT),
    F("custom_process_funcion", STRING));
MSG(custom_lib, "CustomLib", F("path", STRING));
MSG(tensor_from_meta, "InputTensorFromMeta", F("is_first_dim_batch", BOOL));
static const gchar *const inputs[] = {"preprocess", "input_tensor_from_meta", NULL};
static const gchar *const *const infer_oneofs[] = {inputs, NULL};
MSG1(infer_config, "InferenceConfig", infer_oneofs, F("unique_id", UINT), R("gpu_ids", INT),
     F("max_batch_size", UINT), M("backend", backend), M("preprocess", preprocess), M("postprocess", postprocess),
     M("extra", extra), M("custom_lib", custom_lib), M("input_tensor_from_meta", tensor_from_meta));

/* input_control, output_control */
MSG(bbox_filter, "BBoxFilter", F("min_width", UINT), F("min_height", UINT), F("max_width", UINT),
    F("max_height", UINT));
MSG(object_control, "InputObjectControl", M("bbox_filter", bbox_filter));
MSG(input_control, "PluginControl.InputControl", E("process_mode", process_modes), F("operate_on_gie_id", INT),
    R("operate_on_class_ids", INT), F("interval", UINT), F("async_mode", BOOL), M("object_control", object_control),
    F("secondary_reinfer_interval", UINT));
MSG(det_filter, "PluginControl.DetectClassFilter", M("bbox_filter", bbox_filter), F("roi_top_offset", UINT),
    F("roi_bottom_offset", UINT));
MSG(det_filter_entry, "PluginControl.SpecificClassFiltersEntry", F("key", INT), M("value", det_filter));
MSG(detect_control, "PluginControl.OutputDetectionControl", M("default_filter", det_filter),
    RM("specific_class_filters", det_filter_entry));
MSG(output_control, "PluginControl.OutputControl", F("output_tensor_meta", BOOL), M("detect_control", detect_control),
    F("classifier_type", STRING));
MSG(plugin_control, "PluginControl", M("infer_config", infer_config), M("input_control", input_control),
    M("output_control", output_control));

void gods_standin_inferserver_config_init(GodsStandinInferServerConfig *c)
{
    memset(c, 0, sizeof(*c));
    c->operate_on_gie_id = -1;
    c->max_batch_size = 1;
    c->threshold = 0.0;
}

void gods_standin_inferserver_config_clear(GodsStandinInferServerConfig *c)
{
    g_free(c->model_name);
    g_strfreev(c->labels);
    c->model_name = NULL;
    c->labels = NULL;
}

/* One label per line (a classifier's ';'-separated lines are not split:
 * the stand-in runs no classifier). */
static gboolean load_labels(GodsStandinInferServerConfig *c, const gchar *config_path, const gchar *path, gint line,
                            gchar **error)
{
    gchar *full = g_path_is_absolute(path) ? g_strdup(path) : NULL;
    if (!full) {
        gchar *dir = g_path_get_dirname(config_path);
        full = g_build_filename(dir, path, NULL);
        g_free(dir);
    }
    gchar *text = NULL;
    GError *err = NULL;
    if (!g_file_get_contents(full, &text, NULL, &err)) {
        *error = g_strdup_printf("line %d: infer_config.postprocess.labelfile_path: %s", line, err->message);
        g_error_free(err);
        g_free(full);
        return FALSE;
    }
    g_free(full);
    gchar **lines = g_strsplit(text, "\n", -1);
    g_free(text);
    guint n = g_strv_length(lines);
    if (n > 0 && lines[n - 1][0] == '\0') { /* the final newline ends the last label */
        g_free(lines[n - 1]);
        lines[n - 1] = NULL;
    }
    for (gchar **l = lines; *l; l++)
        g_strchomp(*l);
    g_strfreev(c->labels);
    c->labels = lines;
    return TRUE;
}

static const GodsStandinPbField *get(const GodsStandinPbField *m, const gchar *name)
{
    return gods_standin_pb_get(m, name);
}

gboolean gods_standin_inferserver_config_load(GodsStandinInferServerConfig *c, const gchar *path, gchar **error)
{
    gchar *text = NULL;
    gsize len = 0;
    GError *err = NULL;
    if (!g_file_get_contents(path, &text, &len, &err)) {
        *error = g_strdup(err->message);
        g_error_free(err);
        return FALSE;
    }
    GodsStandinPbField *root = gods_standin_pb_parse(text, (gssize)len, error);
    g_free(text);
    if (!root)
        return FALSE;
    gboolean ok = gods_standin_pb_check(root, &plugin_control, error);
    const GodsStandinPbField *ic = get(root, "infer_config"), *f;
    if (ok && !ic) {
        *error = g_strdup("infer_config is missing");
        ok = FALSE;
    }
    if (ok) {
        if ((f = get(ic, "unique_id")))
            c->unique_id = (guint)gods_standin_pb_int(f);
        if ((f = get(ic, "max_batch_size")))
            c->max_batch_size = (guint)gods_standin_pb_int(f);
        const GodsStandinPbField *be = get(ic, "backend");
        const GodsStandinPbField *server = get(be, "triton") ? get(be, "triton") : get(be, "trt_is");
        if ((f = get(server, "model_name")))
            c->model_name = g_strdup(f->value);
        if ((f = get(get(ic, "preprocess"), "maintain_aspect_ratio")))
            c->maintain_aspect_ratio = gods_standin_pb_int(f) != 0;
    }
    const GodsStandinPbField *pp = ok ? get(ic, "postprocess") : NULL;
    if (ok && (f = get(pp, "labelfile_path")))
        ok = load_labels(c, path, f->value, f->line, error);
    if (ok && pp) {
        const GodsStandinPbField *det = get(pp, "detection");
        if (get(pp, "other")) {
            c->postprocess = GODS_STANDIN_IS_POST_OTHER;
        } else if (det) {
            c->postprocess = GODS_STANDIN_IS_POST_DETECTION;
            if ((f = get(det, "num_detected_classes")))
                c->num_detected_classes = (gint)gods_standin_pb_int(f);
            const GodsStandinPbField *nms = get(det, "nms"), *sc = get(det, "simple_cluster");
            const GodsStandinPbField *t = nms ? get(nms, "confidence_threshold") : get(sc, "threshold");
            if (!t) /* the per-class threshold of the last entry, as a floor for all */
                t = get(get(get(det, "per_class_params"), "value"), "pre_threshold");
            if (t)
                c->threshold = gods_standin_pb_float(t);
            if ((f = get(nms, "topk")))
                c->topk = (gint)gods_standin_pb_int(f);
        } else {
            for (guint i = 0; i < pp->fields->len; i++) {
                const GodsStandinPbField *g = pp->fields->pdata[i];
                if (strcmp(g->name, "labelfile_path") != 0) {
                    *error = g_strdup_printf("line %d, column %d: infer_config.postprocess.%s: not supported by the "
                                             "stand-in (it runs detection and other networks)",
                                             g->line, g->column, g->name);
                    ok = FALSE;
                    break;
                }
            }
        }
    }
    const GodsStandinPbField *inc = ok ? get(root, "input_control") : NULL;
    if (inc) {
        if ((f = get(inc, "process_mode"))) {
            c->process_mode = gods_standin_pb_enum(f, process_modes);
            if (c->process_mode == GODS_STANDIN_IS_MODE_CLIP_OBJECTS) {
                *error = g_strdup_printf("line %d, column %d: input_control.process_mode: PROCESS_MODE_CLIP_OBJECTS "
                                         "is not supported by the stand-in (full frames only)",
                                         f->line, f->column);
                ok = FALSE;
            }
        }
        if ((f = get(inc, "operate_on_gie_id")))
            c->operate_on_gie_id = (gint)gods_standin_pb_int(f);
        if ((f = get(inc, "interval")))
            c->interval = (guint)gods_standin_pb_int(f);
    }
    if (ok && (f = get(get(root, "output_control"), "output_tensor_meta")))
        c->output_tensor_meta = gods_standin_pb_bool(f);
    gods_standin_pb_free(root);
    return ok;
}
