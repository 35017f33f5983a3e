package nvds

// #include "nvll_osd_api.h"
import "C"

import "unsafe"

// The NvOSD_Frame*Params structs of nvll_osd_api.h hand a list of elements
// and a surface to nvll_osd's drawing functions. No binding calls those
// functions (pyds binds the structs only, and nvdsosd fills them itself);
// the views below exist for completeness: borrowed, one C pointer each,
// valid while the struct they look into is. Their element lists are C
// arrays owned by whoever filled the struct.

// ColorInfo is a view of an NvOSD_Color_info: a colour with an id, which
// RectParams.ColorID refers to.
type ColorInfo struct{ p *C.NvOSD_Color_info }

// ColorInfoFromUnsafePointer wraps an NvOSD_Color_info* (borrowed).
func ColorInfoFromUnsafePointer(p unsafe.Pointer) ColorInfo {
	return ColorInfo{(*C.NvOSD_Color_info)(p)}
}

// UnsafePointer returns the NvOSD_Color_info*.
func (c ColorInfo) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(c.p) }

// ID is id.
func (c ColorInfo) ID() int32 { return int32(c.c().id) }

// SetID writes id.
func (c ColorInfo) SetID(v int32) { c.c().id = C.int(v) }

// Color is color.
func (c ColorInfo) Color() ColorParams { return ColorParams{&c.c().color} }

// element returns the i'th element of a C array of n elements of size
// bytes, or ErrOutOfRange.
func element(list unsafe.Pointer, n C.int, i int, size uintptr) (unsafe.Pointer, error) {
	if list == nil || i < 0 || i >= int(n) {
		return nil, ErrOutOfRange
	}
	return unsafe.Add(list, uintptr(i)*size), nil
}

// FrameTextParams is a view of an NvOSD_FrameTextParams.
type FrameTextParams struct{ p *C.NvOSD_FrameTextParams }

// FrameTextParamsFromUnsafePointer wraps an NvOSD_FrameTextParams* (borrowed).
func FrameTextParamsFromUnsafePointer(p unsafe.Pointer) FrameTextParams {
	return FrameTextParams{(*C.NvOSD_FrameTextParams)(p)}
}

// UnsafePointer returns the NvOSD_FrameTextParams*.
func (f FrameTextParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(f.p) }

// Mode is mode.
func (f FrameTextParams) Mode() OSDMode { return OSDMode(f.c().mode) }

// SetMode writes mode.
func (f FrameTextParams) SetMode(m OSDMode) { f.c().mode = C.NvOSD_Mode(m) }

// NumStrings is num_strings.
func (f FrameTextParams) NumStrings() int { return int(f.c().num_strings) }

// Text returns element i of text_params_list, or ErrOutOfRange past num_strings.
func (f FrameTextParams) Text(i int) (TextParams, error) {
	p, err := element(unsafe.Pointer(f.c().text_params_list), f.c().num_strings, i, unsafe.Sizeof(C.NvOSD_TextParams{}))
	if err != nil {
		return TextParams{}, err
	}
	return TextParams{(*C.NvOSD_TextParams)(p)}, nil
}

// UnsafeSetTexts sets text_params_list to a C array of n NvOSD_TextParams and num_strings to n.
// The array stays the caller's.
func (f FrameTextParams) UnsafeSetTexts(list unsafe.Pointer, n int) {
	f.c().text_params_list = (*C.NvOSD_TextParams)(list)
	f.c().num_strings = C.int(n)
}

// BufPtr is buf_ptr (an NvBufSurfaceParams*): the frame to draw on.
func (f FrameTextParams) BufPtr() unsafe.Pointer { return unsafe.Pointer(f.c().buf_ptr) }

// Surface is surf (an NvBufSurface*): the batch to draw on.
func (f FrameTextParams) Surface() unsafe.Pointer { return unsafe.Pointer(f.c().surf) }

// UnsafeSetSurface sets buf_ptr and surf.
func (f FrameTextParams) UnsafeSetSurface(bufPtr, surf unsafe.Pointer) {
	f.c().buf_ptr = (*C.NvBufSurfaceParams)(bufPtr)
	f.c().surf = (*C.NvBufSurface)(surf)
}

// FrameRectParams is a view of an NvOSD_FrameRectParams.
type FrameRectParams struct{ p *C.NvOSD_FrameRectParams }

// FrameRectParamsFromUnsafePointer wraps an NvOSD_FrameRectParams* (borrowed).
func FrameRectParamsFromUnsafePointer(p unsafe.Pointer) FrameRectParams {
	return FrameRectParams{(*C.NvOSD_FrameRectParams)(p)}
}

// UnsafePointer returns the NvOSD_FrameRectParams*.
func (f FrameRectParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(f.p) }

// Mode is mode.
func (f FrameRectParams) Mode() OSDMode { return OSDMode(f.c().mode) }

// SetMode writes mode.
func (f FrameRectParams) SetMode(m OSDMode) { f.c().mode = C.NvOSD_Mode(m) }

// NumRects is num_rects.
func (f FrameRectParams) NumRects() int { return int(f.c().num_rects) }

// Rect returns element i of rect_params_list, or ErrOutOfRange past num_rects.
func (f FrameRectParams) Rect(i int) (RectParams, error) {
	p, err := element(unsafe.Pointer(f.c().rect_params_list), f.c().num_rects, i, unsafe.Sizeof(C.NvOSD_RectParams{}))
	if err != nil {
		return RectParams{}, err
	}
	return RectParams{(*C.NvOSD_RectParams)(p)}, nil
}

// UnsafeSetRects sets rect_params_list to a C array of n NvOSD_RectParams and num_rects to n.
// The array stays the caller's.
func (f FrameRectParams) UnsafeSetRects(list unsafe.Pointer, n int) {
	f.c().rect_params_list = (*C.NvOSD_RectParams)(list)
	f.c().num_rects = C.int(n)
}

// BufPtr is buf_ptr (an NvBufSurfaceParams*): the frame to draw on.
func (f FrameRectParams) BufPtr() unsafe.Pointer { return unsafe.Pointer(f.c().buf_ptr) }

// Surface is surf (an NvBufSurface*): the batch to draw on.
func (f FrameRectParams) Surface() unsafe.Pointer { return unsafe.Pointer(f.c().surf) }

// UnsafeSetSurface sets buf_ptr and surf.
func (f FrameRectParams) UnsafeSetSurface(bufPtr, surf unsafe.Pointer) {
	f.c().buf_ptr = (*C.NvBufSurfaceParams)(bufPtr)
	f.c().surf = (*C.NvBufSurface)(surf)
}

// FrameLineParams is a view of an NvOSD_FrameLineParams.
type FrameLineParams struct{ p *C.NvOSD_FrameLineParams }

// FrameLineParamsFromUnsafePointer wraps an NvOSD_FrameLineParams* (borrowed).
func FrameLineParamsFromUnsafePointer(p unsafe.Pointer) FrameLineParams {
	return FrameLineParams{(*C.NvOSD_FrameLineParams)(p)}
}

// UnsafePointer returns the NvOSD_FrameLineParams*.
func (f FrameLineParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(f.p) }

// Mode is mode.
func (f FrameLineParams) Mode() OSDMode { return OSDMode(f.c().mode) }

// SetMode writes mode.
func (f FrameLineParams) SetMode(m OSDMode) { f.c().mode = C.NvOSD_Mode(m) }

// NumLines is num_lines.
func (f FrameLineParams) NumLines() int { return int(f.c().num_lines) }

// Line returns element i of line_params_list, or ErrOutOfRange past num_lines.
func (f FrameLineParams) Line(i int) (LineParams, error) {
	p, err := element(unsafe.Pointer(f.c().line_params_list), f.c().num_lines, i, unsafe.Sizeof(C.NvOSD_LineParams{}))
	if err != nil {
		return LineParams{}, err
	}
	return LineParams{(*C.NvOSD_LineParams)(p)}, nil
}

// UnsafeSetLines sets line_params_list to a C array of n NvOSD_LineParams and num_lines to n.
// The array stays the caller's.
func (f FrameLineParams) UnsafeSetLines(list unsafe.Pointer, n int) {
	f.c().line_params_list = (*C.NvOSD_LineParams)(list)
	f.c().num_lines = C.int(n)
}

// BufPtr is buf_ptr (an NvBufSurfaceParams*): the frame to draw on.
func (f FrameLineParams) BufPtr() unsafe.Pointer { return unsafe.Pointer(f.c().buf_ptr) }

// Surface is surf (an NvBufSurface*): the batch to draw on.
func (f FrameLineParams) Surface() unsafe.Pointer { return unsafe.Pointer(f.c().surf) }

// UnsafeSetSurface sets buf_ptr and surf.
func (f FrameLineParams) UnsafeSetSurface(bufPtr, surf unsafe.Pointer) {
	f.c().buf_ptr = (*C.NvBufSurfaceParams)(bufPtr)
	f.c().surf = (*C.NvBufSurface)(surf)
}

// FrameArrowParams is a view of an NvOSD_FrameArrowParams.
type FrameArrowParams struct{ p *C.NvOSD_FrameArrowParams }

// FrameArrowParamsFromUnsafePointer wraps an NvOSD_FrameArrowParams* (borrowed).
func FrameArrowParamsFromUnsafePointer(p unsafe.Pointer) FrameArrowParams {
	return FrameArrowParams{(*C.NvOSD_FrameArrowParams)(p)}
}

// UnsafePointer returns the NvOSD_FrameArrowParams*.
func (f FrameArrowParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(f.p) }

// Mode is mode.
func (f FrameArrowParams) Mode() OSDMode { return OSDMode(f.c().mode) }

// SetMode writes mode.
func (f FrameArrowParams) SetMode(m OSDMode) { f.c().mode = C.NvOSD_Mode(m) }

// NumArrows is num_arrows.
func (f FrameArrowParams) NumArrows() int { return int(f.c().num_arrows) }

// Arrow returns element i of arrow_params_list, or ErrOutOfRange past num_arrows.
func (f FrameArrowParams) Arrow(i int) (ArrowParams, error) {
	p, err := element(unsafe.Pointer(f.c().arrow_params_list), f.c().num_arrows, i, unsafe.Sizeof(C.NvOSD_ArrowParams{}))
	if err != nil {
		return ArrowParams{}, err
	}
	return ArrowParams{(*C.NvOSD_ArrowParams)(p)}, nil
}

// UnsafeSetArrows sets arrow_params_list to a C array of n NvOSD_ArrowParams and num_arrows to n.
// The array stays the caller's.
func (f FrameArrowParams) UnsafeSetArrows(list unsafe.Pointer, n int) {
	f.c().arrow_params_list = (*C.NvOSD_ArrowParams)(list)
	f.c().num_arrows = C.int(n)
}

// BufPtr is buf_ptr (an NvBufSurfaceParams*): the frame to draw on.
func (f FrameArrowParams) BufPtr() unsafe.Pointer { return unsafe.Pointer(f.c().buf_ptr) }

// Surface is surf (an NvBufSurface*): the batch to draw on.
func (f FrameArrowParams) Surface() unsafe.Pointer { return unsafe.Pointer(f.c().surf) }

// UnsafeSetSurface sets buf_ptr and surf.
func (f FrameArrowParams) UnsafeSetSurface(bufPtr, surf unsafe.Pointer) {
	f.c().buf_ptr = (*C.NvBufSurfaceParams)(bufPtr)
	f.c().surf = (*C.NvBufSurface)(surf)
}

// FrameCircleParams is a view of an NvOSD_FrameCircleParams.
type FrameCircleParams struct{ p *C.NvOSD_FrameCircleParams }

// FrameCircleParamsFromUnsafePointer wraps an NvOSD_FrameCircleParams* (borrowed).
func FrameCircleParamsFromUnsafePointer(p unsafe.Pointer) FrameCircleParams {
	return FrameCircleParams{(*C.NvOSD_FrameCircleParams)(p)}
}

// UnsafePointer returns the NvOSD_FrameCircleParams*.
func (f FrameCircleParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(f.p) }

// Mode is mode.
func (f FrameCircleParams) Mode() OSDMode { return OSDMode(f.c().mode) }

// SetMode writes mode.
func (f FrameCircleParams) SetMode(m OSDMode) { f.c().mode = C.NvOSD_Mode(m) }

// NumCircles is num_circles.
func (f FrameCircleParams) NumCircles() int { return int(f.c().num_circles) }

// Circle returns element i of circle_params_list, or ErrOutOfRange past num_circles.
func (f FrameCircleParams) Circle(i int) (CircleParams, error) {
	p, err := element(unsafe.Pointer(f.c().circle_params_list), f.c().num_circles, i, unsafe.Sizeof(C.NvOSD_CircleParams{}))
	if err != nil {
		return CircleParams{}, err
	}
	return CircleParams{(*C.NvOSD_CircleParams)(p)}, nil
}

// UnsafeSetCircles sets circle_params_list to a C array of n NvOSD_CircleParams and num_circles to n.
// The array stays the caller's.
func (f FrameCircleParams) UnsafeSetCircles(list unsafe.Pointer, n int) {
	f.c().circle_params_list = (*C.NvOSD_CircleParams)(list)
	f.c().num_circles = C.int(n)
}

// BufPtr is buf_ptr (an NvBufSurfaceParams*): the frame to draw on.
func (f FrameCircleParams) BufPtr() unsafe.Pointer { return unsafe.Pointer(f.c().buf_ptr) }

// Surface is surf (an NvBufSurface*): the batch to draw on.
func (f FrameCircleParams) Surface() unsafe.Pointer { return unsafe.Pointer(f.c().surf) }

// UnsafeSetSurface sets buf_ptr and surf.
func (f FrameCircleParams) UnsafeSetSurface(bufPtr, surf unsafe.Pointer) {
	f.c().buf_ptr = (*C.NvBufSurfaceParams)(bufPtr)
	f.c().surf = (*C.NvBufSurface)(surf)
}
