/* gstnvdsseimeta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GSTNVDSSEIMETA_H
#define GO_DEEPSTREAM_EMBEDDED_GSTNVDSSEIMETA_H

#include "nvds_version.h"
#include <gst/gst.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _GstVideoSEIMeta GstVideoSEIMeta;

struct _GstVideoSEIMeta {
  GstMeta meta;
  guint sei_metadata_type;
  guint sei_metadata_size;
  void *sei_metadata_ptr;
};

#define GST_USER_SEI_META (g_quark_from_static_string("GST.USER.SEI.META"))
#define GST_VIDEO_SEI_META_API_TYPE (gst_video_sei_meta_api_get_type())
#define GST_VIDEO_SEI_META_INFO (gst_video_sei_meta_get_info())

#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
GstVideoSEIMeta *gst_buffer_add_video_sei_meta(GstBuffer *buffer);
#endif
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
GstVideoSEIMeta *gst_buffer_get_video_sei_meta(GstBuffer *buffer);
#endif
GType gst_video_sei_meta_api_get_type(void);
const GstMetaInfo *gst_video_sei_meta_get_info(void);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GSTNVDSSEIMETA_H */
