// Command deepstream-custom-binding-test is the Go port of DeepStream's
// Python sample deepstream_custom_binding_test.py: a probe on the muxer's
// output attaches a C-layout custom struct to every frame as user meta,
// and a probe at the sink reads it back.
//
//	deepstream-custom-binding-test [<h264 elementary stream>]
//
// Pipeline:
//
//	filesrc ! h264parse ! nvv4l2decoder ! nvstreammux ! queue ! queue ! fakesink
//
// The payload, CustomDataStruct, has the memory layout of pyds's example
// struct ({ int structId; char *message; int sampleInt; }), so C plugins
// between the probes can read it; package callbacks copies and frees it
// (message included) whenever DeepStream copies or releases the meta.
// Without an argument it plays the synthetic scene's default clip. With
// GST_DEBUG_DUMP_DOT_DIR set, the pipeline graph is written there as
// graph.dot.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"structs"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/standin"
)

// CustomDataStruct is pyds's custom binding example as a C-layout payload.
type CustomDataStruct struct {
	_         structs.HostLayout
	StructID  int32
	Message   callbacks.CString
	SampleInt int32
}

// customMeta attaches and reads CustomDataStruct payloads. The Python
// sample marks its metas NVDS_USER_META; so does this one.
var customMeta *callbacks.CMeta[CustomDataStruct]

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s <h264 stream file or uri>\n", os.Args[0])
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
	var err error
	if customMeta, err = callbacks.RegisterC[CustomDataStruct](nvds.MetaTypeUser); err != nil {
		return err
	}

	gst.Init(nil)
	if err := standin.Register(); err != nil {
		return err
	}

	// The Python app logs its progress with Gst.info (GStreamer's debug
	// log, not stdout); it prints only these lines and the probes' lines.
	pipeline, err := gst.NewPipeline("")
	if err != nil {
		return err
	}
	b := dsapp.NewBuilder(pipeline.Bin)
	source := b.Make("filesrc", "file-source")
	h264parser := b.Make("h264parse", "h264-parser")
	decoder := b.Make("nvv4l2decoder", "nvv4l2-decoder")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	queue1 := b.Make("queue", "queue1")
	queue2 := b.Make("queue", "queue2")
	sink := b.Make("fakesink", "fakesink")

	fmt.Println("reading input")
	fmt.Printf("Playing file %s \n", input)
	b.Set(source, "location", input)
	b.Set(streammux, "width", 1280, "height", 720, "batch-size", 1)

	b.Link(source, h264parser, decoder)
	b.LinkPads(b.StaticPad(decoder, "src"), b.RequestPad(streammux, "sink_0"))
	b.Link(streammux, queue1, queue2, sink)
	if err := b.Err(); err != nil {
		return err
	}
	pipeline.DebugBinToDotFile(gst.DebugGraphShowAll, "graph")

	writer, err := gogst.AddOperator(streammux.GetStaticPad("src"), streammuxSrcPadBufferProbe)
	if err != nil {
		return err
	}
	defer writer.Remove()
	reader, err := gogst.AddObserver(sink.GetStaticPad("sink"), fakesinkSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer reader.Remove()

	// Python prints "pipeline playing" once it has asked for PLAYING; its
	// bus_call logs End-of-stream with Gst.info, so stdout ends with the
	// probes' lines. Errors still go to stderr.
	fmt.Println("pipeline playing")
	return dsapp.Run(context.Background(), pipeline, dsapp.WithOutput(io.Discard, os.Stderr))
}

// streammuxSrcPadBufferProbe attaches a CustomDataStruct to every frame.
// An operator probe runs with the batch-meta lock held, as the Python
// probe takes it with nvds_acquire_meta_lock.
func streammuxSrcPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	for frame := range batch.Frames() {
		n := frame.FrameNum()
		_, data, err := customMeta.Attach(frame)
		if err != nil {
			fmt.Println("failed to acquire user meta")
			fmt.Fprintln(os.Stderr, "Error:", err)
			continue
		}
		fmt.Println("adding user meta")
		data.StructID = n
		// Set twice, as the Python sample does to exercise its setter: the
		// second value replaces the first, which is freed.
		msg := fmt.Sprintf("test message %d", n)
		err = data.Message.Set(msg)
		if err == nil {
			err = data.Message.Set(data.Message.String())
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "set message:", err)
		}
		data.SampleInt = n + 1
	}
	return nvds.ProbeOK
}

// fakesinkSinkPadBufferProbe reads the payloads back, under the batch-meta
// lock as the Python probe does.
func fakesinkSinkPadBufferProbe(info nvds.ProbeInfo) {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return
	}
	defer batch.Lock()()
	for frame := range batch.Frames() {
		for _, data := range customMeta.All(frame.UserMeta()) {
			fmt.Println("custom meta structId:: ", data.StructID)
			fmt.Println("custom meta msg:: ", data.Message.String())
			fmt.Println("custom meta sampleInt:: ", data.SampleInt)
		}
	}
}
