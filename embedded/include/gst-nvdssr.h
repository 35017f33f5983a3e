/* gst-nvdssr.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GST_NVDSSR_H
#define GO_DEEPSTREAM_EMBEDDED_GST_NVDSSR_H

#include "nvds_version.h"
#include <gst/gst.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  NVDSSR_CONTAINER_MP4 = 0,
  NVDSSR_CONTAINER_MKV = 1,
} NvDsSRContainerType;
typedef enum {
  NVDSSR_STATUS_OK = 0,
  NVDSSR_STATUS_INVALID_VAL = 1,
  NVDSSR_STATUS_INVALID_OP = 2,
  NVDSSR_STATUS_ERROR = 3,
  NVDSSR_STATUS_CUSTOM1 = 100,
  NVDSSR_STATUS_CUSTOM2 = 101,
  NVDSSR_STATUS_CUSTOM3 = 102,
} NvDsSRStatus;

typedef struct NvDsSRContext NvDsSRContext;
typedef struct NvDsSRInitParams NvDsSRInitParams;
typedef struct NvDsSRRecordingInfo NvDsSRRecordingInfo;

typedef gpointer (*NvDsSRCallbackFunc)(NvDsSRRecordingInfo *, gpointer);
typedef guint32 NvDsSRSessionId;

struct NvDsSRInitParams {
  NvDsSRCallbackFunc callback;
  NvDsSRContainerType containerType;
  guint width;
  guint height;
  gchar *fileNamePrefix;
  gchar *dirpath;
  guint defaultDuration;
  union {
    guint videoCacheSize;
    guint cacheSize;
  };
};
struct NvDsSRContext {
  GstElement *recordbin;
  GstElement *recordQue;
  GstElement *encodebin;
  GstElement *filesink;
  gboolean gotKeyFrame;
  gboolean recordOn;
  gboolean resetDone;
  gboolean isPlaying;
  NvDsSRInitParams initParams;
  GMutex flowLock;
  GThread *resetThread;
  gpointer uData;
  gpointer privData;
};
struct NvDsSRRecordingInfo {
  NvDsSRContext *ctx;
  NvDsSRSessionId sessionId;
  gchar *filename;
  gchar *dirpath;
  guint64 duration;
  NvDsSRContainerType containerType;
  guint width;
  guint height;
  gboolean containsVideo;
  guint channels;
  guint samplingRate;
  gboolean containsAudio;
};

NvDsSRStatus NvDsSRCreate(NvDsSRContext **ctx, NvDsSRInitParams *params);
NvDsSRStatus NvDsSRDestroy(NvDsSRContext *ctx);
NvDsSRStatus NvDsSRStart(NvDsSRContext *ctx, NvDsSRSessionId *sessionId, guint startTime, guint duration, gpointer userData);
NvDsSRStatus NvDsSRStop(NvDsSRContext *ctx, NvDsSRSessionId sessionId);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GST_NVDSSR_H */
