/* nvdspreprocess_meta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSPREPROCESS_META_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSPREPROCESS_META_H

#include "nvds_version.h"
#include <vector>
#include <string>
#include "nvbufsurface.h"
#include "nvds_roi_meta.h"

#ifdef __cplusplus
extern "C" {
#endif


#if NVDS_VERSION_MAJOR < 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR < 1)
typedef struct {
  void *raw_tensor_buffer;
  guint64 buffer_size;
  std::vector<int> tensor_shape;
  NvDsDataType data_type;
  std::string tensor_name;
  guint gpu_id;
  void *private_data;
  guint meta_id;
} NvDsPreProcessTensorMeta;
#elif NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
typedef struct {
  void *raw_tensor_buffer;
  guint64 buffer_size;
  std::vector<int> tensor_shape;
  NvDsDataType data_type;
  std::string tensor_name;
  guint gpu_id;
  void *private_data;
  guint meta_id;
  gboolean maintain_aspect_ratio;
} NvDsPreProcessTensorMeta;
#endif
typedef struct {
  std::vector<guint64> target_unique_ids;
  NvDsPreProcessTensorMeta *tensor_meta;
  std::vector<NvDsRoiMeta> roi_vector;
  void *private_data;
} GstNvDsPreProcessBatchMeta;

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSPREPROCESS_META_H */
