// Command deepstream-test1-rtsp-out is the Go port of DeepStream's Python
// sample deepstream_test1_rtsp_out.py: deepstream-test1's chain whose
// drawn frames are encoded, sent as RTP to a UDP multicast group and
// served by an RTSP server at rtsp://localhost:8554/ds-test.
//
//	deepstream-test1-rtsp-out -i <h264 elementary stream> [-c H264|H265] [-b bitrate] [-e 0|1]
//
// Pipeline:
//
//	filesrc ! h264parse ! nvv4l2decoder ! nvstreammux ! nvinfer ! nvvideoconvert
//	        ! nvdsosd ! nvvideoconvert ! capsfilter(I420) ! nvv4l2h264enc|nvv4l2h265enc
//	        ! rtph264pay|rtph265pay ! udpsink(224.224.255.255:5400)
//
// and the RTSP server (package rtspserver), whose shared media reads that
// UDP stream. -e 1 uses the software encoders x264enc/x265enc instead.
//
// Options that the Python app does not have (they change nothing it
// prints): --rtsp-port and --udp-port move the server and the UDP stream
// off 8554 and 5400; --wait-client starts the pipeline only once a client
// asks for the stream (the server holds the first frame until the client
// plays), so that the client sees every frame from the first.
package main

import (
	"context"
	"embed"
	"fmt"
	"os"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/osd"
	"github.com/go-deepstream/go-deepstream/rtspserver"
	"github.com/go-deepstream/go-deepstream/standin"
)

// Class ids of the four-class primary detector.
const (
	classVehicle = 0
	classPerson  = 2
)

// The Python app's muxer timeout (µs) and multicast group.
const (
	muxerBatchTimeoutUsec = 4000000
	multicastGroup        = "224.224.255.255"
)

func main() {
	opt, err := parseArgs(os.Args[1:])
	if err != nil {
		os.Exit(reportArgs(err))
	}
	if err := run(opt); err != nil {
		dsapp.Exit(err)
	}
}

func run(opt options) error {
	if _, err := os.Stat(opt.input); err != nil {
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
	nvvidconvPostOSD := b.Make("nvvideoconvert", "convertor_postosd")
	caps := b.Make("capsfilter", "filter")
	if opt.encType == 0 {
		b.Set(caps, "caps", "video/x-raw(memory:NVMM), format=I420")
	} else {
		b.Set(caps, "caps", "video/x-raw, format=I420")
	}
	encoder := b.Make(encoderFactory(opt.codec, opt.encType), "encoder")
	fmt.Printf("Creating %s Encoder\n", opt.codec)
	b.Set(encoder, "bitrate", opt.bitrate)
	if dsapp.DefaultPlatform.IsIntegratedGPU() && opt.encType == 0 {
		b.Set(encoder, "preset-level", 1, "insert-sps-pps", 1)
	}
	rtppay := b.Make(payloader(opt.codec), "rtppay")
	fmt.Printf("Creating %s rtppay\n", opt.codec)
	sink := b.Make("udpsink", "udpsink")
	b.Set(sink, "host", multicastGroup, "port", opt.udpPort, "async", false, "sync", 1)

	fmt.Printf("Playing file %s \n", opt.input)
	b.Set(source, "location", opt.input)
	b.Set(streammux, "width", 1920, "height", 1080, "batch-size", 1, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("dstest1_pgie_config.txt"))

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(source, h264parser, decoder)
	b.LinkPads(b.StaticPad(decoder, "src"), b.RequestPad(streammux, "sink_0"))
	b.Link(streammux, pgie, nvvidconv, nvosd, nvvidconvPostOSD, caps, encoder, rtppay, sink)
	if err := b.Err(); err != nil {
		return err
	}

	srv, factory, err := rtspserver.ServeUDP(opt.rtspPort, opt.udpPort, opt.codec, "/ds-test")
	if err != nil {
		return err
	}
	defer srv.Close()
	defer factory.Close()
	loop := rtspserver.RunMainLoop()
	defer loop.Stop()
	fmt.Printf("\n *** DeepStream: Launched RTSP Streaming at rtsp://localhost:%d/ds-test ***\n\n\n", opt.rtspPort)

	// The probe runs once per batch on nvdsosd's sink pad, where every
	// frame carries the detector's objects; it writes display meta, so it
	// is an operator.
	probe, err := gogst.AddOperator(nvosd.GetStaticPad("sink"), osdSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	if opt.waitClient {
		for factory.Configured() == 0 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline)
	if err == nil && factory.Played() > 0 {
		// The last packets may still be in the server's UDP socket: let
		// it forward them before the server and its clients are closed.
		time.Sleep(drainTime)
	}
	return err
}

// drainTime is how long the server may go on after end-of-stream.
const drainTime = 500 * time.Millisecond

func encoderFactory(codec string, encType int) string {
	switch {
	case codec == "H265" && encType == 0:
		return "nvv4l2h265enc"
	case codec == "H265":
		return "x265enc"
	case encType == 0:
		return "nvv4l2h264enc"
	default:
		return "x264enc"
	}
}

func payloader(codec string) string {
	if codec == "H265" {
		return "rtph265pay"
	}
	return "rtph264pay"
}

// osdSinkPadBufferProbe counts each frame's objects by class and writes
// the counts on the frame (white Serif 10 on black at 10,12), printing the
// same text. Unlike deepstream-test1 it leaves the border colours alone.
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
