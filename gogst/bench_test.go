package gogst_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
)

var benchFrames uint32

// BenchmarkProbeOverhead is benchmark (b) of docs/performance.md as a
// go-gst user sees it: fakesrc ! identity ! fakesink, b.N buffers, with no
// probe, go-deepstream's observer (one C trampoline, one call into Go), or
// go-gst v1.4.0's own (*gst.Pad).AddProbe on identity's src pad. Each probe
// does the same work: look up the batch meta (absent here) and read it.
// The C-probe baseline is in nvds (BenchmarkProbePipeline), on the same
// pipeline; gogst cannot import its internal C harness.
func BenchmarkProbeOverhead(b *testing.B) {
	variants := []struct {
		name    string
		install func(b *testing.B, pad *gst.Pad) (remove func())
	}{
		{"none", func(*testing.B, *gst.Pad) func() { return func() {} }},
		{"GoObserver", func(b *testing.B, pad *gst.Pad) func() {
			p, err := gogst.AddObserver(pad, func(info nvds.ProbeInfo) {
				if bm, err := info.BatchMeta(); err == nil {
					benchFrames = bm.NumFramesInBatch()
				}
			})
			require.NoError(b, err)
			return p.Remove
		}},
		{"GoGstAddProbe", func(b *testing.B, pad *gst.Pad) func() {
			id := pad.AddProbe(gst.PadProbeTypeBuffer, func(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
				if bm, err := gogst.BatchMeta(info.GetBuffer()); err == nil {
					benchFrames = bm.NumFramesInBatch()
				}
				return gst.PadProbeOK
			})
			require.NotZero(b, id)
			return func() { pad.RemoveProbe(id) }
		}},
	}
	pipeline := func(b *testing.B, buffers int) (*gst.Pipeline, *gst.Pad) {
		p, err := gst.NewPipelineFromString(fmt.Sprintf(
			"fakesrc num-buffers=%d sizetype=fixed sizemax=16 ! identity name=mux ! fakesink", buffers))
		require.NoError(b, err)
		e, err := p.GetElementByName("mux")
		require.NoError(b, err)
		return p, e.GetStaticPad("src")
	}
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			p, pad := pipeline(b, b.N)
			remove := v.install(b, pad)
			defer remove()
			b.ReportAllocs()
			b.ResetTimer()
			play(b, p, nil)
		})
	}
	// The variants in alternation, reporting each one's fastest round per
	// buffer as "<variant>-ns/op" (see minTimes in nvds/bench_test.go).
	b.Run("paired", func(b *testing.B) {
		const buffers = 20000
		best := map[string]float64{}
		for b.Loop() {
			for _, v := range variants {
				p, pad := pipeline(b, buffers)
				remove := v.install(b, pad)
				t := time.Now()
				play(b, p, nil)
				ns := float64(time.Since(t).Nanoseconds()) / buffers
				remove()
				if old, ok := best[v.name]; !ok || ns < old {
					best[v.name] = ns
				}
			}
		}
		for name, ns := range best {
			b.ReportMetric(ns, name+"-ns/op")
		}
	})
}
