/* gstnvdsinfer.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GSTNVDSINFER_H
#define GO_DEEPSTREAM_EMBEDDED_GSTNVDSINFER_H

#include "nvds_version.h"
#include "nvdsinfer.h"

#ifdef __cplusplus
extern "C" {
#endif


typedef void (*gst_nvinfer_raw_output_generated_callback)(GstBuffer *, NvDsInferNetworkInfo *, NvDsInferLayerInfo *, guint, guint, gpointer);

typedef struct {
  guint classes;
  guint width;
  guint height;
  gint *class_map;
  gfloat *class_probabilities_map;
  void *priv_data;
  gint unique_id;
} NvDsInferSegmentationMeta;
#if NVDS_VERSION_MAJOR < 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR < 1)
typedef struct {
  guint unique_id;
  guint num_output_layers;
  NvDsInferLayerInfo *output_layers_info;
  void **out_buf_ptrs_host;
  void **out_buf_ptrs_dev;
  gint gpu_id;
  void *priv_data;
  NvDsInferNetworkInfo network_info;
  gboolean maintain_aspect_ratio;
} NvDsInferTensorMeta;
#elif NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
typedef struct {
  guint unique_id;
  guint num_output_layers;
  NvDsInferLayerInfo *output_layers_info;
  void **out_buf_ptrs_host;
  void **out_buf_ptrs_dev;
  gint gpu_id;
  void *priv_data;
  NvDsInferNetworkInfo network_info;
  gboolean maintain_aspect_ratio;
  gboolean symmetric_padding;
} NvDsInferTensorMeta;
#endif

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GSTNVDSINFER_H */
