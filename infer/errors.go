package infer

import (
	"errors"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Sentinel errors callers branch on with errors.Is. Failures are returned
// as *nvds.Error wrapping one of these or nvds.ErrOutOfRange.
var (
	// ErrDataType: a typed accessor does not match the layer's data type
	// (Float32s on an INT32 layer).
	ErrDataType = errors.New("infer: layer data type mismatch")
	// ErrNoHostBuffer: the layer has no host copy (nvinfer's
	// output-tensor-meta host buffers were not requested, or the producer
	// filled device buffers only).
	ErrNoHostBuffer = errors.New("infer: layer has no host buffer")
	// ErrMisaligned: the host buffer is not aligned for the element type.
	ErrMisaligned = errors.New("infer: host buffer misaligned for its type")
)

func opError(op string, err error, msg string) error {
	return &nvds.Error{Op: op, Err: err, Msg: msg}
}
