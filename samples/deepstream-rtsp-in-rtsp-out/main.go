// Command deepstream-rtsp-in-rtsp-out is the Go port of DeepStream's
// Python sample deepstream_test1_rtsp_in_rtsp_out.py: RTSP (or any URI)
// sources batched, detected, tiled and drawn, then encoded and served
// again over RTSP at rtsp://localhost:8554/ds-test.
//
//	deepstream-rtsp-in-rtsp-out -i URI [URI ...] [-g nvinfer|nvinferserver] [-c H264|H265] [-b bitrate] [--rtsp-ts]
//
// Pipeline:
//
//	source bins (uridecodebin) ! nvstreammux ! nvinfer ! nvvideoconvert ! nvmultistreamtiler
//	        ! nvdsosd ! nvvideoconvert ! capsfilter(I420, NVMM) ! nvv4l2h264enc|nvv4l2h265enc
//	        ! rtph264pay|rtph265pay ! udpsink(224.224.255.255:5400)
//
// and the RTSP server (package rtspserver) serving that UDP stream. With
// --rtsp-ts the RTSP sources are configured for NTP sync
// (events.ConfigureSourceForNTPSync, pyds's configure_source_for_ntp_sync)
// and the muxer does not stamp system time, so each frame's ntp_timestamp
// is the server's NTP time from its RTCP sender reports; the probe prints
// it as a UTC date.
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
	"unsafe"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/events"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/rtspserver"
	"github.com/go-deepstream/go-deepstream/standin"
)

const (
	muxerBatchTimeoutUsec = 4000000
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

	gst.Init(nil)
	if err := standin.Register(); err != nil {
		return err
	}
	numSources := len(opt.inputs)

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
		bin, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{OnChild: onChild(opt.rtspTS)})
		if err != nil {
			return err
		}
		b.Add(bin.Element)
		b.LinkPads(b.StaticPad(bin.Element, "src"), b.RequestPad(streammux, fmt.Sprintf("sink_%d", i)))
	}
	fmt.Print("Creating Pgie \n \n")
	pgie := b.Make(opt.gie, "primary-inference")
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
	b.Set(sink, "host", multicastGroup, "port", opt.udpPort, "async", false, "sync", 1)

	b.Set(streammux, "width", 1920, "height", 1080, "batch-size", numSources, "batched-push-timeout", muxerBatchTimeoutUsec)
	if opt.rtspTS {
		b.Set(streammux, "attach-sys-ts", 0)
	}
	config := "dstest1_pgie_config.txt"
	if opt.gie == "nvinferserver" {
		config = "dstest1_pgie_inferserver_config.txt"
	}
	b.Set(pgie, "config-file-path", configs.Path(config))
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
	rows := int(math.Sqrt(float64(numSources)))
	columns := int(math.Ceil(float64(numSources) / float64(rows)))
	b.Set(tiler, "rows", rows, "columns", columns, "width", tiledOutputWidth, "height", tiledOutputHeight)
	b.Set(sink, "qos", 0)
	b.Link(streammux, pgie, nvvidconv, tiler, nvosd, nvvidconvPostOSD, caps, encoder, rtppay, sink)
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
	fmt.Printf("\n *** DeepStream: Launched RTSP Streaming at rtsp://localhost:%d/ds-test ***\n\n\n", opt.rtspPort)

	// The probe reads the detector's output on its src pad; it writes
	// nothing, so it is an observer.
	probe, err := gogst.AddObserver(pgie.GetStaticPad("src"), pgieSrcPadBufferProbe(opt.rtspTS))
	if err != nil {
		return err
	}
	defer probe.Remove()

	if opt.waitClient {
		for factory.Configured() == 0 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline)
	if err == nil && factory.Played() > 0 {
		// The last packets may still be in the server's UDP socket: let
		// it forward them before the server and its clients are closed.
		time.Sleep(drainTime)
	}
	return err
}

// drainTime is how long the server may go on after end-of-stream.
const drainTime = 500 * time.Millisecond

// onChild is the Python app's addition to decodebin_child_added: with
// --rtsp-ts, the RTSP source ("source" inside uridecodebin) is configured
// for NTP sync before it starts.
func onChild(rtspTS bool) func(*gst.Element, string) {
	return func(child *gst.Element, name string) {
		if !rtspTS || !strings.Contains(name, "source") {
			return
		}
		if err := events.ConfigureSourceForNTPSync(unsafe.Pointer(child.Instance())); err != nil {
			fmt.Fprintln(os.Stderr, "Unable to configure NTP sync:", err)
		}
	}
}

// pgieSrcPadBufferProbe prints each frame's number and, with --rtsp-ts,
// the frame's NTP time as a UTC date, as the Python app.
func pgieSrcPadBufferProbe(rtspTS bool) func(nvds.ProbeInfo) {
	return func(info nvds.ProbeInfo) {
		batch, err := info.BatchMeta()
		if err != nil {
			fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
			return
		}
		for frame := range batch.Frames() {
			fmt.Println("Frame Number=", frame.FrameNum())
			if rtspTS {
				ts := time.Unix(0, int64(frame.NTPTimestamp())).UTC()
				fmt.Println("RTSP Timestamp:", ts.Format("2006-01-02 15:04:05"))
			}
		}
	}
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
