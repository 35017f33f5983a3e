/* nvds_opticalflow_meta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_OPTICALFLOW_META_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_OPTICALFLOW_META_H

#include "nvds_version.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NvOFFlowVector NvOFFlowVector;

typedef struct {
  unsigned int rows;
  unsigned int cols;
  unsigned int mv_size;
  unsigned int cost_size;
  unsigned long frame_num;
  void *data;
  void *cost;
  void *priv;
  void *reserved;
} NvDsOpticalFlowMeta;
struct _NvOFFlowVector {
  short flowx;
  short flowy;
};

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_OPTICALFLOW_META_H */
