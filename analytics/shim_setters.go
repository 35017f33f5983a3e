package analytics

// #include <stdlib.h>
// #include "analytics.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// attachFrameInfoC builds the frame meta with the shim's C constructor and
// setters, one call per entry, as a C element does, and attaches it. Tests
// use it to check the C interface against the Go one; Go callers use
// AttachFrameInfo (one call in all).
func attachFrameInfoC(f nvds.FrameMeta, v FrameInfo) nvds.UserMeta {
	m := C.gods_analytics_frame_new(C.guint(v.UniqueID))
	for k, x := range v.OCStatus {
		withCString(k, func(s *C.char) { C.gods_analytics_frame_set_oc_status(m, s, cbool(x)) })
	}
	for k, x := range v.ObjInROICount {
		withCString(k, func(s *C.char) { C.gods_analytics_frame_set_obj_in_roi(m, s, C.uint32_t(x)) })
	}
	for k, x := range v.LCCurrCount {
		withCString(k, func(s *C.char) { C.gods_analytics_frame_set_lc_curr(m, s, C.uint64_t(x)) })
	}
	for k, x := range v.LCCumCount {
		withCString(k, func(s *C.char) { C.gods_analytics_frame_set_lc_cum(m, s, C.uint64_t(x)) })
	}
	for k, x := range v.ObjCount {
		C.gods_analytics_frame_set_obj_count(m, C.int(k), C.uint32_t(x))
	}
	pu, err := f.Batch().AcquireUserMeta()
	if err != nil {
		C.gods_analytics_frame_free(m)
		panic(err)
	}
	C.gods_analytics_attach_frame((*C.NvDsUserMeta)(pu.Meta().UnsafePointer()), m)
	return f.AddUserMeta(pu)
}

// attachObjInfoC is attachFrameInfoC for object analytics.
func attachObjInfoC(o nvds.ObjectMeta, v ObjInfo) nvds.UserMeta {
	m := C.gods_analytics_obj_new(C.guint(v.UniqueID))
	for _, s := range v.ROIStatus {
		withCString(s, func(c *C.char) { C.gods_analytics_obj_add_roi_status(m, c) })
	}
	for _, s := range v.OCStatus {
		withCString(s, func(c *C.char) { C.gods_analytics_obj_add_oc_status(m, c) })
	}
	for _, s := range v.LCStatus {
		withCString(s, func(c *C.char) { C.gods_analytics_obj_add_lc_status(m, c) })
	}
	withCString(v.DirStatus, func(c *C.char) { C.gods_analytics_obj_set_dir_status(m, c) })
	withCString(v.ObjStatus, func(c *C.char) { C.gods_analytics_obj_set_obj_status(m, c) })
	pu, err := o.Base().Batch().AcquireUserMeta()
	if err != nil {
		C.gods_analytics_obj_free(m)
		panic(err)
	}
	C.gods_analytics_attach_obj((*C.NvDsUserMeta)(pu.Meta().UnsafePointer()), m)
	return o.AddUserMeta(pu)
}

func withCString(s string, f func(*C.char)) {
	c := C.CString(s)
	defer C.free(unsafe.Pointer(c))
	f(c)
}

func cbool(v bool) C.gboolean {
	if v {
		return 1
	}
	return 0
}
