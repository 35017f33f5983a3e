// Command deepstream-test1 is the Go port of DeepStream's Python sample
// deepstream_test_1.py: one H.264 file through a primary detector, with
// a probe on the OSD's sink pad that counts objects per frame, recolours
// their boxes and writes the counts on the frame.
//
//	deepstream-test1 [<h264 elementary stream>]
//
// Pipeline:
//
//	filesrc ! h264parse ! nvv4l2decoder ! nvstreammux ! nvinfer
//	        ! nvvideoconvert ! nvdsosd ! sink
//
// Without an argument it plays the synthetic scene's default clip
// (docs/scene.md). On the embedded runtime, or without a display, the sink
// is a fakesink; GODS_SINK chooses another (see dsapp).
// USE_NEW_NVSTREAMMUX=yes leaves the legacy muxer's size and timeout unset.
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"os"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/osd"
	"github.com/go-deepstream/go-deepstream/standin"
)

// Class ids of the four-class primary detector.
const (
	classVehicle    = 0
	classTwoWheeler = 1
	classPerson     = 2
	classRoadSign   = 3
)

// muxerBatchTimeoutUsec is nvstreammux's batched-push-timeout.
const muxerBatchTimeoutUsec = 33000

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s <media file or uri>\n", os.Args[0])
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(1)
	}
	if err := run(flag.Arg(0)); err != nil {
		dsapp.Exit(err)
	}
}

func run(input string) error {
	if input == "" {
		var err error
		if input, err = dsapp.DefaultClip(); err != nil {
			return err
		}
	}
	if _, err := os.Stat(input); err != nil {
		return err
	}
	configs, err := dsapp.WriteConfigs(configFiles)
	if err != nil {
		return err
	}
	defer configs.Close()

	gst.Init(nil)
	if err := standin.Register(); err != nil {
		return err
	}

	fmt.Print("Creating Pipeline \n \n")
	pipeline, err := gst.NewPipeline("")
	if err != nil {
		return err
	}
	b := dsapp.NewBuilder(pipeline.Bin)
	fmt.Print("Creating Source \n \n")
	source := b.Make("filesrc", "file-source")
	fmt.Print("Creating H264Parser \n\n")
	h264parser := b.Make("h264parse", "h264-parser")
	fmt.Print("Creating Decoder \n\n")
	decoder := b.Make("nvv4l2decoder", "nvv4l2-decoder")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	pgie := b.Make("nvinfer", "primary-inference")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	sink := dsapp.Sink(b, "nvvideo-renderer", dsapp.DefaultPlatform)

	fmt.Printf("Playing file %s \n", input)
	b.Set(source, "location", input)
	if os.Getenv("USE_NEW_NVSTREAMMUX") != "yes" {
		b.Set(streammux, "width", 1920, "height", 1080, "batched-push-timeout", muxerBatchTimeoutUsec)
	}
	b.Set(streammux, "batch-size", 1)
	b.Set(pgie, "config-file-path", configs.Path("dstest1_pgie_config.txt"))

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(source, h264parser, decoder)
	b.LinkPads(b.StaticPad(decoder, "src"), b.RequestPad(streammux, "sink_0"))
	b.Link(streammux, pgie, nvvidconv, nvosd, sink)
	if err := b.Err(); err != nil {
		return err
	}

	// The probe runs once per batch on nvdsosd's sink pad, by then every
	// frame carries the detector's objects. It writes metadata, so it is an
	// operator: it runs with the batch-meta lock held.
	probe, err := gogst.AddOperator(nvosd.GetStaticPad("sink"), osdSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Print("Starting pipeline \n\n")
	return dsapp.Run(context.Background(), pipeline)
}

// osdSinkPadBufferProbe counts each frame's objects by class, colours
// their borders blue, and writes the counts on the frame (white Serif 10
// on black at 10,12), printing the same text.
func osdSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	for frame := range batch.Frames() {
		var counts [4]int
		for obj := range frame.Objects() {
			if c := obj.ClassID(); c >= 0 && int(c) < len(counts) {
				counts[c]++
			}
			obj.RectParams().BorderColor().Set(0, 0, 1, 0.8)
		}
		text := fmt.Sprintf("Frame Number=%d Number of Objects=%d Vehicle_count=%d Person_count=%d",
			frame.FrameNum(), frame.NumObjMeta(), counts[classVehicle], counts[classPerson])
		label, err := osd.NewDrawer(frame).Text(10, 12, text, osd.DefaultTextStyle)
		if err != nil {
			fmt.Fprintln(os.Stderr, "Unable to add display text:", err)
			continue
		}
		fmt.Println(label.DisplayText())
	}
	return nvds.ProbeOK
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
