package nvds_test

// Benchmarks with their C baselines in the same run (package cbench does
// the same work in C). docs/performance.md explains them and records the
// numbers; `make bench` runs them. They live in the external test package
// because that is how user code sees package nvds (inlining decisions for
// the generic list iterators can differ inside the package).

import (
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"

	"github.com/go-deepstream/go-deepstream/nvds/internal/cbench"
)

// benchBatch builds a batch of frames frames with objects objects each,
// with varied class ids, confidences and boxes.
func benchBatch(tb testing.TB, frames, objects int) *nvds.OwnedBatchMeta {
	tb.Helper()
	owned, err := nvds.NewBatchMeta(frames)
	require.NoError(tb, err)
	b := owned.Meta()
	for i := range frames {
		pf, err := b.AcquireFrameMeta()
		require.NoError(tb, err)
		pf.Meta().SetBatchID(uint32(i))
		f := b.AddFrame(pf)
		for j := range objects {
			po, err := b.AcquireObjectMeta()
			require.NoError(tb, err)
			o := po.Meta()
			o.SetClassID(int32(j % 4))
			o.SetConfidence(float32(j%10) / 10)
			o.RectParams().SetRect(nvds.Rect{Left: float32(j), Top: float32(i), Width: 16, Height: 32})
			f.AddObject(po, nvds.ObjectMeta{})
		}
	}
	return owned
}

// benchWalk is the Go side of benchmark (a): the loop of
// cbench_walk_batch, through the public views.
func benchWalk(b nvds.BatchMeta) float64 {
	var sum float64
	for f := range b.Frames() {
		for o := range f.Objects() {
			r := o.RectParams()
			sum += float64(o.ClassID())
			sum += float64(o.Confidence())
			sum += float64(r.Left())
			sum += float64(r.Top())
			sum += float64(r.Width())
			sum += float64(r.Height())
		}
	}
	return sum
}

func TestWalkBatchMatchesC(t *testing.T) {
	owned := benchBatch(t, 16, 100)
	defer owned.Release()
	b := owned.Meta()
	require.Equal(t, cbench.WalkBatch(b.UnsafePointer()), benchWalk(b))
	require.Zero(t, testing.AllocsPerRun(100, func() { benchWalk(b) }), "walking a batch allocates")
}

var benchSink float64

// minTimes keeps, per variant, the fastest time per item seen over the
// rounds of a paired benchmark. The paired benchmarks run the variants in
// alternation, round after round, so that load from other processes hits
// all of them alike, and report the minimum (interference only ever adds
// time) as custom metrics "<variant>-ns/op"; their own ns/op is the time
// of one whole round and means nothing.
type minTimes map[string]float64

func (m minTimes) observe(name string, ns int64, items int) {
	v := float64(ns) / float64(items)
	if old, ok := m[name]; !ok || v < old {
		m[name] = v
	}
}

func (m minTimes) report(b *testing.B) {
	for name, v := range m {
		b.ReportMetric(v, name+"-ns/op")
	}
}

func since(t time.Time) int64 { return time.Since(t).Nanoseconds() }

// (a) Walk 16 frames x 100 objects reading class_id, confidence and
// rect_params left/top/width/height.
func BenchmarkWalkBatch(b *testing.B) {
	owned := benchBatch(b, 16, 100)
	defer owned.Release()
	batch := owned.Meta()
	b.Run("Go", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			benchSink += benchWalk(batch)
		}
	})
	b.Run("C", func(b *testing.B) {
		b.ReportAllocs()
		p := batch.UnsafePointer()
		for b.Loop() {
			benchSink += cbench.WalkBatch(p)
		}
	})
	b.Run("paired", func(b *testing.B) {
		const reps = 10
		m := minTimes{}
		p := batch.UnsafePointer()
		for b.Loop() {
			t := time.Now()
			for range reps {
				benchSink += benchWalk(batch)
			}
			m.observe("Go", since(t), reps)
			t = time.Now()
			for range reps {
				benchSink += cbench.WalkBatch(p)
			}
			m.observe("C", since(t), reps)
		}
		m.report(b)
		b.ReportMetric(m["Go"]/m["C"], "Go/C")
	})
}

// acquireFillAdd is the Go side of benchmark (c): the body of
// cbench_acquire_fill_add's loop.
func acquireFillAdd(batch nvds.BatchMeta, frame nvds.FrameMeta, i int) {
	p, err := batch.AcquireObjectMeta()
	if err != nil {
		panic(err)
	}
	o := p.Meta()
	o.SetClassID(int32(i & 3))
	o.SetObjectID(uint64(i))
	o.SetConfidence(0.5)
	o.SetUniqueComponentID(1)
	r := o.RectParams()
	r.SetLeft(10)
	r.SetTop(20)
	r.SetWidth(30)
	r.SetHeight(40)
	frame.AddObject(p, nvds.ObjectMeta{})
}

// newObjectFill is the one-cgo-call variant of acquireFillAdd
// (FrameMeta.NewObject).
func newObjectFill(frame nvds.FrameMeta, i int) {
	o, err := frame.NewObject(nvds.ObjectMeta{})
	if err != nil {
		panic(err)
	}
	o.SetClassID(int32(i & 3))
	o.SetObjectID(uint64(i))
	o.SetConfidence(0.5)
	o.SetUniqueComponentID(1)
	r := o.RectParams()
	r.SetLeft(10)
	r.SetTop(20)
	r.SetWidth(30)
	r.SetHeight(40)
}

// (c) Acquire one object meta from the pool, fill it, add it to a frame.
// Every 100 objects the frame's list is returned to the pool (in both
// variants, one cgo call per 100 operations).
func BenchmarkAcquireFillAdd(b *testing.B) {
	const chunk = 100
	owned := benchBatch(b, 1, 0)
	defer owned.Release()
	batch := owned.Meta()
	frame, err := batch.Frame(0)
	require.NoError(b, err)
	fp := frame.UnsafePointer()
	b.Run("Go", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if i%chunk == 0 {
				cbench.ClearObjects(fp)
			}
			acquireFillAdd(batch, frame, i)
			i++
		}
		cbench.ClearObjects(fp)
	})
	b.Run("Go-NewObject", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if i%chunk == 0 {
				cbench.ClearObjects(fp)
			}
			newObjectFill(frame, i)
			i++
		}
		cbench.ClearObjects(fp)
	})
	b.Run("C", func(b *testing.B) {
		b.ReportAllocs()
		// chunk operations per cgo call: the work itself, in C.
		bp := batch.UnsafePointer()
		for i := 0; i < b.N; i += chunk {
			cbench.ClearObjects(fp)
			cbench.AcquireFillAdd(bp, fp, min(chunk, b.N-i))
		}
		cbench.ClearObjects(fp)
	})
	b.Run("C-call-per-object", func(b *testing.B) {
		// One cgo call per operation: what the two cgo calls of the Go
		// variant cost on top of the C work.
		b.ReportAllocs()
		bp := batch.UnsafePointer()
		i := 0
		for b.Loop() {
			if i%chunk == 0 {
				cbench.ClearObjects(fp)
			}
			cbench.AcquireFillAdd(bp, fp, 1)
			i++
		}
		cbench.ClearObjects(fp)
	})
	b.Run("paired", func(b *testing.B) {
		m := minTimes{}
		bp := batch.UnsafePointer()
		for b.Loop() {
			cbench.ClearObjects(fp)
			t := time.Now()
			for i := range chunk {
				acquireFillAdd(batch, frame, i)
			}
			m.observe("Go", since(t), chunk)
			cbench.ClearObjects(fp)
			t = time.Now()
			for i := range chunk {
				newObjectFill(frame, i)
			}
			m.observe("GoNewObject", since(t), chunk)
			cbench.ClearObjects(fp)
			t = time.Now()
			cbench.AcquireFillAdd(bp, fp, chunk)
			m.observe("C", since(t), chunk)
		}
		cbench.ClearObjects(fp)
		m.report(b)
		b.ReportMetric(m["Go"]/m["C"], "Go/C")
		b.ReportMetric(m["GoNewObject"]/m["C"], "GoNewObject/C")
	})
}

// benchObserver does what the C benchmark probe does: read the batch meta
// and its num_frames_in_batch.
var probeSink uint32

func benchObserver(info nvds.ProbeInfo) {
	if b, err := info.BatchMeta(); err == nil {
		probeSink = b.NumFramesInBatch()
	}
}

func benchOperator(info nvds.ProbeInfo) nvds.ProbeReturn {
	if b, err := info.BatchMeta(); err == nil {
		probeSink = b.NumFramesInBatch()
	}
	return nvds.ProbeOK
}

// probeVariants installs each kind of probe on pad; the returned function
// removes it.
var probeVariants = []struct {
	name    string
	install func(tb testing.TB, pad unsafe.Pointer) (remove func())
}{
	{"none", func(testing.TB, unsafe.Pointer) func() { return func() {} }},
	{"C", func(_ testing.TB, pad unsafe.Pointer) func() {
		id := cbench.AddCProbe(pad)
		return func() { cbench.RemoveProbe(pad, id) }
	}},
	{"GoObserver", func(tb testing.TB, pad unsafe.Pointer) func() {
		p, err := nvds.AddObserver(pad, benchObserver)
		require.NoError(tb, err)
		return p.Remove
	}},
	{"GoOperator", func(tb testing.TB, pad unsafe.Pointer) func() {
		p, err := nvds.AddOperator(pad, benchOperator)
		require.NoError(tb, err)
		return p.Remove
	}},
}

// (b) Probe overhead per buffer: a buffer carrying a one-frame batch meta
// pushed through a bare pad pair from a GLib-created thread (as a
// streaming thread is), with no probe, a C probe, or a Go probe. The
// difference to "none" is the probe's cost.
func BenchmarkProbePush(b *testing.B) {
	src, sink := cbench.PadPair()
	buf := cbench.NewBuffer(16, 1)
	defer func() {
		cbench.UnrefBuffer(buf)
		cbench.Unref(src)
		cbench.Unref(sink)
	}()
	for _, v := range probeVariants {
		b.Run(v.name, func(b *testing.B) {
			remove := v.install(b, src)
			defer remove()
			b.ReportAllocs()
			b.ResetTimer()
			if cbench.PushOnThread(src, buf, b.N) < 0 {
				b.Fatal("flow error")
			}
		})
	}
	b.Run("paired", func(b *testing.B) {
		const block = 5000
		m := minTimes{}
		for b.Loop() {
			for _, v := range probeVariants {
				remove := v.install(b, src)
				ns := cbench.PushOnThread(src, buf, block)
				remove()
				if ns < 0 {
					b.Fatal("flow error")
				}
				m.observe(v.name, ns, block)
			}
		}
		m.report(b)
		b.ReportMetric(m["GoObserver"]-m["C"], "GoObserver-C-ns/op")
	})
}

// (b) The same in a running pipeline: fakesrc ! identity ! fakesink with
// the probe on identity's src pad, b.N buffers (they carry no batch meta,
// so the lookup misses in every variant).
func BenchmarkProbePipeline(b *testing.B) {
	for _, v := range probeVariants {
		b.Run(v.name, func(b *testing.B) {
			p := cbench.Pipeline("fakesrc num-buffers=" + itoa(b.N) +
				" sizetype=fixed sizemax=16 ! identity name=mux ! fakesink")
			require.NotNil(b, p)
			defer cbench.Unref(p)
			pad := cbench.ElementPad(p, "mux", "src")
			require.NotNil(b, pad)
			defer cbench.Unref(pad)
			remove := v.install(b, pad)
			defer remove()
			b.ReportAllocs()
			b.ResetTimer()
			if cbench.Run(p) < 0 {
				b.Fatal("pipeline error")
			}
		})
	}
	b.Run("paired", func(b *testing.B) {
		const buffers = 20000
		m := minTimes{}
		for b.Loop() {
			for _, v := range probeVariants {
				p := cbench.Pipeline("fakesrc num-buffers=" + itoa(buffers) +
					" sizetype=fixed sizemax=16 ! identity name=mux ! fakesink")
				pad := cbench.ElementPad(p, "mux", "src")
				remove := v.install(b, pad)
				ns := cbench.Run(p)
				remove()
				cbench.Unref(pad)
				cbench.Unref(p)
				if ns < 0 {
					b.Fatal("pipeline error")
				}
				m.observe(v.name, ns, buffers)
			}
		}
		m.report(b)
		b.ReportMetric(m["GoObserver"]-m["C"], "GoObserver-C-ns/op")
	})
}

func itoa(n int) string {
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(d[i:])
		}
	}
}
