package dsapp_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/dsapp"
)

// playEncoded runs videotestsrc through the named encoder (restamped or
// not) into an MP4 file and returns the PTS's leaving the encoder after
// the probe and the pipeline's error, if any.
func playEncoded(t *testing.T, chain string, restamp bool) ([]gst.ClockTime, error) {
	t.Helper()
	gst.Init(nil)
	out := filepath.Join(t.TempDir(), "out.mp4")
	p, err := gst.NewPipelineFromString("videotestsrc num-buffers=15 ! video/x-raw,width=160,height=120,framerate=30/1 ! " +
		chain + " ! qtmux ! filesink location=" + out)
	require.NoError(t, err)
	enc, err := p.GetElementByName("enc")
	require.NoError(t, err)
	if restamp {
		dsapp.RestampEncoder(enc)
	}
	var seen []gst.ClockTime
	enc.GetStaticPad("src").AddProbe(gst.PadProbeTypeBuffer, func(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
		seen = append(seen, info.GetBuffer().PresentationTimestamp())
		return gst.PadProbeOK
	})
	require.NoError(t, p.SetState(gst.StatePlaying))
	msg := p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(time.Minute), gst.MessageEOS|gst.MessageError)
	require.NotNil(t, msg, "no EOS within a minute")
	var perr error
	if msg.Type() == gst.MessageError {
		perr = msg.ParseError()
	}
	require.NoError(t, p.SetState(gst.StateNull))
	return seen, perr
}

// avenc_mpeg4 → mpeg4videoparse → qtmux: restamped, every frame gets the
// time of its place in the stream and the file is written.
func TestRestampEncoderMPEG4(t *testing.T) {
	gst.Init(nil)
	require.NotNil(t, gst.Find("avenc_mpeg4"), "avenc_mpeg4 (gstreamer1.0-libav, installed by scripts/setup.sh)")
	seen, err := playEncoded(t, "avenc_mpeg4 name=enc ! mpeg4videoparse", true)
	require.NoError(t, err)
	require.Len(t, seen, 15)
	for i, pts := range seen {
		// The sum of the durations (33,333,333 ns each): within a
		// nanosecond a frame of i/30 s.
		require.InDelta(t, float64(i)*float64(time.Second)/30, float64(pts), float64(len(seen)), "frame %d", i)
	}
	if _, err := playEncoded(t, "avenc_mpeg4 name=enc ! mpeg4videoparse", false); err != nil {
		t.Logf("without RestampEncoder this machine's avenc_mpeg4 fails: %v", err)
	}
}

// An encoder that stamps its output correctly keeps its times.
func TestRestampEncoderLeavesValidTimes(t *testing.T) {
	gst.Init(nil)
	require.NotNil(t, gst.Find("x264enc"), "x264enc (gstreamer1.0-plugins-ugly, installed by scripts/setup.sh)")
	plain, err := playEncoded(t, "x264enc name=enc tune=zerolatency ! h264parse", false)
	require.NoError(t, err)
	restamped, err := playEncoded(t, "x264enc name=enc tune=zerolatency ! h264parse", true)
	require.NoError(t, err)
	require.Equal(t, plain, restamped)
}
