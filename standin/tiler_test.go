//go:build !deepstream

package standin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/scene"
)

// rgbaFrames reads a file of raw w x h RGBA frames.
func rgbaFrames(t *testing.T, path string, w, h int) [][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	size := w * h * 4
	require.Zero(t, len(data)%size, "whole frames")
	var out [][]byte
	for i := 0; i < len(data); i += size {
		out = append(out, data[i:i+size])
	}
	return out
}

// pixel returns the RGB of (x, y) in an RGBA frame of width w.
func pixel(f []byte, w, x, y int) [3]uint8 {
	i := (y*w + x) * 4
	return [3]uint8{f[i], f[i+1], f[i+2]}
}

// centre returns the centre of a box.
func centre(b scene.Box) (int, int) { return b.Left + b.Width/2, b.Top + b.Height/2 }

// Two sources batched, detected and tiled 1 x 2 into 640x180: one
// output buffer per batch at the tiler's size, the batch meta still lists
// both frames (batch_id 0), object boxes scaled into their tile, and each
// tile shows its source (vehicle colours at the truth's vehicle centres),
// with nvdsosd drawing the remapped boxes in both tiles (labels off, so
// the vehicle centres keep their colour).
func TestTilerComposesAndRemaps(t *testing.T) {
	clipA, truthA := seedClip(t, 2, 30)
	clipB, truthB := seedClip(t, 3, 30)
	out := filepath.Join(t.TempDir(), "tiled.rgba")
	desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_1 "+
		"nvstreammux name=m batch-size=2 width=640 height=360 batched-push-timeout=40000 "+
		"! nvinfer config-file-path=%s batch-size=2 ! nvmultistreamtiler name=tiler rows=1 columns=2 width=640 height=180 "+
		"! nvvideoconvert ! nvdsosd name=osd display-text=0 ! nvvideoconvert ! video/x-raw,format=RGBA ! filesink location=%s",
		clipA, clipB, testdata(t, "pgie_config.txt"), out)
	var before, after metaRecorder
	res := runRecorded(t, desc, map[string]*metaRecorder{"tiler": &before, "osd": &after})
	require.NoError(t, res.err)

	// Metadata: the same frames and objects, boxes in tile coordinates.
	in, out2 := before.snapshot(), after.snapshot()
	require.Len(t, in, 30)
	require.Len(t, out2, 30)
	remapped := 0
	for b := range in {
		require.Len(t, out2[b].frames, 2, "batch %d: both frames listed", b)
		for k, fi := range in[b].frames {
			fo := out2[b].frames[k]
			assert.Equal(t, fi.sourceID, fo.sourceID)
			assert.Equal(t, fi.frameNum, fo.frameNum)
			assert.Equal(t, k, fi.batchID)
			assert.Equal(t, 0, fo.batchID, "one surface after the tiler")
			require.Len(t, fo.objects, len(fi.objects))
			for j, o := range fi.objects {
				want := o.rect
				want.Left = float32(fi.sourceID*320) + o.rect.Left/2
				want.Top = o.rect.Top / 2
				want.Width, want.Height = o.rect.Width/2, o.rect.Height/2
				got := fo.objects[j].rect
				assert.InDelta(t, want.Left, got.Left, 0.01)
				assert.InDelta(t, want.Top, got.Top, 0.01)
				assert.InDelta(t, want.Width, got.Width, 0.01)
				assert.InDelta(t, want.Height, got.Height, 0.01)
				remapped++
			}
		}
	}
	assert.Greater(t, remapped, 300)

	// Pixels: the tiler's 640x180 output (nvvideoconvert keeps the size).
	frames := rgbaFrames(t, out, 640, 180)
	require.Len(t, frames, 30)
	var redPerTile [2]int
	for _, f := range frames {
		for i := 0; i+3 < len(f); i += 4 {
			if f[i] == 255 && f[i+1] == 0 && f[i+2] == 0 {
				redPerTile[(i/4)%640/320]++
			}
		}
	}
	assert.Greater(t, redPerTile[0]+redPerTile[1], 30*200, "nvdsosd draws the remapped boxes of both frames")
	assert.Greater(t, redPerTile[0], 30*50, "boxes drawn in the left tile")
	assert.Greater(t, redPerTile[1], 30*50, "boxes drawn in the right tile")
	truths := []*scene.Truth{truthA, truthB}
	seen, right := 0, 0
	for i, f := range frames {
		for src, tr := range truths {
			for _, o := range tr.Frames[i].Objects {
				if o.ClassID != scene.Vehicle || o.Visible < 0.99 || o.InFrame < 0.99 {
					continue
				}
				cx, cy := centre(o.Box)
				px := pixel(f, 640, src*320+cx/2, cy/2)
				seen++
				if c := scene.Classify(px[0], px[1], px[2]); c >= 0 && scene.Palette[c].Name == o.Color {
					right++
				}
			}
		}
	}
	t.Logf("tiles: %d of %d vehicle centres show the vehicle's colour", right, seen)
	assert.GreaterOrEqual(t, right, seen*95/100)
	testmain.NoneLive(t)
}
