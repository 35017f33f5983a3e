/* nvdsinfer.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSINFER_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSINFER_H

#include "nvds_version.h"
#include <stdint.h>

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


typedef struct {
  unsigned int attributeIndex;
  unsigned int attributeValue;
  float attributeConfidence;
  char *attributeLabel;
} NvDsInferAttribute;
typedef struct {
  unsigned int numDims;
  unsigned int d[NVDSINFER_MAX_DIMS];
  unsigned int numElements;
} NvDsInferDims;
typedef struct {
  unsigned int c;
  unsigned int h;
  unsigned int w;
} NvDsInferDimsCHW;
typedef struct {
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
} NvDsInferInstanceMaskInfo;
typedef struct {
  NvDsInferDataType dataType;
  union {
    NvDsInferDims inferDims;
    NvDsInferDims dims;
  };
  int bindingIndex;
  const char *layerName;
  void *buffer;
  int isInput;
} NvDsInferLayerInfo;
typedef struct {
  unsigned int width;
  unsigned int height;
  unsigned int channels;
} NvDsInferNetworkInfo;
#if NVDS_VERSION_MAJOR < 9
typedef struct {
  unsigned int classId;
  float left;
  float top;
  float width;
  float height;
  float detectionConfidence;
} NvDsInferObjectDetectionInfo;
#elif NVDS_VERSION_MAJOR >= 9
typedef struct {
  unsigned int classId;
  float left;
  float top;
  float width;
  float height;
  float detectionConfidence;
  float rotation_angle;
} NvDsInferObjectDetectionInfo;
#endif

typedef NvDsInferObjectDetectionInfo NvDsInferParseObjectInfo;

const char *NvDsInferStatus2Str(NvDsInferStatus status);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSINFER_H */
