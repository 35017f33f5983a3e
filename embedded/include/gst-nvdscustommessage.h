/* gst-nvdscustommessage.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GST_NVDSCUSTOMMESSAGE_H
#define GO_DEEPSTREAM_EMBEDDED_GST_NVDSCUSTOMMESSAGE_H

#include "nvds_version.h"
#include <gst/gst.h>
#include "gst-nvdscommonconfig.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct NvDsFPSSensorInfo NvDsFPSSensorInfo;

GstMessage *gst_nvmessage_force_pipeline_eos(GstObject *obj, gboolean force_eos);
gboolean gst_nvmessage_is_force_pipeline_eos(GstMessage *message);
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
gboolean gst_nvmessage_is_reconnect_attempt_exceeded(GstMessage *message);
#endif
gboolean gst_nvmessage_is_stream_add(GstMessage *message);
gboolean gst_nvmessage_is_stream_remove(GstMessage *message);
GstMessage *gst_nvmessage_new_stream_add(GstObject *obj, NvDsSensorInfo *sensor_info);
GstMessage *gst_nvmessage_new_stream_remove(GstObject *obj, NvDsSensorInfo *sensor_info);
gboolean gst_nvmessage_parse_force_pipeline_eos(GstMessage *message, gboolean *force_eos);
gboolean gst_nvmessage_parse_fps_stream_add(GstMessage *message, NvDsFPSSensorInfo *sensor_info);
gboolean gst_nvmessage_parse_fps_stream_remove(GstMessage *message, NvDsFPSSensorInfo *sensor_info);
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
gboolean gst_nvmessage_parse_reconnect_attempt_exceeded(GstMessage *message, NvDsRtspAttemptsInfo *rtsp_info);
#endif
gboolean gst_nvmessage_parse_stream_add(GstMessage *message, NvDsSensorInfo *sensor_info);
gboolean gst_nvmessage_parse_stream_remove(GstMessage *message, NvDsSensorInfo *sensor_info);
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
GstMessage *gst_nvmessage_reconnect_attempt_exceeded(GstObject *obj, NvDsRtspAttemptsInfo *rtsp_info);
#endif

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GST_NVDSCUSTOMMESSAGE_H */
