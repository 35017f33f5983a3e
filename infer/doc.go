// Package infer is the Go API over DeepStream's inference output metadata
// (nvdsinfer.h, gstnvdsinfer.h): raw output tensors (NvDsInferTensorMeta,
// with their NvDsInferLayerInfo layers), segmentation masks
// (NvDsInferSegmentationMeta), and the structs custom parsers fill
// (NvDsInferObjectDetectionInfo, NvDsInferAttribute).
//
// Tensor and segmentation metas arrive as user meta: on the frame for a
// primary model, on the object for a secondary one. nvds.Payloads with
// TensorMetaFromUser or SegmentationMetaFromUser filters any user-meta
// iterator:
//
//	for tm := range nvds.Payloads(frame.UserMeta(), infer.TensorMetaFromUser) {
//		l, ok := tm.LayerByName("conv2d_bbox")
//		...
//		boxes, err := l.Float32s() // the host buffer itself, no copy
//	}
//
// Every view here is borrowed: valid only while the buffer that carries it
// is alive and inside the probe or callback that produced it. The typed
// slices (Float32s, Int32s, ClassMap, Probabilities, ...) point into the
// metadata's own arrays and share that lifetime; a typed accessor that does
// not match the layer's data type returns ErrDataType rather than
// reinterpreting the bytes. AppendClassMap is the copying twin of ClassMap.
//
// Unlike pyds's get_nvds_LayerInfo, reading a layer never writes to the
// meta.
package infer
