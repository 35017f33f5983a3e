/* gstnvdsmeta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GSTNVDSMETA_H
#define GO_DEEPSTREAM_EMBEDDED_GSTNVDSMETA_H

#include "nvds_version.h"
#include <gst/gst.h>
#include <gst/video/video.h>
#include <gst/base/gstbasetransform.h>
#include "nvdsmeta.h"
#include "nvds_audio_meta.h"
#include "nvds_latency_meta.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NVDS_META_STRING "nvdsmeta"

typedef enum {
  NVDS_GST_INVALID_META = -1,
  NVDS_BATCH_GST_META = 4097,
  NVDS_DECODER_GST_META = 4098,
  NVDS_DEWARPER_GST_META = 4099,
  NVDS_BUFFER_GST_AS_FRAME_USER_META = 4100,
  NVDS_RESERVED_GST_META = 8192,
  NVDS_GST_META_FORCE32 = 2147483647,
} GstNvDsMetaType;

typedef struct _NvDsMeta NvDsMeta;

struct _NvDsMeta {
  GstMeta meta;
  gpointer meta_data;
  gpointer user_data;
  gint meta_type;
  NvDsMetaCopyFunc copyfunc;
  NvDsMetaReleaseFunc freefunc;
  NvDsMetaCopyFunc gst_to_nvds_meta_transform_func;
  NvDsMetaReleaseFunc gst_to_nvds_meta_release_func;
};

#define NVDS_META_API_TYPE (nvds_meta_api_get_type())
#define NVDS_META_INFO (nvds_meta_get_info())

NvDsMeta *gst_buffer_add_nvds_meta(GstBuffer *buffer, gpointer meta_data, gpointer user_data, NvDsMetaCopyFunc copy_func, NvDsMetaReleaseFunc release_func);
NvDsBatchMeta *gst_buffer_get_nvds_batch_meta(GstBuffer *buffer);
NvDsMeta *gst_buffer_get_nvds_meta(GstBuffer *buffer);
void nvds_copy_gst_meta_to_audio_frame_meta(GstBuffer *src_gst_buffer, NvDsBatchMeta *batch_meta, NvDsAudioFrameMeta *frame_meta);
void nvds_copy_gst_meta_to_frame_meta(GstBuffer *src_gst_buffer, NvDsBatchMeta *batch_meta, NvDsFrameMeta *frame_meta);
GType nvds_meta_api_get_type(void);
const GstMetaInfo *nvds_meta_get_info(void);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GSTNVDSMETA_H */
