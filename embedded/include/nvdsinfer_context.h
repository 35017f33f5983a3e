/* nvdsinfer_context.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSINFER_CONTEXT_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSINFER_CONTEXT_H

#include "nvds_version.h"
#include "nvdsinfer.h"
#ifdef __cplusplus
#include <string>
#include <vector>
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifndef NVDSINFER_MAX_BATCH_SIZE
#define NVDSINFER_MAX_BATCH_SIZE 1024
#endif
#ifndef NVDSINFER_MIN_OUTPUT_BUFFERPOOL_SIZE
#define NVDSINFER_MIN_OUTPUT_BUFFERPOOL_SIZE 2
#endif
#ifndef _MAX_CHANNELS
#define _MAX_CHANNELS 4
#endif
#ifndef _MAX_STR_LENGTH
#define _MAX_STR_LENGTH 1024
#endif
#ifndef _PATH_MAX
#define _PATH_MAX 4096
#endif

typedef enum {
  NVDSINFER_CLUSTER_GROUP_RECTANGLES = 0,
  NVDSINFER_CLUSTER_DBSCAN = 1,
  NVDSINFER_CLUSTER_NMS = 2,
  NVDSINFER_CLUSTER_DBSCAN_NMS_HYBRID = 3,
  NVDSINFER_CLUSTER_NONE = 4,
} NvDsInferClusterMode;
typedef enum {
  NvDsInferFormat_RGB = 0,
  NvDsInferFormat_BGR = 1,
  NvDsInferFormat_GRAY = 2,
  NvDsInferFormat_RGBA = 3,
  NvDsInferFormat_BGRx = 4,
  NvDsInferFormat_Tensor = 5,
  NvDsInferFormat_Unknown = 4294967295,
} NvDsInferFormat;
typedef enum {
  NvDsInferNetworkMode_FP32 = 0,
  NvDsInferNetworkMode_INT8 = 1,
  NvDsInferNetworkMode_FP16 = 2,
  NvDsInferNetworkMode_BEST = 3,
} NvDsInferNetworkMode;
typedef enum {
  NvDsInferNetworkType_Detector = 0,
  NvDsInferNetworkType_Classifier = 1,
  NvDsInferNetworkType_Segmentation = 2,
  NvDsInferNetworkType_InstanceSegmentation = 3,
  NvDsInferNetworkType_Other = 100,
} NvDsInferNetworkType;
typedef enum {
  NvDsInferTensorOrder_kNCHW = 0,
  NvDsInferUffOrder_kNCHW = 0,
  NvDsInferTensorOrder_kNHWC = 1,
  NvDsInferUffOrder_kNHWC = 1,
  NvDsInferTensorOrder_kNC = 2,
  NvDsInferUffOrder_kNC = 2,
} NvDsInferTensorOrder;

typedef struct _NvDsInferContextInitParams NvDsInferContextInitParams;

typedef struct INvDsInferContext *NvDsInferContextHandle;
typedef void (*NvDsInferContextLoggingFunc)(NvDsInferContextHandle, unsigned int, NvDsInferLogLevel, const char *, void *);
typedef void (*NvDsInferContextReturnInputAsyncFunc)(void *);

typedef struct {
  NvDsInferAttribute *attributes;
  unsigned int numAttributes;
  char *label;
} NvDsInferClassificationOutput;
typedef struct {
  void **inputFrames;
  unsigned int numInputFrames;
  NvDsInferFormat inputFormat;
  unsigned int inputPitch;
  NvDsInferContextReturnInputAsyncFunc returnInputFunc;
  void *returnFuncData;
} NvDsInferContextBatchInput;
#if NVDS_VERSION_MAJOR < 9
typedef struct {
  float left;
  float top;
  float width;
  float height;
  int classIndex;
  char *label;
  float confidence;
  float *mask;
  unsigned int mask_width;
  unsigned int mask_height;
  unsigned int mask_size;
} NvDsInferObject;
#elif NVDS_VERSION_MAJOR >= 9
typedef struct {
  float left;
  float top;
  float width;
  float height;
  int classIndex;
  char *label;
  float confidence;
  float *mask;
  unsigned int mask_width;
  unsigned int mask_height;
  unsigned int mask_size;
  float rotation_angle;
} NvDsInferObject;
#endif
typedef struct {
  NvDsInferObject *objects;
  unsigned int numObjects;
} NvDsInferDetectionOutput;
typedef struct {
  unsigned int width;
  unsigned int height;
  unsigned int classes;
  int *class_map;
  float *class_probability_map;
} NvDsInferSegmentationOutput;
typedef struct {
  NvDsInferNetworkType outputType;
  union {
    NvDsInferDetectionOutput detectionOutput;
    NvDsInferClassificationOutput classificationOutput;
    NvDsInferSegmentationOutput segmentationOutput;
  };
} NvDsInferFrameOutput;
typedef struct {
  NvDsInferFrameOutput *frames;
  unsigned int numFrames;
  void **outputDeviceBuffers;
  unsigned int numOutputDeviceBuffers;
  void **hostBuffers;
  unsigned int numHostBuffers;
  void *priv;
} NvDsInferContextBatchOutput;
typedef struct {
  NvDsInferLayerInfo *tensors;
  unsigned int numInputTensors;
  NvDsInferContextReturnInputAsyncFunc returnInputFunc;
  void *returnFuncData;
} NvDsInferContextBatchPreprocessedInput;
typedef struct {
  union {
    float threshold;
    float preClusterThreshold;
  };
  float postClusterThreshold;
  float eps;
  int minBoxes;
  int groupThreshold;
  float minScore;
  float nmsIOUThreshold;
  int topK;
} NvDsInferDetectionParams;
#if NVDS_VERSION_MAJOR < 8
struct _NvDsInferContextInitParams {
  unsigned int uniqueID;
  NvDsInferNetworkMode networkMode;
  char protoFilePath[_PATH_MAX];
  char modelFilePath[_PATH_MAX];
  char uffFilePath[_PATH_MAX];
  char onnxFilePath[_PATH_MAX];
  char tltEncodedModelFilePath[_PATH_MAX];
  char int8CalibrationFilePath[_PATH_MAX];
  union {
    NvDsInferDimsCHW inputDims;
    NvDsInferDimsCHW uffDimsCHW;
  };
  NvDsInferTensorOrder uffInputOrder;
  char uffInputBlobName[_MAX_STR_LENGTH];
  NvDsInferTensorOrder netInputOrder;
  char tltModelKey[_MAX_STR_LENGTH];
  char modelEngineFilePath[_PATH_MAX];
  unsigned int maxBatchSize;
  char labelsFilePath[_PATH_MAX];
  char meanImageFilePath[_PATH_MAX];
  float networkScaleFactor;
  NvDsInferFormat networkInputFormat;
  float offsets[_MAX_CHANNELS];
  unsigned int numOffsets;
  NvDsInferNetworkType networkType;
  int useDBScan;
  unsigned int numDetectedClasses;
  NvDsInferDetectionParams *perClassDetectionParams;
  float classifierThreshold;
  float segmentationThreshold;
  char **outputLayerNames;
  unsigned int numOutputLayers;
  char customLibPath[_PATH_MAX];
  char customBBoxParseFuncName[_MAX_STR_LENGTH];
  char customClassifierParseFuncName[_MAX_STR_LENGTH];
  int copyInputToHostBuffers;
  unsigned int gpuID;
  int useDLA;
  int dlaCore;
  unsigned int outputBufferPoolSize;
  char customNetworkConfigFilePath[_PATH_MAX];
  char customEngineCreateFuncName[_MAX_STR_LENGTH];
  int forceImplicitBatchDimension;
  unsigned int workspaceSize;
  NvDsInferDimsCHW inferInputDims;
  NvDsInferClusterMode clusterMode;
  char customBBoxInstanceMaskParseFuncName[_MAX_STR_LENGTH];
  char **outputIOFormats;
  unsigned int numOutputIOFormats;
  char **layerDevicePrecisions;
  unsigned int numLayerDevicePrecisions;
  NvDsInferTensorOrder segmentationOutputOrder;
  int inputFromPreprocessedTensor;
  int disableOutputHostCopy;
  int autoIncMem;
  double maxGPUMemPer;
  int dumpIpTensor;
  int dumpOpTensor;
  int overwriteIpTensor;
  char ipTensorFilePath[_PATH_MAX];
  int overwriteOpTensor;
  char **opTensorFilePath;
};
#elif NVDS_VERSION_MAJOR == 8
struct _NvDsInferContextInitParams {
  unsigned int uniqueID;
  NvDsInferNetworkMode networkMode;
  char protoFilePath[_PATH_MAX];
  char modelFilePath[_PATH_MAX];
  char uffFilePath[_PATH_MAX];
  char onnxFilePath[_PATH_MAX];
  char tltEncodedModelFilePath[_PATH_MAX];
  char int8CalibrationFilePath[_PATH_MAX];
  union {
    NvDsInferDimsCHW inputDims;
    NvDsInferDimsCHW uffDimsCHW;
  };
  NvDsInferTensorOrder uffInputOrder;
  char uffInputBlobName[_MAX_STR_LENGTH];
  NvDsInferTensorOrder netInputOrder;
  char tltModelKey[_MAX_STR_LENGTH];
  char modelEngineFilePath[_PATH_MAX];
  unsigned int maxBatchSize;
  char labelsFilePath[_PATH_MAX];
  char meanImageFilePath[_PATH_MAX];
  float networkScaleFactor;
  NvDsInferFormat networkInputFormat;
  float offsets[_MAX_CHANNELS];
  unsigned int numOffsets;
  NvDsInferNetworkType networkType;
  int useDBScan;
  unsigned int numDetectedClasses;
  NvDsInferDetectionParams *perClassDetectionParams;
  float classifierThreshold;
  float segmentationThreshold;
  char **outputLayerNames;
  unsigned int numOutputLayers;
  char customLibPath[_PATH_MAX];
  char customBBoxParseFuncName[_MAX_STR_LENGTH];
  char customClassifierParseFuncName[_MAX_STR_LENGTH];
  int copyInputToHostBuffers;
  unsigned int gpuID;
  int useDLA;
  int dlaCore;
  unsigned int outputBufferPoolSize;
  char customNetworkConfigFilePath[_PATH_MAX];
  char customEngineCreateFuncName[_MAX_STR_LENGTH];
  int forceImplicitBatchDimension;
  unsigned int workspaceSize;
  NvDsInferDimsCHW inferInputDims;
  NvDsInferClusterMode clusterMode;
  char customBBoxInstanceMaskParseFuncName[_MAX_STR_LENGTH];
  char **outputIOFormats;
  unsigned int numOutputIOFormats;
  char customSegmentationParseFuncName[_MAX_STR_LENGTH];
  char **layerDevicePrecisions;
  unsigned int numLayerDevicePrecisions;
  NvDsInferTensorOrder segmentationOutputOrder;
  int inputFromPreprocessedTensor;
  int disableOutputHostCopy;
  int autoIncMem;
  double maxGPUMemPer;
  int dumpIpTensor;
  int dumpOpTensor;
  int overwriteIpTensor;
  char ipTensorFilePath[_PATH_MAX];
  int overwriteOpTensor;
  char **opTensorFilePath;
};
#elif NVDS_VERSION_MAJOR >= 9
struct _NvDsInferContextInitParams {
  unsigned int uniqueID;
  NvDsInferNetworkMode networkMode;
  char protoFilePath[_PATH_MAX];
  char modelFilePath[_PATH_MAX];
  char uffFilePath[_PATH_MAX];
  char onnxFilePath[_PATH_MAX];
  char tltEncodedModelFilePath[_PATH_MAX];
  char int8CalibrationFilePath[_PATH_MAX];
  union {
    NvDsInferDimsCHW inputDims;
    NvDsInferDimsCHW uffDimsCHW;
  };
  NvDsInferTensorOrder uffInputOrder;
  char uffInputBlobName[_MAX_STR_LENGTH];
  NvDsInferTensorOrder netInputOrder;
  char tltModelKey[_MAX_STR_LENGTH];
  char modelEngineFilePath[_PATH_MAX];
  unsigned int maxBatchSize;
  char labelsFilePath[_PATH_MAX];
  char meanImageFilePath[_PATH_MAX];
  float networkScaleFactor;
  NvDsInferFormat networkInputFormat;
  float offsets[_MAX_CHANNELS];
  unsigned int numOffsets;
  NvDsInferNetworkType networkType;
  int useDBScan;
  unsigned int numDetectedClasses;
  NvDsInferDetectionParams *perClassDetectionParams;
  float classifierThreshold;
  float segmentationThreshold;
  char **outputLayerNames;
  unsigned int numOutputLayers;
  char customLibPath[_PATH_MAX];
  char customBBoxParseFuncName[_MAX_STR_LENGTH];
  char customClassifierParseFuncName[_MAX_STR_LENGTH];
  int copyInputToHostBuffers;
  unsigned int gpuID;
  int useDLA;
  int dlaCore;
  unsigned int outputBufferPoolSize;
  char customNetworkConfigFilePath[_PATH_MAX];
  char customEngineCreateFuncName[_MAX_STR_LENGTH];
  int forceImplicitBatchDimension;
  unsigned int workspaceSize;
  NvDsInferDimsCHW inferInputDims;
  NvDsInferClusterMode clusterMode;
  char customBBoxInstanceMaskParseFuncName[_MAX_STR_LENGTH];
  char **outputIOFormats;
  unsigned int numOutputIOFormats;
  char customSegmentationParseFuncName[_MAX_STR_LENGTH];
  char **layerDevicePrecisions;
  unsigned int numLayerDevicePrecisions;
  NvDsInferTensorOrder segmentationOutputOrder;
  int inputFromPreprocessedTensor;
  int disableOutputHostCopy;
  int autoIncMem;
  double maxGPUMemPer;
  int dumpIpTensor;
  int dumpOpTensor;
  int overwriteIpTensor;
  char ipTensorFilePath[_PATH_MAX];
  int overwriteOpTensor;
  char **opTensorFilePath;
  int useStronglyTyped;
  char **dynamicPropertyKeys;
  char **dynamicPropertyValues;
  unsigned int numDynamicProperties;
  int warmupEngine;
};
#endif

#define NvDsInferUffOrder NvDsInferTensorOrder

#if NVDS_VERSION_MAJOR >= 9
void NvDsInferContext_ApplyDynamicPropertiesToBuilder(const NvDsInferContextInitParams *initParams, void *builderConfig);
#endif
#if NVDS_VERSION_MAJOR >= 9
void NvDsInferContext_ClearDynamicProperties(NvDsInferContextInitParams *initParams);
#endif
NvDsInferStatus NvDsInferContext_Create(NvDsInferContextHandle *handle, NvDsInferContextInitParams *initParams, void *userCtx, NvDsInferContextLoggingFunc logFunc);
NvDsInferStatus NvDsInferContext_DequeueOutputBatch(NvDsInferContextHandle handle, NvDsInferContextBatchOutput *batchOutput);
void NvDsInferContext_Destroy(NvDsInferContextHandle handle);
void NvDsInferContext_FillLayersInfo(NvDsInferContextHandle handle, NvDsInferLayerInfo *layersInfo);
#if NVDS_VERSION_MAJOR >= 9
const char *NvDsInferContext_GetDynamicProperty(const NvDsInferContextInitParams *initParams, const char *key);
#endif
const char *NvDsInferContext_GetLabel(NvDsInferContextHandle handle, unsigned int id, unsigned int value);
void NvDsInferContext_GetNetworkInfo(NvDsInferContextHandle handle, NvDsInferNetworkInfo *networkInfo);
unsigned int NvDsInferContext_GetNumLayersInfo(NvDsInferContextHandle handle);
const char *NvDsInferContext_GetStatusName(NvDsInferStatus status);
#if NVDS_VERSION_MAJOR >= 9
int NvDsInferContext_HasDynamicProperty(const NvDsInferContextInitParams *initParams, const char *key);
#endif
NvDsInferStatus NvDsInferContext_QueueInputBatch(NvDsInferContextHandle handle, NvDsInferContextBatchInput *batchInput);
void NvDsInferContext_ReleaseBatchOutput(NvDsInferContextHandle handle, NvDsInferContextBatchOutput *batchOutput);
void NvDsInferContext_ResetInitParams(NvDsInferContextInitParams *initParams);
#if NVDS_VERSION_MAJOR >= 9
int NvDsInferContext_SetDynamicProperty(NvDsInferContextInitParams *initParams, const char *key, const char *value);
#endif

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSINFER_CONTEXT_H */
