// Package metrics exports what a dsapp.PerfMeter and a dsapp.Snapshotter
// measure as Prometheus metrics (github.com/prometheus/client_golang), so
// that a DeepStream service is observable the way Go services are. It is
// a separate package so that dsapp itself does not depend on Prometheus.
//
// The metrics, all read from the meter at scrape time (a scrape never
// closes the meter's reporting period):
//
//	deepstream_stream_fps{stream}                 gauge: frames/s of the latest report
//	deepstream_frames_total{stream}               counter: frames seen
//	deepstream_objects_total{stream}              counter: objects seen
//	deepstream_batches_total                      counter: batches seen
//	deepstream_component_latency_seconds{component}  summary: _sum and _count of every latency entry
//	deepstream_component_latency_max_seconds{component} gauge: largest latency of the latest report
//	deepstream_queue_level_buffers{queue}         gauge: current-level-buffers, latest sample
//	deepstream_queue_level_bytes{queue}           gauge: current-level-bytes
//	deepstream_queue_level_seconds{queue}         gauge: current-level-time
//	deepstream_queue_fill_ratio{queue}            gauge: fullness 0..1 (the largest level/limit ratio)
//	deepstream_snapshot_captured_total            counter: batches a Snapshotter copied
//	deepstream_snapshot_delivered_total           counter: snapshots queued to the consumer
//	deepstream_snapshot_dropped_total             counter: snapshots dropped (DropOldest, or at Close)
package metrics

import (
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/go-deepstream/go-deepstream/dsapp"
)

// Namespace prefixes every metric name.
const Namespace = "deepstream"

// Collector is a prometheus.Collector over a PerfMeter and, optionally, a
// Snapshotter. Register it on your own registry (prometheus.MustRegister,
// or a prometheus.Registry) or serve it alone with Handler.
type Collector struct {
	meter *dsapp.PerfMeter
	snap  *dsapp.Snapshotter

	fps, frames, objects, batches  *prometheus.Desc
	latency, latencyMax            *prometheus.Desc
	qBuffers, qBytes, qTime, qFill *prometheus.Desc
	sCaptured, sDelivered, sDrop   *prometheus.Desc
}

// NewCollector returns a collector of meter's figures and, when snap is
// not nil, of snap's counters. meter may be nil to export only snap's.
func NewCollector(meter *dsapp.PerfMeter, snap *dsapp.Snapshotter) *Collector {
	d := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc(prometheus.BuildFQName(Namespace, "", name), help, labels, nil)
	}
	return &Collector{
		meter:      meter,
		snap:       snap,
		fps:        d("stream_fps", "Frames per second of the stream over the latest report period.", "stream"),
		frames:     d("frames_total", "Frames seen per stream.", "stream"),
		objects:    d("objects_total", "Objects seen per stream.", "stream"),
		batches:    d("batches_total", "Batches seen."),
		latency:    d("component_latency_seconds", "Latency of each component per frame, from its NvDsMetaCompLatency entries.", "component"),
		latencyMax: d("component_latency_max_seconds", "Largest component latency of the latest report period.", "component"),
		qBuffers:   d("queue_level_buffers", "Buffers in the queue (current-level-buffers) at the latest sample.", "queue"),
		qBytes:     d("queue_level_bytes", "Bytes in the queue (current-level-bytes) at the latest sample.", "queue"),
		qTime:      d("queue_level_seconds", "Data in the queue in seconds (current-level-time) at the latest sample.", "queue"),
		qFill:      d("queue_fill_ratio", "Fullness of the queue, 0 to 1: the largest level/limit ratio.", "queue"),
		sCaptured:  d("snapshot_captured_total", "Batches copied by the metadata snapshot probe."),
		sDelivered: d("snapshot_delivered_total", "Snapshots queued to the consumer and not dropped."),
		sDrop:      d("snapshot_dropped_total", "Snapshots dropped because the consumer was slow (DropOldest) or at Close."),
	}
}

// Describe sends every metric's descriptor (prometheus.Collector).
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.fps, c.frames, c.objects, c.batches, c.latency, c.latencyMax,
		c.qBuffers, c.qBytes, c.qTime, c.qFill, c.sCaptured, c.sDelivered, c.sDrop} {
		ch <- d
	}
}

// Collect reads the meter's Stats and the snapshotter's counters and sends
// them as metrics (prometheus.Collector).
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	if c.meter != nil {
		st := c.meter.Stats()
		for _, s := range st.Streams {
			id := strconv.FormatUint(uint64(s.Stream), 10)
			ch <- prometheus.MustNewConstMetric(c.fps, prometheus.GaugeValue, s.FPS, id)
			ch <- prometheus.MustNewConstMetric(c.frames, prometheus.CounterValue, float64(s.Frames), id)
			ch <- prometheus.MustNewConstMetric(c.objects, prometheus.CounterValue, float64(s.Objects), id)
		}
		ch <- prometheus.MustNewConstMetric(c.batches, prometheus.CounterValue, float64(st.Batches))
		for _, l := range st.Components {
			ch <- prometheus.MustNewConstSummary(c.latency, l.Count, l.Total.Seconds(), nil, l.Name)
			ch <- prometheus.MustNewConstMetric(c.latencyMax, prometheus.GaugeValue, l.Max.Seconds(), l.Name)
		}
		for _, q := range st.Queues {
			ch <- prometheus.MustNewConstMetric(c.qBuffers, prometheus.GaugeValue, float64(q.Buffers), q.Name)
			ch <- prometheus.MustNewConstMetric(c.qBytes, prometheus.GaugeValue, float64(q.Bytes), q.Name)
			ch <- prometheus.MustNewConstMetric(c.qTime, prometheus.GaugeValue, q.Time.Seconds(), q.Name)
			ch <- prometheus.MustNewConstMetric(c.qFill, prometheus.GaugeValue, q.Fill, q.Name)
		}
	}
	if c.snap != nil {
		s := c.snap.Stats()
		ch <- prometheus.MustNewConstMetric(c.sCaptured, prometheus.CounterValue, float64(s.Captured))
		ch <- prometheus.MustNewConstMetric(c.sDelivered, prometheus.CounterValue, float64(s.Delivered))
		ch <- prometheus.MustNewConstMetric(c.sDrop, prometheus.CounterValue, float64(s.Dropped))
	}
}

// Handler returns an http.Handler serving meter's (and snap's, when not
// nil) metrics in the Prometheus exposition format, from a registry of
// their own: mount it at /metrics of a service's mux. To add them to the
// default registry instead, prometheus.MustRegister(NewCollector(...)) and
// serve promhttp.Handler().
func Handler(meter *dsapp.PerfMeter, snap *dsapp.Snapshotter) http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(NewCollector(meter, snap))
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
}
