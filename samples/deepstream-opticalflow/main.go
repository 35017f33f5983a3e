// Command deepstream-opticalflow is the Go port of DeepStream's Python
// sample deepstream-opticalflow.py: any number of URIs decoded by source
// bins and batched by nvstreammux at 1920x1080; nvof computes the motion
// vectors of each frame and nvofvisual paints them. A probe after the
// visualisation prints each frame's number and saves the flow of each
// frame, coloured as the Python sample colours it (hue: direction, value:
// magnitude, then inverted), as <folder>/stream_<i>/frame_<n>.jpg. The
// painted flow is tiled, encoded as MPEG-4 and written to ./out.mp4.
//
//	deepstream-opticalflow <uri1> [uri2] ... [uriN] <output_folder>
//
// Pipeline:
//
//	source bins ! nvstreammux ! queue ! nvof ! queue ! nvofvisual ! queue
//	  ! nvmultistreamtiler ! queue ! nvvideoconvert ! queue ! nvdsosd ! queue
//	  ! nvvideoconvert ! video/x-raw,format=I420 ! avenc_mpeg4
//	  ! mpeg4videoparse ! qtmux ! filesink location=./out.mp4
//
// The output folder must not exist. Plain paths are accepted as well as
// URIs. avenc_mpeg4 comes from gstreamer1.0-libav; the gst-libav of
// GStreamer 1.22.0 stamps its output with an invalid time that qtmux
// refuses, so the port restamps the encoded frames (dsapp.RestampEncoder).
//
// On the embedded runtime nvof and nvofvisual are CPU stand-ins
// (docs/standin-elements.md); the first frame of each stream has no flow
// meta (there is no previous frame), so it is printed but not saved.
package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/standin"
)

// The Python app's sizes and muxer timeout (µs).
const (
	muxerOutputWidth      = 1920
	muxerOutputHeight     = 1080
	muxerBatchTimeoutUsec = 33000
	tiledOutputWidth      = 1280
	tiledOutputHeight     = 720
	encoderBitrate        = 2000000
	outputFile            = "./out.mp4"
)

func main() {
	if len(os.Args) < 3 {
		// The Python app also takes a lone folder, then fails on zero
		// sources; one URI at least is asked for here.
		fmt.Fprintf(os.Stderr, "usage: %s <uri1> [uri2] ... [uriN] <output_folder>\n", os.Args[0])
		os.Exit(1)
	}
	if err := run(os.Args[0], os.Args[1:len(os.Args)-1], os.Args[len(os.Args)-1]); err != nil {
		dsapp.Exit(err)
	}
}

func run(prog string, inputs []string, folder string) error {
	uris := make([]string, len(inputs))
	for i, in := range inputs {
		uri, err := dsapp.URI(in)
		if err != nil {
			return err
		}
		uris[i] = uri
	}
	numSources := len(uris)
	if _, err := os.Lstat(folder); err == nil {
		return dsapp.Messagef("The output folder %s already exists. Please remove it first.", folder)
	}
	if err := os.Mkdir(folder, 0o755); err != nil {
		return err
	}

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
	isLive := false
	fmt.Print("Creating streamux \n \n")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	for i, uri := range uris {
		if err := os.Mkdir(filepath.Join(folder, fmt.Sprintf("stream_%d", i)), 0o755); err != nil {
			return err
		}
		fmt.Print("Creating source_bin  ", i, "  \n \n")
		if dsapp.IsLiveURI(uri) {
			isLive = true
		}
		src, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{})
		if err != nil {
			return err
		}
		b.Add(src.Element)
		b.LinkPads(b.StaticPad(src.Element, "src"), b.RequestPad(streammux, fmt.Sprintf("sink_%d", i)))
	}
	// queue2 is made and added but never linked, as in the Python app.
	var queues [5]*gst.Element
	for i := range queues {
		queues[i] = b.Make("queue", fmt.Sprintf("queue%d", i+1))
	}
	fmt.Print("Creating tiler \n \n")
	tiler := b.Make("nvmultistreamtiler", "nvtiler")
	fmt.Print("Creating nvvidconv \n \n")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	nvof := b.Make("nvof", "nvopticalflow")
	fmt.Print("Creating nv optical flow visualisation element \n\n")
	nvofvisual := b.Make("nvofvisual", "nvopticalflowvisual")
	fmt.Print("Creating queue \n \n")
	ofQueue := b.Make("queue", "q_after_of")
	fmt.Print("Creating queue \n\n")
	ofvisualQueue := b.Make("queue", "q_after_ofvisual")
	// The Python app makes a further queue, "queue", that it never adds.
	fmt.Print("Creating Queue \n\n")
	fmt.Print("Creating nvosd \n \n")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	fmt.Print("Creating converter 2\n\n")
	nvvidconv2 := b.Make("nvvideoconvert", "convertor2")
	fmt.Print("Creating capsfilter \n\n")
	capsfilter := b.Make("capsfilter", "capsfilter")
	b.Set(capsfilter, "caps", "video/x-raw, format=I420")
	fmt.Print("Creating Encoder \n\n")
	encoder := b.Make("avenc_mpeg4", "encoder")
	b.Set(encoder, "bitrate", encoderBitrate)
	fmt.Print("Creating Code Parser \n\n")
	codeparser := b.Make("mpeg4videoparse", "mpeg4-parser")
	fmt.Print("Creating Container \n\n")
	container := b.Make("qtmux", "qtmux")
	fmt.Print("Creating File Sink \n\n")
	sink := b.Make("filesink", "filesink")
	b.Set(sink, "location", outputFile, "sync", 0)

	if isLive {
		fmt.Println("At least one of the sources is live")
		b.Set(streammux, "live-source", 1)
	}
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight, "batch-size", numSources,
		"batched-push-timeout", muxerBatchTimeoutUsec, "sync-inputs", 1)
	rows := int(math.Sqrt(float64(numSources)))
	columns := int(math.Ceil(float64(numSources) / float64(rows)))
	b.Set(tiler, "rows", rows, "columns", columns, "width", tiledOutputWidth, "height", tiledOutputHeight)

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(streammux, queues[0], nvof, ofQueue, nvofvisual, ofvisualQueue, tiler, queues[2], nvvidconv,
		queues[3], nvosd, queues[4], nvvidconv2, capsfilter, encoder, codeparser, container, sink)
	if err := b.Err(); err != nil {
		return err
	}

	dsapp.RestampEncoder(encoder)

	p := newProber(folder)
	probe, err := gogst.AddObserver(ofvisualQueue.GetStaticPad("src"), p.ofvisualQueueSrcPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	// The Python app lists all of its arguments, its own name and the
	// folder included.
	fmt.Println("Now playing...")
	for i, a := range append(append([]string{prog}, inputs...), folder) {
		fmt.Println(i, ": ", a)
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline)
	fmt.Print("Exiting app\n\n")
	if werr := p.writeErr(); werr != nil && err == nil {
		err = werr
	}
	return err
}
