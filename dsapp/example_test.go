package dsapp_test

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/standin"
)

// Run plays a pipeline to its end. SIGTERM ends the context (a service
// being stopped); Ctrl-C sends end-of-stream, then stops the pipeline if
// it has not drained within the stop timeout.
func ExampleRun() {
	gst.Init(nil)
	pipeline, err := gst.NewPipelineFromString("videotestsrc num-buffers=30 ! fakesink")
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	err = dsapp.Run(ctx, pipeline,
		dsapp.WithOutput(os.Stdout, os.Stderr),
		dsapp.WithWarnings(func(w *dsapp.ElementError) { fmt.Println("warned by", w.Path) }))
	fmt.Println("error:", err)
	// Output:
	// End-of-stream
	// error: <nil>
}

// The builder keeps the first error; it names the element, the property
// and the value.
func ExampleNewBuilder() {
	gst.Init(nil)
	pipeline, _ := gst.NewPipeline("")
	b := dsapp.NewBuilder(pipeline.Bin)
	src := b.Make("videotestsrc", "source")
	b.Set(src, "num-buffers", 30, "pattern", "ball")
	sink := b.Make("fakesink", "sink")
	b.Set(sink, "sync", "maybe")
	b.Link(src, sink)
	fmt.Println(b.Err())
	// Output:
	// set sink (fakesink) property "sync" = "maybe": not a valid gboolean
}

// Source bins for a file and a camera feed nvstreammux, which is told its
// input is live.
func ExampleNewSourceBin() {
	gst.Init(nil)
	if err := standin.Register(); err != nil {
		fmt.Println(err)
		return
	}
	inputs := []string{"/data/clip.h264", "rtsp://camera.local/stream1"}
	pipeline, _ := gst.NewPipeline("")
	b := dsapp.NewBuilder(pipeline.Bin)
	mux := b.Make("nvstreammux", "mux")
	b.Set(mux, "batch-size", len(inputs), "width", 1280, "height", 720, "live-source", dsapp.AnyLiveURI(inputs...))
	for i, uri := range inputs {
		src, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{Quiet: true})
		if err != nil {
			fmt.Println(err)
			return
		}
		b.Add(src.Element)
		b.LinkPads(b.StaticPad(src.Element, "src"), b.RequestPad(mux, fmt.Sprintf("sink_%d", i)))
		fmt.Println(src.GetName(), dsapp.IsLiveURI(uri))
	}
	live, _ := mux.GetProperty("live-source")
	fmt.Println("live-source:", live, b.Err())
	// Output:
	// source-bin-00 false
	// source-bin-01 true
	// live-source: true <nil>
}
