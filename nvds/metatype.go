package nvds

// #include "cshim.go.h"
import "C"

// MetaType is NvDsMetaType. The values of the built-in types follow the
// SDK release the package is compiled against (8.0 renumbered several of
// them), so they are taken from the C headers, never written as numbers.
type MetaType int32

// Built-in meta types.
const (
	MetaTypeInvalid               MetaType = C.NVDS_INVALID_META
	MetaTypeBatch                 MetaType = C.NVDS_BATCH_META
	MetaTypeFrame                 MetaType = C.NVDS_FRAME_META
	MetaTypeObject                MetaType = C.NVDS_OBJ_META
	MetaTypeDisplay               MetaType = C.NVDS_DISPLAY_META
	MetaTypeClassifier            MetaType = C.NVDS_CLASSIFIER_META
	MetaTypeLabelInfo             MetaType = C.NVDS_LABEL_INFO_META
	MetaTypeUser                  MetaType = C.NVDS_USER_META
	MetaTypePayload               MetaType = C.NVDS_PAYLOAD_META
	MetaTypeEventMsg              MetaType = C.NVDS_EVENT_MSG_META
	MetaTypeOpticalFlow           MetaType = C.NVDS_OPTICAL_FLOW_META
	MetaTypeLatencyMeasurement    MetaType = C.NVDS_LATENCY_MEASUREMENT_META
	MetaTypeInferTensorOutput     MetaType = C.NVDSINFER_TENSOR_OUTPUT_META
	MetaTypeInferSegmentation     MetaType = C.NVDSINFER_SEGMENTATION_META
	MetaTypeCropImage             MetaType = C.NVDS_CROP_IMAGE_META
	MetaTypeTrackerPastFrame      MetaType = C.NVDS_TRACKER_PAST_FRAME_META
	MetaTypeTrackerBatchReID      MetaType = C.NVDS_TRACKER_BATCH_REID_META
	MetaTypeTrackerObjReID        MetaType = C.NVDS_TRACKER_OBJ_REID_META
	MetaTypeTrackerTerminatedList MetaType = C.NVDS_TRACKER_TERMINATED_LIST_META
	MetaTypeTrackerShadowList     MetaType = C.NVDS_TRACKER_SHADOW_LIST_META
	MetaTypeObjVisibility         MetaType = C.NVDS_OBJ_VISIBILITY
	MetaTypeObjImageFootLocation  MetaType = C.NVDS_OBJ_IMAGE_FOOT_LOCATION
	MetaTypeObjWorldFootLocation  MetaType = C.NVDS_OBJ_WORLD_FOOT_LOCATION
	MetaTypeObjImageConvexHull    MetaType = C.NVDS_OBJ_IMAGE_CONVEX_HULL
	MetaTypeAudioBatch            MetaType = C.NVDS_AUDIO_BATCH_META
	MetaTypeAudioFrame            MetaType = C.NVDS_AUDIO_FRAME_META
	MetaTypePreprocessFrame       MetaType = C.NVDS_PREPROCESS_FRAME_META
	MetaTypePreprocessBatch       MetaType = C.NVDS_PREPROCESS_BATCH_META
	MetaTypeCustomMsgBlob         MetaType = C.NVDS_CUSTOM_MSG_BLOB
	MetaTypeROI                   MetaType = C.NVDS_ROI_META
	MetaTypeReserved              MetaType = C.NVDS_RESERVED_META
	MetaTypeGstCustom             MetaType = C.NVDS_GST_CUSTOM_META
	MetaTypeStartUser             MetaType = C.NVDS_START_USER_META
)

// IsUser reports whether t is a user-registered type (>= NVDS_START_USER_META).
func (t MetaType) IsUser() bool { return t >= MetaTypeStartUser }
