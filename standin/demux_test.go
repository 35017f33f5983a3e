//go:build !deepstream

package standin_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/scene"
)

// deepstream-demux-multi-in-multi-out's chain with two sources of
// different lengths: each frame leaves on the pad of its source as a
// one-frame batch with its own objects; every branch gets its source's
// pixels and ends when its source ends; a pad for a source that does not
// exist gets nothing but EOS.
func TestDemuxRoutesFramesToTheirPads(t *testing.T) {
	clipA, truthA := seedClip(t, 2, 30)
	clipB, truthB := seedClip(t, 3, 20)
	dir := t.TempDir()
	outs := []string{filepath.Join(dir, "0.rgba"), filepath.Join(dir, "1.rgba")}
	desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_1 "+
		"nvstreammux name=m batch-size=2 width=640 height=360 batched-push-timeout=40000 "+
		"! nvinfer config-file-path=%s batch-size=2 ! nvstreamdemux name=d "+
		"d.src_0 ! queue ! nvvideoconvert name=conv0 ! video/x-raw,format=RGBA ! filesink location=%s "+
		"d.src_1 ! queue ! nvvideoconvert name=conv1 ! video/x-raw,format=RGBA ! filesink location=%s "+
		"d.src_7 ! queue ! fakesink name=s7",
		clipA, clipB, testdata(t, "pgie_config.txt"), outs[0], outs[1])
	var in, b0, b1, b7 metaRecorder
	res := runRecorded(t, desc, map[string]*metaRecorder{"d": &in, "conv0": &b0, "conv1": &b1, "s7": &b7})
	require.NoError(t, res.err)

	// Objects per source and frame at the demuxer's input.
	want := map[[2]int]int{}
	for _, b := range in.snapshot() {
		for _, f := range b.frames {
			want[[2]int{f.sourceID, f.frameNum}] = len(f.objects)
		}
	}
	truths := []*scene.Truth{truthA, truthB}
	for src, rec := range []*metaRecorder{&b0, &b1} {
		batches := rec.snapshot()
		require.Len(t, batches, len(truths[src].Frames), "source %d: one buffer per frame", src)
		for i, b := range batches {
			require.Len(t, b.frames, 1, "a batch of one frame")
			f := b.frames[0]
			assert.Equal(t, src, f.sourceID)
			assert.Equal(t, src, f.padIndex)
			assert.Equal(t, 0, f.batchID)
			assert.Equal(t, 1, f.framesInBatch)
			assert.Equal(t, i, f.frameNum, "source %d: frames in order", src)
			assert.Equal(t, want[[2]int{src, f.frameNum}], len(f.objects), "source %d frame %d: its objects", src, i)
			assert.Equal(t, [2]int{640, 360}, [2]int{f.srcW, f.srcH})
		}
	}
	assert.Empty(t, b7.snapshot(), "no source 7")

	// Each branch shows its own source.
	for src, path := range outs {
		frames := rgbaFrames(t, path, 640, 360)
		require.Len(t, frames, len(truths[src].Frames))
		seen, right := 0, 0
		for i, f := range frames {
			for _, o := range truths[src].Frames[i].Objects {
				if o.ClassID != scene.Vehicle || o.Visible < 0.99 || o.InFrame < 0.99 {
					continue
				}
				cx, cy := centre(o.Box)
				px := pixel(f, 640, cx, cy)
				seen++
				if c := scene.Classify(px[0], px[1], px[2]); c >= 0 && scene.Palette[c].Name == o.Color {
					right++
				}
			}
		}
		t.Logf("branch %d: %d of %d vehicle centres show the vehicle's colour", src, right, seen)
		assert.GreaterOrEqual(t, right, seen*95/100)
	}
	testmain.NoneLive(t)
}

// Request pads: src_<n> by name or the next free index; a malformed name
// gives no pad.
func TestDemuxRequestPads(t *testing.T) {
	d, err := gst.NewElement("nvstreamdemux")
	require.NoError(t, err)
	p := d.GetRequestPad("src_3")
	require.NotNil(t, p)
	assert.Equal(t, "src_3", p.GetName())
	assert.Nil(t, d.GetRequestPad("src_x"), "malformed")
	q := d.GetRequestPad("src_%u")
	require.NotNil(t, q)
	assert.Equal(t, "src_0", q.GetName())
	d.ReleaseRequestPad(p)
	d.ReleaseRequestPad(q)
	pads, err := d.GetPads()
	require.NoError(t, err)
	assert.Len(t, pads, 1, "the sink pad is left")
}
