package gogst_test

import (
	"fmt"
	"testing"

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
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			p, err := gst.NewPipelineFromString(fmt.Sprintf(
				"fakesrc num-buffers=%d sizetype=fixed sizemax=16 ! identity name=mux ! fakesink", b.N))
			require.NoError(b, err)
			e, err := p.GetElementByName("mux")
			require.NoError(b, err)
			pad := e.GetStaticPad("src")
			remove := v.install(b, pad)
			defer remove()
			b.ReportAllocs()
			b.ResetTimer()
			play(b, p, nil)
		})
	}
}
