// Package tracker is the Go API over DeepStream's tracker metadata
// (nvds_tracker_meta.h): the past-frame, terminated and shadow target lists
// nvtracker attaches to a batch (NvDsTargetMiscDataBatch, walked as
// iterators: batch, stream, object, frame), the per-object ReID features
// (NvDsObjReid) and the batch ReID tensor (NvDsReidTensorBatch).
//
//	for past := range nvds.Payloads(batch.UserMeta(), tracker.PastFrameFromUser) {
//		for s := range past.Streams() {
//			for o := range s.Objects() {
//				for f := range o.Frames() {
//					fmt.Println(s.StreamID(), o.UniqueID(), f.FrameNum(), f.BBox())
//				}
//			}
//		}
//	}
//
// Every view is borrowed: valid only while the buffer that carries it is
// alive and inside the probe or callback that produced it. Feature slices
// point into the metadata (no copy); AppendFeatures copies. Fields that
// exist only in some SDK releases (NvDsTargetMiscDataFrame.ptWorldFeet,
// 9.0+) are read through compile-time offsets and report their absence.
package tracker
