package dsapp

import (
	"fmt"
	"strings"
	"time"
)

// PerfReport is what a PerfMeter measured over one period.
type PerfReport struct {
	// At is when the period ended; Period its length.
	At     time.Time
	Period time.Duration // since the previous report (or the meter's start)
	// Streams has one entry per stream seen (and 0..Streams-1), by id.
	Streams []StreamPerf
	// Components has one entry per component that stamped latency, by
	// name.
	Components []ComponentLatency
	// Queues has one entry per watched queue, by path.
	Queues []QueueLevel
	// Batches, Frames and Objects are totals since the meter was made.
	Batches, Frames, Objects uint64
}

// PerfStats is a PerfMeter's running state (PerfMeter.Stats): totals since
// it was made, and the figures of its latest report.
type PerfStats struct {
	// LastReport is when the latest report was taken (zero before the
	// first).
	LastReport time.Time
	// Streams: FPS from the latest report, Frames and Objects totals.
	Streams []StreamPerf
	// Components: Mean, Max and Samples from the latest report; Count and
	// Total over all time.
	Components []ComponentLatency
	// Queues: the latest sample, with the latest report's MeanFill and
	// MaxFill.
	Queues []QueueLevel
	// Batches, Frames and Objects are totals since the meter was made.
	Batches, Frames, Objects uint64
}

// StreamPerf is one stream's figures.
type StreamPerf struct {
	// Stream is the pad index of the stream's frames (nvstreammux's
	// sink_N), as the Python apps' stream<N> keys.
	Stream uint32
	// FPS is frames per second over the period, rounded to two decimals
	// and measured as the Python apps' GETFPS does (a stream's first frame
	// starts its clock).
	FPS float64
	// Frames and Objects are totals since the meter was made.
	Frames, Objects uint64
}

// ComponentLatency is one component's latency, from the
// NvDsMetaCompLatency entries (out - in timestamp) of the buffers the
// meter saw.
type ComponentLatency struct {
	// Name is the component_name the element stamped (its element name).
	Name string
	// Samples is how many entries the period had; Mean and Max are their
	// mean and largest latency (0 when Samples is 0).
	Samples uint64
	Mean    time.Duration // mean latency of the period
	Max     time.Duration // largest latency of the period
	// Count and Total are the number of entries and their summed latency
	// since the meter was made (a Prometheus summary's _count and _sum).
	Count uint64
	Total time.Duration // summed latency since the start
}

// Line returns the streams' frame rates in the Python apps' format:
// **PERF:  {'stream0': 29.97, 'stream1': 30.0}, the same line that
// PerfData.Line gives for the same frames.
func (r PerfReport) Line() string {
	var b strings.Builder
	b.WriteString("**PERF:  {")
	for i, s := range r.Streams {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "'stream%d': %s", s.Stream, PyFloat(s.FPS))
	}
	b.WriteString("}")
	return b.String()
}

// Bottleneck is where a pipeline is bound, as far as one report shows.
type Bottleneck struct {
	// Queue is the path of the fullest watched queue over the period (by
	// mean fill) and QueueFill that mean; "" when no queue was at least
	// BottleneckFill full on average. A queue that stays full is waiting
	// on the element after it: the bottleneck is downstream of Queue.
	Queue     string
	QueueFill float64 // mean fill of Queue over the period
	// Component is the component with the highest mean latency over the
	// period and Latency that mean; "" when no component stamped latency.
	Component string
	Latency   time.Duration // mean latency of Component over the period
}

// BottleneckFill is the mean fill from which Bottleneck names a queue: a
// queue that is less full than this on average keeps up with its input.
const BottleneckFill = 0.5

// Bottleneck picks the fullest queue (if at least BottleneckFill full on
// average) and the slowest component of the report.
func (r PerfReport) Bottleneck() Bottleneck {
	var bn Bottleneck
	for _, q := range r.Queues {
		if q.MeanFill >= BottleneckFill && q.MeanFill > bn.QueueFill {
			bn.Queue, bn.QueueFill = q.Name, q.MeanFill
		}
	}
	for _, c := range r.Components {
		if c.Samples > 0 && c.Mean > bn.Latency {
			bn.Component, bn.Latency = c.Name, c.Mean
		}
	}
	return bn
}

// String says it in one line, such as
// "fullest queue pipeline0/q2 (87% full, downstream is slow); slowest component nvinfer0 (12.5ms)".
func (bn Bottleneck) String() string {
	var parts []string
	if bn.Queue != "" {
		parts = append(parts, fmt.Sprintf("fullest queue %s (%.0f%% full, downstream is slow)", bn.Queue, 100*bn.QueueFill))
	}
	if bn.Component != "" {
		parts = append(parts, fmt.Sprintf("slowest component %s (%s)", bn.Component, bn.Latency.Round(10*time.Microsecond)))
	}
	if len(parts) == 0 {
		return "no bottleneck seen"
	}
	return strings.Join(parts, "; ")
}
