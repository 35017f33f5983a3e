package osd_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/osd"
)

func frames(t testing.TB, n int) (nvds.BatchMeta, []nvds.FrameMeta) {
	t.Helper()
	owned, err := nvds.NewBatchMeta(n)
	require.NoError(t, err)
	t.Cleanup(owned.Release)
	b := owned.Meta()
	var out []nvds.FrameMeta
	for range n {
		p, err := b.AcquireFrameMeta()
		require.NoError(t, err)
		out = append(out, b.AddFrame(p))
	}
	return b, out
}

func TestDrawerTakesNextDisplayMetaWhenFull(t *testing.T) {
	testmain.NoLeaks(t)
	_, fs := frames(t, 1)
	f := fs[0]
	d := osd.NewDrawer(f)
	require.Empty(t, d.DisplayMetas())
	total := 2*nvds.MaxElementsInDisplayMeta + 5
	for i := range total {
		_, err := d.Text(uint32(i), 12, fmt.Sprint("label ", i), osd.DefaultTextStyle)
		require.NoError(t, err)
	}
	require.Len(t, d.DisplayMetas(), 3)
	require.Equal(t, 3, count(f.DisplayMeta()))
	var texts []string
	var labels []uint32
	for dm := range f.DisplayMeta() {
		labels = append(labels, dm.NumLabels())
		for i := range int(dm.NumLabels()) {
			tp, err := dm.Text(i)
			require.NoError(t, err)
			texts = append(texts, tp.DisplayText())
		}
	}
	require.Equal(t, []uint32{nvds.MaxElementsInDisplayMeta, nvds.MaxElementsInDisplayMeta, 5}, labels)
	require.Len(t, texts, total)
	require.Equal(t, "label 0", texts[0])
	require.Equal(t, fmt.Sprint("label ", total-1), texts[total-1])
}

func TestDrawerKindsShareDisplayMetas(t *testing.T) {
	testmain.NoLeaks(t)
	_, fs := frames(t, 1)
	d := osd.NewDrawer(fs[0])
	for i := range nvds.MaxElementsInDisplayMeta {
		_, err := d.Rect(nvds.Rect{Left: float32(i), Top: 1, Width: 2, Height: 3},
			osd.RectStyle{BorderWidth: 2, BorderColor: osd.Red})
		require.NoError(t, err)
	}
	_, err := d.Line(1, 2, 3, 4, 5, osd.Green)
	require.NoError(t, err)
	_, err = d.Arrow(10, 20, 30, 40, 3, nvds.ArrowHeadBoth, osd.Blue)
	require.NoError(t, err)
	_, err = d.Circle(50, 60, 7, osd.Yellow)
	require.NoError(t, err)
	require.Len(t, d.DisplayMetas(), 1, "line, arrow and circle fit beside 16 rects")
	_, err = d.Rect(nvds.Rect{Width: 1, Height: 1}, osd.RectStyle{HasBgColor: true, BgColor: osd.WithAlpha(osd.Gray, 0.5)})
	require.NoError(t, err)
	require.Len(t, d.DisplayMetas(), 2, "the 17th rect needs a second display meta")

	dm := d.DisplayMetas()[0]
	require.Equal(t, []uint32{nvds.MaxElementsInDisplayMeta, 0, 1, 1, 1},
		[]uint32{dm.NumRects(), dm.NumLabels(), dm.NumLines(), dm.NumArrows(), dm.NumCircles()})
	r, err := dm.Rect(3)
	require.NoError(t, err)
	require.Equal(t, nvds.Rect{Left: 3, Top: 1, Width: 2, Height: 3}, r.Rect())
	require.Equal(t, uint32(2), r.BorderWidth())
	require.Equal(t, osd.Red, r.BorderColor().Get())
	l, _ := dm.Line(0)
	require.Equal(t, []uint32{1, 2, 3, 4, 5}, []uint32{l.X1(), l.Y1(), l.X2(), l.Y2(), l.LineWidth()})
	require.Equal(t, osd.Green, l.LineColor().Get())
	a, _ := dm.Arrow(0)
	require.Equal(t, nvds.ArrowHeadBoth, a.ArrowHead())
	require.Equal(t, uint32(3), a.ArrowWidth())
	c, _ := dm.Circle(0)
	require.Equal(t, []uint32{50, 60, 7}, []uint32{c.XC(), c.YC(), c.Radius()})
	require.Equal(t, osd.Yellow, c.CircleColor().Get())
	r2, _ := d.DisplayMetas()[1].Rect(0)
	require.True(t, r2.HasBgColor())
	require.Equal(t, 0.5, r2.BgColor().Alpha())
}

func TestDrawerTextStyle(t *testing.T) {
	testmain.NoLeaks(t)
	_, fs := frames(t, 1)
	d := osd.NewDrawer(fs[0])
	tp, err := d.Text(10, 12, "Frame Number=0 Number of Objects=3", osd.DefaultTextStyle)
	require.NoError(t, err)
	require.Equal(t, "Frame Number=0 Number of Objects=3", tp.DisplayText())
	require.Equal(t, []uint32{10, 12}, []uint32{tp.XOffset(), tp.YOffset()})
	require.Equal(t, "Serif", tp.FontParams().FontName())
	require.Equal(t, uint32(10), tp.FontParams().FontSize())
	require.Equal(t, osd.White, tp.FontParams().FontColor().Get())
	require.True(t, tp.HasBgColor())
	require.Equal(t, osd.Black, tp.BgColor().Get())

	_, err = d.Text(0, 0, "bad\x00text", osd.DefaultTextStyle)
	require.ErrorIs(t, err, nvds.ErrNUL)
	require.Equal(t, uint32(1), d.DisplayMetas()[0].NumLabels(), "nothing added on error")

	var none osd.Drawer
	_, err = none.AddText()
	require.ErrorIs(t, err, nvds.ErrNilMeta)
}

func TestDrawerDisplayMetasCopy(t *testing.T) {
	testmain.NoLeaks(t)
	_, fs := frames(t, 2)
	d := osd.NewDrawer(fs[0])
	for i := range nvds.MaxElementsInDisplayMeta + 1 {
		_, err := d.Text(0, uint32(i), "copied", osd.DefaultTextStyle)
		require.NoError(t, err)
	}
	fs[1].CopyDisplayMetaFrom(fs[0])
	n := 0
	for dm := range fs[1].DisplayMeta() {
		for i := range int(dm.NumLabels()) {
			tp, _ := dm.Text(i)
			require.Equal(t, "copied", tp.DisplayText())
			n++
		}
	}
	require.Equal(t, nvds.MaxElementsInDisplayMeta+1, n)
}

func TestMaskAllocator(t *testing.T) {
	testmain.NoLeaks(t)
	b, fs := frames(t, 2)
	p, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	o := fs[0].AddObject(p, nvds.ObjectMeta{})
	m := o.MaskParams()

	data, err := osd.AllocMask(m, 4, 3, 0.5)
	require.NoError(t, err)
	require.Len(t, data, 12)
	require.Equal(t, float32(0.5), m.Threshold())
	require.Equal(t, uint32(48), m.Size())
	data[5] = 0.9
	require.Equal(t, float32(0.9), m.Data()[5], "zero-copy")

	values := make([]float32, 6)
	for i := range values {
		values[i] = float32(i) / 10
	}
	require.NoError(t, osd.SetMask(m, 3, 2, values, 0.25)) // frees the 4x3 one
	require.Equal(t, values, m.Data())
	require.Equal(t, []uint32{3, 2}, []uint32{m.Width(), m.Height()})

	require.ErrorIs(t, osd.SetMask(m, 3, 3, values, 0), nvds.ErrOutOfRange)
	require.Equal(t, values, m.Data(), "unchanged on error")
	_, err = osd.AllocMask(nvds.MaskParams{}, 1, 1, 0)
	require.ErrorIs(t, err, nvds.ErrNilMeta)

	// DeepStream owns the buffer: copying the object duplicates it, and the
	// batch's release frees both (the leak check and the race detector run
	// over that).
	fs[1].CopyObjectsFrom(fs[0])
	for c := range fs[1].Objects() {
		require.Equal(t, values, c.MaskParams().Data())
		require.NotSame(t, &m.Data()[0], &c.MaskParams().Data()[0])
	}
}

func TestColors(t *testing.T) {
	require.Equal(t, nvds.Color{R: 1, G: 0, B: 0, A: 1}, osd.Red)
	require.Equal(t, nvds.Color{R: 1, G: 1, B: 1, A: 1}, osd.RGBA(255, 255, 255, 255))
	require.InDelta(t, 0.5, osd.RGBA(128, 0, 0, 0).R, 0.01)
	require.Equal(t, 0.25, osd.WithAlpha(osd.Blue, 0.25).A)
	require.Equal(t, 1.0, osd.Blue.A, "WithAlpha returns a copy")
}

func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}
