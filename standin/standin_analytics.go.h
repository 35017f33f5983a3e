/* standin_analytics.go.h: nvdsanalytics' rules (analytics_config.c reads
 * them from the config file; analytics.c applies them). Coordinates are in
 * the config's frame (config-width x config-height) until
 * gods_standin_analytics_scale maps them onto the pipeline's frame. */
#ifndef GO_DEEPSTREAM_STANDIN_ANALYTICS_GO_H
#define GO_DEEPSTREAM_STANDIN_ANALYTICS_GO_H

#include <glib.h>

#include "nvdsmeta.h"

G_BEGIN_DECLS

/* How closely a motion must follow a configured direction (mode=). */
typedef enum {
    GODS_ANALYTICS_MODE_LOOSE,    /* within 90 degrees */
    GODS_ANALYTICS_MODE_BALANCED, /* within 60 degrees */
    GODS_ANALYTICS_MODE_STRICT,   /* within 30 degrees */
} GodsAnalyticsMode;

/* Largest number of class ids one rule lists. */
#define GODS_ANALYTICS_MAX_CLASSES 16

typedef struct {
    gint n;                                   /* 0: every class (class-id=-1 or absent) */
    gint ids[GODS_ANALYTICS_MAX_CLASSES];
} GodsAnalyticsClasses;

/* One labelled shape: a polygon (roi-, overcrowding roi-), a direction
 * and line (line-crossing-: pts[0]->pts[1] the direction, pts[2]-pts[3]
 * the line), or a direction (direction-: pts[0]->pts[1]). */
typedef struct {
    gchar *label;
    guint npts;
    gdouble *x, *y;   /* as configured */
    gdouble *fx, *fy; /* on the frame (gods_standin_analytics_scale) */
} GodsAnalyticsShape;

/* One [<feature>-stream-N] group. */
typedef struct {
    gboolean enable;
    GodsAnalyticsClasses classes;
    GArray *shapes;      /* GodsAnalyticsShape */
    gboolean inverse;    /* roi-filtering: inverse-roi */
    guint threshold;     /* overcrowding: object-threshold */
    gboolean extended;   /* line-crossing: extended */
    GodsAnalyticsMode mode; /* line-crossing, direction-detection */
} GodsAnalyticsRule;

/* The rules of one stream (pad_index). */
typedef struct {
    GodsAnalyticsRule roi, oc, lc, dir;
} GodsAnalyticsStream;

typedef struct {
    gboolean enable;
    gint config_width, config_height; /* 0: the frame's size */
    guint osd_mode, font_size;
    GHashTable *streams; /* stream id -> GodsAnalyticsStream* */
} GodsAnalyticsConfig;

/* Reads the config file at path into a new config; NULL with *error (g_free
 * it) naming the file, group, key and value at fault. */
GodsAnalyticsConfig *gods_standin_analytics_config_read(const gchar *path, gchar **error);

/* A config with no rules: the element's state without a config file. */
GodsAnalyticsConfig *gods_standin_analytics_config_new(void);

void gods_standin_analytics_config_free(GodsAnalyticsConfig *cfg);

/* Maps every coordinate from config-width x config-height onto a frame of
 * width x height (fx, fy), when the caps are known. */
void gods_standin_analytics_scale(GodsAnalyticsConfig *cfg, gint width, gint height);

/* TRUE when class_id is one the rule operates on. */
gboolean gods_standin_analytics_class_ok(const GodsAnalyticsClasses *c, gint class_id);

/* Adds the display meta of osd-mode (1: shapes and labels, 2: with counts)
 * to the frame: the counts are per shape of the stream's ROI, overcrowding
 * and line-crossing rules (NULL: none). Nothing for osd-mode 0. */
void gods_standin_analytics_draw(NvDsBatchMeta *bm, NvDsFrameMeta *fm, const GodsAnalyticsConfig *cfg,
                                 const GodsAnalyticsStream *rules, const guint64 *roi_counts,
                                 const guint64 *oc_counts, const guint64 *lc_cum);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_ANALYTICS_GO_H */
