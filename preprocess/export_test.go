package preprocess

type (
	RoiSpec    = roiSpec
	TensorSpec = tensorSpec
)

// AttachBatch drives the shim's C constructors for the tests.
var AttachBatch = attachBatch
