package dsapp

import (
	"io"
	"os"
	"time"

	"github.com/go-gst/go-gst/gst"
)

// RunOption tunes Run.
type RunOption func(*runConfig)

type runConfig struct {
	every          time.Duration
	tick           func()
	onElement      func(*gst.Message)
	onWarning      func(*ElementError)
	stopTimeout    time.Duration
	signals        <-chan os.Signal
	ownSignals     bool
	stdout, stderr io.Writer
}

// WithTick calls tick every period while the pipeline runs (the Python
// apps' GLib.timeout_add(5000, perf_data.perf_print_callback)). Like the
// GLib timeout sharing bus_call's main loop, tick runs on Run's goroutine,
// between bus messages, and never after End-of-stream is printed. A
// period of zero or less, or a nil tick, disables it.
func WithTick(period time.Duration, tick func()) RunOption {
	return func(c *runConfig) { c.every, c.tick = period, tick }
}

// WithElementMessages passes the bus's element messages (nvstreammux's
// "stream-eos", for example) to f, on Run's goroutine.
func WithElementMessages(f func(*gst.Message)) RunOption {
	return func(c *runConfig) { c.onElement = f }
}

// WithWarnings passes every warning posted on the bus to f, on Run's
// goroutine, after Run printed it.
func WithWarnings(f func(*ElementError)) RunOption {
	return func(c *runConfig) { c.onWarning = f }
}

// WithStopTimeout sets how long the pipeline may drain after the first
// interrupt sent it end-of-stream (DefaultStopTimeout when not given).
// Panics if d is not positive.
func WithStopTimeout(d time.Duration) RunOption {
	if d <= 0 {
		panic("dsapp.WithStopTimeout: the timeout must be positive")
	}
	return func(c *runConfig) { c.stopTimeout = d }
}

// WithSignals makes Run read interrupts from c instead of installing its
// own SIGINT handler: every value received counts as one interrupt. A nil
// c turns interrupt handling off (a process that handles signals itself
// and ends Run through the context).
func WithSignals(c <-chan os.Signal) RunOption {
	return func(cfg *runConfig) { cfg.signals, cfg.ownSignals = c, false }
}

// WithOutput makes Run print to stdout and stderr instead of the package's
// Stdout and Stderr; io.Discard silences it.
func WithOutput(stdout, stderr io.Writer) RunOption {
	return func(c *runConfig) { c.stdout, c.stderr = stdout, stderr }
}
