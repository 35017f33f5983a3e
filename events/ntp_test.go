//go:build !deepstream

package events_test

import (
	"fmt"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/events"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/rtspserver"
)

func TestConfigureSourceForNTPSyncNil(t *testing.T) {
	assert.ErrorIs(t, events.ConfigureSourceForNTPSync(nil), events.ErrNilElement)
}

// An rtspsrc configured for NTP sync, through the decoder and the muxer
// with attach-sys-ts off: frames after the server's first RTCP sender
// report carry the NTP time at which the server sent them (the server runs
// here, so that is now, within the pipeline's latency), 1/30 s apart
// (within a few milliseconds where a new report moves the mapping);
// frames before it carry 0. Without the configuration every frame has 0.
func TestNTPSyncFromRTCP(t *testing.T) {
	testmain.Slow(t)
	srv := rtspserver.New()
	defer srv.Close()
	require.NoError(t, srv.SetPort(0))
	f := rtspserver.NewMediaFactory()
	defer f.Close()
	// Long enough for a sender report (the first comes a few seconds in).
	require.NoError(t, f.SetLaunch("( videotestsrc is-live=true num-buffers=210 ! video/x-raw,width=160,height=120,framerate=30/1 "+
		"! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=15 ! rtph264pay name=pay0 pt=96 )"))
	require.NoError(t, srv.Mount("/ntp", f))
	require.NoError(t, srv.Attach())
	loop := rtspserver.RunMainLoop()
	defer loop.Stop()
	url := fmt.Sprintf("rtsp://127.0.0.1:%d/ntp", srv.BoundPort())

	for _, configure := range []bool{true, false} {
		t.Run(fmt.Sprint("configured=", configure), func(t *testing.T) {
			testmain.NoLeaks(t)
			p, err := gst.NewPipelineFromString("rtspsrc name=src location=" + url + " protocols=tcp latency=0 ! rtph264depay ! h264parse " +
				"! nvv4l2decoder ! m.sink_0 nvstreammux name=m batch-size=1 width=160 height=120 attach-sys-ts=false live-source=1 " +
				"! fakesink name=out sync=false")
			require.NoError(t, err)
			src, err := p.GetElementByName("src")
			require.NoError(t, err)
			if configure {
				require.NoError(t, events.ConfigureSourceForNTPSync(unsafe.Pointer(src.Instance())))
			}
			out, err := p.GetElementByName("out")
			require.NoError(t, err)
			var mu sync.Mutex
			type stamp struct {
				ntp  uint64
				seen time.Time
			}
			var stamps []stamp
			probe, err := gogst.AddObserver(out.GetStaticPad("sink"), func(info nvds.ProbeInfo) {
				batch, err := info.BatchMeta()
				if err != nil {
					return
				}
				for fr := range batch.Frames() {
					mu.Lock()
					stamps = append(stamps, stamp{fr.NTPTimestamp(), time.Now()})
					mu.Unlock()
				}
			})
			require.NoError(t, err)
			defer probe.Remove()
			require.NoError(t, p.SetState(gst.StatePlaying))
			bus := p.GetPipelineBus()
			deadline := time.Now().Add(20 * time.Second)
			for time.Now().Before(deadline) {
				msg := bus.TimedPopFiltered(gst.ClockTime(100*time.Millisecond), gst.MessageEOS|gst.MessageError)
				if msg != nil {
					if msg.Type() == gst.MessageError {
						t.Fatal(msg.ParseError())
					}
					break
				}
			}
			require.NoError(t, p.SetState(gst.StateNull))

			mu.Lock()
			defer mu.Unlock()
			require.Len(t, stamps, 210)
			first := -1
			for i, s := range stamps {
				if s.ntp != 0 {
					first = i
					break
				}
			}
			t.Logf("configured=%v: first NTP time on frame %d of %d", configure, first, len(stamps))
			if !configure {
				assert.Equal(t, -1, first, "no NTP time without the configuration")
				return
			}
			require.GreaterOrEqual(t, first, 0, "a sender report arrived")
			for i := first; i < len(stamps); i++ {
				s := stamps[i]
				require.NotZero(t, s.ntp, "frame %d: NTP time once known", i)
				lag := s.seen.Sub(time.Unix(0, int64(s.ntp)))
				assert.True(t, lag > -50*time.Millisecond && lag < time.Second, "frame %d: NTP time %v before it was seen", i, lag)
				if i > first {
					step := time.Duration(s.ntp - stamps[i-1].ntp)
					// RTP time is exact; a new sender report may move
					// the mapping by a few milliseconds.
					assert.InDelta(t, float64(time.Second/30), float64(step), float64(6*time.Millisecond), "frame %d: step", i)
				}
			}
			n := len(stamps) - 1 - first
			mean := time.Duration(stamps[len(stamps)-1].ntp-stamps[first].ntp) / time.Duration(n)
			assert.InDelta(t, float64(time.Second/30), float64(mean), float64(500*time.Microsecond), "mean step over %d frames", n)
		})
	}
}
