package nvds

// #include "cshim.go.h"
import "C"

import "strconv"

// The OSD parameter views (RectParams, TextParams, FontParams, ColorParams,
// LineParams, ArrowParams, CircleParams, MaskParams) look into the
// NvOSD_*Params structs of nvll_osd_struct.h that live inside object and
// display metadata. Like every view they hold one C pointer and copy
// nothing; Rect and Color are the plain Go values to copy geometry and
// colours in and out.

// ArrowHead is NvOSD_Arrow_Head_Direction: which end of an arrow gets a head.
type ArrowHead int32

// Arrow head directions.
const (
	// ArrowHeadStart draws the head at (x1, y1) (START_HEAD).
	ArrowHeadStart ArrowHead = C.START_HEAD
	// ArrowHeadEnd draws the head at (x2, y2) (END_HEAD).
	ArrowHeadEnd ArrowHead = C.END_HEAD
	// ArrowHeadBoth draws heads at both ends (BOTH_HEAD).
	ArrowHeadBoth ArrowHead = C.BOTH_HEAD
)

// String returns the C name of the value, e.g. "START_HEAD".
func (h ArrowHead) String() string {
	switch h {
	case ArrowHeadStart:
		return "START_HEAD"
	case ArrowHeadEnd:
		return "END_HEAD"
	case ArrowHeadBoth:
		return "BOTH_HEAD"
	}
	return "ArrowHead(" + strconv.Itoa(int(h)) + ")"
}

// OSDMode is NvOSD_Mode: where nvdsosd draws (its process-mode property).
type OSDMode int32

// OSD processing modes.
const (
	// OSDModeCPU draws on the CPU (MODE_CPU).
	OSDModeCPU OSDMode = C.MODE_CPU
	// OSDModeGPU draws on the GPU (MODE_GPU).
	OSDModeGPU OSDMode = C.MODE_GPU
	// OSDModeNone draws nothing (MODE_NONE).
	OSDModeNone OSDMode = C.MODE_NONE
)

// String returns the C name of the value, e.g. "MODE_GPU".
func (m OSDMode) String() string {
	switch m {
	case OSDModeCPU:
		return "MODE_CPU"
	case OSDModeGPU:
		return "MODE_GPU"
	case OSDModeNone:
		return "MODE_NONE"
	}
	return "OSDMode(" + strconv.Itoa(int(m)) + ")"
}

// cuint and cint store a Go bool in the unsigned int / int flag fields of
// the OSD structs (has_bg_color, set_bg_clr, has_color_info).
func cuint(v bool) C.uint {
	if v {
		return 1
	}
	return 0
}

func cint(v bool) C.int {
	if v {
		return 1
	}
	return 0
}
