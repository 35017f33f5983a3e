// Command deepstream-segmask is the Go port of DeepStream's Python sample
// deepstream_segmask.py: several streams through an instance-segmentation
// network (PeopleSegNet in the SDK). A probe before the tiler takes, on
// every 30th frame of each stream, the first object's mask
// (nvds.MaskParams), resizes it bilinearly to the object's rectangle,
// binarises it with the mask's threshold and saves it as
// <folder>/stream_<i>/frame_<n>.jpg; nvdsosd draws the masks
// (display-mask).
//
//	deepstream-segmask -i URI [URI ...] [-o output_folder_name]
//
// Pipeline:
//
//	source bins ! nvstreammux ! queue ! nvinfer ! queue ! nvmultistreamtiler
//	  ! queue ! nvvideoconvert ! queue ! nvdsosd ! queue ! sink
//
// The output folder (default out) must not exist. Plain paths are accepted
// as well as URIs. GODS_PERF_INTERVAL overrides the five seconds between
// **PERF lines; GODS_SINK chooses the sink (package dsapp).
//
// On the embedded runtime the stand-in nvinfer runs in its
// instance-segmentation mode (network-type=3, output-instance-mask=1): it
// finds the synthetic scene's objects and gives each a 28x28 mask of its
// exact silhouette (docs/standin-elements.md).
//
// The Python sample hands OpenCV a float32 array of 0 and 255, which
// cv2.imwrite saves as an 8-bit grey JPEG; the port encodes the same
// pixels as an image.Gray with image/jpeg at OpenCV's default quality.
package main

import (
	"context"
	"embed"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"

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

// parser is deepstream_segmask.py's argparse parser.
var parser = &pyargs.Parser{
	Prog: "deepstream_segmask.py",
	Description: "deepstream-segmask takes multiple URI streams as input and re-sizes and binarizes " +
		"segmentation mask arrays to save to image",
	Options: []pyargs.Option{
		{Short: "-i", Long: "--input", Kind: pyargs.List, Required: true, Metavar: "URIs",
			Help: "Path to input streams"},
		{Short: "-o", Long: "--output", Metavar: "output_folder_name", Default: "out",
			Help: "Name of folder to output mask images"},
	},
}

func main() {
	v, err := parser.Parse(os.Args[1:])
	if err != nil {
		os.Exit(pyargs.Report(err, os.Stdout, os.Stderr))
	}
	if err := run(v.List("input"), v["output"]); err != nil {
		dsapp.Exit(err)
	}
}

func run(streamPaths []string, folder string) error {
	numSources := len(streamPaths)
	uris := make([]string, numSources)
	for i, in := range streamPaths {
		uri, err := dsapp.URI(in)
		if err != nil {
			return err
		}
		uris[i] = uri
	}
	p := newProber(folder, numSources)
	if _, err := os.Lstat(folder); err == nil {
		return dsapp.Messagef("The output folder %s already exists. Please remove it first.", folder)
	}
	if err := os.Mkdir(folder, 0o755); err != nil {
		return err
	}
	fmt.Println("Frames will be saved in ", folder)

	configs, err := dsapp.WriteConfigs(configFiles)
	if err != nil {
		return err
	}
	defer configs.Close()
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
	isLive := false
	fmt.Print("Creating streammux \n \n")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	for i, uri := range uris {
		if err := os.Mkdir(filepath.Join(folder, fmt.Sprintf("stream_%d", i)), 0o755); err != nil {
			return err
		}
		fmt.Print("Creating source_bin  ", i, "  \n \n")
		if strings.HasPrefix(uri, "rtsp://") {
			isLive = true
		}
		src, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{})
		if err != nil {
			return err
		}
		b.Add(src.Element)
		b.LinkPads(b.StaticPad(src.Element, "src"), b.RequestPad(streammux, fmt.Sprintf("sink_%d", i)))
	}
	fmt.Print("Creating Pgie \n \n")
	pgie := b.Make("nvinfer", "primary-inference")
	fmt.Print("Creating tiler \n \n")
	tiler := b.Make("nvmultistreamtiler", "nvtiler")
	fmt.Print("Creating nvvidconv \n \n")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	fmt.Print("Creating nvosd \n \n")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	sink := dsapp.Sink(b, "nvvideo-renderer", platform)

	if isLive {
		fmt.Println("Atleast one of the sources is live")
		b.Set(streammux, "live-source", 1)
	}
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight,
		"batch-size", numSources, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("dstest_segmask_config.txt"))
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
	// display-mask is drawn in process-mode 0 (CPU) only.
	b.Set(nvosd, "display-mask", true, "process-mode", 0)
	for _, prop := range []string{"sync", "qos"} {
		if _, err := sink.GetPropertyType(prop); err == nil { // not on a file sink bin
			b.Set(sink, prop, 0)
		}
	}
	var queues [5]*gst.Element
	for i := range queues {
		queues[i] = b.Make("queue", fmt.Sprintf("queue%d", i+1))
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(streammux, queues[0], pgie, queues[1], tiler, queues[2], nvvidconv, queues[3], nvosd, queues[4], sink)
	if err := b.Err(); err != nil {
		return err
	}

	probe, err := gogst.AddObserver(tiler.GetStaticPad("sink"), p.tilerSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Println("Now playing...")
	for i, source := range streamPaths {
		fmt.Println(i, ": ", source)
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline, dsapp.WithTick(dsapp.PerfEvery(), p.perf.Print))
	fmt.Print("Exiting app\n\n")
	if werr := p.writeErr(); werr != nil && err == nil {
		err = werr
	}
	return err
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
