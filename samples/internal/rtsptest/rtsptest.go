// Package rtsptest is what the RTSP samples' tests share: free loopback
// ports, a sample run in the background whose output lines can be waited
// for, and a real RTSP client (rtspsrc in a pipeline of the test process)
// that decodes a stream and keeps the frames asked for.
package rtsptest

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"net"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
)

// FreePort returns a port that was free on the loopback address for
// network ("tcp" or "udp").
func FreePort(t testing.TB, network string) int {
	t.Helper()
	if network == "udp" {
		c, err := net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		return c.LocalAddr().(*net.UDPAddr).Port
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// Proc is a sample running in the background.
type Proc struct {
	cmd    *exec.Cmd
	mu     sync.Mutex
	stdout bytes.Buffer
	stderr bytes.Buffer
	lines  chan string
	done   chan struct{}
	code   int
}

// Start runs bin with args; the process is killed when t ends.
func Start(t testing.TB, bin string, args ...string) *Proc {
	t.Helper()
	p := &Proc{cmd: exec.Command(bin, args...), lines: make(chan string, 100000), done: make(chan struct{})}
	p.cmd.Dir = t.TempDir()
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stderr = &lockedWriter{mu: &p.mu, b: &p.stderr}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			p.mu.Lock()
			p.stdout.WriteString(sc.Text() + "\n")
			p.mu.Unlock()
			p.lines <- sc.Text()
		}
		err := p.cmd.Wait()
		p.code = p.cmd.ProcessState.ExitCode()
		_ = err
		close(p.lines)
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (w *lockedWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(b)
}

// WaitLine waits for a stdout line that contains s.
func (p *Proc) WaitLine(s string, timeout time.Duration) error {
	deadline := time.After(timeout)
	for {
		select {
		case l, ok := <-p.lines:
			if !ok {
				return fmt.Errorf("the sample ended before printing %q; stderr:\n%s", s, p.Stderr())
			}
			if strings.Contains(l, s) {
				return nil
			}
		case <-deadline:
			return fmt.Errorf("no line with %q within %v", s, timeout)
		}
	}
}

// Wait waits for the process to end and returns its exit status.
func (p *Proc) Wait(timeout time.Duration) (int, error) {
	go func() {
		for range p.lines { // keep draining
		}
	}()
	select {
	case <-p.done:
		return p.code, nil
	case <-time.After(timeout):
		return -1, fmt.Errorf("the sample did not end within %v", timeout)
	}
}

// Dir is the process's working directory, a temporary folder of the test.
func (p *Proc) Dir() string { return p.cmd.Dir }

// Done is closed when the process has ended.
func (p *Proc) Done() <-chan struct{} { return p.done }

// Stdout and Stderr return what the process printed so far.
func (p *Proc) Stdout() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stdout.String()
}

// Stderr: see Stdout.
func (p *Proc) Stderr() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stderr.String()
}

var initOnce sync.Once

// Received is what a client decoded.
type Received struct {
	Frames int                 // decoded frames
	Kept   map[int]*image.RGBA // the frames keep asked for, by index from 0
	Err    error               // a pipeline error other than the server going away
}

// Client is an RTSP client pipeline: rtspsrc over TCP (interleaved) or
// UDP, unicast, the codec's depayloader, parser and software decoder, RGBA
// frames to a fakesink.
type Client struct {
	pipeline *gst.Pipeline
	frames   atomic.Int64
	mu       sync.Mutex
	kept     map[int]*image.RGBA
	done     chan error
}

// Play starts a client of url ("rtsp://127.0.0.1:port/ds-test") for
// codec ("H264" or "H265") over protocols ("tcp" or "udp"), keeping a
// copy of every frame i for which keep(i) is true.
func Play(t testing.TB, url, codec, protocols string, keep func(i int) bool) *Client {
	t.Helper()
	initOnce.Do(func() { gst.Init(nil) })
	c := strings.ToLower(codec)
	desc := fmt.Sprintf("rtspsrc location=%s protocols=%s latency=0 ! rtp%sdepay ! %sparse ! avdec_%s max-threads=1 "+
		"! videoconvert ! video/x-raw,format=RGBA ! fakesink name=out sync=false", url, protocols, c, c, c)
	p, err := gst.NewPipelineFromString(desc)
	if err != nil {
		t.Fatal(err)
	}
	cl := &Client{pipeline: p, kept: map[int]*image.RGBA{}, done: make(chan error, 1)}
	sink, err := p.GetElementByName("out")
	if err != nil {
		t.Fatal(err)
	}
	pad := sink.GetStaticPad("sink")
	pad.AddProbe(gst.PadProbeTypeBuffer, func(pad *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
		i := int(cl.frames.Add(1)) - 1
		if keep != nil && keep(i) {
			if img := copyRGBA(pad, info.GetBuffer()); img != nil {
				cl.mu.Lock()
				cl.kept[i] = img
				cl.mu.Unlock()
			}
		}
		return gst.PadProbeOK
	})
	if err := p.SetState(gst.StatePlaying); err != nil {
		t.Fatal(err)
	}
	go cl.watch()
	t.Cleanup(func() { _ = p.SetState(gst.StateNull) })
	return cl
}

func copyRGBA(pad *gst.Pad, buf *gst.Buffer) *image.RGBA {
	caps := pad.GetCurrentCaps()
	if caps == nil || buf == nil {
		return nil
	}
	st := caps.GetStructureAt(0)
	wv, err1 := st.GetValue("width")
	hv, err2 := st.GetValue("height")
	if err1 != nil || err2 != nil {
		return nil
	}
	w, h := wv.(int), hv.(int)
	m := buf.Map(gst.MapRead)
	defer buf.Unmap()
	data := m.Bytes()
	if len(data) < w*h*4 {
		return nil
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	copy(img.Pix, data[:w*h*4])
	return img
}

// watch reads the client's bus until end-of-stream or an error.
func (c *Client) watch() {
	bus := c.pipeline.GetPipelineBus()
	for {
		msg := bus.TimedPopFiltered(gst.ClockTime(100*time.Millisecond), gst.MessageEOS|gst.MessageError)
		if msg == nil {
			continue
		}
		if msg.Type() == gst.MessageError {
			c.done <- msg.ParseError()
		} else {
			c.done <- nil
		}
		return
	}
}

// Frames returns the number of frames decoded so far.
func (c *Client) Frames() int { return int(c.frames.Load()) }

// Finish waits until the stream ends (the server goes away or sends
// end-of-stream) or no frame came for idle, stops the client and returns
// what it received. An error from the server closing the connection is
// the normal end of a stream whose sender quit, not an error.
func (c *Client) Finish(idle time.Duration) Received {
	var err error
	last, lastChange := c.Frames(), time.Now()
loop:
	for {
		select {
		case err = <-c.done:
			break loop
		case <-time.After(50 * time.Millisecond):
			if n := c.Frames(); n != last {
				last, lastChange = n, time.Now()
			} else if time.Since(lastChange) > idle {
				break loop
			}
		}
	}
	_ = c.pipeline.SetState(gst.StateNull)
	// Over UDP the client learns that the server went away when its
	// keep-alive or TEARDOWN cannot reach it: "Could not open resource".
	if err != nil && (strings.Contains(err.Error(), "Could not read") || strings.Contains(err.Error(), "Could not write") ||
		strings.Contains(err.Error(), "Could not open resource") || strings.Contains(err.Error(), "connection")) {
		err = nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return Received{Frames: c.Frames(), Kept: c.kept, Err: err}
}
