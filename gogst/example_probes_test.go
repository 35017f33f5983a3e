package gogst_test

import (
	"fmt"
	"runtime"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// Probes on a go-gst pipeline. identity elements stand in for DeepStream's:
// an operator on "mux" attaches a batch meta with one detected object to
// every buffer (what nvstreammux and nvinfer publish), an operator on
// "osd"'s sink pad writes to the metadata (deepstream-test1's probe
// recolours boxes there), and an observer further down reads it. Operators
// may write; observers only read.
func Example_probes() {
	pipeline, err := gst.NewPipelineFromString(
		"videotestsrc num-buffers=3 ! video/x-raw,width=64,height=48 ! identity name=mux ! identity name=osd ! fakesink name=sink")
	if err != nil {
		fmt.Println(err)
		return
	}
	pad := func(element, name string) *gst.Pad {
		e, err := pipeline.GetElementByName(element)
		if err != nil {
			panic(err)
		}
		return e.GetStaticPad(name)
	}

	frameNum := int32(0)
	publish, err := gogst.AddOperator(pad("mux", "src"), func(info nvds.ProbeInfo) nvds.ProbeReturn {
		owned, err := nvds.NewBatchMeta(1)
		if err != nil {
			return nvds.ProbeOK
		}
		b := owned.Meta()
		pf, _ := b.AcquireFrameMeta()
		pf.Meta().SetFrameNum(frameNum)
		frame := b.AddFrame(pf)
		po, _ := b.AcquireObjectMeta()
		po.Meta().SetClassID(2)
		po.Meta().RectParams().SetRect(nvds.Rect{Left: 8, Top: 8, Width: 16, Height: 24})
		frame.AddObject(po, nvds.ObjectMeta{})
		if _, err := owned.AttachToBuffer(info.Buffer()); err != nil { // the buffer owns it now
			owned.Release()
		}
		frameNum++
		return nvds.ProbeOK
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	recolour, err := gogst.AddOperator(pad("osd", "sink"), func(info nvds.ProbeInfo) nvds.ProbeReturn {
		batch, err := info.BatchMeta()
		if err != nil {
			return nvds.ProbeOK
		}
		for frame := range batch.Frames() {
			for obj := range frame.Objects() {
				if obj.ClassID() == 2 {
					obj.RectParams().BorderColor().Set(0, 0, 1, 0.8)
				}
			}
		}
		return nvds.ProbeOK
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var seen []string // written on the streaming thread, read after EOS
	observe, err := gogst.AddObserver(pad("sink", "sink"), func(info nvds.ProbeInfo) {
		batch, err := info.BatchMeta()
		if err != nil {
			seen = append(seen, err.Error())
			return
		}
		for frame := range batch.Frames() {
			for obj := range frame.Objects() {
				seen = append(seen, fmt.Sprintf("frame %d: class %d at %+v, border %+v",
					frame.FrameNum(), obj.ClassID(), obj.RectParams().Rect(), obj.RectParams().BorderColor().Get()))
			}
		}
	})
	if err != nil {
		fmt.Println(err)
		return
	}

	if err := pipeline.SetState(gst.StatePlaying); err != nil {
		fmt.Println(err)
		return
	}
	msg := pipeline.GetPipelineBus().TimedPopFiltered(gst.ClockTime(30*time.Second), gst.MessageEOS|gst.MessageError)
	if err := pipeline.SetState(gst.StateNull); err != nil {
		fmt.Println(err)
	}
	for _, p := range []*nvds.Probe{publish, recolour, observe} {
		p.Remove()
	}
	runtime.KeepAlive(pipeline)
	if msg == nil || msg.Type() != gst.MessageEOS {
		fmt.Println("no EOS:", msg)
		return
	}
	for _, s := range seen {
		fmt.Println(s)
	}
	// Output:
	// frame 0: class 2 at {Left:8 Top:8 Width:16 Height:24}, border {R:0 G:0 B:1 A:0.8}
	// frame 1: class 2 at {Left:8 Top:8 Width:16 Height:24}, border {R:0 G:0 B:1 A:0.8}
	// frame 2: class 2 at {Left:8 Top:8 Width:16 Height:24}, border {R:0 G:0 B:1 A:0.8}
}
