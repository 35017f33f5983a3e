/* nvds_latency_meta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_LATENCY_META_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_LATENCY_META_H

#include "nvds_version.h"
#include "glib.h"
#include "gmodule.h"
#include "nvdsmeta.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef MAX_COMPONENT_LEN
#define MAX_COMPONENT_LEN 64
#endif

typedef struct _NvDsMetaCompLatency NvDsMetaCompLatency;
typedef struct _NvDsMetaSubCompLatency NvDsMetaSubCompLatency;

typedef struct {
  guint source_id;
  guint frame_num;
  gdouble comp_in_timestamp;
  gdouble latency;
} NvDsFrameLatencyInfo;
struct _NvDsMetaSubCompLatency {
  gchar sub_comp_name[MAX_COMPONENT_LEN];
  gdouble in_system_timestamp;
  gdouble out_system_timestamp;
};
struct _NvDsMetaCompLatency {
  gchar component_name[MAX_COMPONENT_LEN];
  gdouble in_system_timestamp;
  gdouble out_system_timestamp;
  guint source_id;
  guint frame_num;
  guint pad_index;
  NvDsMetaSubCompLatency sub_comp_latencies[16];
  guint num_sub_comps;
};

#define nvds_enable_latency_measurement (nvds_get_enable_latency_measurement())
#if NVDS_VERSION_MAJOR >= 9
#define nvds_latency_measurement_silent (nvds_get_latency_measurement_silent())
#endif

void nvds_add_reference_timestamp_meta(GstBuffer *buffer, gchar *element_name, guint frame_id);
gboolean nvds_get_enable_latency_measurement(void);
#if NVDS_VERSION_MAJOR >= 9
gboolean nvds_get_latency_measurement_silent(void);
#endif
guint nvds_measure_buffer_latency(GstBuffer *buf, NvDsFrameLatencyInfo *latency_info);
NvDsUserMeta *nvds_set_input_system_timestamp(GstBuffer *buffer, gchar *element_name);
gboolean nvds_set_output_system_timestamp(GstBuffer *buffer, gchar *element_name);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_LATENCY_META_H */
