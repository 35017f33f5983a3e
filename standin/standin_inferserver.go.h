/* standin_inferserver.go.h: nvinferserver's config file
 * (inferserver_config.c): the protobuf text format of
 * nvdsinferserver_config.proto's PluginControl message (infer_config,
 * input_control, output_control), read with pbtext.c. */
#ifndef GO_DEEPSTREAM_STANDIN_INFERSERVER_GO_H
#define GO_DEEPSTREAM_STANDIN_INFERSERVER_GO_H

#include <gst/gst.h>

G_BEGIN_DECLS

/* postprocess's network kinds the stand-in runs. */
#define GODS_STANDIN_IS_POST_NONE 0      /* no postprocess block */
#define GODS_STANDIN_IS_POST_OTHER 1     /* other {}: raw tensors only */
#define GODS_STANDIN_IS_POST_DETECTION 2 /* detection {...}: object metas */

/* input_control.process_mode values. */
#define GODS_STANDIN_IS_MODE_DEFAULT 0
#define GODS_STANDIN_IS_MODE_FULL_FRAME 1
#define GODS_STANDIN_IS_MODE_CLIP_OBJECTS 2

typedef struct {
    guint unique_id;      /* infer_config.unique_id */
    guint max_batch_size; /* infer_config.max_batch_size */
    gchar *model_name;    /* infer_config.backend.{triton,trt_is}.model_name; NULL when absent */
    gboolean maintain_aspect_ratio; /* infer_config.preprocess.maintain_aspect_ratio */
    gchar **labels;       /* from infer_config.postprocess.labelfile_path; NULL-terminated, may be NULL */
    gint postprocess;     /* GODS_STANDIN_IS_POST_* */
    /* detection: num_detected_classes, the threshold of nms or
     * simple_cluster (or per_class_params' pre_threshold for all) and
     * nms.topk (0: all) */
    gint num_detected_classes;
    gdouble threshold;
    gint topk;
    gint process_mode;    /* input_control.process_mode */
    gint operate_on_gie_id; /* input_control.operate_on_gie_id, -1 any */
    guint interval;       /* input_control.interval */
    gboolean output_tensor_meta; /* output_control.output_tensor_meta */
} GodsStandinInferServerConfig;

void gods_standin_inferserver_config_init(GodsStandinInferServerConfig *c);
void gods_standin_inferserver_config_clear(GodsStandinInferServerConfig *c);
/* Parses and checks path into c (after init). FALSE with *error (g_free
 * it) when the file cannot be read, is not valid text format, has a field
 * nvinferserver's schema does not know or a value of the wrong type
 * ("line L, column C: ..."), or asks for what the stand-in cannot do
 * (classification or segmentation postprocess, clip-objects mode). */
gboolean gods_standin_inferserver_config_load(GodsStandinInferServerConfig *c, const gchar *path, gchar **error);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_INFERSERVER_GO_H */
