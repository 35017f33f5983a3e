package dsapp

import (
	"sync"
	"time"

	"github.com/go-gst/go-glib/glib"
	"github.com/go-gst/go-gst/gst"
)

// QueueLevel is the fill level of one queue element: its current-level-*
// properties against its max-size-* limits (0 = unlimited).
type QueueLevel struct {
	// Name is the element's path in the pipeline ("pipeline0/q-infer").
	Name string
	// Buffers, Bytes and Time are current-level-buffers, -bytes and -time
	// at the latest sample.
	Buffers, Bytes uint
	Time           time.Duration // current-level-time
	// MaxBuffers, MaxBytes and MaxTime are max-size-buffers, -bytes and
	// -time.
	MaxBuffers, MaxBytes uint
	MaxTime              time.Duration // max-size-time
	// Fill is the latest sample's fullness: the largest of the three
	// level/limit ratios whose limit is set, 0 (empty) to 1 (full: the
	// queue blocks its upstream).
	Fill float64
	// MeanFill and MaxFill are the mean and the largest Fill over the
	// samples of the period (Report) or of the latest period (Stats).
	MeanFill, MaxFill float64
	// Samples is how many samples the period had.
	Samples int
}

// perfQueue is a watched queue and its samples of the current period.
type perfQueue struct {
	e    *gst.Element
	name string

	mu      sync.Mutex
	cur     QueueLevel // latest sample; MeanFill/MaxFill of the last period
	sum     float64
	max     float64
	samples int
}

// SampleQueues reads the level of every watched queue once; the meter's
// goroutine calls it every QueueSampling. Reading the properties takes
// each queue's lock briefly, as any property read does.
func (m *PerfMeter) SampleQueues() {
	m.mu.Lock()
	queues := m.queues
	m.mu.Unlock()
	for _, q := range queues {
		q.sample()
	}
}

func (q *perfQueue) sample() {
	l := QueueLevel{
		Name:       q.name,
		Buffers:    uintProp(q.e, "current-level-buffers"),
		Bytes:      uintProp(q.e, "current-level-bytes"),
		Time:       time.Duration(uint64Prop(q.e, "current-level-time")),
		MaxBuffers: uintProp(q.e, "max-size-buffers"),
		MaxBytes:   uintProp(q.e, "max-size-bytes"),
		MaxTime:    time.Duration(uint64Prop(q.e, "max-size-time")),
	}
	l.Fill = fill(l)
	q.mu.Lock()
	defer q.mu.Unlock()
	l.MeanFill, l.MaxFill, l.Samples = q.cur.MeanFill, q.cur.MaxFill, q.cur.Samples
	q.cur = l
	q.sum += l.Fill
	q.max = max(q.max, l.Fill)
	q.samples++
}

// fill is the largest level/limit ratio among the limits that are set.
func fill(l QueueLevel) float64 {
	f := 0.0
	if l.MaxBuffers > 0 {
		f = max(f, float64(l.Buffers)/float64(l.MaxBuffers))
	}
	if l.MaxBytes > 0 {
		f = max(f, float64(l.Bytes)/float64(l.MaxBytes))
	}
	if l.MaxTime > 0 {
		f = max(f, float64(l.Time)/float64(l.MaxTime))
	}
	return min(f, 1)
}

// closePeriod returns the latest sample with the period's mean and
// maximum, and starts a new period.
func (q *perfQueue) closePeriod() QueueLevel {
	q.mu.Lock()
	defer q.mu.Unlock()
	l := q.cur
	l.Samples = q.samples
	l.MeanFill, l.MaxFill = 0, 0
	if q.samples > 0 {
		l.MeanFill, l.MaxFill = q.sum/float64(q.samples), q.max
	}
	q.cur.MeanFill, q.cur.MaxFill, q.cur.Samples = l.MeanFill, l.MaxFill, l.Samples
	q.sum, q.max, q.samples = 0, 0, 0
	return l
}

func (q *perfQueue) current() QueueLevel {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.cur
}

func uintProp(e *gst.Element, name string) uint {
	v, err := e.GetProperty(name)
	if err != nil {
		return 0
	}
	switch v := v.(type) {
	case uint:
		return v
	case uint32:
		return uint(v)
	case uint64:
		return uint(v)
	case int:
		return uint(max(v, 0))
	}
	return 0
}

func uint64Prop(e *gst.Element, name string) uint64 {
	v, err := e.GetProperty(name)
	if err != nil {
		return 0
	}
	switch v := v.(type) {
	case uint64:
		return v
	case uint:
		return uint64(v)
	case int64:
		return uint64(max(v, 0))
	}
	return 0
}

// findQueues appends the queue elements inside bin, recursively, each
// with its path below the top bin ("pipeline0/source-bin-00/queue0").
func findQueues(bin *gst.Bin, prefix string, dst []*perfQueue) ([]*perfQueue, error) {
	elems, err := bin.GetElements()
	if err != nil {
		return dst, err
	}
	binType := glib.TypeFromName("GstBin")
	for _, e := range elems {
		path := prefix + "/" + e.GetName()
		if f := e.GetFactory(); f != nil && f.GetName() == "queue" {
			dst = append(dst, &perfQueue{e: e, name: path})
			continue
		}
		if e.IsA(binType) {
			if dst, err = findQueues(gst.ToGstBin(e), path, dst); err != nil {
				return dst, err
			}
		}
	}
	return dst, nil
}
