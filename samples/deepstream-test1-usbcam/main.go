// Command deepstream-test1-usbcam is the Go port of DeepStream's Python
// sample deepstream_test_1_usb.py: a V4L2 camera through a primary
// detector, with a probe on the OSD's sink pad that counts objects per
// frame and writes the counts on the frame.
//
//	deepstream-test1-usbcam <v4l2-device-path>
//
// Pipeline:
//
//	v4l2src ! capsfilter video/x-raw,framerate=30/1 ! videoconvert
//	        ! nvvideoconvert ! capsfilter video/x-raw(memory:NVMM)
//	        ! nvstreammux ! nvinfer ! nvvideoconvert ! nvdsosd ! sink
//
// A device named "scene:[key=value,...]" is the substitute camera
// (dsapp.NewSceneCamera): the synthetic scene played live at its frame
// rate in place of v4l2src, for machines without a camera; it ends after
// the scene's frames. A missing device fails as v4l2src fails: the error
// names it and the exit status is 1. On the embedded runtime, or without
// a display, the sink is a fakesink; GODS_SINK chooses another (see dsapp).
package main

import (
	"context"
	"embed"
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
	classVehicle = 0
	classPerson  = 2
	numClasses   = 4
)

// muxerBatchTimeoutUsec is nvstreammux's batched-push-timeout.
const muxerBatchTimeoutUsec = 4000000

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintf(os.Stderr, "usage: %s <v4l2-device-path>\n", os.Args[0])
		os.Exit(1)
	}
	if err := run(os.Args[1]); err != nil {
		dsapp.Exit(err)
	}
}

func run(device string) error {
	cam, substitute, err := dsapp.ParseSceneCamera(device)
	if err != nil {
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
	var source *gst.Element
	if substitute {
		if source, err = dsapp.NewSceneCamera("usb-cam-source", cam); err != nil {
			return err
		}
		b.Add(source)
	} else {
		source = b.Make("v4l2src", "usb-cam-source")
	}
	capsV4l2src := b.Make("capsfilter", "v4l2src_caps")
	fmt.Print("Creating Video Converter \n\n")
	vidconvsrc := b.Make("videoconvert", "convertor_src1")
	nvvidconvsrc := b.Make("nvvideoconvert", "convertor_src2")
	capsVidconvsrc := b.Make("capsfilter", "nvmm_caps")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	pgie := b.Make("nvinfer", "primary-inference")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	sink := dsapp.Sink(b, "nvvideo-renderer", dsapp.DefaultPlatform)

	fmt.Printf("Playing cam %s \n", device)
	b.Set(capsV4l2src, "caps", "video/x-raw, framerate=30/1")
	b.Set(capsVidconvsrc, "caps", "video/x-raw(memory:NVMM)")
	if !substitute {
		b.Set(source, "device", device)
	}
	b.Set(streammux, "width", 1920, "height", 1080, "batch-size", 1, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("dstest1_pgie_config.txt"))
	// No sync: late frames are not dropped at the display sink.
	b.Set(sink, "sync", false)

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(source, capsV4l2src, vidconvsrc, nvvidconvsrc, capsVidconvsrc)
	b.LinkPads(b.StaticPad(capsVidconvsrc, "src"), b.RequestPad(streammux, "sink_0"))
	b.Link(streammux, pgie, nvvidconv, nvosd, sink)
	if err := b.Err(); err != nil {
		return err
	}

	// Once per batch on nvdsosd's sink pad; it writes display metadata, so
	// it is an operator (runs with the batch-meta lock held).
	probe, err := gogst.AddOperator(nvosd.GetStaticPad("sink"), osdSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Print("Starting pipeline \n\n")
	return dsapp.Run(context.Background(), pipeline)
}

// osdSinkPadBufferProbe counts each frame's objects by class (one counter
// per batch, as the Python app keeps it) and writes the counts on the
// frame (white Serif 10 on black at 10,12), printing the same text.
func osdSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	var counts [numClasses]int
	for frame := range batch.Frames() {
		for obj := range frame.Objects() {
			if c := obj.ClassID(); c >= 0 && int(c) < len(counts) {
				counts[c]++
			}
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
