package analytics

// The C interface of analytics_shim.go.h, driven from Go for the tests.
var (
	AttachFrameInfoC = attachFrameInfoC
	AttachObjInfoC   = attachObjInfoC
	DecodeFrame      = decodeFrame
	DecodeObj        = decodeObj
)
