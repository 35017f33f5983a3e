/* nvds_tracker_meta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_TRACKER_META_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_TRACKER_META_H

#include "nvds_version.h"
#include <stdint.h>
#include "nvll_osd_struct.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef MAX_LABEL_SIZE
#define MAX_LABEL_SIZE 128
#endif

#if NVDS_VERSION_MAJOR < 8
typedef enum {
  EMPTY = 0,
  ACTIVE = 1,
  INACTIVE = 2,
  TENTATIVE = 3,
  PROJECTED = 4,
} TRACKER_STATE;
#elif NVDS_VERSION_MAJOR >= 8
typedef enum {
  EMPTY = 0,
  ACTIVE = 1,
  INACTIVE = 2,
  TENTATIVE = 3,
  PROJECTED = 4,
  QUASIACTIVE = 5,
} TRACKER_STATE;
#endif

#if NVDS_VERSION_MAJOR >= 8
typedef struct _NvDsObj3DBbox NvDsObj3DBbox;
#endif
typedef struct _NvDsObjConvexHull NvDsObjConvexHull;
typedef struct _NvDsObjReid NvDsObjReid;
typedef struct _NvDsReidTensorBatch NvDsReidTensorBatch;
typedef struct _NvDsTargetMiscDataBatch NvDsTargetMiscDataBatch;
typedef struct _NvDsTargetMiscDataFrame NvDsTargetMiscDataFrame;
typedef struct _NvDsTargetMiscDataObject NvDsTargetMiscDataObject;
typedef struct _NvDsTargetMiscDataStream NvDsTargetMiscDataStream;

typedef NvDsTargetMiscDataBatch NvDsTrajectoryBatch;

#if NVDS_VERSION_MAJOR >= 8
struct _NvDsObj3DBbox {
  float xCentre;
  float yCentre;
  float zCentre;
  float xLen;
  float yLen;
  float zLen;
  float xRot;
  float yRot;
  float zRot;
  float xVel;
  float yVel;
  float zVel;
};
#endif
struct _NvDsObjConvexHull {
  int *list;
  uint32_t numPointsAllocated;
  uint32_t numPoints;
};
struct _NvDsObjReid {
  uint32_t featureSize;
  float *ptr_host;
  float *ptr_dev;
};
struct _NvDsReidTensorBatch {
  uint32_t featureSize;
  uint32_t numFilled;
  float *ptr_host;
  float *ptr_dev;
  void *priv_data;
};
struct _NvDsTargetMiscDataBatch {
  NvDsTargetMiscDataStream *list;
  uint32_t numAllocated;
  uint32_t numFilled;
  void *priv_data;
};
#if NVDS_VERSION_MAJOR < 9
struct _NvDsTargetMiscDataFrame {
  uint32_t frameNum;
  NvOSD_RectParams tBbox;
  float confidence;
  uint32_t age;
  TRACKER_STATE trackerState;
  float visibility;
};
#elif NVDS_VERSION_MAJOR >= 9
struct _NvDsTargetMiscDataFrame {
  uint32_t frameNum;
  NvOSD_RectParams tBbox;
  float confidence;
  uint32_t age;
  TRACKER_STATE trackerState;
  float visibility;
  float ptWorldFeet[2];
};
#endif
struct _NvDsTargetMiscDataObject {
  NvDsTargetMiscDataFrame *list;
  uint32_t numObj;
  uint32_t numAllocated;
  uint64_t uniqueId;
  uint16_t classId;
  char objLabel[MAX_LABEL_SIZE];
};
struct _NvDsTargetMiscDataStream {
  NvDsTargetMiscDataObject *list;
  uint32_t streamID;
  uint64_t surfaceStreamID;
  uint32_t numAllocated;
  uint32_t numFilled;
};

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_TRACKER_META_H */
