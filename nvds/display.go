package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// MaxElementsInDisplayMeta is MAX_ELEMENTS_IN_DISPLAY_META: the size of
// each element array of a display meta.
const MaxElementsInDisplayMeta = C.MAX_ELEMENTS_IN_DISPLAY_META

// DisplayMeta is a borrowed view of an NvDsDisplayMeta: what nvdsosd draws
// on a frame besides the objects. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
//
// Each element kind is a fixed array of MaxElementsInDisplayMeta entries
// with a counter telling nvdsosd how many to draw: Rect(i) reaches any
// entry, AppendRect takes the next one and bumps num_rects.
type DisplayMeta struct{ p *C.NvDsDisplayMeta }

func displayFromPointer(p unsafe.Pointer) DisplayMeta { return DisplayMeta{(*C.NvDsDisplayMeta)(p)} }

// DisplayMetaFromUnsafePointer wraps an NvDsDisplayMeta* (borrowed).
func DisplayMetaFromUnsafePointer(p unsafe.Pointer) DisplayMeta { return displayFromPointer(p) }

// UnsafePointer returns the NvDsDisplayMeta*.
func (d DisplayMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(d.p) }

// IsNil reports whether the view holds no metadata.
func (d DisplayMeta) IsNil() bool { return d.p == nil }

// Base returns the embedded NvDsBaseMeta.
func (d DisplayMeta) Base() BaseMeta { return BaseMeta{&d.c().base_meta} }

// NumRects is num_rects: how many entries of rect_params nvdsosd draws.
func (d DisplayMeta) NumRects() uint32 { return uint32(d.c().num_rects) }

// SetNumRects writes num_rects.
func (d DisplayMeta) SetNumRects(v uint32) { d.c().num_rects = C.guint(v) }

// NumLabels is num_labels: how many entries of text_params nvdsosd draws.
func (d DisplayMeta) NumLabels() uint32 { return uint32(d.c().num_labels) }

// SetNumLabels writes num_labels.
func (d DisplayMeta) SetNumLabels(v uint32) { d.c().num_labels = C.guint(v) }

// NumLines is num_lines: how many entries of line_params nvdsosd draws.
func (d DisplayMeta) NumLines() uint32 { return uint32(d.c().num_lines) }

// SetNumLines writes num_lines.
func (d DisplayMeta) SetNumLines(v uint32) { d.c().num_lines = C.guint(v) }

// NumArrows is num_arrows: how many entries of arrow_params nvdsosd draws.
func (d DisplayMeta) NumArrows() uint32 { return uint32(d.c().num_arrows) }

// SetNumArrows writes num_arrows.
func (d DisplayMeta) SetNumArrows(v uint32) { d.c().num_arrows = C.guint(v) }

// NumCircles is num_circles: how many entries of circle_params nvdsosd
// draws.
func (d DisplayMeta) NumCircles() uint32 { return uint32(d.c().num_circles) }

// SetNumCircles writes num_circles.
func (d DisplayMeta) SetNumCircles(v uint32) { d.c().num_circles = C.guint(v) }

func displayIndex(i int) bool { return i >= 0 && i < MaxElementsInDisplayMeta }

// Rect returns rect_params[i], whatever num_rects says, or ErrOutOfRange
// for i outside 0..MaxElementsInDisplayMeta-1.
func (d DisplayMeta) Rect(i int) (RectParams, error) {
	if !displayIndex(i) {
		return RectParams{}, ErrOutOfRange
	}
	return RectParams{&d.c().rect_params[i]}, nil
}

// Text returns text_params[i], whatever num_labels says, or ErrOutOfRange
// for i outside 0..MaxElementsInDisplayMeta-1.
func (d DisplayMeta) Text(i int) (TextParams, error) {
	if !displayIndex(i) {
		return TextParams{}, ErrOutOfRange
	}
	return TextParams{&d.c().text_params[i]}, nil
}

// Line returns line_params[i], whatever num_lines says, or ErrOutOfRange
// for i outside 0..MaxElementsInDisplayMeta-1.
func (d DisplayMeta) Line(i int) (LineParams, error) {
	if !displayIndex(i) {
		return LineParams{}, ErrOutOfRange
	}
	return LineParams{&d.c().line_params[i]}, nil
}

// Arrow returns arrow_params[i], whatever num_arrows says, or
// ErrOutOfRange for i outside 0..MaxElementsInDisplayMeta-1.
func (d DisplayMeta) Arrow(i int) (ArrowParams, error) {
	if !displayIndex(i) {
		return ArrowParams{}, ErrOutOfRange
	}
	return ArrowParams{&d.c().arrow_params[i]}, nil
}

// Circle returns circle_params[i], whatever num_circles says, or
// ErrOutOfRange for i outside 0..MaxElementsInDisplayMeta-1.
func (d DisplayMeta) Circle(i int) (CircleParams, error) {
	if !displayIndex(i) {
		return CircleParams{}, ErrOutOfRange
	}
	return CircleParams{&d.c().circle_params[i]}, nil
}

// appendIndex returns the counter's value and increments it, or -1 when
// the array is full.
func appendIndex(n *C.guint) int {
	i := int(*n)
	if !displayIndex(i) {
		return -1
	}
	*n++
	return i
}

// AppendRect returns rect_params[num_rects] and increments num_rects, or
// ErrOutOfRange when all MaxElementsInDisplayMeta entries are in use.
func (d DisplayMeta) AppendRect() (RectParams, error) {
	return d.Rect(appendIndex(&d.c().num_rects))
}

// AppendText returns text_params[num_labels] and increments num_labels, or
// ErrOutOfRange when all MaxElementsInDisplayMeta entries are in use.
func (d DisplayMeta) AppendText() (TextParams, error) {
	return d.Text(appendIndex(&d.c().num_labels))
}

// AppendLine returns line_params[num_lines] and increments num_lines, or
// ErrOutOfRange when all MaxElementsInDisplayMeta entries are in use.
func (d DisplayMeta) AppendLine() (LineParams, error) {
	return d.Line(appendIndex(&d.c().num_lines))
}

// AppendArrow returns arrow_params[num_arrows] and increments num_arrows,
// or ErrOutOfRange when all MaxElementsInDisplayMeta entries are in use.
func (d DisplayMeta) AppendArrow() (ArrowParams, error) {
	return d.Arrow(appendIndex(&d.c().num_arrows))
}

// AppendCircle returns circle_params[num_circles] and increments
// num_circles, or ErrOutOfRange when all MaxElementsInDisplayMeta entries
// are in use.
func (d DisplayMeta) AppendCircle() (CircleParams, error) {
	return d.Circle(appendIndex(&d.c().num_circles))
}

// MiscOSDData returns misc_osd_data as a writable view of its true width
// (gint64, MAX_USER_FIELDS entries).
func (d DisplayMeta) MiscOSDData() []int64 {
	return unsafe.Slice((*int64)(unsafe.Pointer(&d.c().misc_osd_data[0])), len(d.c().misc_osd_data))
}

// Reserved returns the reserved array as a writable view (gint64).
func (d DisplayMeta) Reserved() []int64 {
	return unsafe.Slice((*int64)(unsafe.Pointer(&d.c().reserved[0])), len(d.c().reserved))
}
