// Package flowtest builds optical-flow metadata in C memory, attached to a
// user meta the way nvof attaches it, for the tests of package
// opticalflow. cgo is not allowed in _test.go files, so the C lives here.
package flowtest

// #include "flowtest.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Fill makes u (acquired, not yet attached) an NVDS_OPTICAL_FLOW_META with
// rows*cols vectors taken from xy (flowx, flowy pairs).
func Fill(u nvds.UserMeta, rows, cols int, xy []int16, frameNum uint64) {
	if len(xy) != 2*rows*cols || len(xy) == 0 {
		panic("flowtest: xy must hold rows*cols pairs")
	}
	C.gods_flowtest_fill((*C.NvDsUserMeta)(u.UnsafePointer()), C.guint(rows), C.guint(cols), (*C.short)(unsafe.Pointer(&xy[0])), C.gulong(frameNum))
}
