// Command deepstream-imagedata-multistream is the Go port of DeepStream's
// Python sample deepstream_imagedata-multistream.py: frames of several
// streams are converted to RGBA, and a probe before the tiler looks, every
// 30 frames of a stream, for detections of borderline confidence; when it
// finds one it draws the object's box and label straight into the frame
// and saves the frame as <folder>/stream_<i>/frame_<n>.jpg.
//
//	deepstream-imagedata-multistream [-min-confidence F] [-max-confidence F] [<uri1> [uri2 ...]] <output folder>
//
// Pipeline:
//
//	source bins ! nvstreammux ! nvinfer ! nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA
//	  ! nvmultistreamtiler ! nvvideoconvert ! nvdsosd ! sink
//
// The frame is an *image.RGBA over the mapped NvBufSurface (package
// surface): the box and label are drawn with image/draw, the way the Python
// sample draws with OpenCV on its NumPy view, and the JPEG is encoded from
// the same memory. The output folder must not exist. With only the folder
// given, the synthetic scene's default clip is played.
//
// The borderline band is the Python sample's, 0.3 < confidence < 0.4. The
// embedded runtime's stand-in detector reports confidences from 0.5 to 1
// (docs/standin-elements.md), so on it pass a band such as
// -min-confidence 0.5 -max-confidence 1 to see frames saved.
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/standin"
	"github.com/go-deepstream/go-deepstream/surface"
)

const (
	classVehicle = 0
	classPerson  = 2

	muxerOutputWidth      = 1920
	muxerOutputHeight     = 1080
	muxerBatchTimeoutUsec = 33000
	tiledOutputWidth      = 1920
	tiledOutputHeight     = 1080

	// saveEvery: a stream's frame is considered for saving every this
	// many frames.
	saveEvery = 30
	// jpegQuality is OpenCV's default, which the Python sample uses.
	jpegQuality = 95
)

var classNames = [...]string{"Vehicle", "TwoWheeler", "Person", "RoadSign"}

func main() {
	fl := flag.CommandLine
	minConf := fl.Float64("min-confidence", 0.3, "lower bound (exclusive) of the borderline confidence band")
	maxConf := fl.Float64("max-confidence", 0.4, "upper bound (exclusive) of the borderline confidence band")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s [-min-confidence F] [-max-confidence F] <uri1> [uri2] ... [uriN] <folder to save frames>\n", os.Args[0])
		fl.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() < 1 {
		flag.Usage()
		os.Exit(1)
	}
	args := flag.Args()
	p := &prober{minConf: float32(*minConf), maxConf: float32(*maxConf)}
	if err := run(args[:len(args)-1], args[len(args)-1], p); err != nil {
		dsapp.Exit(err)
	}
}

func run(inputs []string, folder string, p *prober) error {
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
	if _, err := os.Stat(folder); err == nil {
		return dsapp.Messagef("The output folder %s already exists. Please remove it first.", folder)
	}
	if err := os.Mkdir(folder, 0o755); err != nil {
		return err
	}
	fmt.Println("Frames will be saved in ", folder)
	p.folder = folder
	p.perf = dsapp.NewPerfData(numSources)
	p.savedCount = make([]int, numSources)

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
	isLive := false
	for i, uri := range uris {
		if err := os.Mkdir(filepath.Join(folder, fmt.Sprintf("stream_%d", i)), 0o755); err != nil {
			return err
		}
		fmt.Println("Creating source_bin ", i, " \n ")
		if dsapp.IsLiveURI(uri) {
			isLive = true
		}
		src, err := dsapp.NewSourceBin(i, uri, dsapp.SourceBinOptions{
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
	sink := dsapp.Sink(b, "nvvideo-renderer", platform)
	if isLive {
		fmt.Println("Atleast one of the sources is live") // sic, as Python prints it
		b.Set(streammux, "live-source", 1)
	}
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight,
		"batch-size", numSources, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path("dstest_imagedata_config.txt"))
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
	if _, err := sink.GetPropertyType("sync"); err == nil { // not on a file sink bin
		b.Set(sink, "sync", 0, "qos", 0)
	}
	if !platform.IsIntegratedGPU() {
		// On dGPU the CPU maps CUDA unified memory (pinned on WSL for the
		// converter the probe reads from), not device memory.
		unified := int(surface.MemCUDAUnified)
		b.Set(streammux, "nvbuf-memory-type", unified)
		b.Set(nvvidconv, "nvbuf-memory-type", unified)
		if platform.IsWSL() {
			fmt.Print("using nvbuf_mem_cuda_pinned memory for nvvidconv1\n\n")
			b.Set(nvvidconv1, "nvbuf-memory-type", int(surface.MemCUDAPinned))
		} else {
			b.Set(nvvidconv1, "nvbuf-memory-type", unified)
		}
		b.Set(tiler, "nvbuf-memory-type", unified)
	}

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(streammux, pgie, nvvidconv1, filter1, tiler, nvvidconv, nvosd, sink)
	if err := b.Err(); err != nil {
		return err
	}
	probe, err := gogst.AddOperator(tiler.GetStaticPad("sink"), p.tilerSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Println("Now playing...")
	for i, in := range inputs {
		fmt.Println(i+1, ": ", in) // Python numbers them by their place in argv
	}
	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline, dsapp.WithTick(dsapp.PerfEvery(), p.perf.Print))
	fmt.Print("Exiting app\n\n")
	if werr := p.writeErr(); werr != nil && err == nil {
		err = werr
	}
	return err
}

// prober is the probe's state.
type prober struct {
	folder           string
	minConf, maxConf float32
	perf             *dsapp.PerfData
	savedCount       []int // frames seen per stream (the Python saved_count)

	mu  sync.Mutex
	err error // first error saving a frame
}

// tilerSinkPadBufferProbe counts objects per frame; on every 30th frame of
// a stream it annotates the first borderline detection in the frame itself
// and saves the frame.
func (p *prober) tilerSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	var surf surface.Surface
	for frame := range batch.Frames() {
		stream := int(frame.PadIndex())
		if stream >= len(p.savedCount) {
			continue
		}
		var vehicles, people int
		var annotated *surface.Mapping
		for obj := range frame.Objects() {
			switch obj.ClassID() {
			case classVehicle:
				vehicles++
			case classPerson:
				people++
			}
			conf := obj.Confidence()
			if p.savedCount[stream]%saveEvery != 0 || conf <= p.minConf || conf >= p.maxConf || annotated != nil {
				continue
			}
			if surf.IsNil() {
				if surf, err = surface.FromBuffer(info.Buffer()); err != nil {
					p.fail(err)
					break
				}
			}
			m, err := surf.Map(int(frame.BatchID()), 0, surface.MapReadWrite)
			if err != nil {
				p.fail(err)
				break
			}
			img, err := m.RGBA()
			if err != nil {
				m.Close()
				p.fail(err)
				break
			}
			drawBoundingBox(img, obj)
			annotated = m
		}
		fmt.Println("Frame Number=", frame.FrameNum(), "Number of Objects=", frame.NumObjMeta(),
			"Vehicle_count=", vehicles, "Person_count=", people)
		p.perf.Update(stream)
		if annotated != nil {
			path := filepath.Join(p.folder, fmt.Sprintf("stream_%d", stream), fmt.Sprintf("frame_%d.jpg", frame.FrameNum()))
			if err := saveFrame(path, annotated); err != nil {
				p.fail(err)
			}
		}
		p.savedCount[stream]++
	}
	return nvds.ProbeOK
}

// saveFrame encodes the mapped frame as JPEG, syncs what was drawn back
// for the device, and unmaps it.
func saveFrame(path string, m *surface.Mapping) error {
	defer m.Close()
	img, err := m.RGBA()
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = jpeg.Encode(f, img, &jpeg.Options{Quality: jpegQuality})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if serr := m.SyncForDevice(); err == nil {
		err = serr
	}
	return err
}

// drawBoundingBox draws the object's box as four 6-pixel lines in blue,
// shortened at the corners by 5 % of the side (10 % for sides under 100
// pixels), and its class and confidence above it.
func drawBoundingBox(img *image.RGBA, obj nvds.ObjectMeta) {
	r := obj.RectParams()
	left, top := int(r.Left()), int(r.Top())
	width, height := int(r.Width()), int(r.Height())
	blue := color.RGBA{0, 0, 255, 0} // the Python sample's (0, 0, 255, 0)
	margin := func(side int) int {
		if side > 100 {
			return int(float64(side) * 0.05)
		}
		return int(float64(side) * 0.1)
	}
	wp, hp := margin(width), margin(height)
	dsapp.DrawLine(img, image.Pt(left+wp, top), image.Pt(left+width-wp, top), 6, blue)
	dsapp.DrawLine(img, image.Pt(left+wp, top+height), image.Pt(left+width-wp, top+height), 6, blue)
	dsapp.DrawLine(img, image.Pt(left, top+hp), image.Pt(left, top+height-hp), 6, blue)
	dsapp.DrawLine(img, image.Pt(left+width, top+hp), image.Pt(left+width, top+height-hp), 6, blue)
	name := fmt.Sprint(obj.ClassID())
	if c := obj.ClassID(); c >= 0 && int(c) < len(classNames) {
		name = classNames[c]
	}
	label := fmt.Sprintf("%s,C=%.2f", name, obj.Confidence())
	dsapp.DrawText(img, left-10, top-10-dsapp.TextSize(label, 2).Y, label, blue, 2)
}

func (p *prober) fail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err == nil {
		p.err = err
		fmt.Fprintln(os.Stderr, "Error saving frame:", err)
	}
}

func (p *prober) writeErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS
