// Package schematest copies metadata through the runtime's C functions, as
// DeepStream elements do, for package schema's tests. Only tests import it.
package schematest

// #include "schematest.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// CopyFrameUserMeta is nvds_copy_frame_user_meta_list: every user meta of
// src is copied to dst through its copy_func.
func CopyFrameUserMeta(src, dst nvds.FrameMeta) {
	C.gods_copy_frame_user_meta((*C.NvDsFrameMeta)(src.UnsafePointer()), (*C.NvDsFrameMeta)(dst.UnsafePointer()))
}

// NewBuffer returns a new empty GstBuffer.
func NewBuffer() unsafe.Pointer { return unsafe.Pointer(C.gods_new_buffer()) }

// CopyBuffer is gst_buffer_copy.
func CopyBuffer(buf unsafe.Pointer) unsafe.Pointer {
	return unsafe.Pointer(C.gst_buffer_copy((*C.GstBuffer)(buf)))
}

// UnrefBuffer is gst_buffer_unref.
func UnrefBuffer(buf unsafe.Pointer) { C.gst_buffer_unref((*C.GstBuffer)(buf)) }

// NewForeignVehicleMsg returns an NvDsEventMsgMeta* made as code outside
// package schema makes one (the SDK, a pyds port): objType
// NVDS_OBJECT_TYPE_VEHICLE and a g_malloc'ed NvDsVehicleObject (make
// "Foreign", license "F 1") package schema did not allocate. Free it with
// FreeForeignMsg.
func NewForeignVehicleMsg() unsafe.Pointer {
	return unsafe.Pointer(C.gods_schematest_foreign_vehicle_msg())
}

// FreeForeignMsg frees a message of NewForeignVehicleMsg.
func FreeForeignMsg(m unsafe.Pointer) { C.gods_schematest_foreign_free((*C.NvDsEventMsgMeta)(m)) }
