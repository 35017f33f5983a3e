//go:build !deepstream

package standin_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/rtspserver"
)

// Without file-loop nvurisrcbin is a source bin: the clip's frames, as NVMM
// NV12 on its one pad vsrc_0, then EOS.
func TestURISrcBinPlaysOnce(t *testing.T) {
	clip, truth := seedClip(t, 5, 12)
	var rec recorder
	res := run(t, fmt.Sprintf("nvurisrcbin uri=file://%s ! m.sink_0 nvstreammux name=m batch-size=1 width=640 height=360 "+
		"! fakesink name=sink", clip), map[string]*recorder{"sink": &rec})
	require.NoError(t, res.err)
	require.Len(t, rec.frames, len(truth.Frames))
	for i, f := range rec.frames {
		assert.Equal(t, i, f.frameNum)
	}
}

// file-loop: the clip starts again at its end, without EOS or flush
// reaching the muxer: frame numbers keep counting, timestamps keep
// increasing, and there are many more frames than the clip holds.
func TestURISrcBinFileLoop(t *testing.T) {
	const frames = 10
	clip, _ := seedClip(t, 6, frames)
	p, err := gst.NewPipelineFromString(fmt.Sprintf("nvurisrcbin name=src uri=file://%s file-loop=true "+
		"! m.sink_0 nvstreammux name=m batch-size=1 width=640 height=360 ! fakesink name=sink", clip))
	require.NoError(t, err)
	src, err := p.GetElementByName("src")
	require.NoError(t, err)
	pad := src.GetStaticPad("vsrc_0")
	assert.Nil(t, pad, "vsrc_0 is a sometimes pad: none before the stream is decoded")

	sink, err := p.GetElementByName("sink")
	require.NoError(t, err)
	var rec recorder
	probe, err := gogst.AddObserver(sink.GetStaticPad("sink"), rec.observe)
	require.NoError(t, err)
	defer probe.Remove()

	require.NoError(t, p.SetState(gst.StatePlaying))
	bus := p.GetPipelineBus()
	want := 3*frames + 5
	deadline := time.Now().Add(time.Minute)
	for {
		if msg := bus.TimedPopFiltered(gst.ClockTime(50*time.Millisecond), gst.MessageEOS|gst.MessageError); msg != nil {
			t.Fatalf("%s from %s while looping", msg.Type(), msg.Source())
		}
		rec.mu.Lock()
		n := len(rec.frames)
		rec.mu.Unlock()
		if n >= want {
			break
		}
		require.True(t, time.Now().Before(deadline), "only %d frames in a minute", n)
	}
	assert.NotNil(t, src.GetStaticPad("vsrc_0"))
	require.NoError(t, p.SetState(gst.StateNull))
	runtime.KeepAlive(p)

	rec.mu.Lock()
	defer rec.mu.Unlock()
	for i, f := range rec.frames {
		assert.Equal(t, i, f.frameNum, "frames keep counting across loops")
		if i > 0 {
			assert.Greater(t, f.pts, rec.frames[i-1].pts, "frame %d: timestamps keep increasing", i)
		}
	}
}

// An RTSP source that cannot be reached is tried rtsp-reconnect-attempts
// more times, rtsp-reconnect-interval apart, before the error goes up.
func TestURISrcBinRTSPReconnect(t *testing.T) {
	for _, attempts := range []int{0, 2} {
		t.Run(fmt.Sprint(attempts), func(t *testing.T) {
			// Port 9 (discard) on loopback: nothing listens, the connection is refused.
			p, err := gst.NewPipelineFromString(fmt.Sprintf("nvurisrcbin name=src uri=rtsp://127.0.0.1:9/none "+
				"rtsp-reconnect-interval=1 rtsp-reconnect-attempts=%d select-rtp-protocol=rtp-tcp latency=50 "+
				"! m.sink_0 nvstreammux name=m batch-size=1 width=640 height=360 live-source=1 ! fakesink", attempts))
			require.NoError(t, err)
			src, err := p.GetElementByName("src")
			require.NoError(t, err)
			var mu sync.Mutex
			sources := 0
			_, err = src.Connect("deep-element-added", func(_, _, child any) {
				u, ok := child.(interface{ Unsafe() unsafe.Pointer })
				if !ok {
					return
				}
				e := gst.FromGstElementUnsafeNone(u.Unsafe())
				if f := e.GetFactory(); f != nil && f.GetName() == "rtspsrc" {
					v, err := e.GetProperty("protocols")
					if assert.NoError(t, err) {
						assert.Equal(t, "4", fmt.Sprint(v), "TCP only (GST_RTSP_LOWER_TRANS_TCP)")
					}
					mu.Lock()
					sources++
					mu.Unlock()
				}
			})
			require.NoError(t, err)
			_ = p.SetState(gst.StatePlaying)
			msg := p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(time.Minute), gst.MessageError)
			require.NotNil(t, msg, "the error goes up once the attempts are spent")
			require.NoError(t, p.SetState(gst.StateNull))
			runtime.KeepAlive(p)
			mu.Lock()
			defer mu.Unlock()
			assert.Equal(t, attempts+1, sources, "one source, then one per attempt")
		})
	}
}

// The real element's properties, with their defaults, are there.
func TestURISrcBinProperties(t *testing.T) {
	e, err := gst.NewElement("nvurisrcbin")
	require.NoError(t, err)
	for name, want := range map[string]any{
		"file-loop": false, "rtsp-reconnect-interval": 0, "rtsp-reconnect-attempts": -1, "latency": uint(100),
		"num-extra-surfaces": uint(1), "gpu-id": uint(0), "drop-frame-interval": uint(0), "source-id": -1,
		"udp-buffer-size": uint(524288), "disable-audio": false,
	} {
		v, err := e.GetProperty(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, v, name)
	}
	require.NoError(t, e.SetProperty("uri", "file:///x.mp4"))
	v, err := e.GetProperty("uri")
	require.NoError(t, err)
	assert.Equal(t, "file:///x.mp4", v)
	for _, name := range []string{"cudadec-memtype", "select-rtp-protocol", "dec-skip-frames", "smart-record",
		"smart-rec-dir-path", "smart-rec-container", "init-rtsp-reconnect-interval", "sei-uuid"} {
		_, err := e.GetPropertyType(name)
		assert.NoError(t, err, name)
	}
}

// A real RTSP server over loopback: each time the server ends the stream
// (the clip's end) or goes away, the bin connects again, within
// rtsp-reconnect-attempts; the frames of every connection reach the muxer,
// and the pipeline ends when the attempts are spent.
func TestURISrcBinRTSPServer(t *testing.T) {
	testmain.Slow(t)
	const frames = 30
	clip, _ := seedClip(t, 10, frames)
	port := freePort(t)
	launch := fmt.Sprintf("( filesrc location=%s ! h264parse ! rtph264pay name=pay0 pt=96 config-interval=1 )", clip)
	loop := rtspserver.RunMainLoop()
	defer loop.Stop()
	srv := serveRTSP(t, port, "/test", launch)
	defer func() { srv.Close() }()

	p, err := gst.NewPipelineFromString(fmt.Sprintf("nvurisrcbin name=src uri=rtsp://127.0.0.1:%d/test "+
		"rtsp-reconnect-interval=1 rtsp-reconnect-attempts=2 select-rtp-protocol=rtp-tcp latency=100 "+
		"! m.sink_0 nvstreammux name=m batch-size=1 width=640 height=360 live-source=1 ! fakesink name=sink", port))
	require.NoError(t, err)
	sink, err := p.GetElementByName("sink")
	require.NoError(t, err)
	var rec recorder
	probe, err := gogst.AddObserver(sink.GetStaticPad("sink"), rec.observe)
	require.NoError(t, err)
	defer probe.Remove()
	require.NoError(t, p.SetState(gst.StatePlaying))

	// First connection: the whole clip, then the server's end of stream.
	// Second: the server is stopped part way and started again within
	// the interval. Third: the clip again; then EOS, the attempts spent.
	count := func() int {
		rec.mu.Lock()
		defer rec.mu.Unlock()
		return len(rec.frames)
	}
	deadline := time.Now().Add(time.Minute)
	for count() < frames+10 {
		require.True(t, time.Now().Before(deadline), "%d frames", count())
		time.Sleep(20 * time.Millisecond)
	}
	srv.Close()
	srv = serveRTSP(t, port, "/test", launch)

	msg := p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(time.Minute), gst.MessageEOS|gst.MessageError)
	require.NotNil(t, msg)
	require.Equal(t, gst.MessageEOS, msg.Type(), "%v", msg)
	require.NoError(t, p.SetState(gst.StateNull))
	runtime.KeepAlive(p)
	n := count()
	t.Logf("%d frames over three connections", n)
	assert.GreaterOrEqual(t, n, 2*frames+10, "first and last connection whole, part of the second")
	assert.LessOrEqual(t, n, 3*frames)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for i, f := range rec.frames {
		assert.Equal(t, i, f.frameNum, "the muxer numbers on across connections")
	}
}

// serveRTSP serves launch at rtsp://127.0.0.1:port/path, a media of its
// own for each client, on the default main context (a running
// rtspserver.MainLoop serves it). The caller closes the server.
func serveRTSP(t *testing.T, port int, path, launch string) *rtspserver.Server {
	t.Helper()
	srv := rtspserver.New()
	f := rtspserver.NewMediaFactory()
	defer f.Close() // the server holds its own reference
	require.NoError(t, f.SetLaunch(launch))
	require.NoError(t, f.SetShared(false))
	require.NoError(t, srv.SetPort(port))
	require.NoError(t, srv.Mount(path, f))
	if err := srv.Attach(); err != nil {
		srv.Close()
		require.NoError(t, err)
	}
	return srv
}
