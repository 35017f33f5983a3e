/* nvdsinfer_dbscan.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSINFER_DBSCAN_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSINFER_DBSCAN_H

#include "nvds_version.h"
#include <stddef.h>
#include <stdint.h>
#include <nvdsinfer.h>

#ifdef __cplusplus
extern "C" {
#endif


typedef struct NvDsInferDBScan *NvDsInferDBScanHandle;

typedef struct {
  float eps;
  uint32_t minBoxes;
  int enableATHRFilter;
  float thresholdATHR;
  float minScore;
} NvDsInferDBScanClusteringParams;

void NvDsInferDBScanCluster(NvDsInferDBScanHandle handle, NvDsInferDBScanClusteringParams *params, NvDsInferObjectDetectionInfo *objects, size_t *numObjects);
void NvDsInferDBScanClusterHybrid(NvDsInferDBScanHandle handle, NvDsInferDBScanClusteringParams *params, NvDsInferObjectDetectionInfo *objects, size_t *numObjects);
NvDsInferDBScanHandle NvDsInferDBScanCreate(void);
void NvDsInferDBScanDestroy(NvDsInferDBScanHandle handle);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSINFER_DBSCAN_H */
