/* standin_preprocess_config.go.h: nvdspreprocess's config file
 * (preprocess_config.c): a GLib key file with a [property] group, an
 * optional [user-configs] group and one [group-<n>] per group of sources. */
#ifndef GO_DEEPSTREAM_STANDIN_PREPROCESS_CONFIG_GO_H
#define GO_DEEPSTREAM_STANDIN_PREPROCESS_CONFIG_GO_H

#include <gst/gst.h>

#include "standin_image.go.h"

G_BEGIN_DECLS

/* network-input-order */
#define GODS_STANDIN_ORDER_NCHW 0
#define GODS_STANDIN_ORDER_NHWC 1

/* network-color-format */
#define GODS_STANDIN_PP_RGB 0
#define GODS_STANDIN_PP_BGR 1
#define GODS_STANDIN_PP_GRAY 2

/* tensor-data-type, the config file's numbering (not NvDsDataType's). */
#define GODS_STANDIN_PP_FP32 0
#define GODS_STANDIN_PP_UINT8 1
#define GODS_STANDIN_PP_INT8 2
#define GODS_STANDIN_PP_UINT32 3
#define GODS_STANDIN_PP_INT32 4
#define GODS_STANDIN_PP_FP16 5

/* One [group-<n>]. */
typedef struct {
    gchar *name;           /* the group's name, for messages */
    GArray *src_ids;       /* guint source ids; empty: every source (src-ids=-1) */
    gboolean process_on_roi;
    GHashTable *rois;      /* source id (GUINT_TO_POINTER) -> GArray of GodsStandinRect */
    GArray *class_ids;     /* operate-on-class-ids (objects mode), gint; empty: all */
    gint min_w, min_h, max_w, max_h; /* input-object-min/max-width/height (objects mode); 0: none */
} GodsStandinPreprocessGroup;

typedef struct {
    gchar *path;
    gboolean enable;
    gboolean has_unique_id, has_target_ids, has_gie_id, has_gpu_id, has_process_on_frame;
    guint unique_id;
    GArray *target_ids;    /* guint64 */
    gint operate_on_gie_id;
    guint gpu_id;
    gboolean process_on_frame;
    gint order;            /* network-input-order */
    gint shape[4];         /* network-input-shape */
    gint proc_w, proc_h;   /* processing-width/height */
    gint color;            /* network-color-format */
    gint data_type;        /* tensor-data-type */
    gchar *tensor_name;
    gboolean maintain_aspect, symmetric_padding;
    gdouble factor;        /* [user-configs] pixel-normalization-factor */
    gdouble offsets[3];    /* [user-configs] offsets, per channel */
    GPtrArray *groups;     /* GodsStandinPreprocessGroup *, in file order */
} GodsStandinPreprocessConfig;

void gods_standin_preprocess_config_init(GodsStandinPreprocessConfig *c);
void gods_standin_preprocess_config_clear(GodsStandinPreprocessConfig *c);
/* Parses path into c (after init); FALSE with *error set (g_free it) when
 * the file is missing or malformed, a required key is absent or a value is
 * out of range. Unknown keys are logged as warnings on obj. */
gboolean gods_standin_preprocess_config_load(GodsStandinPreprocessConfig *c, const gchar *path, GstObject *obj,
                                             gchar **error);
/* The group that processes source_id, NULL when none. */
const GodsStandinPreprocessGroup *gods_standin_preprocess_group_for(const GodsStandinPreprocessConfig *c,
                                                                    guint source_id);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_PREPROCESS_CONFIG_GO_H */
