package dsapp

import (
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/latency"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// streamBatch is a batch with one frame per pad index in pads, each with
// objects objects.
func streamBatch(t testing.TB, pads []uint32, objects int) *nvds.OwnedBatchMeta {
	owned, err := nvds.NewBatchMeta(max(len(pads), 1))
	require.NoError(t, err)
	b := owned.Meta()
	for _, pad := range pads {
		pf, err := b.AcquireFrameMeta()
		require.NoError(t, err)
		pf.Meta().SetPadIndex(pad)
		f := b.AddFrame(pf)
		for range objects {
			_, err := f.NewObject(nvds.ObjectMeta{})
			require.NoError(t, err)
		}
	}
	return owned
}

// The meter's **PERF line is byte-identical to PerfData's for the same
// frames and clock, period after period, and its totals add up.
func TestPerfMeterLineMatchesPerfData(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		rng := rand.New(rand.NewPCG(seed, 0))
		now := time.Unix(1000, 0)
		clock := func() time.Time { return now }
		const n = 3
		m := newPerfMeter(PerfOptions{Streams: n, Interval: time.Second}, clock)
		p := NewPerfData(n)
		for i := range p.streams {
			p.streams[i].now = clock
		}
		frames, objects := uint64(0), uint64(0)
		for period := range 4 {
			for range rng.IntN(50) {
				var pads []uint32
				for pad := range uint32(n) {
					if rng.IntN(3) > 0 {
						pads = append(pads, pad)
					}
				}
				objs := rng.IntN(4)
				owned := streamBatch(t, pads, objs)
				m.ObserveBatch(owned.Meta())
				owned.Release()
				for _, pad := range pads {
					p.Update(int(pad))
				}
				frames += uint64(len(pads))
				objects += uint64(len(pads) * objs)
				now = now.Add(time.Duration(rng.IntN(40)) * time.Millisecond)
			}
			now = now.Add(time.Duration(rng.IntN(3000)+1) * time.Millisecond)
			r := m.Report()
			require.Equal(t, p.Line(), r.Line(), "seed %d period %d", seed, period)
			require.Equal(t, frames, r.Frames, "seed %d", seed)
			require.Equal(t, objects, r.Objects, "seed %d", seed)
			require.Len(t, r.Streams, n)
		}
	}
}

// A stream first seen at pad 5 joins the report in order.
func TestPerfMeterNewStream(t *testing.T) {
	m := NewPerfMeter(PerfOptions{Streams: 2})
	owned := streamBatch(t, []uint32{5, 0, 5}, 2)
	defer owned.Release()
	m.ObserveBatch(owned.Meta())
	r := m.Report()
	require.Len(t, r.Streams, 3)
	assert.Equal(t, []uint32{0, 1, 5}, []uint32{r.Streams[0].Stream, r.Streams[1].Stream, r.Streams[2].Stream})
	s5 := r.Streams[2]
	s5.FPS = 0 // real clock
	assert.Equal(t, StreamPerf{Stream: 5, Frames: 2, Objects: 4}, s5)
	assert.True(t, strings.HasPrefix(r.Line(), "**PERF:  {'stream0': 0.0, 'stream1': 0.0, 'stream5': "), r.Line())
	assert.Equal(t, uint64(1), m.Stats().Batches)
}

// Component latency comes from the NvDsMetaCompLatency entries the
// latency package stamps: the slow component is the bottleneck, an entry
// without an output stamp is not counted, and Stats keeps the totals.
func TestPerfMeterComponentLatency(t *testing.T) {
	gst.Init(nil)
	m := NewPerfMeter(PerfOptions{})
	const frames, buffers = 3, 4
	for range buffers {
		buf := gst.NewEmptyBuffer()
		owned := streamBatch(t, []uint32{0, 1, 2}, 1)
		_, err := owned.AttachToBuffer(gogst.BufferPointer(buf))
		require.NoError(t, err)
		p := gogst.BufferPointer(buf)
		_, err = latency.SetInputTimestamp(p, "slow")
		require.NoError(t, err)
		time.Sleep(3 * time.Millisecond)
		require.NoError(t, latency.SetOutputTimestamp(p, "slow"))
		_, err = latency.SetInputTimestamp(p, "fast")
		require.NoError(t, err)
		require.NoError(t, latency.SetOutputTimestamp(p, "fast"))
		_, err = latency.SetInputTimestamp(p, "unfinished")
		require.NoError(t, err)
		b, err := gogst.BatchMeta(buf)
		require.NoError(t, err)
		m.ObserveBatch(b)
		runtime.KeepAlive(buf)
	}
	r := m.Report()
	require.Len(t, r.Components, 2, "the unfinished entries are not counted")
	fast, slow := r.Components[0], r.Components[1]
	assert.Equal(t, "fast", fast.Name)
	assert.Equal(t, "slow", slow.Name)
	assert.Equal(t, uint64(frames*buffers), slow.Samples, "one entry per frame")
	assert.GreaterOrEqual(t, slow.Mean, 3*time.Millisecond)
	assert.GreaterOrEqual(t, slow.Max, slow.Mean)
	assert.Less(t, fast.Mean, slow.Mean)
	bn := r.Bottleneck()
	assert.Equal(t, "slow", bn.Component)
	assert.Contains(t, bn.String(), "slowest component slow")

	st := m.Stats()
	assert.Equal(t, uint64(frames*buffers), st.Components[1].Count)
	assert.InDelta(t, float64(slow.Mean)*frames*buffers, float64(st.Components[1].Total), float64(time.Microsecond)*frames*buffers)
	r2 := m.Report()
	assert.Zero(t, r2.Components[1].Samples, "a new period")
	assert.Equal(t, uint64(frames*buffers), r2.Components[1].Count)
}

// A queue in front of a slow element fills up, one behind it stays empty,
// and the bottleneck summary names the first. The meter's own goroutine
// samples and reports.
func TestPerfMeterQueues(t *testing.T) {
	gst.Init(nil)
	p, err := gst.NewPipelineFromString("videotestsrc num-buffers=40 ! video/x-raw,width=32,height=24 ! " +
		"queue name=qslow max-size-buffers=4 max-size-bytes=0 max-size-time=0 ! identity sleep-time=15000 ! " +
		"queue name=qfast ! fakesink sync=false")
	require.NoError(t, err)
	reports := make(chan PerfReport, 100)
	m := NewPerfMeter(PerfOptions{Interval: 100 * time.Millisecond, QueueSampling: 5 * time.Millisecond, Reports: reports})
	n, err := m.WatchQueues(p.Bin)
	require.NoError(t, err)
	require.Equal(t, 2, n)
	n, err = m.WatchQueues(p.Bin)
	require.NoError(t, err)
	require.Zero(t, n, "a queue is watched once")
	m.Start()
	playToEOS(t, p)
	m.Stop()
	close(reports)

	var named []string
	maxFill := map[string]float64{}
	for r := range reports {
		require.Len(t, r.Queues, 2)
		for _, q := range r.Queues {
			maxFill[q.Name] = max(maxFill[q.Name], q.MaxFill)
		}
		if bn := r.Bottleneck(); bn.Queue != "" {
			named = append(named, bn.Queue)
		}
	}
	slow, fast := p.GetName()+"/qslow", p.GetName()+"/qfast"
	assert.GreaterOrEqual(t, maxFill[slow], 0.75, "the queue before the slow element fills")
	assert.Less(t, maxFill[fast], 0.1, "the queue after it stays empty")
	require.NotEmpty(t, named)
	for _, q := range named {
		assert.Equal(t, slow, q)
	}
	st := m.Stats()
	require.Len(t, st.Queues, 2)
	assert.Equal(t, uint(4), st.Queues[1].MaxBuffers)
}

// playToEOS plays p until EOS (failing on an error or after a minute) and
// stops it.
func playToEOS(t testing.TB, p *gst.Pipeline) {
	t.Helper()
	require.NoError(t, p.SetState(gst.StatePlaying))
	msg := p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(60*time.Second), gst.MessageEOS|gst.MessageError)
	require.NoError(t, p.SetState(gst.StateNull))
	runtime.KeepAlive(p)
	require.NotNil(t, msg, "no EOS within a minute")
	if msg.Type() == gst.MessageError {
		require.Fail(t, "pipeline error", "%v", msg.ParseError())
	}
}

// Once its streams and components are known, the meter's probe body
// allocates nothing, latency entries included.
func TestPerfMeterObserveDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's instrumentation allocates")
	}
	gst.Init(nil)
	buf := gst.NewEmptyBuffer()
	owned := streamBatch(t, []uint32{0, 1, 2, 3}, 5)
	_, err := owned.AttachToBuffer(gogst.BufferPointer(buf))
	require.NoError(t, err)
	for _, name := range []string{"pgie", "tracker", "a-component-name-longer-than-32-bytes"} {
		_, err = latency.SetInputTimestamp(gogst.BufferPointer(buf), name)
		require.NoError(t, err)
		require.NoError(t, latency.SetOutputTimestamp(gogst.BufferPointer(buf), name))
	}
	b, err := gogst.BatchMeta(buf)
	require.NoError(t, err)
	m := NewPerfMeter(PerfOptions{})
	m.ObserveBatch(b)
	assert.Zero(t, testing.AllocsPerRun(100, func() { m.ObserveBatch(b) }))
	r := m.Report()
	require.Len(t, r.Components, 3)
	assert.Equal(t, uint64(102*4), r.Components[0].Samples, "the warm-up call, AllocsPerRun's own and 100 more")
	runtime.KeepAlive(buf)
}

// Bottleneck names a queue only when it is at least BottleneckFill full
// on average, and the component with the highest mean latency.
func TestBottleneck(t *testing.T) {
	r := PerfReport{
		Queues: []QueueLevel{{Name: "p/a", MeanFill: 0.2}, {Name: "p/b", MeanFill: 0.49}},
		Components: []ComponentLatency{
			{Name: "x", Samples: 3, Mean: time.Millisecond},
			{Name: "y", Samples: 0, Mean: 0},
			{Name: "z", Samples: 1, Mean: 4 * time.Millisecond},
		},
	}
	assert.Equal(t, Bottleneck{Component: "z", Latency: 4 * time.Millisecond}, r.Bottleneck())
	assert.Equal(t, "slowest component z (4ms)", r.Bottleneck().String())
	r.Queues = append(r.Queues, QueueLevel{Name: "p/c", MeanFill: 0.9}, QueueLevel{Name: "p/d", MeanFill: 0.6})
	assert.Equal(t, "fullest queue p/c (90% full, downstream is slow); slowest component z (4ms)", r.Bottleneck().String())
	assert.Equal(t, "no bottleneck seen", PerfReport{}.Bottleneck().String())
}
