package dsapp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"time"

	"github.com/go-gst/go-gst/gst"
)

// DefaultStopTimeout is how long Run lets a pipeline drain after the first
// interrupt sent it end-of-stream, before it stops it.
const DefaultStopTimeout = 2 * time.Second

// pollInterval bounds how long Run waits on the bus before it looks at the
// context, the interrupts and the clock again.
const pollInterval = 50 * time.Millisecond

// sendGrace is how long Run waits, when it returns, for the end-of-stream
// event an interrupt sent to be taken.
const sendGrace = 200 * time.Millisecond

// startGrace is how long Run waits for an element to post why the pipeline
// refused PLAYING, when no error is on the bus yet.
const startGrace = 500 * time.Millisecond

// Run sets pipeline to PLAYING and handles its bus as the Python apps'
// bus_call does, until end-of-stream, an error, the end of ctx, or an
// interrupt; on return the pipeline is in the NULL state.
//
//   - end-of-stream: prints "End-of-stream" to stdout and returns nil;
//   - a warning: prints "Warning: <message>: <debug>" to stderr (and passes
//     it to the WithWarnings handler) and goes on;
//   - an error: prints "Error: <message>: <debug>" to stderr, collects the
//     other errors already on the bus, and returns them as *ElementError
//     values (joined with errors.Join when there are several), which carry
//     the posting element's path and match ErrPipeline;
//   - a refused state change (GST_STATE_CHANGE_FAILURE): returns the errors
//     the elements posted (waiting half a second for one) or, when none
//     did, a *StateChangeError. An ASYNC change is not waited for: an
//     asynchronous failure comes as an error message;
//   - the end of ctx: stops at once and returns an error wrapping
//     context.Cause(ctx);
//   - the first interrupt (SIGINT, Ctrl-C): sends end-of-stream into the
//     pipeline so that it drains, and returns as at the end of the input if
//     that end-of-stream reaches the sinks within the stop timeout
//     (DefaultStopTimeout, see WithStopTimeout); otherwise, or at a second
//     interrupt, it stops at once and returns an error matching
//     ErrInterrupted. A stalled live source cannot hold the process.
//     (When the pipeline cannot even take the end-of-stream event, because
//     a streaming thread is blocked while holding what the event needs, it
//     cannot be set to NULL either: Run then returns at the deadline,
//     leaving the pipeline and the goroutine sending the event as they
//     are, and its error says so.)
//
// Run installs its interrupt handler (signal.Notify) for its own duration
// only; WithSignals replaces it. For SIGTERM or other signals, derive ctx
// with signal.NotifyContext. Run reads the bus itself (gst_bus_timed_pop)
// and starts no GLib main loop or bus watch, and no goroutine but the one
// sending an interrupt's end-of-stream, which it waits for (but in the
// case above); it leaves nothing behind; the handlers given as options run on the calling
// goroutine.
func Run(ctx context.Context, pipeline *gst.Pipeline, opts ...RunOption) error {
	if ctx == nil {
		panic("dsapp.Run: nil context")
	}
	if pipeline == nil {
		panic("dsapp.Run: nil pipeline")
	}
	cfg := runConfig{stopTimeout: DefaultStopTimeout, ownSignals: true}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.stdout == nil {
		cfg.stdout = Stdout
	}
	if cfg.stderr == nil {
		cfg.stderr = Stderr
	}
	if err := context.Cause(ctx); err != nil {
		return fmt.Errorf("dsapp.Run: %w", err)
	}
	sigs := cfg.signals
	if cfg.ownSignals {
		c := make(chan os.Signal, 2)
		signal.Notify(c, os.Interrupt)
		defer signal.Stop(c)
		sigs = c
	}

	r := &runner{cfg: &cfg, pipeline: pipeline, bus: pipeline.GetPipelineBus()}
	if r.bus == nil || r.bus.Unsafe() == nil {
		// gst_parse_launch returns a bare bin for a single bin.( ... ).
		panic(fmt.Sprintf("dsapp.Run: %s has no bus: not a GstPipeline", pipeline.GetName()))
	}
	if err := pipeline.SetState(gst.StatePlaying); err != nil {
		err = r.startFailed()
		Stop(pipeline)
		return err
	}
	err := r.loop(ctx, sigs)
	if r.eosSent != nil {
		select {
		case <-r.eosSent:
		case <-time.After(sendGrace):
			// gst_element_send_event holds the pipeline's state lock:
			// setting NULL would wait for it as long as the stall lasts.
			return errors.Join(err, fmt.Errorf("%w: the pipeline did not take the end-of-stream event (an element blocks its streaming thread); it is left in its state", ErrInterrupted))
		}
	}
	Stop(pipeline)
	return err
}

// Stop sets pipeline to NULL, which frees every buffer and its metadata.
// Run does it on return; Stop is for a pipeline that never ran.
func Stop(pipeline *gst.Pipeline) {
	_ = pipeline.SetState(gst.StateNull)
	// go-gst v1.4.0 may otherwise finalize the pipeline during SetState.
	runtime.KeepAlive(pipeline)
}

// runner is the state of one Run.
type runner struct {
	cfg      *runConfig
	pipeline *gst.Pipeline
	bus      *gst.Bus
	errs     []error
	// eosSent is closed when the end-of-stream event the first interrupt
	// sends is taken; nil before that interrupt.
	eosSent chan struct{}
}

// loop reads the bus until Run must return.
func (r *runner) loop(ctx context.Context, sigs <-chan os.Signal) error {
	var nextTick, deadline time.Time
	if r.cfg.tick != nil && r.cfg.every > 0 {
		nextTick = time.Now().Add(r.cfg.every)
	}
	for {
		select {
		case <-ctx.Done():
			return fmt.Errorf("dsapp.Run: %w", context.Cause(ctx))
		case <-sigs:
			if r.eosSent != nil {
				return fmt.Errorf("%w: second interrupt, pipeline stopped", ErrInterrupted)
			}
			fmt.Fprintf(r.cfg.stderr, "Interrupted: sending end-of-stream (stopping in %v; interrupt again to stop now)\n", r.cfg.stopTimeout)
			// A source whose streaming thread is blocked downstream makes
			// gst_element_send_event wait for it: send from a goroutine,
			// which Run waits for before it returns.
			r.eosSent = make(chan struct{})
			go func(done chan struct{}) {
				defer close(done)
				r.pipeline.SendEvent(gst.NewEOSEvent())
			}(r.eosSent)
			deadline = time.Now().Add(r.cfg.stopTimeout)
		default:
		}
		now := time.Now()
		if !deadline.IsZero() && !now.Before(deadline) {
			return fmt.Errorf("%w: end-of-stream did not reach the sinks within %v, pipeline stopped", ErrInterrupted, r.cfg.stopTimeout)
		}
		if !nextTick.IsZero() && !now.Before(nextTick) {
			r.cfg.tick()
			for !nextTick.After(now) {
				nextTick = nextTick.Add(r.cfg.every)
			}
		}
		wait := pollInterval
		for _, t := range []time.Time{nextTick, deadline} {
			if !t.IsZero() && t.Sub(now) < wait {
				wait = max(t.Sub(now), 0)
			}
		}
		msg := r.bus.TimedPop(gst.ClockTime(wait))
		if msg == nil {
			continue
		}
		if done := r.handle(msg); done {
			r.drainErrors()
			return errors.Join(r.errs...)
		}
	}
}

// handle is bus_call for one message; it reports whether Run must return.
func (r *runner) handle(msg *gst.Message) bool {
	switch msg.Type() {
	case gst.MessageEOS:
		fmt.Fprintln(r.cfg.stdout, "End-of-stream")
		return true
	case gst.MessageWarning:
		w := msg.ParseWarning()
		fmt.Fprintf(r.cfg.stderr, "Warning: %s: %s\n", w.Error(), w.DebugString())
		if r.cfg.onWarning != nil {
			r.cfg.onWarning(&ElementError{Path: messageSourcePath(msg), Message: w.Error(), Debug: w.DebugString()})
		}
	case gst.MessageError:
		r.addError(msg)
		return true
	case gst.MessageElement:
		if r.cfg.onElement != nil {
			r.cfg.onElement(msg)
		}
	}
	return false
}

// addError prints an error message and keeps it.
func (r *runner) addError(msg *gst.Message) {
	e := msg.ParseError()
	fmt.Fprintf(r.cfg.stderr, "Error: %s: %s\n", e.Error(), e.DebugString())
	r.errs = append(r.errs, &ElementError{Path: messageSourcePath(msg), Message: e.Error(), Debug: e.DebugString()})
}

// drainErrors collects the errors already on the bus, which often follow
// the first one (a decoder's error, then its source's "Internal data
// stream error").
func (r *runner) drainErrors() {
	for {
		msg := r.bus.TimedPopFiltered(0, gst.MessageError)
		if msg == nil {
			return
		}
		r.addError(msg)
	}
}

// startFailed builds Run's error for a refused PLAYING: the errors the
// elements posted (waiting startGrace for one), or a *StateChangeError.
func (r *runner) startFailed() error {
	if msg := r.bus.TimedPopFiltered(gst.ClockTime(startGrace), gst.MessageError); msg != nil {
		r.addError(msg)
		r.drainErrors()
		return errors.Join(r.errs...)
	}
	err := &StateChangeError{Pipeline: ElementPath(r.pipeline.Element), Target: "PLAYING"}
	fmt.Fprintf(r.cfg.stderr, "Error: %v\n", err)
	return err
}
