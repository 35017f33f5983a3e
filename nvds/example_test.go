package nvds_test

import (
	"fmt"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Class ids of the four-class detector of the DeepStream test apps.
const (
	classVehicle  = 0
	classBicycle  = 1
	classPerson   = 2
	classRoadsign = 3
)

// must keeps the examples short where an error cannot happen.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// detectorOutput builds what a probe after nvinfer sees: a batch of two
// frames with a few detected objects. In a pipeline the batch comes from
// ProbeInfo.BatchMeta instead.
func detectorOutput() (nvds.BatchMeta, func()) {
	owned := must(nvds.NewBatchMeta(2))
	batch := owned.Meta()
	scene := [][]int32{
		{classVehicle, classPerson, classVehicle, classRoadsign},
		{classBicycle, classPerson},
	}
	for n, classes := range scene {
		pf := must(batch.AcquireFrameMeta())
		pf.Meta().SetFrameNum(int32(n))
		frame := batch.AddFrame(pf)
		for i, class := range classes {
			po := must(batch.AcquireObjectMeta())
			po.Meta().SetClassID(class)
			po.Meta().SetConfidence(0.5)
			po.Meta().RectParams().SetRect(nvds.Rect{Left: float32(100 * i), Top: 50, Width: 80, Height: 60})
			frame.AddObject(po, nvds.ObjectMeta{})
		}
	}
	return batch, owned.Release
}

// Walking a batch the way deepstream-test1's probe on the nvdsosd sink pad
// does: count objects per class and recolour their boxes. Every read and
// write is a plain memory access; the loops make no cgo call.
func Example_walkBatch() {
	batch, release := detectorOutput()
	defer release()

	for frame := range batch.Frames() {
		counts := map[int32]int{}
		for obj := range frame.Objects() {
			counts[obj.ClassID()]++
			obj.RectParams().BorderColor().Set(0, 0, 1, 0.8)
		}
		fmt.Printf("Frame Number=%d Number of Objects=%d Vehicle_count=%d Person_count=%d\n",
			frame.FrameNum(), frame.NumObjMeta(), counts[classVehicle], counts[classPerson])
	}
	// Output:
	// Frame Number=0 Number of Objects=4 Vehicle_count=2 Person_count=1
	// Frame Number=1 Number of Objects=2 Vehicle_count=0 Person_count=1
}

// Adding an object with a label and a classifier result, as a custom
// detector or a Go post-processor would.
func ExampleFrameMeta_AddObject() {
	batch, release := detectorOutput()
	defer release()
	frame := must(batch.Frame(0))

	pending, err := batch.AcquireObjectMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	obj := pending.Meta()
	obj.SetClassID(classPerson)
	obj.SetConfidence(0.9)
	obj.SetObjectID(nvds.UntrackedObjectID)
	if err := obj.SetLabel("person"); err != nil {
		fmt.Println(err)
	}
	box := obj.RectParams()
	box.SetRect(nvds.Rect{Left: 400, Top: 80, Width: 40, Height: 120})
	box.SetBorderWidth(3)
	box.BorderColor().Set(1, 0, 0, 1)
	obj.TextParams().SetDisplayText("person 0.90")
	// AddObject consumes pending; use the returned view from here on.
	added := frame.AddObject(pending, nvds.ObjectMeta{})

	cls := added.AddClassifier(must(batch.AcquireClassifierMeta()))
	cls.SetUniqueComponentID(2)
	pl := must(batch.AcquireLabelInfo())
	if err := pl.Meta().SetLabel("red shirt"); err != nil {
		fmt.Println(err)
	}
	pl.Meta().SetResultProb(0.8)
	cls.AddLabel(pl)

	for o := range frame.Objects() {
		if o.ClassID() != classPerson || o.Label() == "" {
			continue
		}
		fmt.Printf("%s at %+v, text %q\n", o.Label(), o.RectParams().Rect(), o.TextParams().DisplayText())
		for c := range o.Classifiers() {
			for l := range c.Labels() {
				fmt.Printf("  classifier %d: %s (%.1f)\n", c.UniqueComponentID(), l.Label(), l.ResultProb())
			}
		}
	}
	fmt.Println("objects in frame:", frame.NumObjMeta())
	// Output:
	// person at {Left:400 Top:80 Width:40 Height:120}, text "person 0.90"
	//   classifier 2: red shirt (0.8)
	// objects in frame: 5
}

// Attaching display text to a frame, as deepstream-test1 writes its
// per-frame summary on the video.
func ExampleFrameMeta_AddDisplayMeta() {
	batch, release := detectorOutput()
	defer release()

	for frame := range batch.Frames() {
		pd, err := batch.AcquireDisplayMeta()
		if err != nil {
			fmt.Println(err)
			return
		}
		text, err := pd.Meta().AppendText() // text_params[0], num_labels = 1
		if err != nil {
			fmt.Println(err)
			return
		}
		text.SetDisplayText(fmt.Sprintf("Frame Number=%d Number of Objects=%d", frame.FrameNum(), frame.NumObjMeta()))
		text.SetXOffset(10)
		text.SetYOffset(12)
		font := text.FontParams()
		font.SetFontName("Serif")
		font.SetFontSize(10)
		font.FontColor().Set(1, 1, 1, 1)
		text.SetHasBgColor(true)
		text.BgColor().Set(0, 0, 0, 1)
		frame.AddDisplayMeta(pd)
	}

	for frame := range batch.Frames() {
		for d := range frame.DisplayMeta() {
			t := must(d.Text(0))
			fmt.Printf("%d label: %s (%s %d)\n", d.NumLabels(), t.DisplayText(), t.FontParams().FontName(), t.FontParams().FontSize())
		}
	}
	// Output:
	// 1 label: Frame Number=0 Number of Objects=4 (Serif 10)
	// 1 label: Frame Number=1 Number of Objects=2 (Serif 10)
}

// Tagged metadata: a producer attaches a user meta whose type comes from a
// descriptor string; any consumer, in Go, C or Python, finds it by the same
// descriptor.
func ExampleUserMetaType() {
	tag, err := nvds.UserMetaType("GODS.EXAMPLE.FRAME_SCORE")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("user type:", tag.IsUser())
	fmt.Println("stable:", tag == nvds.MustUserMetaType("GODS.EXAMPLE.FRAME_SCORE"))

	batch, release := detectorOutput()
	defer release()
	frame := must(batch.Frame(1))

	// Producer. A payload and its copy/release functions would be set here
	// too (the callbacks package provides them).
	pu := must(batch.AcquireUserMeta())
	pu.Meta().Base().SetMetaType(tag)
	frame.AddUserMeta(pu)

	// Consumer.
	if u, ok := frame.FindUserMeta(tag); ok {
		fmt.Println("found on frame", frame.FrameNum(), "type matches:", u.MetaType() == tag)
	}
	_, ok := must(batch.Frame(0)).FindUserMeta(tag)
	fmt.Println("on frame 0:", ok)
	// Output:
	// user type: true
	// stable: true
	// found on frame 1 type matches: true
	// on frame 0: false
}
