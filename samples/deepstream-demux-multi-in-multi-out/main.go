// Command deepstream-demux-multi-in-multi-out is the Go port of
// DeepStream's Python sample deepstream_demux_multi_in_multi_out.py:
// several URIs are batched, run through a primary detector, and split
// again by nvstreamdemux into one output per input, each with its own
// converter, OSD and sink.
//
//	deepstream-demux-multi-in-multi-out [-i URI [URI ...]]
//
// Pipeline:
//
//	source bins ! nvstreammux ! queue ! nvinfer ! nvstreamdemux
//	nvstreamdemux.src_<i> ! queue-<i> ! nvvideoconvert-<i> ! nvdsosd-<i> ! sink-<i>   (per input)
//
// A probe after the detector prints each frame's counts and feeds the
// per-stream frame rates printed every five seconds. Without -i it plays
// the synthetic scene's default clip. Where no display exists each output
// ends in a fakesink; GODS_SINK=file:out/{sink}-%05d.png writes each
// output's frames to its own files.
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
	"github.com/go-deepstream/go-deepstream/samples/internal/pyargs"
	"github.com/go-deepstream/go-deepstream/standin"
)

const (
	classVehicle = 0
	classPerson  = 2

	muxerOutputWidth      = 960
	muxerOutputHeight     = 540
	muxerBatchTimeoutUsec = 33000
	osdProcessMode        = 0
	osdDisplayText        = 1
)

// parser is the Python app's argparse parser. -i is optional here:
// without it the sample plays the default clip.
var parser = &pyargs.Parser{
	Prog:        "deepstream_demux_multi_in_multi_out.py",
	Description: "deepstream-demux-multi-in-multi-out takes multiple URI streams as inputand uses `nvstreamdemux` to split batches and output separate buffer/streams", // sic
	Options: []pyargs.Option{
		{Short: "-i", Long: "--input", Kind: pyargs.List, Metavar: "URIs", DefaultWhenAbsent: true, Help: "Path to input streams"},
	},
}

func main() {
	v, err := parser.Parse(os.Args[1:])
	if err != nil {
		os.Exit(pyargs.Report(err, os.Stdout, os.Stderr))
	}
	if err := run(v.List("input")); err != nil {
		dsapp.Exit(err)
	}
}

func run(inputs []string) error {
	if len(inputs) == 0 {
		uri, err := dsapp.DefaultURI()
		if err != nil {
			return err
		}
		inputs = []string{uri}
	}
	// Plain paths (a Go-only convenience) become URIs for the source bins;
	// the sources are listed as given.
	uris := make([]string, len(inputs))
	for i, in := range inputs {
		uri, err := dsapp.URI(in)
		if err != nil {
			return err
		}
		uris[i] = uri
	}
	numSources := len(inputs)
	perf := dsapp.NewPerfData(numSources)
	platform := dsapp.DefaultPlatform
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
	fmt.Print("Creating streamux \n \n")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	isLive := false
	for i, uri := range uris {
		fmt.Println("Creating source_bin ", i, " \n ")
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
	queue1 := b.Make("queue", "queue1")
	fmt.Print("Creating Pgie \n \n")
	pgie := b.Make("nvinfer", "primary-inference")
	fmt.Print("Creating nvstreamdemux \n \n")
	demux := b.Make("nvstreamdemux", "nvstreamdemux")
	if isLive {
		fmt.Println("Atleast one of the sources is live") // sic, as Python prints it
		b.Set(streammux, "live-source", 1)
	}
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight,
		"batch-size", numSources, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("ds_demux_pgie_config.txt"))
	if err := b.Err(); err != nil {
		return err
	}
	if v, err := pgie.GetProperty("batch-size"); err == nil {
		if n, ok := v.(uint); ok && int(n) != numSources {
			fmt.Printf("WARNING: Overriding infer-config batch-size %d  with number of sources  %d  \n\n", n, numSources)
			b.Set(pgie, "batch-size", numSources)
		}
	}
	fmt.Print("Adding elements to Pipeline \n\n")
	b.Link(streammux, queue1, pgie, demux)

	// One output per input: demux.src_<i> ! queue ! nvvideoconvert ! nvdsosd ! sink.
	for i := range inputs {
		name := func(factory string) string { return fmt.Sprintf("%s-%d", factory, i) }
		sink := dsapp.Sink(b, name("sink"), platform)
		queue := b.Make("queue", name("queue"))
		conv := b.Make("nvvideoconvert", name("nvvideoconvert"))
		osd := b.Make("nvdsosd", name("nvdsosd"))
		b.Set(osd, "process-mode", osdProcessMode, "display-text", osdDisplayText)
		b.LinkPads(b.RequestPad(demux, fmt.Sprintf("src_%d", i)), b.StaticPad(queue, "sink"))
		b.Link(queue, conv, osd, sink)
		if sink != nil {
			if _, err := sink.GetPropertyType("qos"); err == nil { // not on a file sink bin
				b.Set(sink, "qos", 0)
			}
		}
	}
	fmt.Print("Linking elements in the Pipeline \n\n")
	if err := b.Err(); err != nil {
		return err
	}
	probe, err := gogst.AddObserver(pgie.GetStaticPad("src"), func(info nvds.ProbeInfo) {
		pgieSrcPadBufferProbe(info, perf)
	})
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Println("Now playing...")
	for i, uri := range inputs {
		fmt.Println(i, ": ", uri)
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline, dsapp.WithTick(dsapp.PerfEvery(), perf.Print))
	fmt.Print("Exiting app\n\n")
	return err
}

// pgieSrcPadBufferProbe prints each frame's counts and counts the frame
// for its stream's frame rate.
func pgieSrcPadBufferProbe(info nvds.ProbeInfo, perf *dsapp.PerfData) {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return
	}
	for frame := range batch.Frames() {
		var vehicles, people int
		for obj := range frame.Objects() {
			switch obj.ClassID() {
			case classVehicle:
				vehicles++
			case classPerson:
				people++
			}
		}
		fmt.Println("Frame Number=", frame.FrameNum(), "Number of Objects=", frame.NumObjMeta(),
			"Vehicle_count=", vehicles, "Person_count=", people)
		perf.Update(int(frame.PadIndex()))
	}
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
