package nvds

/*
#include "cshim.go.h"
#include "nvll_osd_api.h"
*/
import "C"

// Every view holds one C pointer, p, and every method that reaches through
// it does so with the view's checked accessor c(). A zero view (a
// FrameMeta{} declared but never obtained from a batch) then panics with a
// message naming the misuse instead of Go's bare nil dereference, and no
// method needs a check of its own. c() inlines to one compare and a
// never-taken branch; BenchmarkWalkBatch measures the cost (none
// measurable). TestZeroViewsPanicNamed calls every method of every view on
// a zero value, so a method that bypasses c() fails it.

// zeroView is the panic value of a zero view: the view type's name. It is
// an error, so the runtime prints its message.
type zeroView string

func (z zeroView) Error() string {
	return "nvds: " + string(z) + " used as a zero value (not obtained from a batch, a frame or a view)"
}

func (v BaseMeta) c() *C.NvDsBaseMeta {
	if v.p == nil {
		panic(zeroView("BaseMeta"))
	}
	return v.p
}

func (v BBoxInfo) c() *C.NvDsComp_BboxInfo {
	if v.p == nil {
		panic(zeroView("BBoxInfo"))
	}
	return v.p
}

func (v ClassifierMeta) c() *C.NvDsClassifierMeta {
	if v.p == nil {
		panic(zeroView("ClassifierMeta"))
	}
	return v.p
}

func (v DisplayMeta) c() *C.NvDsDisplayMeta {
	if v.p == nil {
		panic(zeroView("DisplayMeta"))
	}
	return v.p
}

func (v FrameMeta) c() *C.NvDsFrameMeta {
	if v.p == nil {
		panic(zeroView("FrameMeta"))
	}
	return v.p
}

func (v LabelInfo) c() *C.NvDsLabelInfo {
	if v.p == nil {
		panic(zeroView("LabelInfo"))
	}
	return v.p
}

func (v ObjectMeta) c() *C.NvDsObjectMeta {
	if v.p == nil {
		panic(zeroView("ObjectMeta"))
	}
	return v.p
}

func (v UserMeta) c() *C.NvDsUserMeta {
	if v.p == nil {
		panic(zeroView("UserMeta"))
	}
	return v.p
}

func (v ArrowParams) c() *C.NvOSD_ArrowParams {
	if v.p == nil {
		panic(zeroView("ArrowParams"))
	}
	return v.p
}

func (v CircleParams) c() *C.NvOSD_CircleParams {
	if v.p == nil {
		panic(zeroView("CircleParams"))
	}
	return v.p
}

func (v ColorParams) c() *C.NvOSD_ColorParams {
	if v.p == nil {
		panic(zeroView("ColorParams"))
	}
	return v.p
}

func (v FontParams) c() *C.NvOSD_FontParams {
	if v.p == nil {
		panic(zeroView("FontParams"))
	}
	return v.p
}

func (v LineParams) c() *C.NvOSD_LineParams {
	if v.p == nil {
		panic(zeroView("LineParams"))
	}
	return v.p
}

func (v MaskParams) c() *C.NvOSD_MaskParams {
	if v.p == nil {
		panic(zeroView("MaskParams"))
	}
	return v.p
}

func (v RectParams) c() *C.NvOSD_RectParams {
	if v.p == nil {
		panic(zeroView("RectParams"))
	}
	return v.p
}

func (v TextParams) c() *C.NvOSD_TextParams {
	if v.p == nil {
		panic(zeroView("TextParams"))
	}
	return v.p
}

func (v ColorInfo) c() *C.NvOSD_Color_info {
	if v.p == nil {
		panic(zeroView("ColorInfo"))
	}
	return v.p
}

func (v FrameTextParams) c() *C.NvOSD_FrameTextParams {
	if v.p == nil {
		panic(zeroView("FrameTextParams"))
	}
	return v.p
}

func (v FrameRectParams) c() *C.NvOSD_FrameRectParams {
	if v.p == nil {
		panic(zeroView("FrameRectParams"))
	}
	return v.p
}

func (v FrameLineParams) c() *C.NvOSD_FrameLineParams {
	if v.p == nil {
		panic(zeroView("FrameLineParams"))
	}
	return v.p
}

func (v FrameArrowParams) c() *C.NvOSD_FrameArrowParams {
	if v.p == nil {
		panic(zeroView("FrameArrowParams"))
	}
	return v.p
}

func (v FrameCircleParams) c() *C.NvOSD_FrameCircleParams {
	if v.p == nil {
		panic(zeroView("FrameCircleParams"))
	}
	return v.p
}
