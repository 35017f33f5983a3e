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

// Each encoder takes the stand-ins' NVMM frames (RGBA from nvdsosd, NV12
// from the decoder, I420 for the Python apps' capsfilter) and system
// memory I420, and its stream decodes to the same frames, colours kept.
func TestEncoderRoundTrip(t *testing.T) {
	const frames = 12
	inputs := map[string]string{
		"nvmm-rgba": "nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA",
		"nvmm-nv12": "nvvideoconvert ! video/x-raw(memory:NVMM),format=NV12",
		"nvmm-i420": "nvvideoconvert ! video/x-raw(memory:NVMM),format=I420",
		"sys-i420":  "videoconvert ! video/x-raw,format=I420",
	}
	for _, codec := range []string{"h264", "h265"} {
		for name, in := range inputs {
			t.Run(codec+"/"+name, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "out.rgba")
				desc := fmt.Sprintf("videotestsrc num-buffers=%d pattern=solid-color foreground-color=0xff2850dc "+
					"! video/x-raw,format=RGBA,width=320,height=240,framerate=30/1 ! %s ! nvv4l2%senc name=enc "+
					"! video/x-%s,stream-format=byte-stream ! %sparse ! avdec_%s ! videoconvert "+
					"! video/x-raw,format=RGBA ! filesink location=%s", frames, in, codec, codec, codec, codec, out)
				res := run(t, desc, nil)
				require.NoError(t, res.err)
				data, err := os.ReadFile(out)
				require.NoError(t, err)
				require.Len(t, data, frames*320*240*4, "every frame decodes")
				want := [3]int{0x28, 0x50, 0xdc}
				for i := 0; i < len(data); i += 4 * 97 {
					for c := range 3 {
						if d := int(data[i+c]) - want[c]; d < -6 || d > 6 {
							t.Fatalf("pixel %d channel %d: %d, want %d", i/4, c, data[i+c], want[c])
						}
					}
				}
			})
		}
	}
	testmain.NoneLive(t)
}

// encodeStats encodes noise with the encoder's properties
// props and returns the stream's size and its number of key frames.
func encodeStats(t *testing.T, codec, props string, frames int) (size, keys int64) {
	t.Helper()
	var bytes, key atomic.Int64
	desc := fmt.Sprintf("videotestsrc num-buffers=%d pattern=snow ! video/x-raw,width=320,height=240,framerate=30/1 "+
		"! nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA ! nvv4l2%senc %s ! fakesink name=sink", frames, codec, props)
	res := runWith(t, desc, nil, func(p *gst.Pipeline) {
		e, err := p.GetElementByName("sink")
		require.NoError(t, err)
		e.GetStaticPad("sink").AddProbe(gst.PadProbeTypeBuffer, func(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
			b := info.GetBuffer()
			bytes.Add(int64(b.GetSize()))
			if !b.HasFlags(gst.BufferFlagDeltaUnit) {
				key.Add(1)
			}
			return gst.PadProbeOK
		})
	})
	require.NoError(t, res.err)
	return bytes.Load(), key.Load()
}

// iframeinterval sets the distance between key frames; bitrate (bits/s,
// as on the NVIDIA element) scales the stream's size.
func TestEncoderProperties(t *testing.T) {
	const frames = 60
	for _, codec := range []string{"h264", "h265"} {
		t.Run(codec, func(t *testing.T) {
			_, keys := encodeStats(t, codec, "iframeinterval=10", frames)
			assert.Equal(t, int64(frames/10), keys, "key frames with iframeinterval=10")
			_, keys = encodeStats(t, codec, "", frames)
			assert.Equal(t, int64(2), keys, "key frames with the default iframeinterval=30")

			low, _ := encodeStats(t, codec, "bitrate=100000", frames)
			high, _ := encodeStats(t, codec, "bitrate=2000000 preset-level=UltraFastPreset insert-sps-pps=true", frames)
			t.Logf("%s: %d bytes at 100 kbit/s, %d at 2 Mbit/s", codec, low, high)
			assert.Greater(t, high, 5*low, "a higher bitrate gives a larger stream")
			// 2 s of video at 100 kbit/s is 25 kB; rate control keeps it near.
			assert.Less(t, low, int64(3*25000))
		})
	}
	testmain.NoneLive(t)
}
