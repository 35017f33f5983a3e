// Command deepstream-test3 is the Go port of DeepStream's Python sample
// deepstream_test_3.py: any number of URIs decoded by source bins, batched
// by nvstreammux, run through a primary detector and tiled into one view.
// A probe after the detector counts objects per frame and feeds the
// per-stream frame rates printed every five seconds.
//
//	deepstream-test3 [-i URI [URI ...]] [-c CONFIG -g nvinfer|nvinferserver|nvinferserver-grpc]
//	                 [--no-display] [--file-loop] [--disable-probe] [-s]
//
// Pipeline:
//
//	source bins ! nvstreammux ! queue ! nvinfer ! queue ! [nvdslogger !]
//	  nvmultistreamtiler ! queue ! nvvideoconvert ! queue ! nvdsosd ! queue ! sink
//
// Without -i it plays the synthetic scene's default clip. Plain paths are
// accepted as well as URIs. NVDS_ENABLE_LATENCY_MEASUREMENT=1 measures
// each batch's latency in the probe. GODS_PERF_INTERVAL overrides the five
// seconds between **PERF lines.
package main

import (
	"context"
	"embed"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/latency"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/samples/internal/pyargs"
	"github.com/go-deepstream/go-deepstream/standin"
)

const (
	classVehicle = 0
	classPerson  = 2

	muxerOutputWidth      = 1920
	muxerOutputHeight     = 1080
	muxerBatchTimeoutUsec = 33000
	tiledOutputWidth      = 1280
	tiledOutputHeight     = 720
	osdProcessMode        = 0
	osdDisplayText        = 1
)

// options are the command line, as argparse parses it in the Python app.
type options struct {
	inputs       []string
	configFile   string
	pgie         string
	noDisplay    bool
	fileLoop     bool
	disableProbe bool
	silent       bool
}

func main() {
	opt, err := parseArgs(os.Args[1:])
	if err != nil {
		os.Exit(pyargs.Report(err, os.Stdout, os.Stderr))
	}
	if err := run(opt); err != nil {
		dsapp.Exit(err)
	}
}

// parser is deepstream_test_3.py's argparse parser. -i is optional here:
// without it the sample plays the default clip.
var parser = &pyargs.Parser{
	Prog:        "deepstream_test_3",
	Description: "deepstream-test3 multi stream, multi model inference reference app",
	Options: []pyargs.Option{
		{Short: "-i", Long: "--input", Kind: pyargs.List, Metavar: "URIs", DefaultWhenAbsent: true, Help: "Path to input streams"},
		{Short: "-c", Long: "--configfile", Metavar: "config_location.txt", Help: "Choose the config-file to be used with specified pgie"},
		{Short: "-g", Long: "--pgie", Choices: []string{"nvinfer", "nvinferserver", "nvinferserver-grpc"}, Help: "Choose Primary GPU Inference Engine"},
		{Long: "--no-display", Kind: pyargs.Flag, Help: "Disable display of video output"},
		{Long: "--file-loop", Kind: pyargs.Flag, Help: "Loop the input file sources after EOS"},
		{Long: "--disable-probe", Kind: pyargs.Flag, Help: "Disable the probe function and use nvdslogger for FPS"},
		{Short: "-s", Long: "--silent", Kind: pyargs.Flag, Help: "Disable verbose output"},
	},
}

func parseArgs(args []string) (*options, error) {
	v, err := parser.Parse(args)
	if err != nil {
		return nil, err
	}
	opt := &options{
		inputs:       v.List("input"),
		configFile:   v["configfile"],
		pgie:         v["pgie"],
		noDisplay:    v.Bool("no-display"),
		fileLoop:     v.Bool("file-loop"),
		disableProbe: v.Bool("disable-probe"),
		silent:       v.Bool("silent"),
	}
	if (opt.configFile == "") != (opt.pgie == "") {
		fmt.Fprint(os.Stderr, "\nEither pgie or configfile is missing. Please specify both! Exiting...\n\n\n\n")
		fmt.Print(parser.Help())
		return nil, &pyargs.Usage{Exit: 1}
	}
	if opt.configFile != "" {
		if st, err := os.Stat(opt.configFile); err != nil || st.IsDir() {
			fmt.Fprintf(os.Stderr, "Specified config-file: %s doesn't exist. Exiting...\n\n", opt.configFile)
			return nil, &pyargs.Usage{Exit: 1}
		}
	}
	return opt, nil
}

// String prints the options as the Python app prints vars(args).
func (o *options) String() string {
	quote := func(s string) string {
		if s == "" {
			return "None"
		}
		return "'" + s + "'"
	}
	in := make([]string, len(o.inputs))
	for i, s := range o.inputs {
		in[i] = "'" + s + "'"
	}
	b := func(v bool) string {
		if v {
			return "True"
		}
		return "False"
	}
	return fmt.Sprintf("{'input': [%s], 'configfile': %s, 'pgie': %s, 'no_display': %s, 'file_loop': %s, 'disable_probe': %s, 'silent': %s}",
		strings.Join(in, ", "), quote(o.configFile), quote(o.pgie), b(o.noDisplay), b(o.fileLoop), b(o.disableProbe), b(o.silent))
}

func run(opt *options) error {
	if len(opt.inputs) == 0 {
		uri, err := dsapp.DefaultURI()
		if err != nil {
			return err
		}
		opt.inputs = []string{uri}
	}
	// Python prints the arguments as given; plain paths (a Go-only
	// convenience) become URIs for the source bins only.
	fmt.Println(opt)
	uris := make([]string, len(opt.inputs))
	for i, in := range opt.inputs {
		uri, err := dsapp.URI(in)
		if err != nil {
			return err
		}
		uris[i] = uri
	}

	measureLatency := latency.Enabled()
	configs, err := dsapp.WriteConfigs(configFiles)
	if err != nil {
		return err
	}
	defer configs.Close()
	config := opt.configFile
	if config == "" {
		config = configs.Path("dstest3_pgie_config.txt")
	}

	numSources := len(opt.inputs)
	perf := dsapp.NewPerfData(numSources)
	platform := dsapp.DefaultPlatform

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
		src, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{FileLoop: opt.fileLoop})
		if err != nil {
			return err
		}
		b.Add(src.Element)
		b.LinkPads(b.StaticPad(src.Element, "src"), b.RequestPad(streammux, fmt.Sprintf("sink_%d", i)))
	}
	var queues [5]*gst.Element
	for i := range queues {
		queues[i] = b.Make("queue", fmt.Sprintf("queue%d", i+1))
	}
	fmt.Print("Creating Pgie \n \n")
	pgieFactory := "nvinfer"
	if opt.pgie == "nvinferserver" || opt.pgie == "nvinferserver-grpc" {
		pgieFactory = "nvinferserver"
	}
	pgie := b.Make(pgieFactory, "primary-inference")
	var logger *gst.Element
	if opt.disableProbe {
		fmt.Print("Creating nvdslogger \n\n")
		logger = b.Make("nvdslogger", "nvdslogger")
	}
	fmt.Print("Creating tiler \n \n")
	tiler := b.Make("nvmultistreamtiler", "nvtiler")
	fmt.Print("Creating nvvidconv \n \n")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	fmt.Print("Creating nvosd \n \n")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	b.Set(nvosd, "process-mode", osdProcessMode, "display-text", osdDisplayText)

	if opt.fileLoop {
		// Surface arrays on Jetson, CUDA unified memory on dGPU.
		memType := 2
		if platform.IsIntegratedGPU() {
			memType = 4
		}
		b.Set(streammux, "nvbuf-memory-type", memType)
	}
	var sink *gst.Element
	if opt.noDisplay {
		fmt.Print("Creating Fakesink \n\n")
		sink = b.Make("fakesink", "fakesink")
		b.Set(sink, "enable-last-sample", 0, "sync", 0)
	} else {
		sink = dsapp.Sink(b, "nvvideo-renderer", platform)
	}
	if isLive {
		fmt.Println("At least one of the sources is live")
		b.Set(streammux, "live-source", 1)
	}
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight,
		"batch-size", numSources, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", config)
	if err := b.Err(); err != nil {
		return err
	}
	if v, err := pgie.GetProperty("batch-size"); err == nil {
		if n, ok := v.(uint); ok && int(n) != numSources {
			fmt.Printf("WARNING: Overriding infer-config batch-size %d  with number of sources  %d  \n\n", n, numSources)
			b.Set(pgie, "batch-size", numSources)
		}
	}
	rows := int(math.Sqrt(float64(numSources)))
	columns := int(math.Ceil(float64(numSources) / float64(rows)))
	b.Set(tiler, "rows", rows, "columns", columns, "width", tiledOutputWidth, "height", tiledOutputHeight)
	computeHW := 1
	if platform.IsIntegratedGPU() {
		computeHW = 2
	}
	b.Set(tiler, "compute-hw", computeHW)
	if _, err := sink.GetPropertyType("qos"); err == nil { // not on a file sink bin
		b.Set(sink, "qos", 0)
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(streammux, queues[0], pgie, queues[1])
	if logger != nil {
		b.Link(queues[1], logger, tiler)
	} else {
		b.Link(queues[1], tiler)
	}
	b.Link(tiler, queues[2], nvvidconv, queues[3], nvosd, queues[4], sink)
	if err := b.Err(); err != nil {
		return err
	}

	var run []dsapp.RunOption
	if !opt.disableProbe {
		p := &probe{perf: perf, silent: opt.silent, measureLatency: measureLatency}
		probe, err := gogst.AddObserver(pgie.GetStaticPad("src"), p.pgieSrcPadBufferProbe)
		if err != nil {
			return err
		}
		defer probe.Remove()
		run = append(run, dsapp.WithTick(dsapp.PerfEvery(), perf.Print))
	}

	if measureLatency {
		fmt.Println("Pipeline Latency Measurement enabled!\nPlease set env var NVDS_ENABLE_COMPONENT_LATENCY_MEASUREMENT=1 for Component Latency Measurement")
	}
	fmt.Println("Now playing...")
	for i, uri := range opt.inputs {
		fmt.Println(i, ": ", uri)
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline, run...)
	fmt.Print("Exiting app\n\n")
	return err
}

// probe is the state of the probe after the detector.
type probe struct {
	perf           *dsapp.PerfData
	silent         bool
	measureLatency bool
	latencies      []latency.FrameLatency // reused between buffers
	batchNum       int                    // batches measured so far
}

// pgieSrcPadBufferProbe counts each frame's vehicles and people, counts
// the frame for its stream's frame rate, and measures the batch's latency
// when asked.
func (p *probe) pgieSrcPadBufferProbe(info nvds.ProbeInfo) {
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
		if !p.silent {
			fmt.Println("Frame Number=", frame.FrameNum(), "Number of Objects=", frame.NumObjMeta(),
				"Vehicle_count=", vehicles, "Person_count=", people)
		}
		p.perf.Update(int(frame.PadIndex()))
	}
	if p.measureLatency {
		p.latencies, err = latency.Measure(info.Buffer(), p.latencies)
		if err != nil || len(p.latencies) == 0 {
			fmt.Println("Unable to get number of sources in GstBuffer for latency measurement")
			return
		}
		// What nvds_measure_buffer_latency prints in the SDK.
		fmt.Printf("************BATCH-NUM = %d**************\n", p.batchNum)
		p.batchNum++
		for _, l := range p.latencies {
			fmt.Printf("Source id = %d Frame_num = %d Frame latency = %f (ms) \n", l.SourceID, l.FrameNum, l.Latency)
		}
	}
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
