//go:build !deepstream

package standin_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/scene"
	"github.com/go-deepstream/go-deepstream/standin"
)

// The five elements of deepstream-test1's chain are registered.
func TestTest1Factories(t *testing.T) {
	assert.Subset(t, standin.Factories(), []string{"nvv4l2decoder", "nvstreammux", "nvinfer", "nvvideoconvert", "nvdsosd"})
}

// test1Pipeline is deepstream-test1's chain (with a fakesink for the
// display), the probe on nvdsosd's sink pad as in the sample.
func test1Pipeline(clip, config string, width, height int) string {
	return fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=%d height=%d batched-push-timeout=33000 "+
		"! nvinfer config-file-path=%s ! nvvideoconvert ! nvdsosd name=osd ! fakesink",
		clip, width, height, config)
}

// The deepstream-test1 chain on the default clip: one frame per batch,
// frame numbers 0..59 in order, the frame meta the muxer writes, and
// objects that match the ground truth.
func TestTest1ChainOnDefaultClip(t *testing.T) {
	clip, truth := defaultClip(t)
	func() {
		var rec recorder
		res := run(t, test1Pipeline(clip, testdata(t, "pgie_config.txt"), 640, 360), map[string]*recorder{"osd": &rec})
		require.NoError(t, res.err)
		assert.Equal(t, []uint32{0}, res.streamEOS, "stream-eos messages")

		frames, batches, errs := rec.snapshot()
		assert.Empty(t, errs)
		require.Len(t, frames, len(truth.Frames))
		assert.Equal(t, len(truth.Frames), batches)
		for i, fr := range frames {
			assert.Equal(t, i, fr.frameNum, "frame_num sequence")
			assert.Equal(t, 0, fr.sourceID)
			assert.Equal(t, 0, fr.padIndex)
			assert.Equal(t, 0, fr.batchID)
			assert.Equal(t, 1, fr.framesInBatch)
			assert.Equal(t, [4]int{640, 360, 640, 360}, [4]int{fr.srcW, fr.srcH, fr.pipeW, fr.pipeH})
			assert.Equal(t, 1, fr.numSurfaces)
			assert.True(t, fr.inferDone)
			for _, d := range fr.objects {
				assert.Equal(t, int32(1), d.uid, "unique_component_id = gie-unique-id")
				assert.Equal(t, scene.ClassNames[d.class], d.label, "obj_label from labelfile-path")
				assert.Greater(t, d.conf, float32(0.5))
			}
		}
		s := scoreFrames(t, frames, truth)
		t.Logf("default clip: precision %.3f recall %.3f (tp %d fp %d fn %d)", s.precision(), s.recall(), s.tp, s.fp, s.fn)
		for _, m := range s.misses {
			t.Log(m)
		}
		assert.GreaterOrEqual(t, s.precision(), 0.95, "precision")
		assert.GreaterOrEqual(t, s.recall(), 0.95, "recall")

		// Counts per frame, as the sample prints them.
		bad := 0
		for _, fr := range frames {
			want := 0
			for _, o := range truth.Frames[fr.frameNum].Objects {
				if relevant(o, truth.Config.Width, truth.Config.Height) {
					want++
				}
			}
			if d := len(fr.objects) - want; d < -1 || d > 1 {
				bad++
				t.Logf("frame %d: %d objects, truth %d", fr.frameNum, len(fr.objects), want)
			}
		}
		assert.LessOrEqual(t, bad, len(frames)/20, "frames whose object count is off by more than one")
	}()
	testmain.NoneLive(t)
}
