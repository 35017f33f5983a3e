package preprocess

// #include "preprocess.go.h"
import "C"

import (
	"iter"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/surface"
)

// RoiMeta is a borrowed view of an NvDsRoiMeta: one region of interest
// nvdspreprocess scaled and converted for a model, found in a preprocess
// batch meta's ROI list or as user meta of type nvds.MetaTypeROI. It is
// valid only while the buffer that carries it is alive and inside the probe
// or callback that produced it.
type RoiMeta struct{ p *C.NvDsRoiMeta }

// RoiMetaFromUser returns the ROI meta a user meta of type
// nvds.MetaTypeROI carries, and false for any other.
func RoiMetaFromUser(u nvds.UserMeta) (RoiMeta, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeROI || u.Data() == nil {
		return RoiMeta{}, false
	}
	return RoiMeta{(*C.NvDsRoiMeta)(u.Data())}, true
}

// RoiMetaFromUnsafePointer wraps an NvDsRoiMeta* (borrowed).
func RoiMetaFromUnsafePointer(p unsafe.Pointer) RoiMeta { return RoiMeta{(*C.NvDsRoiMeta)(p)} }

// UnsafePointer returns the NvDsRoiMeta*.
func (r RoiMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(r.p) }

// Rect is roi's box (left, top, width, height), a copy.
func (r RoiMeta) Rect() nvds.Rect {
	return nvds.Rect{Left: float32(r.p.roi.left), Top: float32(r.p.roi.top), Width: float32(r.p.roi.width), Height: float32(r.p.roi.height)}
}

// RectParams is roi as a view. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
func (r RoiMeta) RectParams() nvds.RectParams {
	return nvds.RectParamsFromUnsafePointer(unsafe.Pointer(&r.p.roi))
}

// MaxPolygonPoints is DS_MAX_POLYGON_POINTS.
const MaxPolygonPoints = C.DS_MAX_POLYGON_POINTS

// Polygon is roi_polygon, a copy: up to MaxPolygonPoints (x, y) points.
func (r RoiMeta) Polygon() [MaxPolygonPoints][2]uint32 {
	var out [MaxPolygonPoints][2]uint32
	for i := range out {
		out[i] = [2]uint32{uint32(r.p.roi_polygon[i][0]), uint32(r.p.roi_polygon[i][1])}
	}
	return out
}

// ConvertedBuffer is converted_buffer: the scaled, converted ROI. It is
// valid only while the buffer that carries it is alive and inside the probe
// or callback that produced it.
func (r RoiMeta) ConvertedBuffer() surface.Params {
	return surface.ParamsFromUnsafePointer(unsafe.Pointer(r.p.converted_buffer))
}

// FrameMeta is frame_meta: the frame the ROI belongs to.
func (r RoiMeta) FrameMeta() nvds.FrameMeta {
	return nvds.FrameMetaFromUnsafePointer(unsafe.Pointer(r.p.frame_meta))
}

// ObjectMeta is object_meta: the object the ROI was cut around, for
// object-level preprocessing; a nil view otherwise.
func (r RoiMeta) ObjectMeta() nvds.ObjectMeta {
	return nvds.ObjectMetaFromUnsafePointer(unsafe.Pointer(r.p.object_meta))
}

// ScaleRatio is scale_ratio_x and scale_ratio_y.
func (r RoiMeta) ScaleRatio() (x, y float64) {
	return float64(r.p.scale_ratio_x), float64(r.p.scale_ratio_y)
}

// Offset is offset_left and offset_top: the padding added when scaling.
func (r RoiMeta) Offset() (left, top float64) {
	return float64(r.p.offset_left), float64(r.p.offset_top)
}

// NumClassifiers is the length of classifier_meta_list: classifier
// results a secondary model attached to the ROI.
func (r RoiMeta) NumClassifiers() int { return listLen(r.p.classifier_meta_list) }

// UserMeta yields roi_user_meta_list, walked in Go.
func (r RoiMeta) UserMeta() iter.Seq[nvds.UserMeta] {
	return func(yield func(nvds.UserMeta) bool) {
		for l := r.p.roi_user_meta_list; l != nil; {
			next := l.next
			if !yield(nvds.UserMetaFromUnsafePointer(unsafe.Pointer(l.data))) {
				return
			}
			l = next
		}
	}
}

func listLen(l *C.GList) int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}
