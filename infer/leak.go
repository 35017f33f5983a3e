package infer

// #include "infer.go.h"
import "C"

import "github.com/go-deepstream/go-deepstream/internal/leak"

// What this package's C glue built and has not freed, in the module's leak
// registry for the tests: segmentation and tensor-output metas, whoever
// asked for them (the nvinfer stand-in, the test fixtures).
func init() {
	leak.Register("infer.segmentation_metas", func() int64 { return int64(C.gods_infer_live_segmentations()) })
	leak.Register("infer.tensor_metas", func() int64 { return int64(C.gods_infer_live_tensors()) })
}
