package osd_test

import (
	"errors"
	"fmt"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/osd"
)

// A probe before nvdsosd drawing a frame's overlay: a summary text, a zone
// box, a counting line and an arrow. The Drawer takes display metas from
// the batch's pool as it needs them: 20 labels do not fit one display meta
// (nvds.MaxElementsInDisplayMeta each), so it attaches a second one.
func ExampleDrawer() {
	owned, err := nvds.NewBatchMeta(1)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer owned.Release()
	batch := owned.Meta()
	pf, err := batch.AcquireFrameMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	frame := batch.AddFrame(pf)

	d := osd.NewDrawer(frame)
	if _, err := d.Text(10, 12, "Vehicle_count=2 Person_count=1", osd.DefaultTextStyle); err != nil {
		fmt.Println(err)
		return
	}
	zone := osd.RectStyle{BorderWidth: 2, BorderColor: osd.Yellow, HasBgColor: true, BgColor: osd.WithAlpha(osd.Red, 0.3)}
	if _, err := d.Rect(nvds.Rect{Left: 100, Top: 200, Width: 300, Height: 150}, zone); err != nil {
		fmt.Println(err)
		return
	}
	if _, err := d.Line(0, 400, 1280, 400, 4, osd.Green); err != nil {
		fmt.Println(err)
		return
	}
	if _, err := d.Arrow(640, 380, 640, 420, 3, nvds.ArrowHeadEnd, osd.Cyan); err != nil {
		fmt.Println(err)
		return
	}
	for i := range 2 * nvds.MaxElementsInDisplayMeta {
		if _, err := d.Text(uint32(40*i), 700, fmt.Sprint("id ", i), osd.DefaultTextStyle); err != nil {
			fmt.Println(err)
			return
		}
	}
	_, err = d.Text(0, 0, "bad\x00text", osd.DefaultTextStyle)
	fmt.Println("NUL rejected:", errors.Is(err, nvds.ErrNUL))

	// What nvdsosd finds on the frame.
	for dm := range frame.DisplayMeta() {
		fmt.Printf("display meta: %d labels, %d rects, %d lines, %d arrows\n",
			dm.NumLabels(), dm.NumRects(), dm.NumLines(), dm.NumArrows())
	}
	first := d.DisplayMetas()[0]
	t, _ := first.Text(0)
	r, _ := first.Rect(0)
	fmt.Printf("%q in %s %d, fill %+v\n", t.DisplayText(), t.FontParams().FontName(), t.FontParams().FontSize(), r.BgColor().Get())
	// Output:
	// NUL rejected: true
	// display meta: 16 labels, 1 rects, 1 lines, 1 arrows
	// display meta: 16 labels, 0 rects, 0 lines, 0 arrows
	// display meta: 1 labels, 0 rects, 0 lines, 0 arrows
	// "Vehicle_count=2 Person_count=1" in Serif 10, fill {R:1 G:0 B:0 A:0.3}
}
