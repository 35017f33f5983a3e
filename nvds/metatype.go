package nvds

// #include "cshim.go.h"
import "C"

import "strconv"

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
	MetaTypeROI                   MetaType = C.GODS_META_TYPE_ROI // 7.1 and later; MetaTypeInvalid against 7.0
	MetaTypeReserved              MetaType = C.NVDS_RESERVED_META
	MetaTypeGstCustom             MetaType = C.NVDS_GST_CUSTOM_META
	MetaTypeStartUser             MetaType = C.NVDS_START_USER_META
)

// IsUser reports whether t is a user-registered type (>= NVDS_START_USER_META).
func (t MetaType) IsUser() bool { return t >= MetaTypeStartUser }

// metaTypeNames are the C names of the built-in types, in header order. A
// list, not a switch: where an SDK release lacks a type, the header may
// give two names one value, and the first listed wins.
var metaTypeNames = []struct {
	t    MetaType
	name string
}{
	{MetaTypeInvalid, "NVDS_INVALID_META"},
	{MetaTypeBatch, "NVDS_BATCH_META"},
	{MetaTypeFrame, "NVDS_FRAME_META"},
	{MetaTypeObject, "NVDS_OBJ_META"},
	{MetaTypeDisplay, "NVDS_DISPLAY_META"},
	{MetaTypeClassifier, "NVDS_CLASSIFIER_META"},
	{MetaTypeLabelInfo, "NVDS_LABEL_INFO_META"},
	{MetaTypeUser, "NVDS_USER_META"},
	{MetaTypePayload, "NVDS_PAYLOAD_META"},
	{MetaTypeEventMsg, "NVDS_EVENT_MSG_META"},
	{MetaTypeOpticalFlow, "NVDS_OPTICAL_FLOW_META"},
	{MetaTypeLatencyMeasurement, "NVDS_LATENCY_MEASUREMENT_META"},
	{MetaTypeInferTensorOutput, "NVDSINFER_TENSOR_OUTPUT_META"},
	{MetaTypeInferSegmentation, "NVDSINFER_SEGMENTATION_META"},
	{MetaTypeCropImage, "NVDS_CROP_IMAGE_META"},
	{MetaTypeTrackerPastFrame, "NVDS_TRACKER_PAST_FRAME_META"},
	{MetaTypeTrackerBatchReID, "NVDS_TRACKER_BATCH_REID_META"},
	{MetaTypeTrackerObjReID, "NVDS_TRACKER_OBJ_REID_META"},
	{MetaTypeTrackerTerminatedList, "NVDS_TRACKER_TERMINATED_LIST_META"},
	{MetaTypeTrackerShadowList, "NVDS_TRACKER_SHADOW_LIST_META"},
	{MetaTypeObjVisibility, "NVDS_OBJ_VISIBILITY"},
	{MetaTypeObjImageFootLocation, "NVDS_OBJ_IMAGE_FOOT_LOCATION"},
	{MetaTypeObjWorldFootLocation, "NVDS_OBJ_WORLD_FOOT_LOCATION"},
	{MetaTypeObjImageConvexHull, "NVDS_OBJ_IMAGE_CONVEX_HULL"},
	{MetaTypeAudioBatch, "NVDS_AUDIO_BATCH_META"},
	{MetaTypeAudioFrame, "NVDS_AUDIO_FRAME_META"},
	{MetaTypePreprocessFrame, "NVDS_PREPROCESS_FRAME_META"},
	{MetaTypePreprocessBatch, "NVDS_PREPROCESS_BATCH_META"},
	{MetaTypeCustomMsgBlob, "NVDS_CUSTOM_MSG_BLOB"},
	{MetaTypeROI, "NVDS_ROI_META"},
	{MetaTypeReserved, "NVDS_RESERVED_META"},
	{MetaTypeGstCustom, "NVDS_GST_CUSTOM_META"},
}

// String returns the C name of a built-in type ("NVDS_OBJ_META") or of
// MetaTypeStartUser, the descriptor of a user type this process looked up
// with UserMetaType ("NVIDIA.NVDS.CUSTOM_BINDING_META"), or "MetaType(n)".
func (t MetaType) String() string {
	if !t.IsUser() {
		for _, e := range metaTypeNames {
			if e.t == t {
				return e.name
			}
		}
	} else {
		name := ""
		userMetaTypes.Range(func(k, v any) bool {
			if v.(MetaType) == t {
				name = k.(string)
				return false
			}
			return true
		})
		if name != "" {
			return name
		}
		if t == MetaTypeStartUser { // the boundary, when no user type took it
			return "NVDS_START_USER_META"
		}
	}
	return "MetaType(" + strconv.Itoa(int(t)) + ")"
}
