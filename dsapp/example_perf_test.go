package dsapp_test

import (
	"fmt"
	"path"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// publishBatches installs on pad an operator that attaches to every buffer
// a batch meta of two frames (streams 0 and 1) with objects objects each,
// labelled "car": what nvstreammux and nvinfer would publish.
func publishBatches(pad *gst.Pad, objects int) (*nvds.Probe, error) {
	frameNum := int32(0)
	return gogst.AddOperator(pad, func(info nvds.ProbeInfo) nvds.ProbeReturn {
		owned, err := nvds.NewBatchMeta(2)
		if err != nil {
			return nvds.ProbeOK
		}
		b := owned.Meta()
		for stream := range uint32(2) {
			pf, err := b.AcquireFrameMeta()
			if err != nil {
				break
			}
			pf.Meta().SetPadIndex(stream)
			pf.Meta().SetSourceID(stream)
			pf.Meta().SetFrameNum(frameNum)
			f := b.AddFrame(pf)
			for i := range objects {
				o, err := f.NewObject(nvds.ObjectMeta{})
				if err != nil {
					break
				}
				o.SetClassID(0)
				_ = o.SetLabel("car")
				o.SetConfidence(0.75)
				o.RectParams().SetRect(nvds.Rect{Left: float32(10 * i), Top: 20, Width: 30, Height: 40})
			}
		}
		if _, err := owned.AttachToBuffer(info.Buffer()); err != nil {
			owned.Release()
		}
		frameNum++
		return nvds.ProbeOK
	})
}

func staticPad(p *gst.Pipeline, element, name string) *gst.Pad {
	e, err := p.GetElementByName(element)
	if err != nil {
		panic(err)
	}
	return e.GetStaticPad(name)
}

func playToEOS(p *gst.Pipeline) {
	_ = p.SetState(gst.StatePlaying)
	p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(time.Minute), gst.MessageEOS|gst.MessageError)
	_ = p.SetState(gst.StateNull)
}

// A PerfMeter on the sink pad of a pipeline whose "mux" publishes two
// streams: per-stream frames and objects, the latency of the "work"
// element (stamped with StampLatency, as DeepStream's elements stamp
// themselves) and the fill of the queue. In an app, Start prints
// r.Line() (the **PERF line) every interval from OnReport.
func ExamplePerfMeter() {
	gst.Init(nil)
	p, err := gst.NewPipelineFromString("videotestsrc num-buffers=10 ! video/x-raw,width=64,height=48 ! " +
		"identity name=mux ! identity name=work sleep-time=2000 ! queue name=q ! fakesink name=sink")
	if err != nil {
		fmt.Println(err)
		return
	}
	publish, err := publishBatches(staticPad(p, "mux", "src"), 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer publish.Remove()
	work, err := p.GetElementByName("work")
	if err != nil {
		fmt.Println(err)
		return
	}
	stamp, err := dsapp.StampLatency(work)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer stamp.Remove()

	meter := dsapp.NewPerfMeter(dsapp.PerfOptions{
		Interval: time.Second,
		OnReport: func(r dsapp.PerfReport) { fmt.Println(r.Line()) }, // not reached: the clip is short
	})
	if _, err := meter.WatchQueues(p.Bin); err != nil {
		fmt.Println(err)
		return
	}
	if err := meter.Attach(staticPad(p, "sink", "sink")); err != nil {
		fmt.Println(err)
		return
	}
	meter.Start()
	playToEOS(p)
	meter.Stop()

	r := meter.Report()
	fmt.Println("batches:", r.Batches, "frames:", r.Frames, "objects:", r.Objects)
	for _, s := range r.Streams {
		fmt.Printf("stream%d: %d frames, %d objects\n", s.Stream, s.Frames, s.Objects)
	}
	for _, c := range r.Components {
		fmt.Printf("%s: %d latency entries, at least 2ms: %v\n", c.Name, c.Samples, c.Mean >= 2*time.Millisecond)
	}
	for _, q := range r.Queues {
		fmt.Printf("queue %s: limit %d buffers\n", path.Base(q.Name), q.MaxBuffers)
	}
	fmt.Println("slowest component:", r.Bottleneck().Component)
	// Output:
	// batches: 10 frames: 20 objects: 60
	// stream0: 10 frames, 30 objects
	// stream1: 10 frames, 30 objects
	// work: 20 latency entries, at least 2ms: true
	// queue q: limit 200 buffers
	// slowest component: work
}
