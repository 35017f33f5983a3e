package osd

import (
	"strings"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Drawer adds texts, boxes, lines, arrows and circles to one frame through
// display metas. It takes them from the batch's pool as it goes
// (nvds_acquire_display_meta_from_pool, then
// nvds_add_display_meta_to_frame right away): when the current display
// meta already holds nvds.MaxElementsInDisplayMeta elements of the kind
// being added, the next one is acquired and attached instead of failing.
// Elements of different kinds share a display meta until it is full of
// their kind.
//
// A Drawer only ever fills display metas it acquired itself. The display
// metas, like every view, are valid while the buffer is inside the probe;
// so is the Drawer. It is not safe for concurrent use: use one per frame.
type Drawer struct {
	frame nvds.FrameMeta
	metas []nvds.DisplayMeta
}

// NewDrawer returns a Drawer for frame. Nothing is acquired until the
// first element is added.
func NewDrawer(frame nvds.FrameMeta) *Drawer { return &Drawer{frame: frame} }

// DisplayMetas returns the display metas the Drawer has attached so far,
// in order.
func (d *Drawer) DisplayMetas() []nvds.DisplayMeta { return d.metas }

// next returns the entry that add (an Append* method) gives in the current
// display meta, acquiring and attaching a new display meta if it is full.
func next[T any](d *Drawer, op string, add func(nvds.DisplayMeta) (T, error)) (T, error) {
	if n := len(d.metas); n > 0 {
		if v, err := add(d.metas[n-1]); err == nil {
			return v, nil
		}
	}
	var zero T
	if d.frame.IsNil() {
		return zero, &nvds.Error{Op: op, Err: nvds.ErrNilMeta}
	}
	p, err := d.frame.Batch().AcquireDisplayMeta()
	if err != nil {
		return zero, err
	}
	dm := d.frame.AddDisplayMeta(p)
	d.metas = append(d.metas, dm)
	return add(dm)
}

// AddText returns the next free text_params entry (num_labels counts it)
// to fill in.
func (d *Drawer) AddText() (nvds.TextParams, error) {
	return next(d, "osd.Drawer.AddText", nvds.DisplayMeta.AppendText)
}

// AddRect returns the next free rect_params entry (num_rects counts it).
func (d *Drawer) AddRect() (nvds.RectParams, error) {
	return next(d, "osd.Drawer.AddRect", nvds.DisplayMeta.AppendRect)
}

// AddLine returns the next free line_params entry (num_lines counts it).
func (d *Drawer) AddLine() (nvds.LineParams, error) {
	return next(d, "osd.Drawer.AddLine", nvds.DisplayMeta.AppendLine)
}

// AddArrow returns the next free arrow_params entry (num_arrows counts it).
func (d *Drawer) AddArrow() (nvds.ArrowParams, error) {
	return next(d, "osd.Drawer.AddArrow", nvds.DisplayMeta.AppendArrow)
}

// AddCircle returns the next free circle_params entry (num_circles counts
// it).
func (d *Drawer) AddCircle() (nvds.CircleParams, error) {
	return next(d, "osd.Drawer.AddCircle", nvds.DisplayMeta.AppendCircle)
}

// TextStyle is how a text is drawn.
type TextStyle struct {
	FontName   string     // font_name; nvds interns it (never freed)
	FontSize   uint32     // font_size
	Color      nvds.Color // font_color
	HasBgColor bool       // set_bg_clr
	BgColor    nvds.Color // text_bg_clr
}

// DefaultTextStyle is the style of the pyds sample apps' frame overlay:
// 10-point Serif, white on black.
var DefaultTextStyle = TextStyle{FontName: "Serif", FontSize: 10, Color: White, HasBgColor: true, BgColor: Black}

// Text adds s at (x, y) in style st. The text is copied into a g_malloc'ed
// display_text, which DeepStream frees with the display meta. It fails
// with nvds.ErrNUL, adding nothing, if s or st.FontName contains a NUL
// byte.
func (d *Drawer) Text(x, y uint32, s string, st TextStyle) (nvds.TextParams, error) {
	if strings.IndexByte(s, 0) >= 0 || strings.IndexByte(st.FontName, 0) >= 0 {
		return nvds.TextParams{}, &nvds.Error{Op: "osd.Drawer.Text", Err: nvds.ErrNUL}
	}
	t, err := d.AddText()
	if err != nil {
		return t, err
	}
	_ = t.SetDisplayText(s) // checked above
	t.SetXOffset(x)
	t.SetYOffset(y)
	f := t.FontParams()
	_ = f.SetFontName(st.FontName) // checked above
	f.SetFontSize(st.FontSize)
	f.FontColor().SetColor(st.Color)
	t.SetHasBgColor(st.HasBgColor)
	t.BgColor().SetColor(st.BgColor)
	return t, nil
}

// RectStyle is how a box is drawn.
type RectStyle struct {
	BorderWidth uint32     // border_width; 0 draws no border
	BorderColor nvds.Color // border_color
	HasBgColor  bool       // has_bg_color: fill the box
	BgColor     nvds.Color // bg_color
}

// Rect adds the box r in style st.
func (d *Drawer) Rect(r nvds.Rect, st RectStyle) (nvds.RectParams, error) {
	p, err := d.AddRect()
	if err != nil {
		return p, err
	}
	p.SetRect(r)
	p.SetBorderWidth(st.BorderWidth)
	p.BorderColor().SetColor(st.BorderColor)
	p.SetHasBgColor(st.HasBgColor)
	p.BgColor().SetColor(st.BgColor)
	return p, nil
}

// Line adds a line from (x1, y1) to (x2, y2), width pixels wide.
func (d *Drawer) Line(x1, y1, x2, y2, width uint32, c nvds.Color) (nvds.LineParams, error) {
	l, err := d.AddLine()
	if err != nil {
		return l, err
	}
	l.SetPoints(x1, y1, x2, y2)
	l.SetLineWidth(width)
	l.LineColor().SetColor(c)
	return l, nil
}

// Arrow adds an arrow from (x1, y1) to (x2, y2), width pixels wide, with
// head(s) where head says.
func (d *Drawer) Arrow(x1, y1, x2, y2, width uint32, head nvds.ArrowHead, c nvds.Color) (nvds.ArrowParams, error) {
	a, err := d.AddArrow()
	if err != nil {
		return a, err
	}
	a.SetPoints(x1, y1, x2, y2)
	a.SetArrowWidth(width)
	a.SetArrowHead(head)
	a.ArrowColor().SetColor(c)
	return a, nil
}

// Circle adds a circle of radius around (xc, yc).
func (d *Drawer) Circle(xc, yc, radius uint32, c nvds.Color) (nvds.CircleParams, error) {
	p, err := d.AddCircle()
	if err != nil {
		return p, err
	}
	p.SetXC(xc)
	p.SetYC(yc)
	p.SetRadius(radius)
	p.CircleColor().SetColor(c)
	return p, nil
}
