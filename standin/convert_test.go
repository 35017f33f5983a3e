//go:build !deepstream

package standin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// countBuffers counts the buffers through the sink pad of the element
// named name.
func countBuffers(t *testing.T, name string, n *atomic.Int64) func(p *gst.Pipeline) {
	return func(p *gst.Pipeline) {
		e, err := p.GetElementByName(name)
		require.NoError(t, err)
		e.GetStaticPad("sink").AddProbe(gst.PadProbeTypeBuffer, func(*gst.Pad, *gst.PadProbeInfo) gst.PadProbeReturn {
			n.Add(1)
			return gst.PadProbeOK
		})
	}
}

// nvv4l2decoder decodes the clip into NV12 NVMM buffers, every frame or
// every drop-frame-interval-th.
func TestDecoder(t *testing.T) {
	clip, truth := defaultClip(t)
	for _, interval := range []int{0, 3} {
		t.Run(fmt.Sprintf("drop-frame-interval=%d", interval), func(t *testing.T) {
			var n atomic.Int64
			desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder drop-frame-interval=%d num-extra-surfaces=2 "+
				"! video/x-raw(memory:NVMM),format=NV12,width=640,height=360 ! fakesink name=sink", clip, interval)
			res := runWith(t, desc, nil, countBuffers(t, "sink", &n))
			require.NoError(t, res.err)
			want := len(truth.Frames)
			if interval > 1 {
				want = (want + interval - 1) / interval
			}
			assert.Equal(t, int64(want), n.Load())
		})
	}
	testmain.NoneLive(t)
}

// System memory RGBA -> NVMM NV12 (scaled) -> NVMM RGBA -> system memory
// RGBA (scaled back) keeps colours within the error of 4:2:0 and 8 bits.
func TestConvertRoundTrip(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.rgba")
	func() {
		desc := fmt.Sprintf("videotestsrc num-buffers=2 pattern=solid-color foreground-color=0xff2850dc "+
			"! video/x-raw,format=RGBA,width=64,height=48 ! nvvideoconvert "+
			"! video/x-raw(memory:NVMM),format=NV12,width=128,height=96 ! nvvideoconvert nvbuf-memory-type=3 "+
			"! video/x-raw(memory:NVMM),format=RGBA ! nvvideoconvert ! video/x-raw,format=RGBA,width=64,height=48 "+
			"! filesink location=%s", out)
		res := run(t, desc, nil)
		require.NoError(t, res.err)
	}()
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Len(t, data, 2*64*48*4)
	want := [4]int{0x28, 0x50, 0xdc, 0xff}
	for i := 0; i < len(data); i += 4 {
		for c := range 4 {
			if d := int(data[i+c]) - want[c]; d < -3 || d > 3 {
				t.Fatalf("pixel %d channel %d: %d, want %d", i/4, c, data[i+c], want[c])
			}
		}
	}
	testmain.NoneLive(t)
}

// Crops: the source crop is scaled into the destination crop, the rest of
// the output is black.
func TestConvertCrop(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.rgba")
	func() {
		desc := fmt.Sprintf("videotestsrc num-buffers=1 pattern=solid-color foreground-color=0xffffffff "+
			"! video/x-raw,format=RGBA,width=64,height=48 ! nvvideoconvert src-crop=0:0:32:24 dest-crop=8:8:16:16 "+
			"! video/x-raw,format=RGBA,width=32,height=32 ! filesink location=%s", out)
		res := run(t, desc, nil)
		require.NoError(t, res.err)
	}()
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Len(t, data, 32*32*4)
	px := func(x, y int) byte { return data[(y*32+x)*4] }
	assert.Equal(t, byte(255), px(8, 8))
	assert.Equal(t, byte(255), px(23, 23))
	assert.Equal(t, byte(0), px(7, 8))
	assert.Equal(t, byte(0), px(24, 24))
}
