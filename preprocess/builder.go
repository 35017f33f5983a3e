package preprocess

// #include <stdlib.h>
// #include "preprocess.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// roiSpec describes one ROI for attachBatch.
type roiSpec struct {
	Rect    nvds.Rect
	Frame   nvds.FrameMeta
	ScaleX  float64
	OffsetL float64
}

// tensorSpec describes the tensor for attachBatch.
type tensorSpec struct {
	Raw      unsafe.Pointer // C memory or nil: the C++ struct keeps it
	Size     uint64
	Shape    []int32
	DataType DataType
	Name     string
	MetaID   uint32
}

// attachBatch builds a GstNvDsPreProcessBatchMeta with the shim's C
// constructors, as a C element would, and attaches it to the batch. Tests
// use it; nvdspreprocess is what attaches these in a pipeline.
func attachBatch(b nvds.BatchMeta, ids []uint64, rois []roiSpec, tensor *tensorSpec) nvds.UserMeta {
	cr := make([]C.NvDsRoiMeta, len(rois))
	for i, r := range rois {
		cr[i].roi.left = C.float(r.Rect.Left)
		cr[i].roi.top = C.float(r.Rect.Top)
		cr[i].roi.width = C.float(r.Rect.Width)
		cr[i].roi.height = C.float(r.Rect.Height)
		cr[i].roi_polygon[1][0] = C.guint(i + 1)
		cr[i].frame_meta = (*C.NvDsFrameMeta)(r.Frame.UnsafePointer())
		cr[i].scale_ratio_x = C.gdouble(r.ScaleX)
		cr[i].scale_ratio_y = C.gdouble(r.ScaleX)
		cr[i].offset_left = C.gdouble(r.OffsetL)
	}
	var idp *C.guint64
	if len(ids) > 0 {
		idp = (*C.guint64)(unsafe.Pointer(&ids[0]))
	}
	var rp *C.NvDsRoiMeta
	if len(cr) > 0 {
		rp = &cr[0]
	}
	m := C.gods_preprocess_batch_new(idp, C.size_t(len(ids)), rp, C.size_t(len(cr)))
	if m == nil {
		panic("preprocess: out of memory")
	}
	if tensor != nil {
		name := C.CString(tensor.Name)
		defer C.free(unsafe.Pointer(name))
		var sp *C.int
		if len(tensor.Shape) > 0 {
			sp = (*C.int)(unsafe.Pointer(&tensor.Shape[0]))
		}
		C.gods_preprocess_batch_set_tensor(m, tensor.Raw, C.guint64(tensor.Size), sp, C.size_t(len(tensor.Shape)),
			C.int(tensor.DataType), name, 0, C.guint(tensor.MetaID), 1)
	}
	pu, err := b.AcquireUserMeta()
	if err != nil {
		C.gods_preprocess_batch_free(m)
		panic(err)
	}
	C.gods_preprocess_attach_batch((*C.NvDsUserMeta)(pu.Meta().UnsafePointer()), m)
	return b.AddUserMeta(pu)
}
