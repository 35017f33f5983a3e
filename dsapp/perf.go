package dsapp

import (
	"cmp"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/latency"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// PerfOptions configures a PerfMeter. The zero value reports every
// PerfInterval, to no one (call Report or Stats yourself).
type PerfOptions struct {
	// Interval is the reporting period; 0 means PerfEvery().
	Interval time.Duration
	// QueueSampling is how often queue fill levels are sampled between
	// reports; 0 means Interval/10 (at least 10ms).
	QueueSampling time.Duration
	// Streams lists streams 0..Streams-1 in every report, even before
	// their first frame (the Python apps' PERF_DATA(n) does the same).
	Streams int
	// OnReport, if set, is called with each periodic report, on the
	// meter's own goroutine (never on a streaming thread). It must not
	// call Stop, which waits for that goroutine.
	OnReport func(PerfReport)
	// Reports, if set, receives each periodic report; a report that finds
	// the channel full is dropped rather than delaying the next one. The
	// meter never closes it.
	Reports chan<- PerfReport
}

// PerfMeter measures a running DeepStream pipeline: frames per second of
// every stream (by the pad index of its frame meta), the per-component
// latency that NvDsMetaCompLatency batch user meta carries, and the fill
// level of every queue element it watches. Attach installs its read-only
// probe on a pad downstream of nvstreammux (ideally near the sink, so that
// the latency entries of every component are on the buffer); Start reports
// every Interval. All methods are safe for concurrent use.
//
// The probe's work per buffer is one uncontended lock and a walk of the
// frame list and the batch user meta list; it allocates nothing once the
// streams and components are known.
type PerfMeter struct {
	opts PerfOptions

	mu      sync.Mutex
	streams []*perfStream        // sorted by id
	comps   map[string]*perfComp // by component name
	queues  []*perfQueue
	last    PerfReport
	started bool
	stop    chan struct{}
	done    chan struct{}
	probes  []*nvds.Probe
	period  time.Time // start of the current period

	batches atomic.Uint64
	now     func() time.Time // tests
}

// perfStream is one stream's counters; fps follows GETFPS (the first
// frame arms the clock).
type perfStream struct {
	id      uint32
	fps     FPS
	frames  uint64
	objects uint64
	lastFPS float64
}

// perfComp accumulates one component's latency entries.
type perfComp struct {
	name        string
	count, pCnt uint64  // all time, this period
	sum, pSum   float64 // ms
	pMax        float64 // ms, this period
	last        ComponentLatency
}

// NewPerfMeter returns a meter; it measures nothing until Attach.
func NewPerfMeter(opts PerfOptions) *PerfMeter { return newPerfMeter(opts, nil) }

// newPerfMeter takes the clock (tests; nil is time.Now).
func newPerfMeter(opts PerfOptions, now func() time.Time) *PerfMeter {
	if opts.Interval <= 0 {
		opts.Interval = PerfEvery()
	}
	if opts.QueueSampling <= 0 {
		opts.QueueSampling = max(opts.Interval/10, 10*time.Millisecond)
	}
	m := &PerfMeter{opts: opts, comps: map[string]*perfComp{}, now: now}
	for i := range opts.Streams {
		m.streams = append(m.streams, m.newStream(uint32(i)))
	}
	m.period = m.clock()
	return m
}

func (m *PerfMeter) newStream(id uint32) *perfStream {
	s := &perfStream{id: id}
	s.fps.now = m.now
	return s
}

func (m *PerfMeter) clock() time.Time {
	if m.now != nil {
		return m.now()
	}
	return time.Now()
}

// Attach installs the meter's read-only probe on pad (nvds.AddObserver
// through gogst): every buffer's batch meta is counted. A meter may watch
// several pads (one per branch after a demuxer); each buffer is counted
// once per pad it passes. The probe is removed by Stop.
func (m *PerfMeter) Attach(pad *gst.Pad) error {
	p, err := gogst.AddObserver(pad, m.observe)
	if err != nil {
		return err
	}
	m.mu.Lock()
	m.probes = append(m.probes, p)
	m.mu.Unlock()
	return nil
}

// observe is the probe: count the batch's frames and objects per stream
// and take in its component latency entries.
func (m *PerfMeter) observe(info nvds.ProbeInfo) {
	b, err := info.BatchMeta()
	if err != nil {
		return
	}
	m.ObserveBatch(b)
}

// ObserveBatch counts one batch, for callers that run their own probe:
// frames and objects per stream, and the NvDsMetaCompLatency entries of
// its batch user meta. b is only read, during the call.
func (m *PerfMeter) ObserveBatch(b nvds.BatchMeta) {
	m.batches.Add(1)
	m.mu.Lock()
	defer m.mu.Unlock()
	for f := range b.Frames() {
		s := m.stream(f.PadIndex())
		s.fps.Update()
		s.frames++
		s.objects += uint64(f.NumObjects())
	}
	for u := range b.UserMeta() {
		c, ok := latency.CompLatencyFromUser(u)
		if !ok || c.Out() == 0 {
			continue
		}
		m.component(c).add(c.Duration())
	}
}

// stream finds or adds stream id (mu held).
func (m *PerfMeter) stream(id uint32) *perfStream {
	i, found := slices.BinarySearchFunc(m.streams, id, func(s *perfStream, id uint32) int { return int(int64(s.id) - int64(id)) })
	if found {
		return m.streams[i]
	}
	s := m.newStream(id)
	m.streams = slices.Insert(m.streams, i, s)
	return s
}

// component finds or adds c's component (mu held). The name is looked up
// by the bytes of the C array, so a known component costs no allocation.
func (m *PerfMeter) component(c latency.CompLatency) *perfComp {
	name := c.ComponentNameBytes()
	if pc, ok := m.comps[string(name)]; ok {
		return pc
	}
	pc := &perfComp{name: string(name)}
	m.comps[pc.name] = pc
	return pc
}

func (c *perfComp) add(ms float64) {
	c.count++
	c.pCnt++
	c.sum += ms
	c.pSum += ms
	c.pMax = max(c.pMax, ms)
}

// WatchQueues adds every element made by the "queue" factory inside bin
// (recursively, so a pipeline's source bins count) to the queues the meter
// samples; it returns how many it found. Call it after the pipeline is
// built; a queue added twice is sampled once.
func (m *PerfMeter) WatchQueues(bin *gst.Bin) (int, error) {
	if bin == nil {
		return 0, errors.New("dsapp.PerfMeter.WatchQueues: nil bin")
	}
	found, err := findQueues(bin, bin.GetName(), nil)
	if err != nil {
		return 0, err
	}
	n := 0
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, q := range found {
		if slices.ContainsFunc(m.queues, func(o *perfQueue) bool { return o.e.Unsafe() == q.e.Unsafe() }) {
			continue
		}
		m.queues = append(m.queues, q)
		n++
	}
	slices.SortFunc(m.queues, func(a, b *perfQueue) int { return cmp.Compare(a.name, b.name) })
	return n, nil
}

// Start reports every Interval until Stop: it samples the watched queues
// every QueueSampling and, at each interval, builds a PerfReport and hands
// it to OnReport and Reports. Starting a started meter does nothing.
func (m *PerfMeter) Start() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.started {
		return
	}
	m.started = true
	m.stop = make(chan struct{})
	m.done = make(chan struct{})
	go m.loop(m.stop, m.done)
}

func (m *PerfMeter) loop(stop, done chan struct{}) {
	defer close(done)
	sample := time.NewTicker(m.opts.QueueSampling)
	defer sample.Stop()
	report := time.NewTicker(m.opts.Interval)
	defer report.Stop()
	for {
		select {
		case <-stop:
			return
		case <-sample.C:
			m.SampleQueues()
		case <-report.C:
			r := m.Report()
			if m.opts.OnReport != nil {
				m.opts.OnReport(r)
			}
			if m.opts.Reports != nil {
				select {
				case m.opts.Reports <- r:
				default:
				}
			}
		}
	}
}

// Stop ends the reporting goroutine (waiting for it, so OnReport is not
// called after Stop returns) and removes the meter's probes. Figures stay
// readable (Stats, Report). Safe to call more than once.
func (m *PerfMeter) Stop() {
	m.mu.Lock()
	stop, done, probes := m.stop, m.done, m.probes
	m.started, m.stop, m.done, m.probes = false, nil, nil, nil
	m.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
	for _, p := range probes {
		p.Remove()
	}
}

// Report closes the current period and returns its figures: frames per
// second of each stream since the previous report (as the **PERF lines),
// the latency of each component over the period, and the queue levels
// sampled in it (one more sample is taken now). Start calls it every
// Interval; call it yourself to report on your own schedule.
func (m *PerfMeter) Report() PerfReport {
	m.SampleQueues()
	m.mu.Lock()
	defer m.mu.Unlock()
	at := m.clock()
	r := PerfReport{At: at, Period: at.Sub(m.period), Batches: m.batches.Load()}
	m.period = at
	for _, s := range m.streams {
		s.lastFPS = s.fps.Get()
		r.Streams = append(r.Streams, StreamPerf{Stream: s.id, FPS: s.lastFPS, Frames: s.frames, Objects: s.objects})
		r.Frames += s.frames
		r.Objects += s.objects
	}
	for _, c := range m.comps {
		cl := ComponentLatency{Name: c.name, Count: c.count, Samples: c.pCnt, Total: msDuration(c.sum)}
		if c.pCnt > 0 {
			cl.Mean = msDuration(c.pSum / float64(c.pCnt))
			cl.Max = msDuration(c.pMax)
		}
		c.pCnt, c.pSum, c.pMax = 0, 0, 0
		c.last = cl
		r.Components = append(r.Components, cl)
	}
	slices.SortFunc(r.Components, func(a, b ComponentLatency) int { return cmp.Compare(a.Name, b.Name) })
	for _, q := range m.queues {
		r.Queues = append(r.Queues, q.closePeriod())
	}
	m.last = r
	return r
}

// Stats returns the running totals and the latest figures without closing
// the period (what a metrics scrape reads): frames and objects per stream
// since the meter was made, each stream's frame rate and each component's
// latency from the latest report, cumulative latency sums and counts, and
// the latest sample of each queue.
func (m *PerfMeter) Stats() PerfStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := PerfStats{Batches: m.batches.Load(), LastReport: m.last.At}
	for _, s := range m.streams {
		st.Streams = append(st.Streams, StreamPerf{Stream: s.id, FPS: s.lastFPS, Frames: s.frames, Objects: s.objects})
		st.Frames += s.frames
		st.Objects += s.objects
	}
	for _, c := range m.comps {
		cl := c.last
		cl.Name, cl.Count, cl.Total = c.name, c.count, msDuration(c.sum)
		st.Components = append(st.Components, cl)
	}
	slices.SortFunc(st.Components, func(a, b ComponentLatency) int { return cmp.Compare(a.Name, b.Name) })
	for _, q := range m.queues {
		st.Queues = append(st.Queues, q.current())
	}
	return st
}

// msDuration converts the SDK's milliseconds to a Duration.
func msDuration(ms float64) time.Duration { return time.Duration(ms * float64(time.Millisecond)) }
