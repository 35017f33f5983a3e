// Command deepstream-test2 is the Go port of DeepStream's Python sample
// deepstream_test_2.py: deepstream-test1's pipeline with a tracker and two
// secondary classifiers after the detector. The probe on the OSD's sink
// pad writes the per-frame counts on the frame and prints the tracker's
// past-frame data: the boxes of targets that were tracked while the
// detector did not see them.
//
//	deepstream-test2 [<h264 elementary stream>]
//
// Pipeline:
//
//	filesrc ! h264parse ! nvv4l2decoder ! nvstreammux ! nvinfer (primary)
//	  ! nvtracker ! nvinfer (secondary 1) ! nvinfer (secondary 2)
//	  ! nvvideoconvert ! nvdsosd ! sink
//
// The tracker's properties come from dstest2_tracker_config.txt ([tracker]
// group: tracker-width, tracker-height, gpu-id, ll-lib-file,
// ll-config-file), read as the Python sample reads it. On the embedded
// runtime the secondary classifiers answer a vehicle's colour and type.
// Without an argument it plays the synthetic scene's default clip. The
// Python sample's deprecated second argument (past-frame 0/1) is accepted
// and ignored.
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/osd"
	"github.com/go-deepstream/go-deepstream/standin"
	"github.com/go-deepstream/go-deepstream/tracker"
)

const (
	classVehicle = 0
	classPerson  = 2

	muxerBatchTimeoutUsec = 33000
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s <h264_elementary_stream>\n", os.Args[0])
	}
	flag.Parse()
	// Python ignores any arguments after the stream.
	if flag.NArg() >= 2 {
		fmt.Fprintln(os.Stderr, "Warning: the past-frame argument is deprecated and ignored")
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
	tracker := b.Make("nvtracker", "tracker")
	sgie1 := b.Make("nvinfer", "secondary1-nvinference-engine")
	sgie2 := b.Make("nvinfer", "secondary2-nvinference-engine")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	sink := dsapp.Sink(b, "nvvideo-renderer", dsapp.DefaultPlatform)

	fmt.Printf("Playing file %s \n", input)
	b.Set(source, "location", input)
	b.Set(streammux, "width", 1920, "height", 1080, "batch-size", 1, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("dstest2_pgie_config.txt"))
	b.Set(sgie1, "config-file-path", configs.Path("dstest2_sgie1_config.txt"))
	b.Set(sgie2, "config-file-path", configs.Path("dstest2_sgie2_config.txt"))
	if err := b.Err(); err != nil {
		return err
	}
	if err := configureTracker(b, tracker, configs.Path("dstest2_tracker_config.txt")); err != nil {
		return err
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(source, h264parser, decoder)
	b.LinkPads(b.StaticPad(decoder, "src"), b.RequestPad(streammux, "sink_0"))
	b.Link(streammux, pgie, tracker, sgie1, sgie2, nvvidconv, nvosd, sink)
	if err := b.Err(); err != nil {
		return err
	}
	probe, err := gogst.AddOperator(nvosd.GetStaticPad("sink"), osdSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Print("Starting pipeline \n\n")
	return dsapp.Run(context.Background(), pipeline)
}

// configureTracker sets the tracker's properties from the [tracker] group
// of the tracker config, as the Python sample does with configparser.
// A relative ll-config-file is relative to the config's folder.
func configureTracker(b *dsapp.Builder, tracker *gst.Element, path string) error {
	kf, err := dsapp.ReadKeyFile(path)
	if err != nil {
		return err
	}
	group, ok := kf.Group("tracker")
	if !ok {
		return fmt.Errorf("%s: no [tracker] group", path)
	}
	for _, kv := range group {
		switch kv.Key {
		case "tracker-width", "tracker-height", "gpu-id":
			n, err := strconv.Atoi(kv.Value)
			if err != nil {
				return fmt.Errorf("%s: %s: %q is not an integer", path, kv.Key, kv.Value)
			}
			b.Set(tracker, kv.Key, n)
		case "ll-lib-file":
			b.Set(tracker, kv.Key, kv.Value)
		case "ll-config-file":
			v := kv.Value
			if !filepath.IsAbs(v) {
				v = filepath.Join(filepath.Dir(path), v)
			}
			b.Set(tracker, kv.Key, v)
		}
	}
	return b.Err()
}

// osdSinkPadBufferProbe writes each frame's counts on the frame, then
// prints the tracker's past-frame data of the batch.
func osdSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	var counts [4]int // over the batch, as the Python sample counts
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

	for past := range nvds.Payloads(batch.UserMeta(), tracker.PastFrameFromUser) {
		for stream := range past.Streams() {
			fmt.Println("streamId=", stream.StreamID())
			fmt.Println("surfaceStreamID=", stream.SurfaceStreamID())
			for obj := range stream.Objects() {
				fmt.Println("numobj=", obj.NumObj())
				fmt.Println("uniqueId=", obj.UniqueID())
				fmt.Println("classId=", obj.ClassID())
				fmt.Println("objLabel=", obj.Label())
				for f := range obj.Frames() {
					box := f.BBox()
					fmt.Println("frameNum:", f.FrameNum())
					fmt.Println("tBbox.left:", dsapp.PyFloat(float64(box.Left)))
					fmt.Println("tBbox.width:", dsapp.PyFloat(float64(box.Width)))
					fmt.Println("tBbox.top:", dsapp.PyFloat(float64(box.Top)))
					// The Python sample prints the height as tBbox.right.
					fmt.Println("tBbox.right:", dsapp.PyFloat(float64(box.Height)))
					fmt.Println("confidence:", dsapp.PyFloat(float64(f.Confidence())))
					fmt.Println("age:", f.Age())
				}
			}
		}
	}
	return nvds.ProbeOK
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
