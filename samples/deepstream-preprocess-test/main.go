// Command deepstream-preprocess-test is the Go port of DeepStream's Python
// sample deepstream_preprocess_test.py: sources batched, their ROIs
// (config_preprocess.txt) scaled into a tensor by nvdspreprocess, detected
// by nvinfer from that tensor (input-tensor-meta) so that only objects in
// the ROIs are found, tiled and drawn, then encoded and served over RTSP at
// rtsp://localhost:8554/ds-test.
//
//	deepstream-preprocess-test -i URI [URI ...] [-c H264|H265] [-b bitrate]
//
// Pipeline (a queue between each pair, as in the Python app):
//
//	source bins (uridecodebin) ! nvstreammux ! nvdspreprocess ! nvinfer ! nvmultistreamtiler
//	        ! nvvideoconvert ! nvdsosd ! nvvideoconvert ! capsfilter(I420, NVMM)
//	        ! nvv4l2h264enc|nvv4l2h265enc ! rtph264pay|rtph265pay ! udpsink(224.224.255.255:5400)
//
// and the RTSP server (package rtspserver) serving that UDP stream. The
// probe on nvinfer's src pad prints each frame's object counts, and the
// frame rates every five seconds (GODS_PERF_INTERVAL overrides).
//
// Options that the Python app does not have (they change nothing it
// prints): --rtsp-port, --udp-port and --wait-client, as in
// deepstream-test1-rtsp-out.
package main

import (
	"context"
	"embed"
	"fmt"
	"math"
	"os"
	"strings"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/rtspserver"
	"github.com/go-deepstream/go-deepstream/standin"
)

// Class ids of the four-class primary detector.
const (
	classVehicle = 0
	classPerson  = 2
)

const (
	muxerOutputWidth      = 1920
	muxerOutputHeight     = 1080
	muxerBatchTimeoutUsec = 33000
	multicastGroup        = "224.224.255.255"
	tiledOutputWidth      = 1280
	tiledOutputHeight     = 720
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
	configs, err := dsapp.WriteConfigs(configFiles)
	if err != nil {
		return err
	}
	defer configs.Close()
	numSources := len(opt.inputs)
	perf := dsapp.NewPerfData(numSources)

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
	for i, input := range opt.inputs {
		fmt.Printf("Creating source_bin  %d  \n \n", i)
		uri, err := dsapp.URI(input)
		if err != nil {
			return err
		}
		bin, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{})
		if err != nil {
			return err
		}
		b.Add(bin.Element)
		b.LinkPads(b.StaticPad(bin.Element, "src"), b.RequestPad(streammux, fmt.Sprintf("sink_%d", i)))
	}
	preprocess := b.Make("nvdspreprocess", "preprocess-plugin")
	fmt.Print("Creating Pgie \n \n")
	pgie := b.Make("nvinfer", "primary-inference")
	fmt.Print("Creating tiler \n \n")
	tiler := b.Make("nvmultistreamtiler", "nvtiler")
	fmt.Print("Creating nvvidconv \n \n")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	fmt.Print("Creating nvosd \n \n")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	nvvidconvPostOSD := b.Make("nvvideoconvert", "convertor_postosd")
	caps := b.Make("capsfilter", "filter")
	b.Set(caps, "caps", "video/x-raw(memory:NVMM), format=I420")
	encoder := b.Make("nvv4l2"+strings.ToLower(opt.codec)+"enc", "encoder")
	fmt.Printf("Creating %s Encoder\n", opt.codec)
	b.Set(encoder, "bitrate", opt.bitrate)
	if dsapp.DefaultPlatform.IsIntegratedGPU() {
		b.Set(encoder, "preset-level", 1, "insert-sps-pps", 1)
	}
	rtppay := b.Make("rtp"+strings.ToLower(opt.codec)+"pay", "rtppay")
	fmt.Printf("Creating %s rtppay\n", opt.codec)
	sink := b.Make("udpsink", "udpsink")
	var queues [10]*gst.Element
	for i := range queues {
		queues[i] = b.Make("queue", fmt.Sprintf("queue%d", i+1))
	}
	b.Set(sink, "host", multicastGroup, "port", opt.udpPort, "async", false, "sync", 1)

	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight, "batch-size", numSources,
		"batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(preprocess, "config-file", configs.Path("config_preprocess.txt"))
	b.Set(pgie, "config-file-path", configs.Path("dstest1_pgie_config.txt"))
	if err := b.Err(); err != nil {
		return err
	}
	batchSize, err := pgie.GetProperty("batch-size")
	if err != nil {
		return err
	}
	b.Set(pgie, "input-tensor-meta", true)
	if n, ok := batchSize.(uint); ok && int(n) != numSources {
		fmt.Printf("WARNING: Overriding infer-config batch-size %d  with number of sources  %d  \n\n", n, numSources)
		b.Set(pgie, "batch-size", numSources)
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	rows := int(math.Sqrt(float64(numSources)))
	columns := int(math.Ceil(float64(numSources) / float64(rows)))
	b.Set(tiler, "rows", rows, "columns", columns, "width", tiledOutputWidth, "height", tiledOutputHeight)
	b.Set(sink, "qos", 0)
	chain := []*gst.Element{streammux}
	for i, e := range []*gst.Element{preprocess, pgie, tiler, nvvidconv, nvosd, nvvidconvPostOSD, caps, encoder, rtppay, sink} {
		chain = append(chain, queues[i], e)
	}
	b.Link(chain...)
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

	// The probe reads the detector's output on its src pad; it writes
	// nothing, so it is an observer.
	probe, err := gogst.AddObserver(pgie.GetStaticPad("src"), pgieSrcPadBufferProbe(perf))
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Printf("\n *** DeepStream: Launched RTSP Streaming at rtsp://localhost:%d/ds-test ***\n\n\n", opt.rtspPort)
	if opt.waitClient {
		for factory.Configured() == 0 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline, dsapp.WithTick(dsapp.PerfEvery(), perf.Print))
	if err == nil && factory.Played() > 0 {
		// The last packets may still be in the server's UDP socket: let
		// it forward them before the server and its clients are closed.
		time.Sleep(drainTime)
	}
	return err
}

// drainTime is how long the server may go on after end-of-stream.
const drainTime = 500 * time.Millisecond

// pgieSrcPadBufferProbe prints each frame's number and object counts and
// counts the frame for its stream's frame rate, as the Python app.
func pgieSrcPadBufferProbe(perf *dsapp.PerfData) func(nvds.ProbeInfo) {
	return func(info nvds.ProbeInfo) {
		batch, err := info.BatchMeta()
		if err != nil {
			fmt.Println("Unable to get GstBuffer ")
			return
		}
		for frame := range batch.Frames() {
			var counts [4]int
			for obj := range frame.Objects() {
				if c := obj.ClassID(); c >= 0 && int(c) < len(counts) {
					counts[c]++
				}
			}
			fmt.Println("Frame Number=", frame.FrameNum(), "Number of Objects=", frame.NumObjMeta(),
				"Vehicle_count=", counts[classVehicle], "Person_count=", counts[classPerson])
			perf.Update(int(frame.PadIndex()))
		}
	}
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
