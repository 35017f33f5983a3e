// Command deepstream-nvdsanalytics is the Go port of DeepStream's Python
// sample deepstream_nvdsanalytics.py: any number of URIs decoded by source
// bins, batched by nvstreammux, run through a primary detector and a
// tracker, then nvdsanalytics with the rules of config_nvdsanalytics.txt
// (ROI filtering, overcrowding, line crossing and direction detection per
// stream). A probe after nvdsanalytics prints each object's analytics
// (direction, lines crossed, overcrowding, ROIs) and each frame's (objects
// in each ROI, line-crossing counts, overcrowding), then the frame's
// counts, and feeds the per-stream frame rates printed every five seconds.
//
//	deepstream-nvdsanalytics <uri1> [uri2] ... [uriN]
//
// Pipeline:
//
//	source bins ! nvstreammux ! queue ! nvinfer ! queue ! nvtracker ! queue
//	  ! nvdsanalytics ! queue ! nvmultistreamtiler ! queue ! nvvideoconvert
//	  ! queue ! nvdsosd ! queue ! sink
//
// Without a URI it plays the synthetic scene's default clip (the Python app
// prints its usage instead). Plain paths are accepted as well as URIs. The
// tracker's properties come from the [tracker] group of
// dsnvanalytics_tracker_config.txt, as the Python app reads them with
// configparser. On the embedded runtime, config_nvdsanalytics.txt's rules
// are drawn for the synthetic scene (its lanes and directions); the SDK set
// keeps the Python sample's. GODS_PERF_INTERVAL overrides the five seconds
// between **PERF lines.
package main

import (
	"context"
	"embed"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/standin"
)

// The Python app's class ids, sizes and settings.
const (
	classVehicle  = 0
	classBicycle  = 1
	classPerson   = 2
	classRoadSign = 3

	muxerOutputWidth      = 1920
	muxerOutputHeight     = 1080
	muxerBatchTimeoutUsec = 33000
	tiledOutputWidth      = 1280
	tiledOutputHeight     = 720
	osdProcessMode        = 0
	osdDisplayText        = 1
)

func main() {
	if err := run(os.Args[1:]); err != nil {
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
	var queues [7]*gst.Element
	for i := range queues {
		queues[i] = b.Make("queue", fmt.Sprintf("queue%d", i+1))
	}
	fmt.Print("Creating Pgie \n \n")
	pgie := b.Make("nvinfer", "primary-inference")
	fmt.Print("Creating nvtracker \n \n")
	tracker := b.Make("nvtracker", "tracker")
	fmt.Print("Creating nvdsanalytics \n \n")
	nvanalytics := b.Make("nvdsanalytics", "analytics")
	b.Set(nvanalytics, "config-file", configs.Path("config_nvdsanalytics.txt"))
	fmt.Print("Creating tiler \n \n")
	tiler := b.Make("nvmultistreamtiler", "nvtiler")
	fmt.Print("Creating nvvidconv \n \n")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	fmt.Print("Creating nvosd \n \n")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	b.Set(nvosd, "process-mode", osdProcessMode, "display-text", osdDisplayText)
	sink := dsapp.Sink(b, "nvvideo-renderer", platform)

	if isLive {
		fmt.Println("Atleast one of the sources is live") // sic, as Python prints it
		b.Set(streammux, "live-source", 1)
	}
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight,
		"batch-size", numSources, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("dsnvanalytics_pgie_config.txt"))
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
	if sink != nil {
		if _, err := sink.GetPropertyType("qos"); err == nil { // not on a file sink bin
			b.Set(sink, "qos", 0)
		}
	}
	if err := configureTracker(b, tracker, configs.Path("dsnvanalytics_tracker_config.txt")); err != nil {
		return err
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(streammux, queues[0], pgie, queues[1], tracker, queues[2], nvanalytics, queues[3], tiler,
		queues[4], nvvidconv, queues[5], nvosd, queues[6], sink)
	if err := b.Err(); err != nil {
		return err
	}
	p := &probe{perf: perf}
	probe, err := gogst.AddObserver(nvanalytics.GetStaticPad("src"), p.nvanalyticsSrcPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Println("Now playing...")
	for i, in := range inputs {
		fmt.Println(i+1, ": ", in)
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline, dsapp.WithTick(dsapp.PerfEvery(), perf.Print))
	fmt.Print("Exiting app\n\n")
	return err
}

// configureTracker sets the tracker's properties from the [tracker] group
// of the tracker config, as the Python sample does with configparser. A
// relative ll-config-file is relative to the config's folder (the Python
// app runs from its own).
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
				return fmt.Errorf("%s: [tracker] %s: %q is not an integer", path, kv.Key, kv.Value)
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

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
