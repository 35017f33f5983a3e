/* nvdsmeta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSMETA_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSMETA_H

#include "nvds_version.h"
#include <stdbool.h>
#include "glib.h"
#include "gmodule.h"
#include "nvll_osd_struct.h"
#include "nvds_roi_meta.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef MAX_ELEMENTS_IN_DISPLAY_META
#define MAX_ELEMENTS_IN_DISPLAY_META 16
#endif
#ifndef MAX_LABEL_SIZE
#define MAX_LABEL_SIZE 128
#endif
#ifndef MAX_RESERVED_FIELDS
#define MAX_RESERVED_FIELDS 4
#endif
#ifndef MAX_USER_FIELDS
#define MAX_USER_FIELDS 4
#endif
#ifndef UNTRACKED_OBJECT_ID
#define UNTRACKED_OBJECT_ID 0xFFFFFFFFFFFFFFFFULL
#endif

#if NVDS_VERSION_MAJOR < 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR < 1)
typedef enum {
  NVDS_INVALID_META = -1,
  NVDS_BATCH_META = 1,
  NVDS_FRAME_META = 2,
  NVDS_OBJ_META = 3,
  NVDS_DISPLAY_META = 4,
  NVDS_CLASSIFIER_META = 5,
  NVDS_LABEL_INFO_META = 6,
  NVDS_USER_META = 7,
  NVDS_PAYLOAD_META = 8,
  NVDS_EVENT_MSG_META = 9,
  NVDS_OPTICAL_FLOW_META = 10,
  NVDS_LATENCY_MEASUREMENT_META = 11,
  NVDSINFER_TENSOR_OUTPUT_META = 12,
  NVDSINFER_SEGMENTATION_META = 13,
  NVDS_CROP_IMAGE_META = 14,
  NVDS_TRACKER_PAST_FRAME_META = 15,
  NVDS_TRACKER_BATCH_REID_META = 16,
  NVDS_TRACKER_OBJ_REID_META = 17,
  NVDS_TRACKER_TERMINATED_LIST_META = 18,
  NVDS_TRACKER_SHADOW_LIST_META = 19,
  NVDS_OBJ_VISIBILITY = 20,
  NVDS_OBJ_IMAGE_FOOT_LOCATION = 21,
  NVDS_OBJ_WORLD_FOOT_LOCATION = 22,
  NVDS_OBJ_IMAGE_CONVEX_HULL = 23,
  NVDS_AUDIO_BATCH_META = 24,
  NVDS_AUDIO_FRAME_META = 25,
  NVDS_PREPROCESS_FRAME_META = 26,
  NVDS_PREPROCESS_BATCH_META = 27,
  NVDS_CUSTOM_MSG_BLOB = 28,
  NVDS_RESERVED_META = 4095,
  NVDS_GST_CUSTOM_META = 4096,
  NVDS_START_USER_META = 8193,
  NVDS_FORCE32_META = 2147483647,
} NvDsMetaType;
#elif NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1
typedef enum {
  NVDS_INVALID_META = -1,
  NVDS_BATCH_META = 1,
  NVDS_FRAME_META = 2,
  NVDS_OBJ_META = 3,
  NVDS_DISPLAY_META = 4,
  NVDS_CLASSIFIER_META = 5,
  NVDS_LABEL_INFO_META = 6,
  NVDS_USER_META = 7,
  NVDS_PAYLOAD_META = 8,
  NVDS_EVENT_MSG_META = 9,
  NVDS_OPTICAL_FLOW_META = 10,
  NVDS_LATENCY_MEASUREMENT_META = 11,
  NVDSINFER_TENSOR_OUTPUT_META = 12,
  NVDSINFER_SEGMENTATION_META = 13,
  NVDS_CROP_IMAGE_META = 14,
  NVDS_TRACKER_PAST_FRAME_META = 15,
  NVDS_TRACKER_BATCH_REID_META = 16,
  NVDS_TRACKER_OBJ_REID_META = 17,
  NVDS_TRACKER_TERMINATED_LIST_META = 18,
  NVDS_TRACKER_SHADOW_LIST_META = 19,
  NVDS_OBJ_VISIBILITY = 20,
  NVDS_OBJ_IMAGE_FOOT_LOCATION = 21,
  NVDS_OBJ_WORLD_FOOT_LOCATION = 22,
  NVDS_OBJ_IMAGE_CONVEX_HULL = 23,
  NVDS_AUDIO_BATCH_META = 24,
  NVDS_AUDIO_FRAME_META = 25,
  NVDS_PREPROCESS_FRAME_META = 26,
  NVDS_PREPROCESS_BATCH_META = 27,
  NVDS_CUSTOM_MSG_BLOB = 28,
  NVDS_ROI_META = 29,
  NVDS_RESERVED_META = 4095,
  NVDS_GST_CUSTOM_META = 4096,
  NVDS_START_USER_META = 8193,
  NVDS_FORCE32_META = 2147483647,
} NvDsMetaType;
#elif NVDS_VERSION_MAJOR >= 8
typedef enum {
  NVDS_INVALID_META = -1,
  NVDS_BATCH_META = 1,
  NVDS_FRAME_META = 2,
  NVDS_OBJ_META = 3,
  NVDS_DISPLAY_META = 4,
  NVDS_CLASSIFIER_META = 5,
  NVDS_LABEL_INFO_META = 6,
  NVDS_USER_META = 7,
  NVDS_PAYLOAD_META = 8,
  NVDS_EVENT_MSG_META = 9,
  NVDS_OPTICAL_FLOW_META = 10,
  NVDS_LATENCY_MEASUREMENT_META = 11,
  NVDSINFER_TENSOR_OUTPUT_META = 12,
  NVDSINFER_SEGMENTATION_META = 13,
  NVDS_CROP_IMAGE_META = 14,
  NVDS_TRACKER_PAST_FRAME_META = 15,
  NVDS_TRACKER_BATCH_REID_META = 16,
  NVDS_TRACKER_OBJ_REID_META = 17,
  NVDS_TRACKER_TERMINATED_LIST_META = 18,
  NVDS_TRACKER_SHADOW_LIST_META = 19,
  NVDS_OBJ_VISIBILITY = 20,
  NVDS_OBJ_IMAGE_FOOT_LOCATION = 21,
  NVDS_OBJ_WORLD_FOOT_LOCATION = 22,
  NVDS_OBJ_IMAGE_CONVEX_HULL = 23,
  NVDS_OBJ_3D_META = 24,
  NVDS_AUDIO_BATCH_META = 25,
  NVDS_AUDIO_FRAME_META = 26,
  NVDS_PREPROCESS_FRAME_META = 27,
  NVDS_PREPROCESS_BATCH_META = 28,
  NVDS_CUSTOM_MSG_BLOB = 29,
  NVDS_ROI_META = 30,
  NVDS_CUSTOM_MSG_SPARSE4D = 31,
  NVDS_FRAME_META_NVDSANALYTICS = 32,
  NVDS_OBJ_META_NVDSANALYTICS = 33,
  NVDS_RESERVED_META = 4095,
  NVDS_GST_CUSTOM_META = 4096,
  NVDS_START_USER_META = 8193,
  NVDS_FORCE32_META = 2147483647,
} NvDsMetaType;
#endif

typedef struct _NvDsBaseMeta NvDsBaseMeta;
typedef struct _NvDsBatchMeta NvDsBatchMeta;
typedef struct _NvDsClassifierMeta NvDsClassifierMeta;
typedef struct _NvDsComp_BboxInfo NvDsComp_BboxInfo;
typedef struct NvDsDisplayMeta NvDsDisplayMeta;
typedef struct _NvDsFrameMeta NvDsFrameMeta;
typedef struct _NvDsLabelInfo NvDsLabelInfo;
typedef struct _NvDsMetaPool NvDsMetaPool;
typedef struct _NvDsObjectMeta NvDsObjectMeta;
#if NVDS_VERSION_MAJOR >= 8
typedef struct _NvDsSensorInfo_meta NvDsSensorInfo_meta;
#endif
typedef struct _NvDsUserMeta NvDsUserMeta;

typedef GList NvDisplayMetaList;
typedef GList NvDsClassifierMetaList;
typedef void NvDsElementMeta;
typedef GList NvDsFrameMetaList;
typedef GList NvDsLabelInfoList;
typedef gpointer (*NvDsMetaCopyFunc)(gpointer, gpointer);
typedef GList NvDsMetaList;
typedef void (*NvDsMetaReleaseFunc)(gpointer, gpointer);
typedef GList NvDsObjectMetaList;
typedef GList NvDsUserMetaList;

struct _NvDsBaseMeta {
  struct _NvDsBatchMeta *batch_meta;
  NvDsMetaType meta_type;
  void *uContext;
  NvDsMetaCopyFunc copy_func;
  NvDsMetaReleaseFunc release_func;
};
struct _NvDsBatchMeta {
  NvDsBaseMeta base_meta;
  guint max_frames_in_batch;
  guint num_frames_in_batch;
  NvDsMetaPool *frame_meta_pool;
  NvDsMetaPool *obj_meta_pool;
  NvDsMetaPool *classifier_meta_pool;
  NvDsMetaPool *display_meta_pool;
  NvDsMetaPool *user_meta_pool;
  NvDsMetaPool *label_info_meta_pool;
  NvDsFrameMetaList *frame_meta_list;
  NvDsUserMetaList *batch_user_meta_list;
  GRecMutex meta_mutex;
  gint64 misc_batch_info[MAX_USER_FIELDS];
  gint64 reserved[MAX_RESERVED_FIELDS];
};
struct _NvDsClassifierMeta {
  NvDsBaseMeta base_meta;
  guint num_labels;
  gint unique_component_id;
  NvDsLabelInfoList *label_info_list;
  const gchar *classifier_type;
};
struct _NvDsComp_BboxInfo {
  NvBbox_Coords org_bbox_coords;
};
struct NvDsDisplayMeta {
  NvDsBaseMeta base_meta;
  guint num_rects;
  guint num_labels;
  guint num_lines;
  guint num_arrows;
  guint num_circles;
  NvOSD_RectParams rect_params[MAX_ELEMENTS_IN_DISPLAY_META];
  NvOSD_TextParams text_params[MAX_ELEMENTS_IN_DISPLAY_META];
  NvOSD_LineParams line_params[MAX_ELEMENTS_IN_DISPLAY_META];
  NvOSD_ArrowParams arrow_params[MAX_ELEMENTS_IN_DISPLAY_META];
  NvOSD_CircleParams circle_params[MAX_ELEMENTS_IN_DISPLAY_META];
  gint64 misc_osd_data[MAX_USER_FIELDS];
  gint64 reserved[MAX_RESERVED_FIELDS];
};
#if NVDS_VERSION_MAJOR >= 8
struct _NvDsSensorInfo_meta {
  guint source_id;
  const gchar *uri;
  const gchar *sensor_id;
  const gchar *sensor_name;
};
#endif
#if NVDS_VERSION_MAJOR < 8
struct _NvDsFrameMeta {
  NvDsBaseMeta base_meta;
  guint pad_index;
  guint batch_id;
  gint frame_num;
  guint64 buf_pts;
  guint64 ntp_timestamp;
  guint source_id;
  gint num_surfaces_per_frame;
  guint source_frame_width;
  guint source_frame_height;
  guint surface_type;
  guint surface_index;
  guint num_obj_meta;
  gboolean bInferDone;
  NvDsObjectMetaList *obj_meta_list;
  NvDisplayMetaList *display_meta_list;
  NvDsUserMetaList *frame_user_meta_list;
  gint64 misc_frame_info[MAX_USER_FIELDS];
  guint pipeline_width;
  guint pipeline_height;
  gint64 reserved[MAX_RESERVED_FIELDS];
};
#elif NVDS_VERSION_MAJOR >= 8
struct _NvDsFrameMeta {
  NvDsBaseMeta base_meta;
  guint pad_index;
  guint batch_id;
  gint frame_num;
  guint64 buf_pts;
  guint64 ntp_timestamp;
  guint source_id;
  gint num_surfaces_per_frame;
  guint source_frame_width;
  guint source_frame_height;
  guint surface_type;
  guint surface_index;
  guint num_obj_meta;
  gboolean bInferDone;
  NvDsObjectMetaList *obj_meta_list;
  NvDisplayMetaList *display_meta_list;
  NvDsUserMetaList *frame_user_meta_list;
  gint64 misc_frame_info[MAX_USER_FIELDS];
  guint pipeline_width;
  guint pipeline_height;
  NvDsSensorInfo_meta sensorInfo_meta;
  gint64 reserved[MAX_RESERVED_FIELDS];
};
#endif
struct _NvDsLabelInfo {
  NvDsBaseMeta base_meta;
  guint num_classes;
  gchar result_label[MAX_LABEL_SIZE];
  gchar *pResult_label;
  guint result_class_id;
  guint label_id;
  gfloat result_prob;
};
struct _NvDsMetaPool {
  NvDsMetaType meta_type;
  guint max_elements_in_pool;
  guint element_size;
  guint num_empty_elements;
  guint num_full_elements;
  NvDsMetaList *empty_list;
  NvDsMetaList *full_list;
  NvDsMetaCopyFunc copy_func;
  NvDsMetaReleaseFunc release_func;
};
struct _NvDsObjectMeta {
  NvDsBaseMeta base_meta;
  struct _NvDsObjectMeta *parent;
  gint unique_component_id;
  gint class_id;
  guint64 object_id;
  NvDsComp_BboxInfo detector_bbox_info;
  NvDsComp_BboxInfo tracker_bbox_info;
  gfloat confidence;
  gfloat tracker_confidence;
  NvOSD_RectParams rect_params;
  NvOSD_MaskParams mask_params;
  NvOSD_TextParams text_params;
  gchar obj_label[MAX_LABEL_SIZE];
  NvDsClassifierMetaList *classifier_meta_list;
  NvDsUserMetaList *obj_user_meta_list;
  gint64 misc_obj_info[MAX_USER_FIELDS];
  gint64 reserved[MAX_RESERVED_FIELDS];
};
struct _NvDsUserMeta {
  NvDsBaseMeta base_meta;
  void *user_meta_data;
};

NvDsClassifierMeta *nvds_acquire_classifier_meta_from_pool(NvDsBatchMeta *batch_meta);
NvDsDisplayMeta *nvds_acquire_display_meta_from_pool(NvDsBatchMeta *batch_meta);
NvDsFrameMeta *nvds_acquire_frame_meta_from_pool(NvDsBatchMeta *batch_meta);
NvDsLabelInfo *nvds_acquire_label_info_meta_from_pool(NvDsBatchMeta *batch_meta);
void nvds_acquire_meta_lock(NvDsBatchMeta *batch_meta);
NvDsObjectMeta *nvds_acquire_obj_meta_from_pool(NvDsBatchMeta *batch_meta);
NvDsUserMeta *nvds_acquire_user_meta_from_pool(NvDsBatchMeta *batch_meta);
void nvds_add_classifier_meta_to_object(NvDsObjectMeta *obj_meta, NvDsClassifierMeta *classifier_meta);
void nvds_add_classifier_meta_to_roi(NvDsRoiMeta *roi_meta, NvDsClassifierMeta *classifier_meta);
void nvds_add_display_meta_to_frame(NvDsFrameMeta *frame_meta, NvDsDisplayMeta *display_meta);
void nvds_add_frame_meta_to_batch(NvDsBatchMeta *batch_meta, NvDsFrameMeta *frame_meta);
void nvds_add_label_info_meta_to_classifier(NvDsClassifierMeta *classifier_meta, NvDsLabelInfo *label_info_meta);
void nvds_add_obj_meta_to_frame(NvDsFrameMeta *frame_meta, NvDsObjectMeta *obj_meta, NvDsObjectMeta *obj_parent);
void nvds_add_user_meta_to_batch(NvDsBatchMeta *batch_meta, NvDsUserMeta *user_meta);
void nvds_add_user_meta_to_frame(NvDsFrameMeta *frame_meta, NvDsUserMeta *user_meta);
void nvds_add_user_meta_to_obj(NvDsObjectMeta *obj_meta, NvDsUserMeta *user_meta);
void nvds_add_user_meta_to_roi(NvDsRoiMeta *roi_meta, NvDsUserMeta *user_meta);
gpointer nvds_batch_meta_copy_func(gpointer data, gpointer user_data);
void nvds_batch_meta_release_func(gpointer data, gpointer user_data);
void nvds_clear_batch_user_meta_list(NvDsBatchMeta *batch_meta, NvDsUserMetaList *meta_list);
void nvds_clear_classifier_meta_list(NvDsObjectMeta *obj_meta, NvDsClassifierMetaList *meta_list);
void nvds_clear_display_meta_list(NvDsFrameMeta *frame_meta, NvDisplayMetaList *meta_list);
void nvds_clear_frame_meta_list(NvDsBatchMeta *batch_meta, NvDsFrameMetaList *meta_list);
void nvds_clear_frame_user_meta_list(NvDsFrameMeta *frame_meta, NvDsUserMetaList *meta_list);
void nvds_clear_label_info_meta_list(NvDsClassifierMeta *classifier_meta, NvDsLabelInfoList *meta_list);
NvDsMetaList *nvds_clear_meta_list(NvDsBatchMeta *batch_meta, NvDsMetaList *meta_list, NvDsMetaPool *meta_pool);
void nvds_clear_obj_meta_list(NvDsFrameMeta *frame_meta, NvDsObjectMetaList *meta_list);
void nvds_clear_obj_user_meta_list(NvDsObjectMeta *object_meta, NvDsUserMetaList *meta_list);
void nvds_copy_batch_user_meta_list(NvDsUserMetaList *src_user_meta_list, NvDsBatchMeta *dst_batch_meta);
void nvds_copy_classification_list(NvDsClassifierMetaList *src_classifier_meta_list, NvDsObjectMeta *dst_object_meta);
void nvds_copy_classifier_meta(NvDsClassifierMeta *src_classifier_meta, NvDsClassifierMeta *dst_classifier_meta);
void nvds_copy_display_meta(NvDsDisplayMeta *src_display_meta, NvDsDisplayMeta *dst_display_meta);
void nvds_copy_display_meta_list(NvDisplayMetaList *src_display_meta_list, NvDsFrameMeta *dst_frame_meta);
void nvds_copy_frame_meta(NvDsFrameMeta *src_frame_meta, NvDsFrameMeta *dst_frame_meta);
void nvds_copy_frame_meta_list(NvDsFrameMetaList *src_frame_meta_list, NvDsBatchMeta *dst_batch_meta);
void nvds_copy_frame_user_meta_list(NvDsUserMetaList *src_user_meta_list, NvDsFrameMeta *dst_frame_meta);
void nvds_copy_label_info_list(NvDsLabelInfoList *src_label_info_list, NvDsClassifierMeta *dst_classifier_meta);
void nvds_copy_label_info_meta(NvDsLabelInfo *src_label_info, NvDsLabelInfo *dst_label_info);
void nvds_copy_obj_meta(NvDsObjectMeta *src_object_meta, NvDsObjectMeta *dst_object_meta);
void nvds_copy_obj_meta_list(NvDsObjectMetaList *src_obj_meta_list, NvDsFrameMeta *dst_frame_meta);
void nvds_copy_obj_user_meta_list(NvDsUserMetaList *src_user_meta_list, NvDsObjectMeta *dst_object_meta);
NvDsBatchMeta *nvds_create_batch_meta(guint max_batch_size);
gboolean nvds_destroy_batch_meta(NvDsBatchMeta *batch_meta);
gboolean nvds_get_current_metadata_info(NvDsBatchMeta *batch_meta);
NvDsFrameMeta *nvds_get_nth_frame_meta(NvDsFrameMetaList *frame_meta_list, guint index);
NvDsMetaType nvds_get_user_meta_type(gchar *meta_descriptor);
void nvds_release_meta_lock(NvDsBatchMeta *batch_meta);
void nvds_remove_classifier_meta_from_obj(NvDsObjectMeta *obj_meta, NvDsClassifierMeta *classifier_meta);
void nvds_remove_classifier_meta_from_roi(NvDsRoiMeta *roi_meta, NvDsClassifierMeta *classifier_meta);
void nvds_remove_display_meta_from_frame(NvDsFrameMeta *frame_meta, NvDsDisplayMeta *display_meta);
void nvds_remove_frame_meta_from_batch(NvDsBatchMeta *batch_meta, NvDsFrameMeta *frame_meta);
void nvds_remove_label_info_meta_from_classifier(NvDsClassifierMeta *classifier_meta, NvDsLabelInfo *label_info_meta);
void nvds_remove_obj_meta_from_frame(NvDsFrameMeta *frame_meta, NvDsObjectMeta *obj_meta);
void nvds_remove_user_meta_from_batch(NvDsBatchMeta *batch_meta, NvDsUserMeta *user_meta);
void nvds_remove_user_meta_from_frame(NvDsFrameMeta *frame_meta, NvDsUserMeta *user_meta);
void nvds_remove_user_meta_from_object(NvDsObjectMeta *obj_meta, NvDsUserMeta *user_meta);
void nvds_remove_user_meta_from_roi(NvDsRoiMeta *obj_meta, NvDsUserMeta *user_meta);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSMETA_H */
