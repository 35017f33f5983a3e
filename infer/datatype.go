package infer

// #include "infer.go.h"
import "C"

import "strconv"

// DataType is NvDsInferDataType: the element type of a tensor.
type DataType int32

// Data types (the C enum's FLOAT, HALF, ...).
const (
	DataTypeFloat32 DataType = C.FLOAT // 32-bit IEEE float
	DataTypeFloat16 DataType = C.HALF  // 16-bit IEEE float, read as raw bits
	DataTypeInt8    DataType = C.INT8
	DataTypeInt32   DataType = C.INT32
	DataTypeInt64   DataType = C.GODS_INFER_DATA_TYPE_INT64 // 7.1 and later; -1 against 7.0
	// DataTypeUint8 is UINT8, added in DeepStream 8.0; 7.x headers have no
	// such value, so a 7.x tensor is never of this type.
	DataTypeUint8 DataType = 5
)

// Size is the size in bytes of one element, or 0 for an unknown type.
func (d DataType) Size() int {
	switch d {
	case DataTypeFloat32, DataTypeInt32:
		return 4
	case DataTypeFloat16:
		return 2
	case DataTypeInt8, DataTypeUint8:
		return 1
	case DataTypeInt64:
		return 8
	}
	return 0
}

// String names the data type as the C enum does, without its prefix.
func (d DataType) String() string {
	switch d {
	case DataTypeFloat32:
		return "FLOAT"
	case DataTypeFloat16:
		return "HALF"
	case DataTypeInt8:
		return "INT8"
	case DataTypeInt32:
		return "INT32"
	case DataTypeInt64:
		return "INT64"
	case DataTypeUint8:
		return "UINT8"
	}
	return "DataType(" + strconv.Itoa(int(d)) + ")"
}
