package osd

import "github.com/go-deepstream/go-deepstream/nvds"

// The OSD parameter views of nvll_osd_struct.h, defined in package nvds
// and named here without their package prefix. Each is a borrowed view of
// memory inside object or display metadata: valid only while the buffer
// that carries it is alive and inside the probe or callback that produced
// it.
type (
	// ColorParams is NvOSD_ColorParams (components in 0..1).
	ColorParams = nvds.ColorParams
	// FontParams is NvOSD_FontParams.
	FontParams = nvds.FontParams
	// TextParams is NvOSD_TextParams; display_text is owned (g_malloc).
	TextParams = nvds.TextParams
	// RectParams is NvOSD_RectParams.
	RectParams = nvds.RectParams
	// LineParams is NvOSD_LineParams.
	LineParams = nvds.LineParams
	// ArrowParams is NvOSD_ArrowParams.
	ArrowParams = nvds.ArrowParams
	// CircleParams is NvOSD_CircleParams.
	CircleParams = nvds.CircleParams
	// MaskParams is NvOSD_MaskParams; Data is a zero-copy slice.
	MaskParams = nvds.MaskParams
	// DisplayMeta is NvDsDisplayMeta.
	DisplayMeta = nvds.DisplayMeta
)

// Plain values copied in and out of the views.
type (
	// Color is an RGBA colour, components in 0..1.
	Color = nvds.Color
	// Rect is a box: left, top, width, height in pixels.
	Rect = nvds.Rect
	// ArrowHead is NvOSD_Arrow_Head_Direction.
	ArrowHead = nvds.ArrowHead
	// Mode is NvOSD_Mode, nvdsosd's process-mode.
	Mode = nvds.OSDMode
)

// Arrow heads (NvOSD_Arrow_Head_Direction).
const (
	ArrowHeadStart = nvds.ArrowHeadStart
	ArrowHeadEnd   = nvds.ArrowHeadEnd
	ArrowHeadBoth  = nvds.ArrowHeadBoth
)

// Processing modes (NvOSD_Mode).
const (
	ModeCPU  = nvds.OSDModeCPU
	ModeGPU  = nvds.OSDModeGPU
	ModeNone = nvds.OSDModeNone
)

// MaxElements is MAX_ELEMENTS_IN_DISPLAY_META: how many texts, rects,
// lines, arrows and circles (each) one display meta holds.
const MaxElements = nvds.MaxElementsInDisplayMeta
