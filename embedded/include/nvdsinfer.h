/* nvdsinfer.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSINFER_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSINFER_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <glib.h>
#include <gst/gst.h>
#include "nvds_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef NVDSINFER_MAX_DIMS
#define NVDSINFER_MAX_DIMS 8
#endif

#if NVDS_VERSION_MAJOR < 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR < 1)
typedef enum {
  FLOAT = 0,
  HALF = 1,
  INT8 = 2,
  INT32 = 3,
} NvDsInferDataType;
#elif NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1
typedef enum {
  FLOAT = 0,
  HALF = 1,
  INT8 = 2,
  INT32 = 3,
  INT64 = 4,
} NvDsInferDataType;
#elif NVDS_VERSION_MAJOR >= 8
typedef enum {
  FLOAT = 0,
  HALF = 1,
  INT8 = 2,
  INT32 = 3,
  INT64 = 4,
  UINT8 = 5,
} NvDsInferDataType;
#endif
typedef enum {
  NVDSINFER_LOG_ERROR = 0,
  NVDSINFER_LOG_WARNING = 1,
  NVDSINFER_LOG_INFO = 2,
  NVDSINFER_LOG_DEBUG = 3,
} NvDsInferLogLevel;
typedef enum {
  NVDSINFER_SUCCESS = 0,
  NVDSINFER_CONFIG_FAILED = 1,
  NVDSINFER_CUSTOM_LIB_FAILED = 2,
  NVDSINFER_INVALID_PARAMS = 3,
  NVDSINFER_OUTPUT_PARSING_FAILED = 4,
  NVDSINFER_CUDA_ERROR = 5,
  NVDSINFER_TENSORRT_ERROR = 6,
  NVDSINFER_RESOURCE_ERROR = 7,
  NVDSINFER_TRITON_ERROR = 8,
  NVDSINFER_TRTIS_ERROR = 8,
  NVDSINFER_MEM_ERROR = 9,
  NVDSINFER_UNKNOWN_ERROR = 10,
} NvDsInferStatus;

typedef struct NvDsInferAttribute NvDsInferAttribute;
typedef struct NvDsInferDims NvDsInferDims;
typedef struct NvDsInferDimsCHW NvDsInferDimsCHW;
typedef struct NvDsInferInstanceMaskInfo NvDsInferInstanceMaskInfo;
typedef struct NvDsInferLayerInfo NvDsInferLayerInfo;
typedef struct NvDsInferNetworkInfo NvDsInferNetworkInfo;
typedef struct NvDsInferObjectDetectionInfo NvDsInferObjectDetectionInfo;

typedef NvDsInferObjectDetectionInfo NvDsInferParseObjectInfo;

struct NvDsInferAttribute {
  unsigned int attributeIndex;
  unsigned int attributeValue;
  float attributeConfidence;
  char *attributeLabel;
};
struct NvDsInferDims {
  unsigned int numDims;
  unsigned int d[NVDSINFER_MAX_DIMS];
  unsigned int numElements;
};
struct NvDsInferDimsCHW {
  unsigned int c;
  unsigned int h;
  unsigned int w;
};
struct NvDsInferInstanceMaskInfo {
  unsigned int classId;
  float left;
  float top;
  float width;
  float height;
  float detectionConfidence;
  float *mask;
  unsigned int mask_width;
  unsigned int mask_height;
  unsigned int mask_size;
};
struct NvDsInferLayerInfo {
  NvDsInferDataType dataType;
  union {
    NvDsInferDims inferDims;
    NvDsInferDims dims;
  };
  int bindingIndex;
  const char *layerName;
  void *buffer;
  int isInput;
};
struct NvDsInferNetworkInfo {
  unsigned int width;
  unsigned int height;
  unsigned int channels;
};
#if NVDS_VERSION_MAJOR < 9
struct NvDsInferObjectDetectionInfo {
  unsigned int classId;
  float left;
  float top;
  float width;
  float height;
  float detectionConfidence;
};
#elif NVDS_VERSION_MAJOR >= 9
struct NvDsInferObjectDetectionInfo {
  unsigned int classId;
  float left;
  float top;
  float width;
  float height;
  float detectionConfidence;
  float rotation_angle;
};
#endif

const char *NvDsInferStatus2Str(NvDsInferStatus status);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSINFER_H */
