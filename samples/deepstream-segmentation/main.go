// Command deepstream-segmentation is the Go port of DeepStream's Python
// sample deepstream_segmentation.py: JPEG (or MJPEG) frames through a
// segmentation model; a probe after the model colours each frame's class
// map with a fixed palette and saves it as <folder>/<frame number>.jpg,
// and nvsegvisual renders the masks for display.
//
//	deepstream-segmentation <config_file> <jpeg/mjpeg file> <output folder>
//	deepstream-segmentation <output folder>
//
// Pipeline:
//
//	filesrc ! jpegparse ! nvv4l2decoder ! nvstreammux ! nvvideoconvert
//	  ! nvinfer (segmentation) ! nvsegvisual ! sink
//
// The config file is a path, or the name of one of the configs built into
// the binary (dstest_segmentation_config_semantic.txt, 4 classes, or
// dstest_segmentation_config_industrial.txt, 2 classes), as the Python
// sample finds them in its folder. With only the output folder given, the
// semantic config and the synthetic scene's default clip (its MJPEG
// stream) are used. The output folder must not exist.
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/infer"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/scene"
	"github.com/go-deepstream/go-deepstream/standin"
)

const (
	muxerBatchTimeoutUsec = 33000
	segVisualWidth        = 512
	segVisualHeight       = 512
	defaultConfig         = "dstest_segmentation_config_semantic.txt"
	jpegQuality           = 95
)

// Palette colours the class map: class i is Palette[i % len(Palette)];
// points without a class (-1) are black.
var Palette = []color.RGBA{
	{40, 40, 40, 255},    // 0: background
	{230, 40, 40, 255},   // 1
	{40, 200, 60, 255},   // 2
	{50, 90, 235, 255},   // 3
	{235, 210, 40, 255},  // 4
	{200, 60, 210, 255},  // 5
	{40, 210, 210, 255},  // 6
	{250, 250, 250, 255}, // 7
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s config_file <jpeg/mjpeg file> <path to save seg images>\n", os.Args[0])
	}
	flag.Parse()
	args := flag.Args()
	var config, input, folder string
	switch len(args) {
	case 3:
		config, input, folder = args[0], args[1], args[2]
	case 1:
		folder = args[0]
	default:
		flag.Usage()
		os.Exit(1)
	}
	if err := run(config, input, folder); err != nil {
		dsapp.Exit(err)
	}
}

func run(config, input, folder string) error {
	if input == "" {
		var err error
		if input, err = dsapp.DefaultClipFile(scene.MJPEGName); err != nil {
			return err
		}
	}
	if _, err := os.Stat(input); err != nil {
		return err
	}
	if _, err := os.Stat(folder); err == nil {
		return dsapp.Messagef("The output folder %s already exists. Please remove it first.", folder)
	}
	configs, err := dsapp.WriteConfigs(configFiles)
	if err != nil {
		return err
	}
	defer configs.Close()
	config, err = findConfig(config, configs)
	if err != nil {
		return err
	}
	if err := os.Mkdir(folder, 0o755); err != nil {
		return err
	}
	const numSources = 1
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
	fmt.Print("Creating Source \n \n")
	source := b.Make("filesrc", "file-source")
	fmt.Print("Creating jpegParser \n\n")
	jpegparser := b.Make("jpegparse", "jpeg-parser")
	fmt.Print("Creating Decoder \n\n")
	decoder := b.Make("nvv4l2decoder", "nvv4l2-decoder")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	seg := b.Make("nvinfer", "primary-nvinference-engine")
	nvsegvisual := b.Make("nvsegvisual", "nvsegvisual")
	sink := dsapp.Sink(b, "nvvideo-renderer", platform)

	fmt.Printf("Playing file %s \n", input)
	b.Set(source, "location", input)
	if platform.IsIntegratedGPU() && (strings.Contains(input, "mjpeg") || strings.Contains(input, "mjpg")) {
		fmt.Println("setting decoder mjpeg property")
		b.Set(decoder, "mjpeg", 1)
	}
	b.Set(streammux, "width", 1920, "height", 1080, "batch-size", 1, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(seg, "config-file-path", config)
	if err := b.Err(); err != nil {
		return err
	}
	if v, err := seg.GetProperty("batch-size"); err == nil {
		if n, ok := v.(uint); ok && int(n) != numSources {
			fmt.Printf("WARNING: Overriding infer-config batch-size %d  with number of sources  %d  \n\n", n, numSources)
			b.Set(seg, "batch-size", numSources)
		}
	}
	b.Set(nvsegvisual, "batch-size", numSources, "width", segVisualWidth, "height", segVisualHeight)
	if _, err := sink.GetPropertyType("qos"); err == nil { // not on a file sink bin
		b.Set(sink, "qos", 0)
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(source, jpegparser, decoder)
	b.LinkPads(b.StaticPad(decoder, "src"), b.RequestPad(streammux, "sink_0"))
	b.Link(streammux, nvvidconv, seg, nvsegvisual, sink)
	if err := b.Err(); err != nil {
		return err
	}
	s := &saver{folder: folder}
	probe, err := gogst.AddObserver(seg.GetStaticPad("src"), s.segSrcPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Println("Now playing...")
	fmt.Println(1, ": ", input) // Python lists argv[2], numbered by its place after the config
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline)
	if serr := s.firstErr(); err == nil {
		err = serr
	}
	return err
}

// findConfig returns config if it is a file, else the built-in config of
// that name (the default one when config is empty).
func findConfig(config string, configs *dsapp.Configs) (string, error) {
	if config == "" {
		config = defaultConfig
	}
	if st, err := os.Stat(config); err == nil && !st.IsDir() {
		return config, nil
	}
	builtin := configs.Path(filepath.Base(config))
	if _, err := os.Stat(builtin); err == nil {
		return builtin, nil
	}
	return "", fmt.Errorf("config file %s: no such file, and no built-in config of that name", config)
}

// saver is the probe's state.
type saver struct {
	folder string
	mu     sync.Mutex
	err    error
}

// segSrcPadBufferProbe saves each frame's segmentation masks, coloured.
func (s *saver) segSrcPadBufferProbe(info nvds.ProbeInfo) {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return
	}
	for frame := range batch.Frames() {
		for seg := range nvds.Payloads(frame.UserMeta(), infer.SegmentationMetaFromUser) {
			img := colorize(seg)
			path := filepath.Join(s.folder, fmt.Sprintf("%d.jpg", frame.FrameNum()))
			if err := writeJPEG(path, img); err != nil {
				s.fail(err)
			}
		}
	}
}

// colorize maps the class map to Palette colours. The class map is read in
// place (no copy); the image is new.
func colorize(seg infer.SegmentationMeta) *image.RGBA {
	w, h := seg.Width(), seg.Height()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	classes := seg.ClassMap()
	for i, c := range classes[:min(len(classes), w*h)] {
		col := color.RGBA{0, 0, 0, 255}
		if c >= 0 {
			col = Palette[int(c)%len(Palette)]
		}
		o := 4 * i
		img.Pix[o], img.Pix[o+1], img.Pix[o+2], img.Pix[o+3] = col.R, col.G, col.B, col.A
	}
	return img
}

func writeJPEG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = jpeg.Encode(f, img, &jpeg.Options{Quality: jpegQuality})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func (s *saver) fail(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil {
		s.err = err
		fmt.Fprintln(os.Stderr, "Error saving mask:", err)
	}
}

func (s *saver) firstErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
