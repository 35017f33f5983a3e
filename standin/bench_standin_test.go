//go:build !deepstream && linux

package standin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// Per-stand-in throughput. Each element plays 60-frame clips (720p or
// 1080p, 1 or 8 streams batched) behind what it needs upstream, and the
// CPU time of the element alone is measured from inside the pipeline:
//
//   - transforms (nvinfer, nvtracker, nvvideoconvert, nvdsosd,
//     nvmultistreamtiler) process a buffer between their sink pad and their
//     src pad in one streaming thread: the thread's CPU time between the two
//     probes;
//   - nvstreammux batches on its own thread, which then pushes into a
//     fakesink: that thread's CPU time from one pushed batch to the next;
//   - nvv4l2decoder (a bin around the system's H.264 decoder, which may use
//     threads of its own): the process's CPU time for the decoding-only
//     pipeline.
//
// frames/s is frames per second of that CPU time: what one core given to
// the element alone would do, however busy the shared machine is.
// wall-frames/s is the pipeline's frames per wall second, for reference.
//
//	go test -run '^$' -bench Standin -benchtime 2x ./standin/

// threadCPU returns the calling thread's CPU time.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTimeID = 3
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

// processCPU returns the process's user and system CPU time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuMeter sums one element's CPU time over buffers.
type cpuMeter struct {
	mu      sync.Mutex
	start   time.Duration // thread CPU at the sink probe (transforms)
	last    time.Duration // thread CPU at the previous src probe (muxer)
	total   time.Duration
	buffers int
}

func (m *cpuMeter) enter(nvds.ProbeInfo) {
	m.mu.Lock()
	m.start = threadCPU()
	m.mu.Unlock()
}

func (m *cpuMeter) leave(nvds.ProbeInfo) {
	now := threadCPU()
	m.mu.Lock()
	m.total += now - m.start
	m.buffers++
	m.mu.Unlock()
}

// pushed measures from one src probe to the next in the element's own
// thread (the first buffer's batching is not counted).
func (m *cpuMeter) pushed(nvds.ProbeInfo) {
	now := threadCPU()
	m.mu.Lock()
	if m.buffers > 0 {
		m.total += now - m.last
	}
	m.last = now
	m.buffers++
	m.mu.Unlock()
}

// standinCase is one stand-in's benchmark pipeline.
type standinCase struct {
	element string
	// tail follows "nvstreammux ... !" (%[1]d streams, %[2]d x %[3]d);
	// the measured element is named e.
	tail string
	mode int // measureTransform, measureMuxer or measureProcess
}

const (
	measureTransform = iota
	measureMuxer
	measureProcess
)

func standinCases(b *testing.B) []standinCase {
	pgie := "nvinfer config-file-path=" + testdata(b, "pgie_config.txt") + " batch-size=%[1]d"
	return []standinCase{
		{"nvv4l2decoder", "", measureProcess},
		{"nvstreammux", "fakesink name=e sync=false", measureMuxer},
		{"nvinfer", "nvinfer name=e config-file-path=" + testdata(b, "pgie_config.txt") + " batch-size=%[1]d ! fakesink sync=false", measureTransform},
		{"nvinferserver", "nvinferserver name=e config-file-path=" + testdata(b, "inferserver_ssd.txt") + " batch-size=%[1]d ! fakesink sync=false", measureTransform},
		{"nvtracker", pgie + " ! nvtracker name=e ll-config-file=" + testdata(b, "tracker_config.yml") + " ! fakesink sync=false", measureTransform},
		{"nvvideoconvert", pgie + " ! nvvideoconvert name=e ! video/x-raw(memory:NVMM),format=RGBA ! fakesink sync=false", measureTransform},
		{"nvdsosd", pgie + " ! nvvideoconvert ! nvdsosd name=e ! fakesink sync=false", measureTransform},
		{"nvmultistreamtiler", pgie + " ! nvmultistreamtiler name=e width=%[2]d height=%[3]d ! fakesink sync=false", measureTransform},
		// Instance segmentation: the detector plus a 28x28 mask per object,
		// and nvdsosd drawing those masks.
		{"nvinfer-instance-mask", "nvinfer name=e config-file-path=" + testdata(b, "instance_seg_config.txt") + " batch-size=%[1]d ! fakesink sync=false", measureTransform},
		{"nvdsosd-display-mask", "nvinfer config-file-path=" + testdata(b, "instance_seg_config.txt") + " batch-size=%[1]d ! nvvideoconvert ! nvdsosd name=e display-mask=1 ! fakesink sync=false", measureTransform},
		{"nvdsanalytics", pgie + " ! nvtracker ll-config-file=" + testdata(b, "tracker_config.yml") +
			" ! nvdsanalytics name=e config-file=" + analyticsBenchConfig(b) + " ! fakesink sync=false", measureTransform},
		{"nvof", "nvof name=e ! fakesink sync=false", measureTransform},
		{"nvofvisual", "nvof ! nvofvisual name=e ! fakesink sync=false", measureTransform},
		{"nvdspreprocess", "nvdspreprocess name=e config-file=" + testdata(b, "preprocess_config.txt") + " ! fakesink sync=false", measureTransform},
	}
}

// analyticsBenchConfig writes testdata/analytics_config.txt with its
// stream-0 rules repeated for streams 1 to 7, so that every stream of the
// benchmark is analysed.
func analyticsBenchConfig(b *testing.B) string {
	src, err := os.ReadFile(testdata(b, "analytics_config.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(src)
	var sb strings.Builder
	sb.WriteString(text)
	// The groups after [property], each up to the next group.
	rules := text[strings.Index(text, "\n[roi-filtering-stream-0]"):]
	for s := 1; s < 8; s++ {
		sb.WriteString(strings.ReplaceAll(rules, "-stream-0]", fmt.Sprintf("-stream-%d]", s)))
	}
	p := filepath.Join(b.TempDir(), "analytics_config.txt")
	if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return p
}

// standinDesc builds the pipeline of c for n streams of clip.
func standinDesc(c standinCase, clip string, n, w, h int) string {
	var sb strings.Builder
	if c.mode == measureProcess {
		for range n {
			fmt.Fprintf(&sb, "filesrc location=%s ! h264parse ! nvv4l2decoder ! fakesink sync=false ", clip)
		}
		return sb.String()
	}
	for i := range n {
		fmt.Fprintf(&sb, "filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_%d ", clip, i)
	}
	fmt.Fprintf(&sb, "nvstreammux name=m batch-size=%d width=%d height=%d batched-push-timeout=40000 ! ", n, w, h)
	// The muxer is measured on its src pad: the sink pad of its fakesink e.
	if strings.Contains(c.tail, "%[") {
		fmt.Fprintf(&sb, c.tail, n, w, h)
	} else {
		sb.WriteString(c.tail)
	}
	return sb.String()
}

// BenchmarkStandin measures every stand-in of deepstream-test1's chain,
// the tracker and tiler, and the other stand-ins (nvdsanalytics, nvdspreprocess, nvof,
// nvofvisual, instance masks, ...) at 720p and 1080p with 1 and 8 streams.
func BenchmarkStandin(b *testing.B) {
	for _, c := range standinCases(b) {
		for _, size := range [][2]int{{1280, 720}, {1920, 1080}} {
			for _, n := range []int{1, 8} {
				name := fmt.Sprintf("%s/%dp/streams=%d", c.element, size[1], n)
				b.Run(name, func(b *testing.B) {
					clip := benchClipSized(b, size[0], size[1])
					desc := standinDesc(c, clip, n, size[0], size[1])
					var cpu, wall time.Duration
					frames := 0
					for range b.N {
						var m cpuMeter
						p, err := gst.NewPipelineFromString(desc)
						if err != nil {
							b.Fatal(err)
						}
						var probes []*nvds.Probe
						if c.mode != measureProcess {
							e, err := p.GetElementByName("e")
							if err != nil {
								b.Fatal(err)
							}
							add := func(pad *gst.Pad, fn func(nvds.ProbeInfo)) {
								pr, err := gogst.AddObserver(pad, fn)
								if err != nil {
									b.Fatal(err)
								}
								probes = append(probes, pr)
							}
							if c.mode == measureMuxer {
								add(e.GetStaticPad("sink"), m.pushed)
							} else {
								add(e.GetStaticPad("sink"), m.enter)
								add(e.GetStaticPad("src"), m.leave)
							}
						}
						cpu0 := processCPU()
						wall += playPipeline(b, p)
						if c.mode == measureProcess {
							m.total = processCPU() - cpu0
						}
						for _, pr := range probes {
							pr.Remove()
						}
						cpu += m.total
						frames += n * benchFrames
					}
					b.ReportMetric(float64(frames)/cpu.Seconds(), "frames/s")
					b.ReportMetric(float64(frames)/wall.Seconds(), "wall-frames/s")
				})
			}
		}
	}
}

// playPipeline plays p to EOS, returns how long it played, and sets it to
// NULL.
func playPipeline(b *testing.B, p *gst.Pipeline) time.Duration {
	b.Helper()
	bus := p.GetPipelineBus()
	start := time.Now()
	if err := p.SetState(gst.StatePlaying); err != nil {
		b.Fatal(err)
	}
	msg := bus.TimedPopFiltered(gst.ClockTime(2*time.Minute), gst.MessageEOS|gst.MessageError)
	if msg == nil {
		b.Fatal("no EOS within 2 minutes")
	}
	if msg.Type() == gst.MessageError {
		b.Fatal(msg.ParseError())
	}
	d := time.Since(start)
	if err := p.SetState(gst.StateNull); err != nil {
		b.Fatal(err)
	}
	return d
}
