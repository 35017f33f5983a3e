package nvds_test

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

const consumedMsg = "nvds: pending metadata is empty: already attached, or the acquire failed"

// Every field of a classifier meta and its label infos, written through
// the views and read back.
func TestClassifierMetaFields(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)
	o := addObject(t, f, 0, "car")
	c := addClassifier(t, b, o, 2)

	assert.False(t, c.IsNil())
	assert.Equal(t, int32(2), c.UniqueComponentID())
	c.SetUniqueComponentID(-7)
	assert.Equal(t, int32(-7), c.UniqueComponentID())
	assert.Equal(t, "", c.ClassifierType(), "NULL reads as empty")
	assert.Equal(t, nvds.MetaTypeClassifier, c.Base().MetaType())
	assert.Equal(t, b.UnsafePointer(), c.Base().Batch().UnsafePointer())

	l := addLabel(t, b, c, "red", 3)
	assert.Equal(t, nvds.MetaTypeLabelInfo, l.Base().MetaType())
	l.SetNumClasses(12)
	l.SetResultClassID(4)
	l.SetLabelID(1)
	l.SetResultProb(0.75)
	assert.Equal(t, uint32(12), l.NumClasses())
	assert.Equal(t, uint32(4), l.ResultClassID())
	assert.Equal(t, uint32(1), l.LabelID())
	assert.Equal(t, float32(0.75), l.ResultProb())
	assert.Equal(t, "red", l.Label())

	c.SetNumLabels(9)
	assert.Equal(t, uint32(9), c.NumLabels())

	// The same memory through an independent path: the object's list.
	var seen []nvds.ClassifierMeta
	for cm := range o.Classifiers() {
		seen = append(seen, cm)
	}
	require.Len(t, seen, 1)
	assert.Equal(t, c.UnsafePointer(), seen[0].UnsafePointer())
	assert.Equal(t, int32(-7), seen[0].UniqueComponentID())
	got, err := seen[0].Label(0)
	require.NoError(t, err)
	assert.Equal(t, float32(0.75), got.ResultProb())

	same := nvds.ClassifierMetaFromUnsafePointer(c.UnsafePointer())
	assert.Equal(t, uint32(9), same.NumLabels())
	assert.Equal(t, "red", nvds.LabelInfoFromUnsafePointer(l.UnsafePointer()).Label())
}

func TestLabelsIteration(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	o := addObject(t, addFrame(t, b, 0, 0), 0, "car")
	c := addClassifier(t, b, o, 1)
	want := []string{"red", "green", "blue", "white"}
	for i, s := range want {
		addLabel(t, b, c, s, uint32(i))
	}
	assert.Equal(t, 4, c.NumLabelInfos())

	var got []string
	for l := range c.Labels() {
		got = append(got, l.Label())
	}
	assert.Equal(t, want, got, "list order is attach order")

	got = got[:0]
	for l := range c.Labels() {
		got = append(got, l.Label())
		if len(got) == 2 {
			break
		}
	}
	assert.Equal(t, want[:2], got, "early break")

	l, err := c.Label(3)
	require.NoError(t, err)
	assert.Equal(t, "white", l.Label())
	_, err = c.Label(4)
	assert.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = c.Label(-1)
	assert.ErrorIs(t, err, nvds.ErrOutOfRange)

	// Removing the label being visited.
	got = got[:0]
	for l := range c.Labels() {
		got = append(got, l.Label())
		if l.Label() == "green" || l.Label() == "white" {
			c.RemoveLabel(l)
		}
	}
	assert.Equal(t, want, got, "every label visited once")
	got = got[:0]
	for l := range c.Labels() {
		got = append(got, l.Label())
	}
	assert.Equal(t, []string{"red", "blue"}, got)
	assert.Equal(t, 2, c.NumLabelInfos())
}

// Fixed char arrays: truncated at a rune boundary, always NUL-terminated.
func TestFixedLabelTruncation(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	o := addObject(t, addFrame(t, b, 0, 0), 0, "")
	l := addLabel(t, b, addClassifier(t, b, o, 1), "", 0)
	require.Equal(t, 128, nvds.MaxLabelSize)

	for name, set := range map[string]struct {
		set func(string) error
		get func() string
	}{
		"result_label": {l.SetLabel, l.Label},
		"obj_label":    {o.SetLabel, o.Label},
	} {
		t.Run(name, func(t *testing.T) {
			exact := strings.Repeat("a", nvds.MaxLabelSize-1)
			require.NoError(t, set.set(exact))
			assert.Equal(t, exact, set.get())

			err := set.set(strings.Repeat("b", 200))
			assert.ErrorIs(t, err, nvds.ErrTruncated)
			assert.Equal(t, strings.Repeat("b", nvds.MaxLabelSize-1), set.get())

			// "é" is two bytes: 127 would split the 64th rune, so 126 remain.
			err = set.set(strings.Repeat("é", 100))
			assert.ErrorIs(t, err, nvds.ErrTruncated)
			got := set.get()
			assert.Len(t, got, 126)
			assert.True(t, utf8.ValidString(got))
			assert.Equal(t, strings.Repeat("é", 63), got)

			// A shorter string leaves no tail of the longer one.
			require.NoError(t, set.set("bus"))
			assert.Equal(t, "bus", set.get())
			require.NoError(t, set.set(""))
			assert.Equal(t, "", set.get())
		})
	}
}

// pResult_label is a g_malloc'ed char*: replaced, freed, cleared.
func TestLongLabel(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	o := addObject(t, addFrame(t, b, 0, 0), 0, "")
	l := addLabel(t, b, addClassifier(t, b, o, 1), "short", 0)

	assert.Equal(t, "", l.LongLabel())
	assert.Equal(t, "short", l.Text(), "Text falls back to result_label")
	long := strings.Repeat("long label ", 30)
	l.SetLongLabel(long)
	assert.Equal(t, long, l.LongLabel())
	assert.Equal(t, long, l.Text())
	l.SetLongLabel("again")
	assert.Equal(t, "again", l.LongLabel())
	l.SetLongLabel("")
	assert.Equal(t, "", l.LongLabel())
	assert.Equal(t, "", l.Text(), "an empty pResult_label still wins over result_label")
	l.ClearLongLabel()
	assert.Equal(t, "short", l.Text())
	l.ClearLongLabel()
	// Left set on purpose: the label release function frees it.
	l.SetLongLabel("freed by the runtime")
}

func TestDisplayMetaArrays(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)
	d := addDisplay(t, f)
	require.Equal(t, 16, nvds.MaxElementsInDisplayMeta)
	assert.Equal(t, nvds.MetaTypeDisplay, d.Base().MetaType())

	type kind struct {
		at      func(int) (any, error)
		append  func() (any, error)
		count   func() uint32
		setCnt  func(uint32)
		pointer func(any) unsafe.Pointer
	}
	ptr := func(v any) unsafe.Pointer { return v.(interface{ UnsafePointer() unsafe.Pointer }).UnsafePointer() }
	kinds := map[string]kind{
		"rect": {
			func(i int) (any, error) { return d.Rect(i) },
			func() (any, error) { return d.AppendRect() },
			d.NumRects, d.SetNumRects, ptr,
		},
		"text": {
			func(i int) (any, error) { return d.Text(i) },
			func() (any, error) { return d.AppendText() },
			d.NumLabels, d.SetNumLabels, ptr,
		},
		"line": {
			func(i int) (any, error) { return d.Line(i) },
			func() (any, error) { return d.AppendLine() },
			d.NumLines, d.SetNumLines, ptr,
		},
		"arrow": {
			func(i int) (any, error) { return d.Arrow(i) },
			func() (any, error) { return d.AppendArrow() },
			d.NumArrows, d.SetNumArrows, ptr,
		},
		"circle": {
			func(i int) (any, error) { return d.Circle(i) },
			func() (any, error) { return d.AppendCircle() },
			d.NumCircles, d.SetNumCircles, ptr,
		},
	}
	for name, k := range kinds {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, uint32(0), k.count())
			var prev unsafe.Pointer
			for i := range nvds.MaxElementsInDisplayMeta {
				v, err := k.at(i)
				require.NoError(t, err)
				p := k.pointer(v)
				require.NotNil(t, p)
				if prev != nil {
					assert.Greater(t, uintptr(p), uintptr(prev), "entries are distinct, in array order")
				}
				prev = p
			}
			for _, i := range []int{-1, nvds.MaxElementsInDisplayMeta, 1 << 20} {
				v, err := k.at(i)
				assert.ErrorIs(t, err, nvds.ErrOutOfRange, "index %d", i)
				assert.Nil(t, k.pointer(v))
			}

			for i := range nvds.MaxElementsInDisplayMeta {
				v, err := k.append()
				require.NoError(t, err)
				want, _ := k.at(i)
				assert.Equal(t, k.pointer(want), k.pointer(v))
				assert.Equal(t, uint32(i+1), k.count())
			}
			_, err := k.append()
			assert.ErrorIs(t, err, nvds.ErrOutOfRange)
			assert.Equal(t, uint32(nvds.MaxElementsInDisplayMeta), k.count(), "a failed append leaves the counter")

			k.setCnt(3)
			assert.Equal(t, uint32(3), k.count())
			v, err := k.append()
			require.NoError(t, err)
			want, _ := k.at(3)
			assert.Equal(t, k.pointer(want), k.pointer(v))
			k.setCnt(0)
		})
	}

	misc := d.MiscOSDData()
	require.Len(t, misc, 4)
	misc[3] = 1 << 40
	misc[0] = -1
	assert.Equal(t, []int64{-1, 0, 0, 1 << 40}, d.MiscOSDData())
	require.Len(t, d.Reserved(), 4)
	d.Reserved()[3] = -(1 << 50)
	assert.Equal(t, int64(-(1 << 50)), d.Reserved()[3])
	assert.Equal(t, []int64{-1, 0, 0, 1 << 40}, d.MiscOSDData(), "reserved follows misc_osd_data")

	// The frame's list sees the same display meta.
	var n int
	for dm := range f.DisplayMeta() {
		n++
		assert.Equal(t, d.UnsafePointer(), dm.UnsafePointer())
		assert.Equal(t, int64(1<<40), dm.MiscOSDData()[3])
	}
	assert.Equal(t, 1, n)
	assert.Equal(t, d.UnsafePointer(), nvds.DisplayMetaFromUnsafePointer(d.UnsafePointer()).UnsafePointer())
}

func TestRectParams(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	d := addDisplay(t, addFrame(t, b, 0, 0))
	r0, _ := d.Rect(0)
	r, _ := d.Rect(1)
	r2, _ := d.Rect(2)
	r0.SetLeft(-1)
	r2.SetLeft(-2)

	r.SetRect(nvds.Rect{Left: 10, Top: 20.5, Width: 30, Height: 40.25})
	assert.Equal(t, float32(10), r.Left())
	assert.Equal(t, float32(20.5), r.Top())
	assert.Equal(t, float32(30), r.Width())
	assert.Equal(t, float32(40.25), r.Height())
	r.SetLeft(1)
	r.SetTop(2)
	r.SetWidth(3)
	r.SetHeight(4)
	assert.Equal(t, nvds.Rect{Left: 1, Top: 2, Width: 3, Height: 4}, r.Rect())

	r.SetBorderWidth(3)
	assert.Equal(t, uint32(3), r.BorderWidth())
	r.BorderColor().Set(1, 0, 0, 1)
	assert.Equal(t, nvds.Color{R: 1, A: 1}, r.BorderColor().Get())
	r.SetHasBgColor(true)
	assert.True(t, r.HasBgColor())
	r.BgColor().SetColor(nvds.Color{R: 0.5, G: 0.25, B: 0.125, A: 0.2})
	assert.Equal(t, nvds.Color{R: 0.5, G: 0.25, B: 0.125, A: 0.2}, r.BgColor().Get())
	r.SetReserved(77)
	assert.Equal(t, uint32(77), r.Reserved())
	r.SetHasColorInfo(true)
	assert.True(t, r.HasColorInfo())
	r.SetColorID(-5)
	assert.Equal(t, int32(-5), r.ColorID())

	r.SetRotationAngle(45.5)
	if nvds.HasRotationAngle {
		assert.Equal(t, float32(45.5), r.RotationAngle())
	} else {
		assert.Equal(t, float32(0), r.RotationAngle(), "no rotation_angle before DS 9.0")
	}
	// rotation_angle lands inside entry 1 only: its neighbours and its own
	// last fields are untouched.
	assert.Equal(t, int32(-5), r.ColorID())
	assert.True(t, r.HasColorInfo())
	assert.Equal(t, float32(-1), r0.Left())
	assert.Equal(t, float32(-2), r2.Left())
	assert.Equal(t, float32(0), r0.RotationAngle())
	assert.Equal(t, float32(0), r2.RotationAngle())

	r.SetHasBgColor(false)
	r.SetHasColorInfo(false)
	assert.False(t, r.HasBgColor())
	assert.False(t, r.HasColorInfo())
	assert.Equal(t, nvds.Color{R: 0.5, G: 0.25, B: 0.125, A: 0.2}, r.BgColor().Get())

	// An object's rect_params is the same struct type.
	o := addObject(t, addFrame(t, b, 1, 0), 0, "")
	o.RectParams().SetRect(nvds.Rect{Left: 5, Top: 6, Width: 7, Height: 8})
	o.RectParams().SetRotationAngle(90)
	assert.Equal(t, nvds.Rect{Left: 5, Top: 6, Width: 7, Height: 8}, o.RectParams().Rect())
	assert.Equal(t, float32(0), o.MaskParams().Threshold(), "mask_params follows rect_params")
}

func TestColorParams(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	o := addObject(t, addFrame(t, b, 0, 0), 0, "")
	c := o.RectParams().BorderColor()
	assert.False(t, c.IsNil())
	assert.True(t, nvds.ColorParams{}.IsNil())

	c.SetRed(0.1)
	c.SetGreen(0.2)
	c.SetBlue(0.3)
	c.SetAlpha(0.4)
	assert.Equal(t, 0.1, c.Red())
	assert.Equal(t, 0.2, c.Green())
	assert.Equal(t, 0.3, c.Blue())
	assert.Equal(t, 0.4, c.Alpha())
	assert.Equal(t, nvds.Color{R: 0.1, G: 0.2, B: 0.3, A: 0.4}, c.Get())
	c.Set(1, 0.5, 0.25, 0.125)
	assert.Equal(t, 0.5, c.Green())
	c.SetColor(nvds.Color{B: 1, A: 1})
	assert.Equal(t, 0.0, c.Red())
	assert.Equal(t, 1.0, c.Blue())
	// Another colour of the same struct is independent.
	assert.Equal(t, nvds.Color{}, o.RectParams().BgColor().Get())
}

func TestTextAndFontParams(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)
	d := addDisplay(t, f)
	tp, err := d.AppendText()
	require.NoError(t, err)

	assert.Equal(t, "", tp.DisplayText())
	tp.SetDisplayText("Frame Number=0")
	assert.Equal(t, "Frame Number=0", tp.DisplayText())
	tp.SetDisplayText("Person_count=12 ✓")
	assert.Equal(t, "Person_count=12 ✓", tp.DisplayText(), "reassigning frees the old text")
	tp.SetDisplayText("")
	assert.Equal(t, "", tp.DisplayText())
	tp.ClearDisplayText()
	assert.Equal(t, "", tp.DisplayText())
	assert.ErrorIs(t, tp.SetDisplayText("cut\x00here"), nvds.ErrNUL)
	assert.Equal(t, "", tp.DisplayText(), "a refused text writes nothing")
	tp.SetDisplayText("kept; the display meta release frees it")

	tp.SetXOffset(10)
	tp.SetYOffset(12)
	assert.Equal(t, uint32(10), tp.XOffset())
	assert.Equal(t, uint32(12), tp.YOffset())
	tp.SetHasBgColor(true)
	assert.True(t, tp.HasBgColor())
	tp.BgColor().Set(0, 0, 0, 1)
	assert.Equal(t, nvds.Color{A: 1}, tp.BgColor().Get())

	fp := tp.FontParams()
	assert.Equal(t, "", fp.FontName())
	fp.SetFontName("Serif")
	assert.Equal(t, "Serif", fp.FontName())
	fp.SetFontSize(10)
	assert.Equal(t, uint32(10), fp.FontSize())
	fp.FontColor().Set(1, 1, 1, 1)
	assert.Equal(t, nvds.Color{R: 1, G: 1, B: 1, A: 1}, fp.FontColor().Get())

	// Interned: the same name is one C string wherever it is used.
	o := addObject(t, f, 0, "car")
	ofp := o.TextParams().FontParams()
	ofp.SetFontName("Serif")
	assert.Equal(t, "Serif", ofp.FontName())
	ofp.SetFontName("Sans Bold")
	assert.Equal(t, "Sans Bold", ofp.FontName())
	assert.Equal(t, "Serif", fp.FontName(), "reassigning one font name leaves the other")
	assert.ErrorIs(t, ofp.SetFontName("Mono\x00ignored"), nvds.ErrNUL)
	assert.Equal(t, "Sans Bold", ofp.FontName(), "a refused name writes nothing")
	ofp.SetFontName("")
	assert.Equal(t, "", ofp.FontName())

	// The object's text params are a separate struct.
	o.TextParams().SetDisplayText("car 0.9")
	assert.Equal(t, "car 0.9", o.TextParams().DisplayText())
	assert.Equal(t, "kept; the display meta release frees it", tp.DisplayText())
}

func TestLineArrowCircleParams(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	d := addDisplay(t, addFrame(t, b, 0, 0))

	l, err := d.AppendLine()
	require.NoError(t, err)
	l.SetX1(1)
	l.SetY1(2)
	l.SetX2(3)
	l.SetY2(4)
	assert.Equal(t, []uint32{1, 2, 3, 4}, []uint32{l.X1(), l.Y1(), l.X2(), l.Y2()})
	l.SetPoints(10, 20, 30, 40)
	assert.Equal(t, []uint32{10, 20, 30, 40}, []uint32{l.X1(), l.Y1(), l.X2(), l.Y2()})
	l.SetLineWidth(6)
	assert.Equal(t, uint32(6), l.LineWidth())
	l.LineColor().Set(0, 1, 0, 1)
	assert.Equal(t, nvds.Color{G: 1, A: 1}, l.LineColor().Get())

	a, err := d.AppendArrow()
	require.NoError(t, err)
	a.SetX1(5)
	a.SetY1(6)
	a.SetX2(7)
	a.SetY2(8)
	assert.Equal(t, []uint32{5, 6, 7, 8}, []uint32{a.X1(), a.Y1(), a.X2(), a.Y2()})
	a.SetPoints(50, 60, 70, 80)
	assert.Equal(t, []uint32{50, 60, 70, 80}, []uint32{a.X1(), a.Y1(), a.X2(), a.Y2()})
	a.SetArrowWidth(2)
	assert.Equal(t, uint32(2), a.ArrowWidth())
	assert.Equal(t, nvds.ArrowHeadStart, a.ArrowHead(), "zeroed from the pool")
	for _, h := range []nvds.ArrowHead{nvds.ArrowHeadEnd, nvds.ArrowHeadBoth, nvds.ArrowHeadStart} {
		a.SetArrowHead(h)
		assert.Equal(t, h, a.ArrowHead())
	}
	a.ArrowColor().Set(1, 0, 1, 1)
	assert.Equal(t, nvds.Color{R: 1, B: 1, A: 1}, a.ArrowColor().Get())
	a.SetReserved(9)
	assert.Equal(t, uint32(9), a.Reserved())

	c, err := d.AppendCircle()
	require.NoError(t, err)
	c.SetXC(100)
	c.SetYC(200)
	c.SetRadius(25)
	assert.Equal(t, []uint32{100, 200, 25}, []uint32{c.XC(), c.YC(), c.Radius()})
	c.CircleColor().Set(0, 0, 1, 1)
	assert.Equal(t, nvds.Color{B: 1, A: 1}, c.CircleColor().Get())
	c.SetHasBgColor(true)
	assert.True(t, c.HasBgColor())
	c.BgColor().Set(0.5, 0.5, 0.5, 0.5)
	assert.Equal(t, nvds.Color{R: 0.5, G: 0.5, B: 0.5, A: 0.5}, c.BgColor().Get())
	c.SetCircleWidth(3)
	assert.Equal(t, uint32(3), c.CircleWidth())
	c.SetReserved(4)
	assert.Equal(t, uint32(4), c.Reserved())
	assert.Equal(t, nvds.Color{B: 1, A: 1}, c.CircleColor().Get(), "bg_color does not overlap circle_color")

	assert.Equal(t, []uint32{1, 1, 1}, []uint32{d.NumLines(), d.NumArrows(), d.NumCircles()})
	assert.Equal(t, []uint32{0, 0}, []uint32{d.NumRects(), d.NumLabels()})
}

func TestEnumStrings(t *testing.T) {
	assert.Equal(t, "START_HEAD", nvds.ArrowHeadStart.String())
	assert.Equal(t, "END_HEAD", nvds.ArrowHeadEnd.String())
	assert.Equal(t, "BOTH_HEAD", nvds.ArrowHeadBoth.String())
	assert.Equal(t, "ArrowHead(7)", nvds.ArrowHead(7).String())
	assert.Equal(t, "MODE_CPU", nvds.OSDModeCPU.String())
	assert.Equal(t, "MODE_GPU", nvds.OSDModeGPU.String())
	assert.Equal(t, "MODE_NONE", nvds.OSDModeNone.String())
	assert.Equal(t, "OSDMode(-1)", nvds.OSDMode(-1).String())
	// The values are the SDK's, not ours.
	assert.Equal(t, []nvds.ArrowHead{0, 1, 2}, []nvds.ArrowHead{nvds.ArrowHeadStart, nvds.ArrowHeadEnd, nvds.ArrowHeadBoth})
	assert.Equal(t, []nvds.OSDMode{0, 1, 2}, []nvds.OSDMode{nvds.OSDModeCPU, nvds.OSDModeGPU, nvds.OSDModeNone})
}

func TestMaskParams(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)
	o := addObject(t, f, 0, "person")
	m := o.MaskParams()

	assert.Nil(t, m.Data(), "NULL data")
	require.NoError(t, m.SetWidth(4), "without data the geometry is free")
	require.NoError(t, m.SetHeight(3))
	assert.Nil(t, m.Data(), "still NULL data")
	require.ErrorIs(t, m.SetSize(4), nvds.ErrOutOfRange, "no data, no size")
	assert.Equal(t, uint32(0), m.Size())

	data, err := m.AllocData(4, 3)
	require.NoError(t, err)
	require.Len(t, data, 12)
	assert.Equal(t, make([]float32, 12), data, "zeroed")
	assert.Equal(t, uint32(4), m.Width())
	assert.Equal(t, uint32(3), m.Height())
	assert.Equal(t, uint32(48), m.Size())
	data[0], data[11] = 0.25, 0.75
	again := m.Data()
	assert.Equal(t, float32(0.75), again[11], "Data is a view, not a copy")
	assert.Same(t, unsafe.SliceData(data), unsafe.SliceData(again))

	m.SetThreshold(0.5)
	assert.Equal(t, float32(0.5), m.Threshold())

	// The setters never let a copy read past the allocation: growing the
	// geometry or the size beyond it is refused, changing nothing.
	require.ErrorIs(t, m.SetWidth(5), nvds.ErrOutOfRange)
	require.ErrorIs(t, m.SetHeight(4), nvds.ErrOutOfRange)
	require.ErrorIs(t, m.SetSize(52), nvds.ErrOutOfRange)
	assert.Equal(t, [3]uint32{4, 3, 48}, [3]uint32{m.Width(), m.Height(), m.Size()})
	require.NoError(t, m.SetWidth(2), "shrinking is fine")
	assert.Len(t, m.Data(), 6)
	require.NoError(t, m.SetWidth(4))

	// size bounds the view when it says less than width*height; once
	// shrunk it is the allocation as far as Go knows, so it cannot grow.
	require.NoError(t, m.SetSize(8))
	assert.Len(t, m.Data(), 2)
	require.ErrorIs(t, m.SetSize(48), nvds.ErrOutOfRange)
	require.ErrorIs(t, m.SetWidth(4), nvds.ErrOutOfRange, "4x3 floats no longer fit in 8 bytes")

	bigger, err := m.AllocData(8, 8)
	require.NoError(t, err)
	assert.Len(t, bigger, 64)
	assert.Equal(t, float32(0), bigger[0], "the new array is zeroed")
	m.ClearData()
	assert.Nil(t, m.Data())
	assert.Equal(t, uint32(0), m.Size())
	assert.Equal(t, uint32(8), m.Width(), "ClearData keeps the geometry")
	m.ClearData()

	empty, err := m.AllocData(0, 5)
	require.NoError(t, err)
	assert.Nil(t, empty)

	_, err = m.AllocData(1<<16, 1<<15)
	assert.ErrorIs(t, err, nvds.ErrOutOfRange)

	// Left allocated on purpose: the object release frees it.
	_, err = m.AllocData(2, 2)
	require.NoError(t, err)
}

// Objects: list order, early break, removal of the visited element, counts.
func TestObjectsIteration(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)
	for i := range 6 {
		addObject(t, f, int32(i), "")
	}
	assert.Equal(t, uint32(6), f.NumObjMeta())
	assert.Equal(t, 6, f.NumObjects())

	var ids []int32
	for o := range f.Objects() {
		ids = append(ids, o.ClassID())
	}
	assert.Equal(t, []int32{0, 1, 2, 3, 4, 5}, ids)

	ids = ids[:0]
	for o := range f.Objects() {
		if o.ClassID() == 3 {
			break
		}
		ids = append(ids, o.ClassID())
	}
	assert.Equal(t, []int32{0, 1, 2}, ids)

	ids = ids[:0]
	for o := range f.Objects() {
		ids = append(ids, o.ClassID())
		if o.ClassID()%2 == 0 {
			f.RemoveObject(o)
		}
	}
	assert.Equal(t, []int32{0, 1, 2, 3, 4, 5}, ids, "removal does not skip or repeat")
	ids = ids[:0]
	for o := range f.Objects() {
		ids = append(ids, o.ClassID())
	}
	assert.Equal(t, []int32{1, 3, 5}, ids)
	assert.Equal(t, uint32(3), f.NumObjMeta())
	assert.Equal(t, 3, f.NumObjects())

	for o := range f.Objects() {
		f.RemoveObject(o)
	}
	assert.Equal(t, uint32(0), f.NumObjMeta())
	assert.Equal(t, 0, f.NumObjects())
	for range f.Objects() {
		t.Fatal("no objects left")
	}
}

func TestFramesIteration(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 4)
	for i := range 4 {
		addFrame(t, b, int32(i*10), uint32(i))
	}
	assert.Equal(t, 4, b.NumFrames())
	var nums []int32
	for f := range b.Frames() {
		nums = append(nums, f.FrameNum())
		if f.SourceID() == 2 {
			break
		}
	}
	assert.Equal(t, []int32{0, 10, 20}, nums)
	f, err := b.Frame(3)
	require.NoError(t, err)
	assert.Equal(t, uint32(3), f.SourceID())
	_, err = b.Frame(4)
	assert.ErrorIs(t, err, nvds.ErrOutOfRange)
	for f := range b.Frames() {
		if f.SourceID()%2 == 1 {
			b.RemoveFrame(f)
		}
	}
	nums = nums[:0]
	for f := range b.Frames() {
		nums = append(nums, f.FrameNum())
	}
	assert.Equal(t, []int32{0, 20}, nums)
}

// misc_*_info and reserved are gint64[4]: full width, every index.
func TestMiscArraysTrueWidth(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)
	o := addObject(t, f, 0, "")
	d := addDisplay(t, f)
	for name, get := range map[string]func() []int64{
		"misc_batch_info": b.MiscBatchInfo, "batch reserved": b.Reserved,
		"misc_frame_info": f.MiscFrameInfo, "frame reserved": f.Reserved,
		"misc_obj_info": o.MiscObjInfo, "obj reserved": o.Reserved,
		"misc_osd_data": d.MiscOSDData, "display reserved": d.Reserved,
	} {
		s := get()
		require.Len(t, s, 4, name)
		s[3] = 0x1234_5678_9abc_def0
		s[2] = -3
		assert.Equal(t, []int64{0, 0, -3, 0x1234_5678_9abc_def0}, get(), name)
	}
}

func TestPendingLifecycle(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)

	p, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	assert.False(t, p.Attached())
	p.Meta().SetClassID(4)
	o := f.AddObject(p, nvds.ObjectMeta{})
	assert.Equal(t, int32(4), o.ClassID())
	assert.True(t, p.Attached())
	require.PanicsWithValue(t, consumedMsg, func() { p.Meta() })
	require.PanicsWithValue(t, consumedMsg, func() { f.AddObject(p, nvds.ObjectMeta{}) })

	dp, err := b.AcquireDisplayMeta()
	require.NoError(t, err)
	f.AddDisplayMeta(dp)
	require.PanicsWithValue(t, consumedMsg, func() { dp.Meta() })

	cp, err := b.AcquireClassifierMeta()
	require.NoError(t, err)
	c := o.AddClassifier(cp)
	require.PanicsWithValue(t, consumedMsg, func() { o.AddClassifier(cp) })
	lp, err := b.AcquireLabelInfo()
	require.NoError(t, err)
	c.AddLabel(lp)
	require.PanicsWithValue(t, consumedMsg, func() { c.AddLabel(lp) })

	var nilPending *nvds.Pending[nvds.ObjectMeta]
	assert.True(t, nilPending.Attached())
	require.PanicsWithValue(t, consumedMsg, func() { nilPending.Meta() })

	// A child parented to another object.
	cpend, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	child := f.AddObject(cpend, o)
	assert.Equal(t, o.UnsafePointer(), child.Parent().UnsafePointer())
	assert.True(t, o.Parent().IsNil())

	// Acquired and never attached: the batch takes it back on Release.
	_, err = b.AcquireUserMeta()
	require.NoError(t, err)
}

func TestNilBatchErrors(t *testing.T) {
	var b nvds.BatchMeta
	assert.True(t, b.IsNil())
	for name, acquire := range map[string]func() error{
		"frame":      func() error { _, err := b.AcquireFrameMeta(); return err },
		"object":     func() error { _, err := b.AcquireObjectMeta(); return err },
		"classifier": func() error { _, err := b.AcquireClassifierMeta(); return err },
		"label":      func() error { _, err := b.AcquireLabelInfo(); return err },
		"display":    func() error { _, err := b.AcquireDisplayMeta(); return err },
		"user":       func() error { _, err := b.AcquireUserMeta(); return err },
	} {
		err := acquire()
		assert.ErrorIs(t, err, nvds.ErrNilMeta, name)
		var e *nvds.Error
		if assert.ErrorAs(t, err, &e, name) {
			assert.Contains(t, e.Op, "nvds.BatchMeta.Acquire", name)
		}
	}

	_, err := nvds.BatchMetaFromBuffer(nil)
	assert.ErrorIs(t, err, nvds.ErrNilBuffer)
}

func TestOwnedBatchMeta(t *testing.T) {
	testmain.NoLeaks(t)
	owned, err := nvds.NewBatchMeta(2)
	require.NoError(t, err)
	b := owned.Meta()
	assert.False(t, b.IsNil())
	assert.Equal(t, uint32(2), b.MaxFramesInBatch())
	assert.Equal(t, nvds.MetaTypeBatch, b.Base().MetaType())
	addObject(t, addFrame(t, b, 0, 0), 1, "car")

	owned.Release()
	owned.Release()
	require.PanicsWithValue(t, "nvds: OwnedBatchMeta used after Release or AttachToBuffer", func() { owned.Meta() })
	_, err = owned.AttachToBuffer(nil)
	assert.ErrorIs(t, err, nvds.ErrReleased)

	var none *nvds.OwnedBatchMeta
	none.Release()
	require.Panics(t, func() { none.Meta() })

	for _, n := range []int{0, -1, 1<<20 + 1} {
		_, err = nvds.NewBatchMeta(n)
		assert.ErrorIs(t, err, nvds.ErrOutOfRange, "max batch size %d", n)
	}

	other, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	defer other.Release()
	_, err = other.AttachToBuffer(nil)
	assert.ErrorIs(t, err, nvds.ErrNilBuffer)
	assert.False(t, other.Meta().IsNil(), "a failed attach keeps ownership")
}

func TestFrameAndObjectFields(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	b.SetNumFramesInBatch(1)
	f := addFrame(t, b, 7, 3)
	assert.Equal(t, int32(7), f.FrameNum())
	assert.Equal(t, uint32(3), f.SourceID())
	assert.Equal(t, b.UnsafePointer(), f.Batch().UnsafePointer())

	o := addObject(t, f, 2, "person")
	assert.Equal(t, nvds.UntrackedObjectID, o.ObjectID())
	assert.Equal(t, "person", o.Label())
	o.SetConfidence(0.5)
	o.SetTrackerConfidence(0.25)
	o.SetUniqueComponentID(1)
	o.DetectorBBox().SetCoords(nvds.Rect{Left: 1, Top: 2, Width: 3, Height: 4})
	o.TrackerBBox().SetCoords(nvds.Rect{Left: 5, Top: 6, Width: 7, Height: 8})
	got, err := f.Batch().Frame(0)
	require.NoError(t, err)
	for obj := range got.Objects() {
		assert.Equal(t, float32(0.5), obj.Confidence())
		assert.Equal(t, float32(0.25), obj.TrackerConfidence())
		assert.Equal(t, int32(1), obj.UniqueComponentID())
		assert.Equal(t, nvds.Rect{Left: 1, Top: 2, Width: 3, Height: 4}, obj.DetectorBBox().Coords())
		assert.Equal(t, nvds.Rect{Left: 5, Top: 6, Width: 7, Height: 8}, obj.TrackerBBox().Coords())
	}
}

func TestClearLists(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 2)
	ut := nvds.MustUserMetaType("GODS.TEST.CLEAR")
	f := addFrame(t, b, 0, 0)
	var objs []nvds.ObjectMeta
	for i := range 3 {
		o := addObject(t, f, int32(i), "")
		c := addClassifier(t, b, o, 1)
		addLabel(t, b, c, "a", 0)
		addLabel(t, b, c, "b", 1)
		o.AddUserMeta(newUserMeta(t, b, ut))
		objs = append(objs, o)
	}
	addDisplay(t, f)
	addDisplay(t, f)
	f.AddUserMeta(newUserMeta(t, b, ut))
	b.AddUserMeta(newUserMeta(t, b, ut))
	count := func(seq func(func(nvds.UserMeta) bool)) (n int) {
		for range seq {
			n++
		}
		return n
	}

	c, ok := first(objs[0].Classifiers())
	require.True(t, ok)
	c.ClearLabels()
	assert.Equal(t, 0, c.NumLabelInfos())
	assert.Equal(t, uint32(0), c.NumLabels())

	objs[0].ClearClassifiers()
	_, ok = first(objs[0].Classifiers())
	assert.False(t, ok)
	objs[0].ClearUserMeta()
	assert.Zero(t, count(objs[0].UserMeta()))
	assert.Equal(t, 1, count(objs[1].UserMeta()), "other objects keep theirs")

	f.ClearDisplayMeta()
	_, ok = first(f.DisplayMeta())
	assert.False(t, ok)
	f.ClearUserMeta()
	assert.Zero(t, count(f.UserMeta()))
	f.ClearObjects()
	assert.Equal(t, 0, f.NumObjects())
	assert.Equal(t, uint32(0), f.NumObjMeta())

	b.ClearUserMeta()
	assert.Zero(t, count(b.UserMeta()))
	addFrame(t, b, 1, 1)
	b.ClearFrames()
	assert.Equal(t, 0, b.NumFrames())
}

func TestCopyLists(t *testing.T) {
	testmain.NoLeaks(t)
	src := newBatch(t, 1)
	dst := newBatch(t, 1)
	ut := nvds.MustUserMetaType("GODS.TEST.COPY")

	f := addFrame(t, src, 5, 2)
	o := addObject(t, f, 2, "person")
	o.TextParams().SetDisplayText("person 0.9")
	_, err := o.MaskParams().AllocData(2, 2)
	require.NoError(t, err)
	o.MaskParams().Data()[3] = 0.5
	c := addClassifier(t, src, o, 3)
	addLabel(t, src, c, "red", 1).SetLongLabel("a long red")
	o.AddUserMeta(newUserMeta(t, src, ut))
	d := addDisplay(t, f)
	tp, err := d.AppendText()
	require.NoError(t, err)
	tp.SetDisplayText("hello")
	tp.FontParams().SetFontName("Serif")
	f.AddUserMeta(newUserMeta(t, src, ut))
	src.AddUserMeta(newUserMeta(t, src, ut))

	dst.CopyFramesFrom(src)
	dst.CopyUserMetaFrom(src)
	require.Equal(t, 1, dst.NumFrames())
	df := must(dst.Frame(0))
	assert.NotEqual(t, f.UnsafePointer(), df.UnsafePointer())
	assert.Equal(t, int32(5), df.FrameNum())
	assert.Equal(t, uint32(2), df.SourceID())
	_, ok := dst.FindUserMeta(ut)
	assert.True(t, ok)
	_, ok = df.FindUserMeta(ut)
	assert.True(t, ok)

	do, ok := first(df.Objects())
	require.True(t, ok)
	assert.NotEqual(t, o.UnsafePointer(), do.UnsafePointer())
	assert.Equal(t, "person", do.Label())
	assert.Equal(t, "person 0.9", do.TextParams().DisplayText())
	assert.Equal(t, []float32{0, 0, 0, 0.5}, do.MaskParams().Data())
	assert.NotSame(t, unsafe.SliceData(o.MaskParams().Data()), unsafe.SliceData(do.MaskParams().Data()), "mask duplicated")
	_, ok = do.FindUserMeta(ut)
	assert.True(t, ok)
	dc, ok := first(do.Classifiers())
	require.True(t, ok)
	assert.Equal(t, int32(3), dc.UniqueComponentID())
	dl, err := dc.Label(0)
	require.NoError(t, err)
	assert.Equal(t, "red", dl.Label())
	assert.Equal(t, "a long red", dl.LongLabel())
	dd, ok := first(df.DisplayMeta())
	require.True(t, ok)
	dt := must(dd.Text(0))
	assert.Equal(t, "hello", dt.DisplayText())
	assert.Equal(t, "Serif", dt.FontParams().FontName())
	assert.Equal(t, uint32(1), dd.NumLabels())

	// Copies within one batch, per level.
	f2 := addFrame(t, src, 6, 2)
	f2.CopyObjectsFrom(f)
	f2.CopyDisplayMetaFrom(f)
	f2.CopyUserMetaFrom(f)
	assert.Equal(t, uint32(1), f2.NumObjMeta())
	_, ok = first(f2.DisplayMeta())
	assert.True(t, ok)
	_, ok = f2.FindUserMeta(ut)
	assert.True(t, ok)
	o2 := addObject(t, f2, 0, "")
	o2.CopyClassifiersFrom(o)
	o2.CopyUserMetaFrom(o)
	c2, ok := first(o2.Classifiers())
	require.True(t, ok)
	assert.Equal(t, 1, c2.NumLabelInfos())
	c2.CopyLabelsFrom(c)
	assert.Equal(t, 2, c2.NumLabelInfos())
	_, ok = o2.FindUserMeta(ut)
	assert.True(t, ok)
}

// first returns the first element of seq.
func first[T any](seq func(func(T) bool)) (T, bool) {
	for v := range seq {
		return v, true
	}
	var zero T
	return zero, false
}

func TestNewObjectAcquiresAndAttaches(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)

	parent, err := f.NewObject(nvds.ObjectMeta{})
	require.NoError(t, err)
	parent.SetClassID(2)
	child, err := f.NewObject(parent)
	require.NoError(t, err)
	child.SetClassID(0)

	assert.Equal(t, uint32(2), f.NumObjMeta())
	var classes []int32
	for o := range f.Objects() {
		classes = append(classes, o.ClassID())
	}
	assert.Equal(t, []int32{2, 0}, classes, "list order is attach order")
	assert.Equal(t, parent.UnsafePointer(), child.Parent().UnsafePointer())
	assert.Equal(t, nvds.UntrackedObjectID, child.ObjectID(), "acquired entries are reset")

	_, err = nvds.FrameMeta{}.NewObject(nvds.ObjectMeta{})
	assert.ErrorIs(t, err, nvds.ErrNilMeta)
}

func TestFailedAcquireGivesAnEmptyPending(t *testing.T) {
	p, err := nvds.BatchMeta{}.AcquireObjectMeta()
	require.ErrorIs(t, err, nvds.ErrNilMeta)
	assert.True(t, p.Attached(), "nothing to attach")
	require.PanicsWithValue(t, consumedMsg, func() { p.Meta() })
}
