// Command deepstream-imagedata-multistream-cupy is the Go port of
// DeepStream's Python sample deepstream_imagedata-multistream_cupy.py:
// frames of several streams are converted to RGBA in device memory, and a
// probe before the tiler changes each frame in place on the device, the
// red channel becoming 0.5*x + 0.5 (a blue tint downstream), then prints
// the frame's object counts. The Python sample wraps the pointer that
// pyds's get_nvds_buf_surface_gpu gives in a CuPy array; the port takes
// surface.Surface.Device and changes the frame through package
// surface/devmem.
//
//	deepstream-imagedata-multistream-cupy -i URI [URI ...]
//
// Pipeline:
//
//	source bins ! nvstreammux ! nvinfer ! nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA
//	  ! nvmultistreamtiler ! nvvideoconvert ! nvdsosd ! sink
//
// Every element keeps the default memory type, which is CUDA device memory
// on a dGPU. Like the Python sample it refuses to run on an integrated
// GPU (Jetson). With the SDK, build with -tags 'deepstream cuda' (CUDA
// runtime linked); built with -tags deepstream alone, every frame fails
// with devmem.ErrNoCUDA. On the embedded runtime the device memory is
// emulated (see package devmem). Without -i the synthetic scene's default
// clip plays.
package main

import (
	"context"
	"embed"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/samples/internal/pyargs"
	"github.com/go-deepstream/go-deepstream/standin"
)

// The Python app's sizes and muxer timeout (µs).
const (
	muxerOutputWidth      = 1920
	muxerOutputHeight     = 1080
	muxerBatchTimeoutUsec = 33000
	tiledOutputWidth      = 1920
	tiledOutputHeight     = 1080
)

func main() {
	if !supported(dsapp.DefaultPlatform, os.Stderr) {
		os.Exit(1)
	}
	inputs, err := parseArgs(os.Args[1:])
	if err != nil {
		os.Exit(pyargs.Report(err, os.Stdout, os.Stderr))
	}
	if err := run(inputs); err != nil {
		dsapp.Exit(err)
	}
}

// supported reports whether the app runs on platform p; where it does not
// (an integrated GPU) it prints the Python app's message to stderr.
func supported(p interface{ IsIntegratedGPU() bool }, stderr io.Writer) bool {
	if p.IsIntegratedGPU() {
		fmt.Fprint(stderr, "\nThis app is not currently supported on integrated GPU. Exiting...\n\n\n\n")
		return false
	}
	return true
}

// app is the built pipeline, before the probe is installed.
type app struct {
	pipeline *gst.Pipeline
	tiler    *gst.Element
	prober   *prober
	inputs   []string // as given, or the default clip's URI
	close    func()   // removes the written configs
}

func run(inputs []string) error {
	a, err := build(inputs)
	if err != nil {
		return err
	}
	defer a.close()
	probe, err := gogst.AddOperator(a.tiler.GetStaticPad("sink"), a.prober.tilerSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()
	return a.play()
}

// build prints the Python app's progress lines up to linking and returns
// the pipeline.
func build(inputs []string) (*app, error) {
	if len(inputs) == 0 {
		uri, err := dsapp.DefaultURI()
		if err != nil {
			return nil, err
		}
		inputs = []string{uri}
	}
	// Plain paths (a Go-only convenience) become URIs for the source bins;
	// the sources are listed as given.
	uris := make([]string, len(inputs))
	for i, in := range inputs {
		uri, err := dsapp.URI(in)
		if err != nil {
			return nil, err
		}
		uris[i] = uri
	}
	numSources := len(inputs)
	p := &prober{perf: dsapp.NewPerfData(numSources)}

	configs, err := dsapp.WriteConfigs(configFiles)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			configs.Close()
		}
	}()
	platform := dsapp.DefaultPlatform

	gst.Init(nil)
	if err := standin.Register(); err != nil {
		return nil, err
	}

	fmt.Print("Creating Pipeline \n \n")
	pipeline, err := gst.NewPipeline("")
	if err != nil {
		return nil, err
	}
	b := dsapp.NewBuilder(pipeline.Bin)
	fmt.Print("Creating streammux \n \n")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	isLive := false
	for i, uri := range uris {
		fmt.Println("Creating source_bin ", i, " \n ")
		if dsapp.IsLiveURI(uri) {
			isLive = true
		}
		src, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{})
		if err != nil {
			return nil, err
		}
		b.Add(src.Element)
		b.LinkPads(b.StaticPad(src.Element, "src"), b.RequestPad(streammux, fmt.Sprintf("sink_%d", i)))
	}
	fmt.Print("Creating Pgie \n \n")
	pgie := b.Make("nvinfer", "primary-inference")
	// nvvidconv1 and filter1 give the probe RGBA frames.
	fmt.Print("Creating nvvidconv1 \n \n")
	nvvidconv1 := b.Make("nvvideoconvert", "convertor1")
	fmt.Print("Creating filter1 \n \n")
	filter1 := b.Make("capsfilter", "filter1")
	b.Set(filter1, "caps", "video/x-raw(memory:NVMM), format=RGBA")
	fmt.Print("Creating tiler \n \n")
	tiler := b.Make("nvmultistreamtiler", "nvtiler")
	fmt.Print("Creating nvvidconv \n \n")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	fmt.Print("Creating nvosd \n \n")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	sink := dsapp.Sink(b, "nvvideo-renderer", platform)
	if isLive {
		fmt.Println("Atleast one of the sources is live") // sic, as Python prints it
		b.Set(streammux, "live-source", 1)
	}
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight,
		"batch-size", numSources, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("dstest_imagedata_cupy_config.txt"))
	if err := b.Err(); err != nil {
		return nil, err
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
	if _, err := sink.GetPropertyType("sync"); err == nil { // not on a file sink bin
		b.Set(sink, "sync", 0, "qos", 0)
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(streammux, pgie, nvvidconv1, filter1, tiler, nvvidconv, nvosd, sink)
	if err := b.Err(); err != nil {
		return nil, err
	}
	ok = true
	return &app{pipeline: pipeline, tiler: tiler, prober: p, inputs: inputs, close: func() { configs.Close() }}, nil
}

// play lists the sources, runs the pipeline to its end and prints the
// closing line; an error changing a frame fails the run.
func (a *app) play() error {
	fmt.Println("Now playing...")
	for i, in := range a.inputs {
		fmt.Println(i, ": ", in)
	}
	fmt.Print("Starting pipeline \n\n")
	err := dsapp.Run(context.Background(), a.pipeline, dsapp.WithTick(dsapp.PerfEvery(), a.prober.perf.Print))
	fmt.Print("Exiting app\n\n")
	if perr := a.prober.writeErr(); perr != nil && err == nil {
		err = perr
	}
	return err
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
