package dsapp

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"time"

	"github.com/go-gst/go-gst/gst"
)

// ErrPipeline is returned by Run when the pipeline posted an error; the
// error's message and debug text have been printed as bus_call prints
// them, so callers need not print the returned error again.
var ErrPipeline = errors.New("pipeline error")

// Output is where Run and the helpers print: the process's stdout and
// stderr, replaceable by tests of this package.
var (
	Stdout io.Writer = os.Stdout
	Stderr io.Writer = os.Stderr
)

// RunOptions tune Run. The zero value runs until end-of-stream or an error.
type RunOptions struct {
	// Every and Tick: Tick is called every Every while the pipeline runs
	// (the Python apps' GLib.timeout_add(5000, perf_data.perf_print_callback)).
	Every time.Duration
	Tick  func()
	// OnElement, when set, sees element messages (nvstreammux's
	// "stream-eos", for example). It runs on the goroutine reading the bus.
	OnElement func(*gst.Message)
}

// Run sets pipeline to PLAYING and handles its bus messages as the Python
// apps' bus_call does, until end-of-stream or an error:
//
//   - end-of-stream: prints "End-of-stream" to stdout and returns nil;
//   - a warning: prints "Warning: <message>: <debug>" to stderr and goes on;
//   - an error: prints "Error: <message>: <debug>" to stderr and returns an
//     error wrapping ErrPipeline.
//
// An interrupt (Ctrl-C) sends end-of-stream into the pipeline, so that it
// drains and Run returns as at the end of the input; a second one makes Run
// return at once. Run leaves the pipeline in PLAYING: the caller sets it to
// NULL (as the Python apps do after loop.run()).
func Run(pipeline *gst.Pipeline, opt RunOptions) error {
	bus := pipeline.GetPipelineBus()
	stateErr := pipeline.SetState(gst.StatePlaying)

	// stopTicks ends the ticker and waits for a tick in progress. It runs
	// before End-of-stream or an error is printed: in the Python apps the
	// timeout and the bus share one main loop, so no tick follows them.
	stopTicks := func() {}
	if opt.Tick != nil && opt.Every > 0 {
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(opt.Every)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					opt.Tick()
				}
			}
		}()
		var once sync.Once
		stopTicks = func() { once.Do(func() { close(stop); wg.Wait() }) }
		defer stopTicks()
	}

	interrupts := make(chan os.Signal, 2)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	interrupted := 0

	// A pipeline that refuses to start posts its reason on the bus; wait
	// for it a little, then report the state change failure itself.
	var deadline time.Time
	if stateErr != nil {
		deadline = time.Now().Add(2 * time.Second)
	}
	for {
		select {
		case <-interrupts:
			interrupted++
			if interrupted > 1 {
				return errors.New("interrupted")
			}
			pipeline.SendEvent(gst.NewEOSEvent())
		default:
		}
		if !deadline.IsZero() && time.Now().After(deadline) {
			fmt.Fprintf(Stderr, "Error: %v\n", stateErr)
			return fmt.Errorf("%w: %v", ErrPipeline, stateErr)
		}
		msg := bus.TimedPop(gst.ClockTime(100 * time.Millisecond))
		if msg == nil {
			continue
		}
		switch msg.Type() {
		case gst.MessageEOS:
			stopTicks()
			fmt.Fprintln(Stdout, "End-of-stream")
			return nil
		case gst.MessageWarning:
			w := msg.ParseWarning()
			fmt.Fprintf(Stderr, "Warning: %s: %s\n", w.Error(), w.DebugString())
		case gst.MessageError:
			e := msg.ParseError()
			fmt.Fprintf(Stderr, "Error: %s: %s\n", e.Error(), e.DebugString())
			return fmt.Errorf("%w: %s: %s", ErrPipeline, msg.Source(), e.Error())
		case gst.MessageElement:
			if opt.OnElement != nil {
				opt.OnElement(msg)
			}
		}
	}
}

// Stop sets pipeline to NULL, which frees every buffer and its metadata.
func Stop(pipeline *gst.Pipeline) {
	_ = pipeline.SetState(gst.StateNull)
	// go-gst v1.4.0 may otherwise finalize the pipeline during SetState.
	runtime.KeepAlive(pipeline)
}

// Message is an error whose text is printed as it is, without the
// "Error:" prefix: the Python apps' own wording for bad input, such as
// "The output folder out already exists. Please remove it first.".
type Message string

// Error returns the message text.
func (m Message) Error() string { return string(m) }

// Messagef formats a Message.
func Messagef(format string, args ...any) Message {
	return Message(fmt.Sprintf(format, args...))
}

// Exit ends a sample that failed with err, with exit status 1. err is
// printed to stderr unless Run printed it already (ErrPipeline): a Message
// as it is, anything else as "Error: <err>".
func Exit(err error) {
	var m Message
	switch {
	case errors.Is(err, ErrPipeline):
	case errors.As(err, &m):
		fmt.Fprintln(Stderr, m)
	default:
		fmt.Fprintln(Stderr, "Error:", err)
	}
	os.Exit(1)
}
