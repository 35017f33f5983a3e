// Command deepstream-ssd-parser is the Go port of DeepStream's Python
// sample deepstream_ssd_parser.py: a TensorFlow SSD detector runs in
// nvinferserver (Triton) with no postprocessing, a probe on its src pad
// parses the raw output tensors into boxes (package ssdparser: threshold,
// minimum box size, per-class NMS) and adds them as object metadata, a
// probe on nvdsosd's sink pad counts them and writes the counts on the
// frame, and the drawn frames are encoded as MPEG-4 into ./out.mp4.
//
//	deepstream-ssd-parser [<h264 elementary stream>]
//
// Pipeline:
//
//	filesrc ! h264parse ! nvv4l2decoder ! nvstreammux ! nvinferserver
//	        ! nvvideoconvert ! nvdsosd ! queue ! nvvideoconvert
//	        ! video/x-raw,format=I420 ! avenc_mpeg4 ! mpeg4videoparse
//	        ! qtmux ! filesink location=./out.mp4
//
// Without an argument it plays the synthetic scene's default clip
// (docs/scene.md). On the embedded runtime the stand-in nvinferserver
// answers as the SSD (docs/standin-elements.md, nvinferserver), with COCO
// class ids: cars and people are counted.
//
// The Python app reads labels.txt from its working directory; the port
// reads the copy in its config set (configs/<set>/labels.txt), written
// beside the nvinferserver config.
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
	"github.com/go-deepstream/go-deepstream/standin"
)

// The Python app's constants.
const (
	classNB               = 91  // COCO ids 0..90
	accuracyAllClass      = 0.5 // score threshold of every class
	imageHeight           = 1080
	imageWidth            = 1920
	minBoxWidth           = 32
	minBoxHeight          = 32
	topK                  = 20
	iouThreshold          = 0.3
	outputVideoName       = "./out.mp4"
	muxerBatchTimeoutUsec = 33000
)

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
	labels, err := readLabels(configs.Path("labels.txt"))
	if err != nil {
		return err
	}
	p := newProbes(labels)

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
	// make prints what the Python app's make_elm_or_print_err does.
	make := func(factory, name, printed string) *gst.Element {
		fmt.Println("Creating", printed)
		return b.Make(factory, name)
	}
	source := make("filesrc", "file-source", "Source")
	h264parser := make("h264parse", "h264-parser", "H264Parser")
	decoder := make("nvv4l2decoder", "nvv4l2-decoder", "Decoder")
	streammux := make("nvstreammux", "Stream-muxer", "NvStreamMux")
	pgie := make("nvinferserver", "primary-inference", "Nvinferserver")
	nvvidconv := make("nvvideoconvert", "convertor", "Nvvidconv")
	nvosd := make("nvdsosd", "onscreendisplay", "OSD (nvosd)")
	queue := make("queue", "queue", "Queue")
	nvvidconv2 := make("nvvideoconvert", "convertor2", "Converter 2 (nvvidconv2)")
	capsfilter := make("capsfilter", "capsfilter", "capsfilter")
	b.Set(capsfilter, "caps", gst.NewCapsFromString("video/x-raw, format=I420"))
	encoder := make("avenc_mpeg4", "encoder", "Encoder")
	b.Set(encoder, "bitrate", 2000000)
	codeparser := make("mpeg4videoparse", "mpeg4-parser", "Code Parser")
	container := make("qtmux", "qtmux", "Container")
	sink := make("filesink", "filesink", "Sink")
	b.Set(sink, "location", outputVideoName, "sync", false, "async", false)

	fmt.Printf("Playing file %s \n", input)
	b.Set(source, "location", input)
	b.Set(streammux, "width", imageWidth, "height", imageHeight, "batch-size", 1,
		"batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("dstest_ssd_nopostprocess.txt"))

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(source, h264parser, decoder)
	b.LinkPads(b.StaticPad(decoder, "src"), b.RequestPad(streammux, "sink_0"))
	b.Link(streammux, pgie, nvvidconv, nvosd, queue, nvvidconv2, capsfilter, encoder, codeparser, container, sink)
	if err := b.Err(); err != nil {
		return err
	}

	// Both probes write metadata (objects, display text), so both are
	// operators: they run with the batch-meta lock held.
	parse, err := gogst.AddOperator(pgie.GetStaticPad("src"), p.pgieSrcPadBufferProbe)
	if err != nil {
		return err
	}
	defer parse.Remove()
	count, err := gogst.AddOperator(nvosd.GetStaticPad("sink"), p.osdSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer count.Remove()

	dsapp.RestampEncoder(encoder)

	fmt.Print("Starting pipeline \n\n")
	return dsapp.Run(context.Background(), pipeline)
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
