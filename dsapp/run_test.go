package dsapp

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/standin"
)

// parse builds a pipeline from a gst-launch description, named name.
func parse(t testing.TB, name, desc string) *gst.Pipeline {
	t.Helper()
	gst.Init(nil)
	p, err := gst.NewPipelineFromString(desc)
	require.NoError(t, err, desc)
	p.SetProperty("name", name)
	return p
}

// output captures what Run prints.
type output struct{ stdout, stderr syncWriter }

func newOutput() *output {
	return &output{stdout: syncWriter{w: &bytes.Buffer{}}, stderr: syncWriter{w: &bytes.Buffer{}}}
}

func (o *output) opt() RunOption { return WithOutput(&o.stdout, &o.stderr) }
func (o *output) out() string    { return o.stdout.String() }
func (o *output) err() string    { return o.stderr.String() }

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.(*bytes.Buffer).String()
}

func state(p *gst.Pipeline) gst.State {
	_, st := p.GetState(gst.VoidPending, gst.ClockTime(time.Second))
	return st
}

// noneLeft checks what Run must leave behind: the pipeline in NULL, no
// bus watch (adding one succeeds), as many goroutines as before.
func noneLeft(t *testing.T, p *gst.Pipeline, goroutines int) {
	t.Helper()
	assert.Equal(t, gst.StateNull, state(p), "pipeline back in NULL")
	bus := p.GetPipelineBus()
	if assert.True(t, bus.AddWatch(func(*gst.Message) bool { return true }), "a bus watch is left") {
		assert.True(t, bus.RemoveWatch())
	}
	n := runtime.NumGoroutine()
	for i := 0; i < 50 && n > goroutines; i++ {
		time.Sleep(10 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	assert.LessOrEqual(t, n, goroutines, "goroutines left behind")
}

func TestRunEOS(t *testing.T) {
	p := parse(t, "eos", "videotestsrc num-buffers=5 ! fakesink")
	o := newOutput()
	ticks := 0
	before := runtime.NumGoroutine()
	err := Run(context.Background(), p, o.opt(), WithSignals(nil), WithTick(time.Millisecond, func() { ticks++ }))
	require.NoError(t, err)
	assert.Equal(t, "End-of-stream\n", o.out())
	assert.Empty(t, o.err())
	noneLeft(t, p, before)
}

// The default interrupt handler is installed for Run's duration only
// (signal.Stop): after a first run (signal.Notify starts the runtime's
// signal goroutine once per process), runs leave no goroutine.
func TestRunDefaultSignalsLeaveNothing(t *testing.T) {
	p := parse(t, "eos", "videotestsrc num-buffers=2 ! fakesink")
	require.NoError(t, Run(context.Background(), p, newOutput().opt()))
	before := runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		require.NoError(t, Run(context.Background(), p, newOutput().opt()))
	}
	noneLeft(t, p, before)
}

// A caps filter nobody can meet: the source's streaming thread posts
// not-negotiated. The error names the source by its path, in the form
// GStreamer itself writes in the debug string.
func TestRunErrorCarriesPath(t *testing.T) {
	p := parse(t, "errs", "bin.( name=inner videotestsrc name=src ! capsfilter name=f ! fakesink ) videotestsrc is-live=true ! fakesink")
	f, err := p.GetElementByName("f")
	require.NoError(t, err)
	require.NoError(t, SetProps(f, "caps", "audio/x-raw"))
	o := newOutput()
	before := runtime.NumGoroutine()
	err = Run(context.Background(), p, o.opt(), WithSignals(nil))
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrPipeline)
	var ee *ElementError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, "/GstPipeline:errs/GstBin:inner/GstVideoTestSrc:src", ee.Path)
	assert.Contains(t, ee.Debug, ee.Path, "GStreamer's own path string agrees")
	assert.Contains(t, err.Error(), ee.Path)
	assert.Contains(t, o.err(), "Error: "+ee.Message+": "+ee.Debug+"\n", "bus_call's line")
	assert.NotContains(t, o.out(), "End-of-stream")
	noneLeft(t, p, before)
}

// Several errors on the bus come back together.
func TestRunAggregatesErrors(t *testing.T) {
	p := parse(t, "agg", "videotestsrc is-live=true name=a ! fakesink name=b")
	a, err := p.GetElementByName("a")
	require.NoError(t, err)
	b, err := p.GetElementByName("b")
	require.NoError(t, err)
	posted := false
	o := newOutput()
	err = Run(context.Background(), p, o.opt(), WithSignals(nil), WithTick(10*time.Millisecond, func() {
		if !posted {
			posted = true
			p.GetPipelineBus().Post(gst.NewErrorMessage(a, errors.New("first failure"), "debug a", nil))
			p.GetPipelineBus().Post(gst.NewErrorMessage(b, errors.New("second failure"), "debug b", nil))
		}
	}))
	require.Error(t, err)
	var joined interface{ Unwrap() []error }
	require.ErrorAs(t, err, &joined)
	errs := joined.Unwrap()
	require.Len(t, errs, 2, err.Error())
	assert.Equal(t, &ElementError{Path: "/GstPipeline:agg/GstVideoTestSrc:a", Message: "first failure", Debug: "debug a"}, errs[0])
	assert.Equal(t, &ElementError{Path: "/GstPipeline:agg/GstFakeSink:b", Message: "second failure", Debug: "debug b"}, errs[1])
	assert.Equal(t, "Error: first failure: debug a\nError: second failure: debug b\n", o.err())
}

// Warnings are printed as bus_call prints them and handed over; the run
// goes on to its end.
func TestRunWarnings(t *testing.T) {
	p := parse(t, "warn", "videotestsrc is-live=true num-buffers=10 name=a ! fakesink")
	a, err := p.GetElementByName("a")
	require.NoError(t, err)
	var got []*ElementError
	posted := false
	o := newOutput()
	err = Run(context.Background(), p, o.opt(), WithSignals(nil),
		WithWarnings(func(w *ElementError) { got = append(got, w) }),
		WithTick(5*time.Millisecond, func() {
			if !posted {
				posted = true
				p.GetPipelineBus().Post(gst.NewWarningMessage(a, "careful", "details", nil))
			}
		}))
	require.NoError(t, err)
	assert.Equal(t, []*ElementError{{Path: "/GstPipeline:warn/GstVideoTestSrc:a", Message: "careful", Debug: "details"}}, got)
	assert.Equal(t, "Warning: careful: details\n", o.err())
	assert.Equal(t, "End-of-stream\n", o.out())
}

// A file that does not exist: filesrc refuses READY→PAUSED and says why
// on the bus; Run returns that reason, not a bare state change failure.
func TestRunStateChangeFailure(t *testing.T) {
	p := parse(t, "nofile", "filesrc name=in location=/nonexistent/clip.h264 ! fakesink")
	o := newOutput()
	err := Run(context.Background(), p, o.opt(), WithSignals(nil))
	var ee *ElementError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, "/GstPipeline:nofile/GstFileSrc:in", ee.Path)
	assert.Contains(t, o.err(), "Error: ")
	assert.Equal(t, gst.StateNull, state(p))
}

// When no element says why PLAYING was refused (here a sync handler
// drops filesrc's errors before they reach the bus), Run still fails, with
// a *StateChangeError.
func TestRunStateChangeFailureUnexplained(t *testing.T) {
	p := parse(t, "silent", "filesrc name=in location=/nonexistent/clip.h264 ! fakesink")
	p.GetPipelineBus().SetSyncHandler(func(msg *gst.Message) gst.BusSyncReply {
		if msg.Type() == gst.MessageError {
			return gst.BusDrop
		}
		return gst.BusPass
	})
	o := newOutput()
	err := Run(context.Background(), p, o.opt(), WithSignals(nil))
	var sce *StateChangeError
	require.ErrorAs(t, err, &sce)
	assert.ErrorIs(t, err, ErrPipeline)
	assert.Equal(t, &StateChangeError{Pipeline: "/GstPipeline:silent", Target: "PLAYING"}, sce)
	assert.Equal(t, "Error: /GstPipeline:silent: state change to PLAYING failed, and no element posted why\n", o.err())
	assert.Equal(t, gst.StateNull, state(p))
}

func TestRunContextCancel(t *testing.T) {
	p := parse(t, "ctx", "videotestsrc is-live=true ! fakesink")
	ctx, cancel := context.WithCancelCause(context.Background())
	cause := errors.New("service shutting down")
	o := newOutput()
	before := runtime.NumGoroutine()
	ticks := 0
	err := Run(ctx, p, o.opt(), WithSignals(nil), WithTick(10*time.Millisecond, func() {
		if ticks++; ticks == 3 {
			cancel(cause)
		}
	}))
	assert.ErrorIs(t, err, cause)
	assert.NotContains(t, o.out(), "End-of-stream")
	noneLeft(t, p, before)

	// A context that ended already: the pipeline is not started.
	err = Run(ctx, p, o.opt(), WithSignals(nil), WithTick(time.Millisecond, func() { t.Error("ran") }))
	assert.ErrorIs(t, err, cause)
}

// stalled returns a live pipeline whose end-of-stream never reaches the
// sink: a probe drops it, as a source that stops sending without ever
// ending (a silent RTSP camera) or an element waiting for a peer would.
func stalled(t testing.TB) *gst.Pipeline {
	p := parse(t, "stalled", "videotestsrc is-live=true name=src ! fakesink")
	src, err := p.GetElementByName("src")
	require.NoError(t, err)
	src.GetStaticPad("src").AddProbe(gst.PadProbeTypeEventDownstream, func(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
		if ev := info.GetEvent(); ev != nil && ev.Type() == gst.EventTypeEOS {
			return gst.PadProbeDrop
		}
		return gst.PadProbeOK
	})
	return p
}

// interruptAfter returns a tick that sends n interrupts on its third call.
func interruptAfter(sigs chan os.Signal, n int) func() {
	calls := 0
	return func() {
		if calls++; calls == 3 {
			for i := 0; i < n; i++ {
				sigs <- os.Interrupt
			}
		}
	}
}

// The first interrupt sends end-of-stream; the blocked source never lets
// it through, so Run stops the pipeline at the stop timeout.
func TestRunStalledSourceStopsAtDeadline(t *testing.T) {
	p := stalled(t)
	sigs := make(chan os.Signal, 2)
	o := newOutput()
	before := runtime.NumGoroutine()
	err := Run(context.Background(), p, o.opt(), WithSignals(sigs), WithStopTimeout(200*time.Millisecond),
		WithTick(10*time.Millisecond, interruptAfter(sigs, 1)))
	require.ErrorIs(t, err, ErrInterrupted)
	assert.NotErrorIs(t, err, ErrPipeline)
	assert.Contains(t, err.Error(), "did not reach the sinks within 200ms")
	assert.Contains(t, o.err(), "Interrupted: sending end-of-stream")
	assert.NotContains(t, o.out(), "End-of-stream")
	noneLeft(t, p, before)
}

// A streaming thread blocked downstream (a blocking probe that never
// lets go) makes sending end-of-stream itself wait: Run still returns at
// the deadline, and says it had to leave the pipeline as it was.
func TestRunBlockedStreamingThread(t *testing.T) {
	p := parse(t, "blocked", "videotestsrc is-live=true name=src ! fakesink")
	src, err := p.GetElementByName("src")
	require.NoError(t, err)
	pad := src.GetStaticPad("src")
	id := pad.AddProbe(gst.PadProbeTypeBlockDownstream, func(*gst.Pad, *gst.PadProbeInfo) gst.PadProbeReturn {
		return gst.PadProbeOK
	})
	sigs := make(chan os.Signal, 2)
	err = Run(context.Background(), p, newOutput().opt(), WithSignals(sigs), WithStopTimeout(200*time.Millisecond),
		WithTick(10*time.Millisecond, interruptAfter(sigs, 1)))
	require.ErrorIs(t, err, ErrInterrupted)
	assert.Contains(t, err.Error(), "did not take the end-of-stream event")
	pad.RemoveProbe(id) // lets the event through, and the pipeline stop
	Stop(p)
	assert.Equal(t, gst.StateNull, state(p))
}

// A second interrupt stops at once, long before the stop timeout (a
// minute: the test would time out waiting for it).
func TestRunSecondInterruptStops(t *testing.T) {
	p := stalled(t)
	sigs := make(chan os.Signal, 2)
	err := Run(context.Background(), p, newOutput().opt(), WithSignals(sigs), WithStopTimeout(time.Minute),
		WithTick(10*time.Millisecond, interruptAfter(sigs, 2)))
	require.ErrorIs(t, err, ErrInterrupted)
	assert.Contains(t, err.Error(), "second interrupt")
	assert.Equal(t, gst.StateNull, state(p))
}

// A live source that flows drains at the first interrupt: the run ends as
// at the end of the input.
func TestRunInterruptDrains(t *testing.T) {
	p := parse(t, "drain", "videotestsrc is-live=true ! queue ! fakesink")
	sigs := make(chan os.Signal, 2)
	o := newOutput()
	before := runtime.NumGoroutine()
	err := Run(context.Background(), p, o.opt(), WithSignals(sigs), WithStopTimeout(time.Minute),
		WithTick(10*time.Millisecond, interruptAfter(sigs, 1)))
	require.NoError(t, err)
	assert.Equal(t, "End-of-stream\n", o.out())
	noneLeft(t, p, before)
}

// childEnv marks the child process of TestRunRealSIGINT.
const childEnv = "DSAPP_TEST_SIGINT_CHILD"

// TestRunRealSIGINT runs a stalled pipeline in a child process (this test
// binary), sends it a real SIGINT, and checks that Run's own handler
// stopped it at the deadline: Exit's status 130 and its messages.
func TestRunRealSIGINT(t *testing.T) {
	if os.Getenv(childEnv) == "1" {
		sigintChild(t)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestRunRealSIGINT$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	stderr := &syncWriter{w: &bytes.Buffer{}}
	cmd.Stderr = stderr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if sc.Text() == "running" {
				done <- cmd.Process.Signal(syscall.SIGINT)
				break
			}
		}
		_, _ = bufio.NewReader(stdout).WriteTo(&bytes.Buffer{})
		done <- cmd.Wait()
	}()
	select {
	case err := <-done:
		require.NoError(t, err, "signal sent; stderr:\n%s", stderr.String())
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("the child never ran; stderr:\n%s", stderr.String())
	}
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("SIGINT did not stop the child; stderr:\n%s", stderr.String())
	}
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "stderr:\n%s", stderr.String())
	assert.Equal(t, 130, exit.ExitCode(), "stderr:\n%s", stderr.String())
	assert.Contains(t, stderr.String(), "Interrupted: sending end-of-stream")
	assert.Contains(t, stderr.String(), "Error: interrupted: end-of-stream did not reach the sinks within 300ms")
}

func sigintChild(t *testing.T) {
	p := stalled(t)
	once := false
	err := Run(context.Background(), p, WithStopTimeout(300*time.Millisecond), WithTick(20*time.Millisecond, func() {
		if !once {
			once = true
			fmt.Println("running")
		}
	}))
	Exit(err) // status 130 on ErrInterrupted

}

func TestErrorTexts(t *testing.T) {
	assert.Equal(t, "/GstPipeline:p/GstQueue:q: Internal data stream error. (gstqueue.c(1): loop)",
		(&ElementError{Path: "/GstPipeline:p/GstQueue:q", Message: "Internal data stream error.", Debug: "gstqueue.c(1): loop"}).Error())
	assert.Equal(t, "no source", (&ElementError{Message: "no source"}).Error())
	joined := errors.Join(&ElementError{Message: "a"}, fmt.Errorf("wrapped: %w", &StateChangeError{Pipeline: "/GstPipeline:p", Target: "PLAYING"}))
	assert.ErrorIs(t, joined, ErrPipeline)
	assert.NotErrorIs(t, joined, ErrInterrupted)
}

// silentRTSPServer accepts RTSP connections on the loopback interface and
// never answers: a camera that went quiet. It returns the rtsp:// URI.
func silentRTSPServer(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { _ = c.Close() })
			go func() { _, _ = io.Copy(io.Discard, c) }()
		}
	}()
	return "rtsp://" + ln.Addr().String() + "/stream"
}

// Issue #10 item 10: a silent RTSP source held the process after Ctrl-C
// (17 s). A source bin on a server that never answers, behind
// nvstreammux: the first interrupt's end-of-stream cannot drain, and Run
// stops the pipeline at the deadline. The bound checked is far above the
// deadline; it tells a stop at the deadline from a hold by the source.
func TestRunSilentRTSPSource(t *testing.T) {
	gst.Init(nil)
	require.NoError(t, standin.Register())
	uri := silentRTSPServer(t)
	p, err := gst.NewPipeline("rtsp")
	require.NoError(t, err)
	b := NewBuilder(p.Bin)
	mux := b.Make("nvstreammux", "mux")
	b.Set(mux, "batch-size", 1, "width", 320, "height", 240, "live-source", IsLiveURI(uri))
	sink := b.Make("fakesink", "sink")
	b.Link(mux, sink)
	src, err := NewSourceBin(0, uri, SourceBinOptions{Quiet: true})
	require.NoError(t, err)
	b.Add(src.Element)
	b.LinkPads(b.StaticPad(src.Element, "src"), b.RequestPad(mux, "sink_0"))
	require.NoError(t, b.Err())

	sigs := make(chan os.Signal, 2)
	var sent time.Time
	calls := 0
	err = Run(context.Background(), p, newOutput().opt(), WithSignals(sigs), WithStopTimeout(500*time.Millisecond),
		WithTick(50*time.Millisecond, func() {
			if calls++; calls == 4 {
				sent = time.Now()
				sigs <- os.Interrupt
			}
		}))
	took := time.Since(sent)
	require.ErrorIs(t, err, ErrInterrupted)
	assert.Contains(t, err.Error(), "did not reach the sinks within 500ms")
	assert.Less(t, took, 10*time.Second, "Run returned %v after the interrupt", took)
	assert.Equal(t, gst.StateNull, state(p))
}
