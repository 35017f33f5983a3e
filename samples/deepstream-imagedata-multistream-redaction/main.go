// Command deepstream-imagedata-multistream-redaction is the Go port of
// DeepStream's Python sample deepstream_imagedata-multistream_redaction.py:
// PeopleNet finds people, bags and faces in several streams; a probe
// before the tiler blacks out every face (an opaque black background and
// no border, which nvdsosd paints into the frame), shades every person
// half-transparent black, and every 10th frame of a stream saves the
// first face it finds as out_crops/stream_<i>/frame_<n>.jpg, cut from the
// frame and encoded by DeepStream's JPEG object encoder (package objenc). The tiled, redacted frames are
// encoded and served at rtsp://localhost:8554/ds-test.
//
//	deepstream-imagedata-multistream-redaction -i URI [URI ...] [-c H264|H265] [-b bitrate]
//
// Pipeline:
//
//	source bins ! nvstreammux ! nvinfer ! nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA
//	  ! nvmultistreamtiler ! nvvideoconvert ! nvdsosd ! nvvideoconvert
//	  ! video/x-raw(memory:NVMM),format=I420 ! nvv4l2h264enc|nvv4l2h265enc
//	  ! rtph264pay|rtph265pay ! udpsink(224.224.255.255:5400)
//
// and the RTSP server (package rtspserver) whose shared media reads that
// UDP stream. The folder out_crops, in the working directory, must not
// exist.
//
// On the embedded runtime the stand-in nvinfer runs in its PeopleNet mode
// (the config's labels Person;Bag;Face): it finds the synthetic scene's
// people, and their faces in clips rendered with faces (ds-scene -faces).
//
// The Python sample maps the frame, copies the face out of it as a NumPy
// array, converts it from RGBA to BGRA because OpenCV writes BGR(A)
// arrays, and writes it with cv2.imwrite at OpenCV's default quality, 95.
// The port hands the face to the object encoder (nvds_obj_enc_process) at
// quality 95 instead: no mapping or copy in the probe, the same file names
// and the same JPEG colours, as the encoder reads the RGBA frame in its
// true colours.
//
// Options that the Python app does not have (they change nothing it
// prints): --rtsp-port and --udp-port move the server and the UDP stream
// off 8554 and 5400; --wait-client starts the pipeline only once a client
// asks for the stream.
package main

import (
	"context"
	"embed"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/objenc"
	"github.com/go-deepstream/go-deepstream/rtspserver"
	"github.com/go-deepstream/go-deepstream/samples/internal/pyargs"
	"github.com/go-deepstream/go-deepstream/standin"
	"github.com/go-deepstream/go-deepstream/surface"
)

// The Python app's sizes, muxer timeout (µs), multicast group and output
// folder.
const (
	muxerOutputWidth      = 1920
	muxerOutputHeight     = 1080
	muxerBatchTimeoutUsec = 4000000
	tiledOutputWidth      = 720
	tiledOutputHeight     = 576
	multicastGroup        = "224.224.255.255"
	folderName            = "out_crops"
)

func main() {
	opt, err := parseArgs(os.Args[1:])
	if err != nil {
		os.Exit(reportArgs(err))
	}
	fmt.Println("URI Inputs: " + pyargs.ReprList(opt.inputs))
	if err := run(opt); err != nil {
		dsapp.Exit(err)
	}
}

func run(opt options) error {
	inputs := make([]string, len(opt.inputs))
	for i, in := range opt.inputs {
		uri, err := dsapp.URI(in)
		if err != nil {
			return err
		}
		inputs[i] = uri
	}
	numSources := len(inputs)
	if _, err := os.Stat(folderName); err == nil {
		return dsapp.Messagef("The output folder %s already exists. Please remove it first.", folderName)
	}
	if err := os.Mkdir(folderName, 0o755); err != nil {
		return err
	}
	fmt.Println("Frames will be saved in ", folderName)
	enc, err := objenc.NewContext(0)
	if err != nil {
		return err
	}
	defer enc.Destroy()
	p := newProber(folderName, numSources, enc)

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
	fmt.Print("Creating streamux \n \n")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	for i, uri := range inputs {
		if err := os.Mkdir(filepath.Join(folderName, fmt.Sprintf("stream_%d", i)), 0o755); err != nil {
			return err
		}
		fmt.Print("Creating source_bin  ", i, "  \n \n")
		src, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{
			OmitCapsLines: true,
			OnChild: func(child *gst.Element, name string) {
				// The decoder writes CUDA unified memory on dGPU.
				if !platform.IsIntegratedGPU() && strings.Contains(name, "nvv4l2decoder") {
					_ = dsapp.SetProps(child, "cudadec-memtype", 2)
				}
			},
		})
		if err != nil {
			return err
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
	nvvidconvPostOSD := b.Make("nvvideoconvert", "convertor_postosd")
	caps := b.Make("capsfilter", "filter")
	b.Set(caps, "caps", "video/x-raw(memory:NVMM), format=I420")
	encoder := b.Make(encoderFactory(opt.codec), "encoder")
	fmt.Printf("Creating %s Encoder\n", opt.codec)
	b.Set(encoder, "bitrate", opt.bitrate)
	if platform.IsIntegratedGPU() {
		b.Set(encoder, "preset-level", 1, "insert-sps-pps", 1)
	}
	rtppay := b.Make(payloader(opt.codec), "rtppay")
	fmt.Printf("Creating %s rtppay\n", opt.codec)
	sink := b.Make("udpsink", "udpsink")
	b.Set(sink, "host", multicastGroup, "port", opt.udpPort, "async", false, "sync", 1)

	fmt.Printf("Playing file %s \n", pyargs.ReprList(opt.inputs))
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight,
		"batch-size", numSources, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("config_infer_primary_peoplenet.txt"))
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
	if !platform.IsIntegratedGPU() {
		// On dGPU the CPU maps CUDA unified memory, not device memory.
		unified := int(surface.MemCUDAUnified)
		for _, e := range []*gst.Element{streammux, nvvidconv, nvvidconv1, tiler, nvvidconvPostOSD} {
			b.Set(e, "nvbuf-memory-type", unified)
		}
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(streammux, pgie, nvvidconv1, filter1, tiler, nvvidconv, nvosd, nvvidconvPostOSD, caps, encoder, rtppay, sink)
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

	// The probe writes the objects' rect params and reads the frames: an
	// operator on the tiler's sink pad, where each frame is still whole.
	probe, err := gogst.AddOperator(tiler.GetStaticPad("sink"), p.tilerSinkPadBufferProbe)
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
	err = dsapp.Run(context.Background(), pipeline, dsapp.WithTick(dsapp.PerfEvery(), p.perf.Print))
	if err == nil && factory.Played() > 0 {
		// The last packets may still be in the server's UDP socket.
		time.Sleep(drainTime)
	}
	fmt.Print("Exiting app\n\n")
	if werr := p.writeErr(); werr != nil && err == nil {
		err = werr
	}
	return err
}

// drainTime is how long the server may go on after end-of-stream.
const drainTime = 500 * time.Millisecond

func encoderFactory(codec string) string {
	if codec == "H265" {
		return "nvv4l2h265enc"
	}
	return "nvv4l2h264enc"
}

func payloader(codec string) string {
	if codec == "H265" {
		return "rtph265pay"
	}
	return "rtph264pay"
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
