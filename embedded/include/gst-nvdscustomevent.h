/* gst-nvdscustomevent.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GST_NVDSCUSTOMEVENT_H
#define GO_DEEPSTREAM_EMBEDDED_GST_NVDSCUSTOMEVENT_H

#include "nvds_version.h"
#include <gst/gst.h>

#ifdef __cplusplus
extern "C" {
#endif

#if NVDS_VERSION_MAJOR < 8
typedef enum {
  GST_NVEVENT_ROI_UPDATE = 103942,
  GST_NVEVENT_INFER_INTERVAL_UPDATE = 104198,
  GST_NVEVENT_OSD_PROCESS_MODE_UPDATE = 104454,
} GstNvDsCustomEventType;
#elif NVDS_VERSION_MAJOR >= 8
typedef enum {
  GST_NVEVENT_ROI_UPDATE = 103942,
  GST_NVEVENT_INFER_INTERVAL_UPDATE = 104198,
  GST_NVEVENT_OSD_PROCESS_MODE_UPDATE = 104454,
  GST_NVEVENT_ANALYTICS_RELOAD_CONFIG_UPDATE = 104710,
  GST_NVEVENT_NVTRACKER_CONFIG_UPDATE = 104966,
} GstNvDsCustomEventType;
#endif

typedef struct RoiDimension RoiDimension;

struct RoiDimension {
  gchar roi_id[128];
  guint left;
  guint top;
  guint width;
  guint height;
};

#if NVDS_VERSION_MAJOR >= 8
GstEvent *gst_nvevent_analytics_reload_config_update(gchar *config_file_path);
#endif
GstEvent *gst_nvevent_infer_interval_update(gchar *stream_id, guint interval);
GstEvent *gst_nvevent_new_roi_update(gchar *stream_id, guint roi_count, RoiDimension *roi_dim);
#if NVDS_VERSION_MAJOR >= 8
GstEvent *gst_nvevent_nvtracker_config_update(gchar *stream_id, gchar *configStr);
#endif
GstEvent *gst_nvevent_osd_process_mode_update(gchar *stream_id, guint process_mode);
#if NVDS_VERSION_MAJOR >= 8
void gst_nvevent_parse_analytics_reload_config_update(GstEvent *event, gchar **config_file_path);
#endif
void gst_nvevent_parse_infer_interval_update(GstEvent *event, gchar **stream_id, guint *interval);
#if NVDS_VERSION_MAJOR >= 8
void gst_nvevent_parse_nvtracker_config_update(GstEvent *event, gchar **stream_id, gchar **configStr);
#endif
void gst_nvevent_parse_osd_process_mode_update(GstEvent *event, gchar **stream_id, guint *process_mode);
void gst_nvevent_parse_roi_update(GstEvent *event, gchar **stream_id, guint *roi_count, RoiDimension **roi_dim);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GST_NVDSCUSTOMEVENT_H */
