package rtspserver_test

import (
	"fmt"
	"net"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/rtspserver"
)

// serve starts a server on a free port with launch mounted at /test and a
// main loop, all closed when t ends; it returns the stream's URL.
func serve(t *testing.T, launch string, shared bool) (string, *rtspserver.MediaFactory) {
	t.Helper()
	srv := rtspserver.New()
	t.Cleanup(srv.Close)
	require.NoError(t, srv.SetPort(0))
	f := rtspserver.NewMediaFactory()
	require.NoError(t, f.SetLaunch(launch))
	require.NoError(t, f.SetShared(shared))
	assert.Equal(t, shared, f.Shared())
	assert.Equal(t, launch, f.Launch())
	require.NoError(t, srv.Mount("/test", f))
	t.Cleanup(f.Close) // the server holds its own reference too
	require.NoError(t, srv.Attach())
	loop := rtspserver.RunMainLoop()
	t.Cleanup(loop.Stop)
	port := srv.BoundPort()
	require.Positive(t, port)
	return fmt.Sprintf("rtsp://127.0.0.1:%d/test", port), f
}

// play runs an RTSP client pipeline on url until end-of-stream, an error
// or the timeout, and returns the number of decoded frames and the error.
func play(t *testing.T, url, protocols string, timeout time.Duration) (int, error) {
	t.Helper()
	desc := fmt.Sprintf("rtspsrc location=%s protocols=%s latency=0 ! rtph264depay ! h264parse ! avdec_h264 ! fakesink name=out sync=false", url, protocols)
	p, err := gst.NewPipelineFromString(desc)
	require.NoError(t, err)
	sink, err := p.GetElementByName("out")
	require.NoError(t, err)
	var frames atomic.Int64
	sink.GetStaticPad("sink").AddProbe(gst.PadProbeTypeBuffer, func(*gst.Pad, *gst.PadProbeInfo) gst.PadProbeReturn {
		frames.Add(1)
		return gst.PadProbeOK
	})
	defer p.SetState(gst.StateNull)
	require.NoError(t, p.SetState(gst.StatePlaying))
	bus := p.GetPipelineBus()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		msg := bus.TimedPop(gst.ClockTime(100 * time.Millisecond))
		if msg == nil {
			continue
		}
		switch msg.Type() {
		case gst.MessageEOS:
			return int(frames.Load()), nil
		case gst.MessageError:
			return int(frames.Load()), msg.ParseError()
		}
	}
	return int(frames.Load()), fmt.Errorf("timeout after %v", timeout)
}

const testLaunch = "( videotestsrc num-buffers=%d ! video/x-raw,width=160,height=120,framerate=30/1 ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=10 ! rtph264pay name=pay0 pt=96 )"

// A client over TCP gets every frame of a media the server builds from the
// launch string, and one over UDP all but what loopback UDP may drop on a
// busy machine (one frame of 30 was lost once while other test binaries
// ran): at most two.
func TestServeLaunch(t *testing.T) {
	testmain.NoLeaks(t)
	const frames = 30
	url, f := serve(t, fmt.Sprintf(testLaunch, frames), false)
	assert.Zero(t, f.Played())
	for i, proto := range []string{"tcp", "udp"} {
		n, err := play(t, url, proto, 20*time.Second)
		require.NoError(t, err, proto)
		if proto == "tcp" {
			assert.Equal(t, frames, n, proto)
		} else {
			t.Logf("udp: %d of %d frames", n, frames)
			assert.InDelta(t, frames-1, n, 1, proto)
		}
		assert.Equal(t, i+1, f.Played(), "one media per client")
		assert.Equal(t, i+1, f.Configured())
	}
}

// A path nothing is mounted at is refused (404), and the client says so.
func TestUnmountedPath(t *testing.T) {
	testmain.NoLeaks(t)
	url, f := serve(t, fmt.Sprintf(testLaunch, 5), true)
	_, err := play(t, url+"-missing", "tcp", 10*time.Second)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Not found")
	assert.Zero(t, f.Played())
	assert.Zero(t, f.Configured())
}

// A busy port is an error from Attach, and the server can then listen
// elsewhere.
func TestBusyPort(t *testing.T) {
	testmain.NoLeaks(t)
	l, err := net.Listen("tcp", ":0")
	require.NoError(t, err)
	defer l.Close()
	busy := l.Addr().(*net.TCPAddr).Port

	srv := rtspserver.New()
	defer srv.Close()
	require.NoError(t, srv.SetPort(busy))
	assert.Equal(t, strconv.Itoa(busy), srv.Service())
	err = srv.Attach()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "service "+strconv.Itoa(busy))
	assert.Equal(t, -1, srv.BoundPort(), "not attached")

	require.NoError(t, srv.SetPort(0))
	require.NoError(t, srv.Attach())
	assert.Positive(t, srv.BoundPort())
	assert.Error(t, srv.Attach(), "twice")
}

func TestBadArguments(t *testing.T) {
	testmain.NoLeaks(t)
	srv := rtspserver.New()
	f := rtspserver.NewMediaFactory()
	assert.Error(t, srv.SetService(""))
	assert.Error(t, srv.SetPort(70000))
	assert.Error(t, srv.Mount("no-slash", f))
	assert.Error(t, f.SetLaunch("  "))
	assert.Equal(t, rtspserver.DefaultService, srv.Service())
	f.Close()
	f.Close()
	srv.Close()
	srv.Close()
	assert.ErrorIs(t, srv.Attach(), rtspserver.ErrClosed)
	assert.ErrorIs(t, f.SetShared(true), rtspserver.ErrClosed)
	assert.ErrorIs(t, srv.Mount("/x", f), rtspserver.ErrClosed)
	var nilLoop *rtspserver.MainLoop
	nilLoop.Stop()
}
