//go:build !deepstream

package standin_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// streamEOSEvent is GST_NVEVENT_STREAM_EOS.
const streamEOSEvent = 102942

// The same clip twice into a muxer of batch-size 2: 60 batches of two
// frames, batch_id i carrying source i, frame numbers per source, frames
// scaled to the muxer's size, one stream-eos message and one nv-stream-eos
// event per source, then EOS; nothing leaks.
func TestStreamMuxTwoSources(t *testing.T) {
	clip, truth := defaultClip(t)
	func() {
		desc := fmt.Sprintf("filesrc location=%[1]s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
			"filesrc location=%[1]s ! h264parse ! nvv4l2decoder ! m.sink_1 "+
			"nvstreammux name=m batch-size=2 width=320 height=180 batched-push-timeout=40000 "+
			"! queue ! fakesink name=sink", clip)
		var mu sync.Mutex
		var events []uint
		probeEvents := func(p *gst.Pipeline) {
			sink, err := p.GetElementByName("sink")
			require.NoError(t, err)
			sink.GetStaticPad("sink").AddProbe(gst.PadProbeTypeEventDownstream, func(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
				if ev := info.GetEvent(); uint(ev.Type()) == streamEOSEvent {
					id, err := ev.GetStructure().GetValue("source-id")
					mu.Lock()
					if err == nil {
						events = append(events, id.(uint))
					}
					mu.Unlock()
				}
				return gst.PadProbeOK
			})
		}
		var rec recorder
		res := runWith(t, desc, map[string]*recorder{"sink": &rec}, probeEvents)
		require.NoError(t, res.err)
		assert.ElementsMatch(t, []uint32{0, 1}, res.streamEOS, "stream-eos messages")
		mu.Lock()
		assert.ElementsMatch(t, []uint{0, 1}, events, "nv-stream-eos events")
		mu.Unlock()

		frames, batches, errs := rec.snapshot()
		assert.Empty(t, errs)
		n := len(truth.Frames)
		assert.Equal(t, n, batches)
		require.Len(t, frames, 2*n)
		next := [2]int{}
		for i, fr := range frames {
			assert.Equal(t, 2, fr.framesInBatch)
			assert.Equal(t, i%2, fr.batchID)
			assert.Equal(t, fr.batchID, fr.sourceID, "batch %d: source", i/2)
			assert.Equal(t, fr.sourceID, fr.padIndex)
			assert.Equal(t, next[fr.sourceID], fr.frameNum, "source %d frame_num", fr.sourceID)
			next[fr.sourceID]++
			assert.Equal(t, [4]int{640, 360, 320, 180}, [4]int{fr.srcW, fr.srcH, fr.pipeW, fr.pipeH})
		}
	}()
	testmain.NoneLive(t)
}

// Sources of different sizes, memory types and lengths: a 160x120 NV12
// NVMM one (10 frames) and a 200x100 RGBA system-memory one (5 frames),
// batched at 64x48 in the first source's format (NV12); the shorter ends
// first.
func TestStreamMuxMixedSources(t *testing.T) {
	func() {
		desc := "videotestsrc num-buffers=10 ! video/x-raw,width=160,height=120,format=I420 ! nvvideoconvert " +
			"! video/x-raw(memory:NVMM),format=NV12 ! m.sink_0 " +
			"videotestsrc num-buffers=5 ! video/x-raw,width=200,height=100,format=RGBA ! m.sink_1 " +
			"nvstreammux name=m batch-size=2 width=64 height=48 ! fakesink name=sink"
		var rec recorder
		res := run(t, desc, map[string]*recorder{"sink": &rec})
		require.NoError(t, res.err)
		assert.Equal(t, []uint32{1, 0}, res.streamEOS, "stream-eos messages in order of the sources' ends")
		frames, batches, _ := rec.snapshot()
		assert.Equal(t, 10, batches)
		require.Len(t, frames, 15)
		got := map[int][]int{}
		for _, fr := range frames {
			got[fr.sourceID] = append(got[fr.sourceID], fr.frameNum)
			want := map[int][2]int{0: {160, 120}, 1: {200, 100}}[fr.sourceID]
			assert.Equal(t, want, [2]int{fr.srcW, fr.srcH})
			assert.Equal(t, [2]int{64, 48}, [2]int{fr.pipeW, fr.pipeH})
		}
		assert.Equal(t, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, got[0])
		assert.Equal(t, []int{0, 1, 2, 3, 4}, got[1])
	}()
	testmain.NoneLive(t)
}

func (r *recorder) snapshot() ([]frameRecord, int, []error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]frameRecord(nil), r.frames...), r.batches, append([]error(nil), r.errs...)
}
