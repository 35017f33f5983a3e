/* standin_infer_config.go.h: nvinfer's config file (infer_config.c), the
 * nvinfer key-file format: a [property] group, optional [class-attrs-all]
 * and [class-attrs-<class id>] groups. */
#ifndef GO_DEEPSTREAM_STANDIN_INFER_CONFIG_GO_H
#define GO_DEEPSTREAM_STANDIN_INFER_CONFIG_GO_H

#include <gst/gst.h>

G_BEGIN_DECLS

#define GODS_STANDIN_MAX_CLASSES 64

typedef struct {
    gdouble threshold; /* pre-cluster-threshold (or threshold) */
    gint min_w, min_h, max_w, max_h; /* detected-min/max-w/h; 0: no limit */
    gint topk;         /* at most this many per frame; <= 0: all */
    gint roi_top, roi_bottom; /* roi-top/bottom-offset: objects must lie between */
    gboolean has_border;
    gdouble border[4]; /* border-color r;g;b;a */
    gboolean has_bg;
    gdouble bg[4];     /* bg-color r;g;b;a */
} GodsStandinClassAttrs;

typedef struct {
    gchar *path;       /* the file, as given */
    gint unique_id;    /* gie-unique-id */
    gint process_mode; /* 1 primary, 2 secondary */
    gint network_type; /* 0 detector */
    gint num_classes;  /* num-detected-classes */
    gchar **labels;    /* from labelfile-path; NULL-terminated, may be NULL */
    gint operate_on_gie_id;
    GArray *operate_on_class_ids; /* gint */
    GArray *filter_out_class_ids; /* gint */
    guint interval;
    guint batch_size;
    gchar *model_engine_file;
    gint input_object_min_w, input_object_min_h, input_object_max_w, input_object_max_h;
    GodsStandinClassAttrs attrs[GODS_STANDIN_MAX_CLASSES];
    /* classifier (network-type 1) */
    gdouble classifier_threshold; /* classifier-threshold */
    const gchar *classifier_type; /* classifier-type, interned; NULL when absent */
    /* network input: infer-dims (c;h;w); 0: the network type's default */
    gint net_c, net_h, net_w;
    gboolean output_tensor_meta; /* output-tensor-meta */
    /* instance segmentation (network-type 3, infer_mask.c) */
    gboolean output_instance_mask; /* output-instance-mask */
    gdouble segmentation_threshold; /* segmentation-threshold: the masks' threshold */
    gboolean input_tensor_from_meta; /* input-tensor-from-meta (infer_roi.c) */
} GodsStandinInferConfig;

/* Network types nvinfer knows; the stand-in runs them all. */
#define GODS_STANDIN_NET_DETECTOR 0
#define GODS_STANDIN_NET_CLASSIFIER 1
#define GODS_STANDIN_NET_SEGMENTATION 2
#define GODS_STANDIN_NET_INSTANCE_SEGMENTATION 3
#define GODS_STANDIN_NET_OTHER 100

/* Defaults: what nvinfer assumes when a key is absent. */
void gods_standin_infer_config_init(GodsStandinInferConfig *c);
void gods_standin_infer_config_clear(GodsStandinInferConfig *c);
/* Parses path into c (after init); FALSE with *error set (g_free it) when
 * the file is missing, not a key file, lacks [property], or a known key has
 * a value of the wrong type. Unknown keys are logged as warnings on obj. */
gboolean gods_standin_infer_config_load(GodsStandinInferConfig *c, const gchar *path, GstObject *obj, gchar **error);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_INFER_CONFIG_GO_H */
