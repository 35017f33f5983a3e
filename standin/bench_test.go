//go:build !deepstream && linux

package standin_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/scene"
)

// benchFrames is the length of the benchmarks' clips.
const benchFrames = 60

// benchClip is a 1280x720 clip of benchFrames frames, cached beside the
// default clip.
func benchClip(b *testing.B) string { return benchClipSized(b, 1280, 720) }

// benchClipSized is the default scene at width x height, benchFrames
// frames, cached beside the default clip.
func benchClipSized(b *testing.B, width, height int) string {
	b.Helper()
	def, _ := defaultClip(b)
	cfg := scene.DefaultConfig()
	cfg.Width, cfg.Height, cfg.Frames = width, height, benchFrames
	path, err := scene.CachedClip(filepath.Dir(filepath.Dir(def)), cfg)
	if err != nil {
		b.Fatal(err)
	}
	return path
}

// playToEOS runs desc to EOS and returns how long it played.
func playToEOS(b *testing.B, desc string) time.Duration {
	b.Helper()
	p, err := gst.NewPipelineFromString(desc)
	if err != nil {
		b.Fatal(err)
	}
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

// BenchmarkTest1Pipeline plays deepstream-test1's chain (decoder, muxer,
// detector, converter, OSD, fakesink without sync) at 1280x720 on the CPU
// with 1, 4 and 8 copies of a 60-frame clip batched together, and reports
// the frames per second through the whole pipeline (all streams together)
// and per stream, and frames per second of the process's CPU time (what
// the chain does per core, however busy the machine). A measurement, not
// a test: nothing is asserted.
//
//	go test -run '^$' -bench Test1Pipeline -benchtime 3x ./standin/
func BenchmarkTest1Pipeline(b *testing.B) {
	clip := benchClip(b)
	for _, n := range []int{1, 4, 8} {
		b.Run(fmt.Sprintf("streams=%d", n), func(b *testing.B) {
			var sb strings.Builder
			for i := range n {
				fmt.Fprintf(&sb, "filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_%d ", clip, i)
			}
			fmt.Fprintf(&sb, "nvstreammux name=m batch-size=%d width=1280 height=720 batched-push-timeout=33000 "+
				"! nvinfer config-file-path=%s batch-size=%d ! nvvideoconvert ! nvdsosd ! fakesink sync=false",
				n, testdata(b, "pgie_config.txt"), n)
			desc := sb.String()
			var total time.Duration
			b.ResetTimer()
			cpu0 := processCPU()
			for range b.N {
				total += playToEOS(b, desc)
			}
			cpu := processCPU() - cpu0
			frames := float64(n * benchFrames * b.N)
			b.ReportMetric(frames/total.Seconds(), "frames/s")
			b.ReportMetric(frames/total.Seconds()/float64(n), "frames/s/stream")
			b.ReportMetric(frames/cpu.Seconds(), "frames/cpu-s")
		})
	}
}
