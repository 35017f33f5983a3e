// Command runtime_source_add_delete is the Go port of DeepStream's Python
// sample deepstream_rt_src_add_del.py: sources added to and removed from a
// PLAYING pipeline.
//
//	runtime_source_add_delete [-interval 10s] [-seed N] [-report] [<uri>]
//
// One source plays the URI from the start; every interval another source
// playing the same URI is added at a random free slot, up to four; then
// every interval the sources that ended (nvstreammux's "stream-eos") and
// one more at random are removed: the source's uridecodebin is set to
// NULL, a flush-stop goes to its muxer pad, the pad is released and the
// bin removed. The app quits when no source is left, or at end-of-stream.
//
// Pipeline:
//
//	uridecodebin (source-bin-NN, one per source) ! nvstreammux ! nvinfer
//	  ! nvtracker ! nvinfer (secondary 1) ! nvinfer (secondary 2)
//	  ! nvmultistreamtiler ! nvvideoconvert ! nvdsosd ! sink
//
// The flags are Go-only and print nothing on stdout: -interval replaces
// the Python app's 10 s period, -seed fixes the random choice of slots
// (default: time-based), and -report prints on stderr one line per frame
// reaching the tiler ("frame source=S num=N objects=O vehicles=V
// people=P") and, at exit, the muxer's sink pads left ("sink pads left:
// N"). Without a URI the generated clip plays (a path is taken as a file).
package main

import (
	"bufio"
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/events"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/standin"
)

const (
	muxerOutputWidth  = 1920
	muxerOutputHeight = 1080
	tiledOutputWidth  = 1280
	tiledOutputHeight = 720
	gpuID             = 0
	maxNumSources     = 4
)

// Class ids of the four-class primary detector (for -report).
const (
	classVehicle = 0
	classPerson  = 2
)

func main() {
	interval := flag.Duration("interval", 10*time.Second, "period of the additions and removals (Go-only; Python: 10 s)")
	seed := flag.Uint64("seed", 0, "seed of the random slot choices (Go-only; 0: time-based)")
	report := flag.Bool("report", false, "print per-frame counts per source and the muxer pads left on stderr (Go-only)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s <uri1> \n", os.Args[0])
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 || *interval <= 0 {
		fmt.Fprintf(os.Stderr, "usage: %s <uri1> \n", os.Args[0])
		os.Exit(1)
	}
	if *seed == 0 {
		*seed = uint64(time.Now().UnixNano())
	}
	a := &app{interval: *interval, rng: rand.New(rand.NewPCG(*seed, 0x5eed)), report: *report, w: bufio.NewWriterSize(os.Stdout, 1<<16)}
	if err := a.run(flag.Arg(0)); err != nil {
		dsapp.Exit(err)
	}
}

// app is the Python app's global state. All of it but the muxer's pads is
// used on Run's goroutine only (ticks and bus messages).
type app struct {
	interval time.Duration
	rng      *rand.Rand
	report   bool
	// w holds the lines printed on Run's goroutine until a state change
	// or the end of a handler, so that the streaming threads' lines fall
	// between the Python app's groups of lines, not inside them.
	w *bufio.Writer

	uri        string
	pipeline   *gst.Pipeline
	streammux  *gst.Element
	numSources int
	eos        [maxNumSources]bool
	enabled    [maxNumSources]bool
	bins       [maxNumSources]*gst.Element
	deleting   bool
	quit       context.CancelCauseFunc
}

// errAllStopped ends Run when the last source was removed.
var errAllStopped = errors.New("all sources stopped")

func (a *app) run(input string) error {
	if input == "" {
		var err error
		if input, err = dsapp.DefaultClip(); err != nil {
			return err
		}
	}
	uri, err := dsapp.URI(input)
	if err != nil {
		return err
	}
	a.uri = uri
	configs, err := dsapp.WriteConfigs(configFiles)
	if err != nil {
		return err
	}
	defer configs.Close()

	gst.Init(nil)
	if err := standin.Register(); err != nil {
		return err
	}

	fmt.Fprint(a.w, "Creating Pipeline \n \n")
	pipeline, err := gst.NewPipeline("")
	if err != nil {
		return err
	}
	a.pipeline = pipeline
	b := dsapp.NewBuilder(pipeline.Bin)
	fmt.Fprint(a.w, "Creating streammux \n \n")
	a.streammux = b.Make("nvstreammux", "Stream-muxer")
	b.Set(a.streammux, "batched-push-timeout", 25000, "batch-size", 30, "gpu-id", gpuID, "live-source", true)
	if err := b.Err(); err != nil {
		return err
	}
	const numSources = 1
	for i := range numSources {
		fmt.Fprint(a.w, "Creating source_bin  ", i, "  \n \n")
		bin, err := a.createURIDecodeBin(i, a.uri)
		if err != nil {
			return fmt.Errorf("failed to create source bin: %w", err)
		}
		a.bins[i] = bin
		b.Add(bin)
	}
	a.numSources = numSources

	fmt.Fprint(a.w, "Creating Pgie \n \n")
	pgie := b.Make("nvinfer", "primary-inference")
	fmt.Fprint(a.w, "Creating nvtracker \n \n")
	tracker := b.Make("nvtracker", "tracker")
	fmt.Fprint(a.w, "Creating tiler \n \n")
	tiler := b.Make("nvmultistreamtiler", "nvtiler")
	fmt.Fprint(a.w, "Creating nvvidconv \n \n")
	nvvideoconvert := b.Make("nvvideoconvert", "convertor")
	fmt.Fprint(a.w, "Creating nvosd \n \n")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	sgie1 := b.Make("nvinfer", "secondary1-nvinference-engine")
	sgie2 := b.Make("nvinfer", "secondary2-nvinference-engine")
	a.w.Flush() // dsapp.Sink prints on stdout itself
	sink := dsapp.Sink(b, "nvvideo-renderer", dsapp.DefaultPlatform)
	if strings.HasPrefix(a.uri, "rtsp://") {
		fmt.Fprintln(a.w, "Atleast one of the sources is live")
		b.Set(a.streammux, "live-source", true)
	}
	b.Set(a.streammux, "width", muxerOutputWidth, "height", muxerOutputHeight)
	b.Set(pgie, "config-file-path", configs.Path("dstest_pgie_config.txt"))
	b.Set(sgie1, "config-file-path", configs.Path("dstest_sgie1_config.txt"))
	b.Set(sgie2, "config-file-path", configs.Path("dstest_sgie2_config.txt"))
	if err := b.Err(); err != nil {
		return err
	}
	if err := configureTracker(b, tracker, configs.Path("dstest_tracker_config.txt")); err != nil {
		return err
	}
	batch, err := pgie.GetProperty("batch-size")
	if err != nil {
		return err
	}
	if n, _ := batch.(uint); n < maxNumSources {
		fmt.Fprint(a.w, "WARNING: Overriding infer-config batch-size ", n, "  with number of sources  ", numSources, "  \n\n")
	}
	b.Set(pgie, "batch-size", maxNumSources)
	for _, e := range []*gst.Element{pgie, sgie1, sgie2} {
		b.Set(e, "gpu-id", gpuID)
	}
	rows := int(math.Sqrt(numSources))
	columns := int(math.Ceil(float64(numSources) / float64(rows)))
	b.Set(tiler, "rows", rows, "columns", columns, "width", tiledOutputWidth, "height", tiledOutputHeight)
	for _, e := range []*gst.Element{tiler, nvvideoconvert, nvosd} {
		b.Set(e, "gpu-id", gpuID)
	}

	fmt.Fprint(a.w, "Adding elements to Pipeline \n\n")
	fmt.Fprint(a.w, "Linking elements in the Pipeline \n\n")
	b.Link(a.streammux, pgie, tracker, sgie1, sgie2, tiler, nvvideoconvert, nvosd, sink)
	b.Set(sink, "sync", false, "qos", false)
	if err := b.Err(); err != nil {
		return err
	}
	if a.report {
		// Observes each frame before the tiler merges the sources.
		probe, err := gogst.AddObserver(tiler.GetStaticPad("sink"), reportFrames)
		if err != nil {
			return err
		}
		defer probe.Remove()
	}

	a.w.Flush()
	// As in Python, a refused PAUSED is not checked here: Run reports why
	// the pipeline cannot play.
	_ = pipeline.SetState(gst.StatePaused)
	fmt.Fprintln(a.w, "Now playing...")
	fmt.Fprintln(a.w, 1, ": ", input)
	fmt.Fprint(a.w, "Starting pipeline \n\n")

	a.w.Flush()
	ctx, quit := context.WithCancelCause(context.Background())
	defer quit(nil)
	a.quit = quit
	err = dsapp.Run(ctx, pipeline,
		dsapp.WithTick(a.interval, a.tick),
		dsapp.WithElementMessages(a.onElementMessage))
	if errors.Is(err, errAllStopped) {
		err = nil
	}
	if a.report {
		fmt.Fprintf(os.Stderr, "sources left: %d, sink pads left: %d\n", a.numSources, len(mustPads(a.streammux)))
	}
	fmt.Fprint(a.w, "Exiting app\n\n")
	a.w.Flush()
	return err
}

// tick is the Python app's add_sources timer until four sources play,
// then its delete_sources timer.
func (a *app) tick() {
	defer a.w.Flush()
	if a.deleting {
		a.deleteSources()
		return
	}
	a.addSource()
}

// createURIDecodeBin is create_uridecode_bin: a uridecodebin named
// source-bin-NN whose decoded pad links to the muxer's sink_<index>.
func (a *app) createURIDecodeBin(index int, uri string) (*gst.Element, error) {
	fmt.Fprintf(a.w, "Creating uridecodebin for [%s]\n", uri)
	name := fmt.Sprintf("source-bin-%02d", index)
	fmt.Fprintln(a.w, name)
	bin, err := gst.NewElementWithName("uridecodebin", name)
	if err != nil {
		return nil, fmt.Errorf(" Unable to create uri decode bin: %w", err)
	}
	if err := dsapp.SetProps(bin, "uri", uri); err != nil {
		return nil, err
	}
	if _, err := bin.Connect("pad-added", func(_ *gst.Element, pad *gst.Pad) { a.onNewPad(pad, index) }); err != nil {
		return nil, err
	}
	if err := watchChildren(bin); err != nil {
		return nil, err
	}
	a.enabled[index] = true
	return bin, nil
}

// onNewPad is cb_newpad, on a streaming thread: a video pad links to the
// muxer's sink_<index>.
func (a *app) onNewPad(pad *gst.Pad, index int) {
	var out strings.Builder // one write, so that lines do not interleave
	defer func() { fmt.Print(out.String()) }()
	out.WriteString("In cb_newpad\n\n")
	caps := pad.GetCurrentCaps()
	if caps == nil || caps.GetSize() == 0 {
		return
	}
	gstname := caps.GetStructureAt(0).Name()
	fmt.Fprintln(&out, "gstname=", gstname)
	if !strings.Contains(gstname, "video") {
		return
	}
	padName := fmt.Sprintf("sink_%d", index)
	fmt.Fprintln(&out, padName)
	sinkpad := a.streammux.GetRequestPad(padName)
	if sinkpad != nil && pad.Link(sinkpad) == gst.PadLinkOK {
		out.WriteString("Decodebin linked to pipeline\n")
	} else {
		fmt.Fprintln(os.Stderr, "Failed to link decodebin to pipeline")
	}
}

// addSource is add_sources: start a source at a random free slot.
func (a *app) addSource() {
	id := a.rng.IntN(maxNumSources)
	for a.enabled[id] {
		id = a.rng.IntN(maxNumSources)
	}
	a.enabled[id] = true
	fmt.Fprintf(a.w, "Calling Start %d \n", id)
	bin, err := a.createURIDecodeBin(id, a.uri)
	if err != nil {
		fmt.Fprintln(os.Stderr, "Failed to create source bin. Exiting.", err)
		os.Exit(1)
	}
	a.bins[id] = bin
	a.eos[id] = false
	if err := a.pipeline.Add(bin); err != nil {
		fmt.Fprintln(os.Stderr, "Failed to add source bin. Exiting.", err)
		os.Exit(1)
	}
	a.w.Flush()
	switch ret := setState(bin, gst.StatePlaying); ret {
	case gst.StateChangeSuccess:
		fmt.Fprint(a.w, "STATE CHANGE SUCCESS\n\n")
	case gst.StateChangeFailure:
		fmt.Fprint(a.w, "STATE CHANGE FAILURE\n\n")
	case gst.StateChangeAsync:
		bin.GetState(gst.StatePlaying, gst.ClockTimeNone)
	case gst.StateChangeNoPreroll:
		fmt.Fprint(a.w, "STATE CHANGE NO PREROLL\n\n")
	}
	a.numSources++
	if a.numSources == maxNumSources {
		a.deleting = true
	}
}

// deleteSources is delete_sources: remove the sources that ended, then one
// more at random; quit when none is left.
func (a *app) deleteSources() {
	for id := range maxNumSources {
		if a.eos[id] && a.enabled[id] {
			a.enabled[id] = false
			a.stopReleaseSource(id)
		}
	}
	if a.numSources == 0 {
		a.quitAll()
		return
	}
	id := a.rng.IntN(maxNumSources)
	for !a.enabled[id] {
		id = a.rng.IntN(maxNumSources)
	}
	a.enabled[id] = false
	fmt.Fprintf(a.w, "Calling Stop %d \n", id)
	a.stopReleaseSource(id)
	if a.numSources == 0 {
		a.quitAll()
	}
}

func (a *app) quitAll() {
	a.quit(errAllStopped)
	fmt.Fprintln(a.w, "All sources stopped quitting")
}

// stopReleaseSource is stop_release_source: the source's bin to NULL, a
// flush-stop to its muxer pad, the pad released and the bin removed.
func (a *app) stopReleaseSource(id int) {
	bin := a.bins[id]
	ret := setState(bin, gst.StateNull)
	switch ret {
	case gst.StateChangeFailure:
		fmt.Fprint(a.w, "STATE CHANGE FAILURE\n\n")
		return
	case gst.StateChangeSuccess:
		fmt.Fprint(a.w, "STATE CHANGE SUCCESS\n\n")
	case gst.StateChangeAsync:
		bin.GetState(gst.StateNull, gst.ClockTimeNone)
	default:
		return
	}
	padName := fmt.Sprintf("sink_%d", id)
	fmt.Fprintln(a.w, padName)
	if sinkpad := a.streammux.GetStaticPad(padName); sinkpad != nil {
		sinkpad.SendEvent(gst.NewFlushStopEvent(false))
		a.streammux.ReleaseRequestPad(sinkpad)
	}
	if ret == gst.StateChangeSuccess {
		fmt.Fprint(a.w, "STATE CHANGE SUCCESS\n\n")
	} else {
		fmt.Fprint(a.w, "STATE CHANGE ASYNC\n\n")
	}
	if err := a.pipeline.Remove(bin); err != nil {
		fmt.Fprintln(os.Stderr, "Failed to remove source bin:", err)
	}
	a.bins[id] = nil
	a.numSources--
}

// onElementMessage is bus_call's element branch: a source's end, from
// nvstreammux's "stream-eos" message, marks it for removal.
func (a *app) onElementMessage(msg *gst.Message) {
	id, ok := events.StreamEOSFromMessage(unsafe.Pointer(msg.Instance()))
	if !ok {
		return
	}
	fmt.Fprintf(a.w, "Got EOS from stream %d\n", id)
	a.w.Flush()
	if id < maxNumSources {
		a.eos[id] = true
	}
}

// reportFrames (-report) prints each frame's source, number and counts.
func reportFrames(info nvds.ProbeInfo) {
	batch, err := info.BatchMeta()
	if err != nil {
		return
	}
	var out strings.Builder
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
		fmt.Fprintf(&out, "frame source=%d num=%d objects=%d vehicles=%d people=%d\n",
			frame.PadIndex(), frame.FrameNum(), frame.NumObjMeta(), vehicles, people)
	}
	fmt.Fprint(os.Stderr, out.String())
}

// setState is gst_element_set_state with its result. go-gst's SetState
// tells only failure, so a change that did not fail is asked after at
// once (gst_element_get_state with no wait): SUCCESS when done, ASYNC
// while pending, NO_PREROLL for a live source.
func setState(e *gst.Element, s gst.State) gst.StateChangeReturn {
	if err := e.SetState(s); err != nil {
		return gst.StateChangeFailure
	}
	ret, _ := e.GetState(s, 0)
	return ret
}

// mustPads returns e's sink pads.
func mustPads(e *gst.Element) []*gst.Pad {
	pads, err := e.GetSinkPads()
	if err != nil {
		return nil
	}
	return pads
}

// watchChildren is decodebin_child_added, connected to e and, recursively,
// to every decodebin inside it. The handler takes no arguments and finds
// the new child among e's children: go-glib would warn about every element
// type go-gst has no wrapper for, which the child argument would be.
func watchChildren(e *gst.Element) error {
	parent := &gst.Bin{Element: e}
	var mu sync.Mutex
	seen := map[unsafe.Pointer]bool{}
	_, err := e.Connect("child-added", func() {
		children, err := parent.GetElements()
		if err != nil {
			return
		}
		for _, c := range children {
			mu.Lock()
			isNew := !seen[c.Unsafe()]
			seen[c.Unsafe()] = true
			mu.Unlock()
			if isNew {
				childAdded(c)
			}
		}
	})
	return err
}

func childAdded(c *gst.Element) {
	name := c.GetName()
	fmt.Print("Decodebin child added: ", name, " \n\n")
	if strings.Contains(name, "decodebin") {
		if err := watchChildren(c); err != nil {
			fmt.Fprintln(os.Stderr, "Warning:", err)
		}
	}
	if strings.Contains(name, "nvv4l2decoder") {
		if err := dsapp.SetProps(c, "gpu-id", gpuID); err != nil {
			fmt.Fprintln(os.Stderr, "Warning:", err)
		}
	}
}

// configureTracker sets the tracker's properties from the [tracker] group
// of the tracker config, as the Python sample does with configparser.
// A relative ll-config-file is relative to the config's folder.
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
		case "tracker-width", "tracker-height", "gpu-id", "enable-batch-process":
			n, err := strconv.Atoi(kv.Value)
			if err != nil {
				return fmt.Errorf("%s: %s: %q is not an integer", path, kv.Key, kv.Value)
			}
			if kv.Key == "enable-batch-process" {
				b.Set(tracker, kv.Key, n != 0)
			} else {
				b.Set(tracker, kv.Key, n)
			}
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
