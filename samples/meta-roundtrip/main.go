// Command meta-roundtrip is the smallest end-to-end use of go-deepstream: it
// builds DeepStream batch metadata on the embedded runtime (or the SDK),
// attaches it to real GstBuffers pushed through a real GStreamer pipeline,
// and prints what a Go pad probe reads back, in deepstream-test1's format.
//
//	go run ./samples/meta-roundtrip [-frames N]
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"

	"github.com/go-gst/go-gst/gst"
	"github.com/go-gst/go-gst/gst/app"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// Class ids of DeepStream's default four-class detector.
const (
	classVehicle = 0
	classPerson  = 2
)

const width, height = 64, 48

func main() {
	frames := flag.Int("frames", 10, "number of buffers to push")
	flag.Parse()
	if err := run(*frames); err != nil {
		fmt.Fprintln(os.Stderr, "Error:", err)
		os.Exit(1)
	}
}

func run(frames int) error {
	gst.Init(nil)
	fmt.Println("Creating Pipeline")
	pipeline, err := gst.NewPipelineFromString(fmt.Sprintf(
		"appsrc name=src format=time caps=video/x-raw,format=RGBA,width=%d,height=%d,framerate=30/1 "+
			"! queue ! identity name=osd ! fakesink name=sink", width, height))
	if err != nil {
		return err
	}
	srcElem, err := pipeline.GetElementByName("src")
	if err != nil {
		return err
	}
	osd, err := pipeline.GetElementByName("osd")
	if err != nil {
		return err
	}
	// The probe sits where deepstream-test1 puts its own: on the OSD's sink pad.
	probe, err := gogst.AddObserver(osd.GetStaticPad("sink"), printFrameCounts)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Println("Starting pipeline")
	if err := pipeline.SetState(gst.StatePlaying); err != nil {
		return err
	}
	src := app.SrcFromElement(srcElem)
	for i := 0; i < frames; i++ {
		buf, err := batchBuffer(i)
		if err != nil {
			return err
		}
		if ret := src.PushBuffer(buf); ret != gst.FlowOK {
			return fmt.Errorf("push buffer %d: %s", i, ret)
		}
	}
	src.EndStream()
	if err := waitForEOS(pipeline); err != nil {
		return err
	}
	fmt.Println("End-of-stream")
	err = pipeline.SetState(gst.StateNull)
	runtime.KeepAlive(pipeline) // go-gst v1.4.0 may otherwise finalize it during SetState
	return err
}

// batchBuffer makes one buffer carrying a batch of one frame, as nvstreammux
// and nvinfer would leave it: frame i holds i%4 vehicles and i%3 people.
func batchBuffer(i int) (*gst.Buffer, error) {
	buf := gst.NewBufferWithSize(width * height * 4)
	buf.SetPresentationTimestamp(gst.ClockTime(int64(i) * 33_333_333))
	owned, err := nvds.NewBatchMeta(1)
	if err != nil {
		return nil, err
	}
	batch := owned.Meta()
	pf, err := batch.AcquireFrameMeta()
	if err != nil {
		owned.Release()
		return nil, err
	}
	pf.Meta().SetFrameNum(int32(i))
	frame := batch.AddFrame(pf)
	add := func(class int32, n int) error {
		for k := 0; k < n; k++ {
			po, err := batch.AcquireObjectMeta()
			if err != nil {
				return err
			}
			o := po.Meta()
			o.SetClassID(class)
			o.SetConfidence(0.9)
			o.RectParams().SetRect(nvds.Rect{Left: float32(4 * k), Top: 4, Width: 8, Height: 8})
			frame.AddObject(po, nvds.ObjectMeta{})
		}
		return nil
	}
	if err := errors.Join(add(classVehicle, i%4), add(classPerson, i%3)); err != nil {
		owned.Release()
		return nil, err
	}
	if _, err := gogst.AttachBatchMeta(buf, owned); err != nil {
		owned.Release()
		return nil, err
	}
	return buf, nil
}

func printFrameCounts(info nvds.ProbeInfo) {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "probe:", err)
		return
	}
	for frame := range batch.Frames() {
		var vehicles, people, objects int
		for obj := range frame.Objects() {
			objects++
			switch obj.ClassID() {
			case classVehicle:
				vehicles++
			case classPerson:
				people++
			}
		}
		fmt.Printf("Frame Number=%d Number of Objects=%d Vehicle_count=%d Person_count=%d\n",
			frame.FrameNum(), objects, vehicles, people)
	}
}

func waitForEOS(pipeline *gst.Pipeline) error {
	bus := pipeline.GetPipelineBus()
	for {
		msg := bus.TimedPop(gst.ClockTimeNone)
		if msg == nil {
			return errors.New("bus closed")
		}
		switch msg.Type() {
		case gst.MessageEOS:
			return nil
		case gst.MessageError:
			return msg.ParseError()
		}
	}
}
