/* nvdsinfer_dbscan.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSINFER_DBSCAN_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSINFER_DBSCAN_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <glib.h>
#include <gst/gst.h>
#include "nvds_version.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct NvDsInferDBScanClusteringParams NvDsInferDBScanClusteringParams;
typedef struct NvDsInferObjectDetectionInfo NvDsInferObjectDetectionInfo;

typedef struct NvDsInferDBScan *NvDsInferDBScanHandle;

struct NvDsInferDBScanClusteringParams {
  float eps;
  uint32_t minBoxes;
  int enableATHRFilter;
  float thresholdATHR;
  float minScore;
};

void NvDsInferDBScanCluster(NvDsInferDBScanHandle handle, NvDsInferDBScanClusteringParams *params, NvDsInferObjectDetectionInfo *objects, size_t *numObjects);
void NvDsInferDBScanClusterHybrid(NvDsInferDBScanHandle handle, NvDsInferDBScanClusteringParams *params, NvDsInferObjectDetectionInfo *objects, size_t *numObjects);
NvDsInferDBScanHandle NvDsInferDBScanCreate(void);
void NvDsInferDBScanDestroy(NvDsInferDBScanHandle handle);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSINFER_DBSCAN_H */
