/* nvds_analytics_meta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_ANALYTICS_META_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_ANALYTICS_META_H

#include "nvds_version.h"
#if NVDS_VERSION_MAJOR < 8
#include <gst/gst.h>
#include <vector>
#include <unordered_map>
#elif NVDS_VERSION_MAJOR >= 8
#include <gst/gst.h>
#include <vector>
#include <unordered_map>
#include <string>
#include <cstdint>
#include "nvdsmeta.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

#if NVDS_VERSION_MAJOR >= 8
#ifndef NVDS_USER_FRAME_META_NVDSANALYTICS
#define NVDS_USER_FRAME_META_NVDSANALYTICS 32
#endif
#endif
#if NVDS_VERSION_MAJOR >= 8
#ifndef NVDS_USER_OBJ_META_NVDSANALYTICS
#define NVDS_USER_OBJ_META_NVDSANALYTICS 33
#endif
#endif


typedef struct {
  std::unordered_map<std::string, bool> ocStatus;
  std::unordered_map<std::string, uint32_t> objInROIcnt;
  std::unordered_map<std::string, uint64_t> objLCCurrCnt;
  std::unordered_map<std::string, uint64_t> objLCCumCnt;
  guint unique_id;
  std::unordered_map<int, uint32_t> objCnt;
} NvDsAnalyticsFrameMeta;
typedef struct {
  std::vector<std::string> roiStatus;
  std::vector<std::string> ocStatus;
  std::vector<std::string> lcStatus;
  std::string dirStatus;
  guint unique_id;
  std::string objStatus;
} NvDsAnalyticsObjInfo;

#if NVDS_VERSION_MAJOR < 8
#define NVDS_USER_FRAME_META_NVDSANALYTICS (nvds_get_user_meta_type("NVIDIA.DSANALYTICSFRAME.USER_META"))
#endif
#if NVDS_VERSION_MAJOR < 8
#define NVDS_USER_OBJ_META_NVDSANALYTICS (nvds_get_user_meta_type("NVIDIA.DSANALYTICSOBJ.USER_META"))
#endif

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_ANALYTICS_META_H */
