//go:build !deepstream

package standin_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/latency"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// With NVDS_ENABLE_LATENCY_MEASUREMENT exported the decoder stamps every
// frame it outputs; the muxer carries the stamps into the frame meta, so
// every frame of every batch is measured, with the decoder's count of its
// output frames. With the variable unset nothing is stamped.
// drop-frame-interval drops before stamping: only frames that go out are
// numbered.
func TestDecoderLatencyStamps(t *testing.T) {
	const clipFrames = 12
	clip, _ := seedClip(t, 9, clipFrames)
	for _, tc := range []struct {
		env  bool
		drop int
	}{{true, 0}, {false, 0}, {true, 3}} {
		t.Run(fmt.Sprintf("env=%t,drop=%d", tc.env, tc.drop), func(t *testing.T) {
			if tc.env {
				t.Setenv("NVDS_ENABLE_LATENCY_MEASUREMENT", "1")
			}
			var mu sync.Mutex
			var got []latency.FrameLatency
			frames := 0
			observe := func(info nvds.ProbeInfo) {
				b, err := info.BatchMeta()
				if err != nil {
					return
				}
				l, err := latency.Measure(info.Buffer(), nil)
				mu.Lock()
				defer mu.Unlock()
				frames += b.NumFrames()
				if assert.NoError(t, err) {
					got = append(got, l...)
				}
			}
			var probe *nvds.Probe
			res := runWith(t, fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder drop-frame-interval=%d ! m.sink_0 "+
				"nvstreammux name=m batch-size=1 width=640 height=360 ! fakesink name=sink", clip, tc.drop), nil,
				func(p *gst.Pipeline) {
					sink, err := p.GetElementByName("sink")
					require.NoError(t, err)
					probe, err = gogst.AddObserver(sink.GetStaticPad("sink"), observe)
					require.NoError(t, err)
				})
			probe.Remove()
			require.NoError(t, res.err)
			mu.Lock()
			defer mu.Unlock()
			want := clipFrames
			if tc.drop > 1 {
				want = (clipFrames + tc.drop - 1) / tc.drop
			}
			require.Equal(t, want, frames)
			if !tc.env {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, want, "every frame measured")
			for i, l := range got {
				assert.Equal(t, uint32(i), l.FrameNum)
				assert.Equal(t, uint32(0), l.SourceID)
				assert.Greater(t, l.ComponentIn, 0.0)
				assert.GreaterOrEqual(t, l.Latency, 0.0)
				assert.Less(t, l.Latency, 60e3, "measured in ms from the stamp")
			}
		})
	}
}
