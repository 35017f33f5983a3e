/* nvds_roi_meta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_ROI_META_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_ROI_META_H

#include "nvds_version.h"
#include "nvdsmeta.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef DS_MAX_POLYGON_POINTS
#define DS_MAX_POLYGON_POINTS 8
#endif

#if NVDS_VERSION_MAJOR < 8
typedef enum {
  NvDsDataType_FP32 = 0,
  NvDsDataType_UINT8 = 1,
  NvDsDataType_INT8 = 2,
  NvDsDataType_UINT32 = 3,
  NvDsDataType_INT32 = 4,
  NvDsDataType_FP16 = 5,
} NvDsDataType;
#elif NVDS_VERSION_MAJOR >= 8
typedef enum {
  NvDsDataType_FP32 = 0,
  NvDsDataType_UINT8 = 1,
  NvDsDataType_INT8 = 2,
  NvDsDataType_UINT32 = 3,
  NvDsDataType_INT32 = 4,
  NvDsDataType_INT64 = 5,
  NvDsDataType_UINT64 = 6,
  NvDsDataType_FP16 = 7,
} NvDsDataType;
#endif
typedef enum {
  NvDsUnitType_FullFrame = 0,
  NvDsUnitType_ROI = 1,
  NvDsUnitType_Object = 2,
} NvDsUnitType;

typedef struct NvBufSurfaceParams NvBufSurfaceParams;
typedef struct _NvDsFrameMeta NvDsFrameMeta;
typedef struct _NvDsObjectMeta NvDsObjectMeta;
typedef struct NvDsRoiMeta NvDsRoiMeta;

typedef GList NvDsClassifierMetaList;
typedef GList NvDsUserMetaList;

struct NvDsRoiMeta {
  NvOSD_RectParams roi;
  guint roi_polygon[DS_MAX_POLYGON_POINTS][2];
  NvBufSurfaceParams *converted_buffer;
  NvDsFrameMeta *frame_meta;
  gdouble scale_ratio_x;
  gdouble scale_ratio_y;
  gdouble offset_left;
  gdouble offset_top;
  NvDsClassifierMetaList *classifier_meta_list;
  NvDsUserMetaList *roi_user_meta_list;
  NvDsObjectMeta *object_meta;
};

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_ROI_META_H */
