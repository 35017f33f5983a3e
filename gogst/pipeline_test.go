package gogst_test

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/go-gst/go-gst/gst/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// The pipelines below stand in for a DeepStream one: "mux" is where
// nvstreammux would create the batch meta, the tee gives two branches that
// both read it.
const teeBranches = `tee name=t  t. ! queue name=q1 ! fakesink name=k1  t. ! queue name=q2 ! fakesink name=k2`

var classLabels = []string{"vehicle", "person", "bicycle"}

// frameRecord is what an observer saw of one buffer.
type frameRecord struct {
	frameNum int32
	frames   int
	classes  []int32
	labels   []string
	objIDs   []uint64
	misc     int64
}

// recorder is an observer that records every buffer it sees.
type recorder struct {
	mu      sync.Mutex
	records []frameRecord
	noMeta  int
	other   []error
}

func (r *recorder) observe(info nvds.ProbeInfo) {
	b, err := info.BatchMeta()
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case errors.Is(err, nvds.ErrNoBatchMeta):
		r.noMeta++
		return
	case err != nil:
		r.other = append(r.other, err)
		return
	}
	rec := frameRecord{frames: int(b.NumFramesInBatch())}
	for f := range b.Frames() {
		rec.frameNum = f.FrameNum()
		rec.misc = f.MiscFrameInfo()[0]
		for o := range f.Objects() {
			rec.classes = append(rec.classes, o.ClassID())
			rec.labels = append(rec.labels, o.Label())
			rec.objIDs = append(rec.objIDs, o.ObjectID())
		}
	}
	r.records = append(r.records, rec)
}

func (r *recorder) snapshot() ([]frameRecord, int, []error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]frameRecord(nil), r.records...), r.noMeta, append([]error(nil), r.other...)
}

// objectsFor is how many objects frame n gets, and their class ids.
func objectsFor(n int32) []int32 {
	classes := make([]int32, n%4+1)
	for i := range classes {
		classes[i] = int32(i) % int32(len(classLabels))
	}
	return classes
}

// fillBatch creates a one-frame batch meta for frame n the way a muxer and
// a detector would: frame meta, then objects with class ids and labels.
func fillBatch(t testing.TB, n int32) *nvds.OwnedBatchMeta {
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	b := owned.Meta()
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	pf.Meta().SetFrameNum(n)
	pf.Meta().SetSourceID(0)
	f := b.AddFrame(pf)
	for i, c := range objectsFor(n) {
		po, err := b.AcquireObjectMeta()
		require.NoError(t, err)
		o := po.Meta()
		o.SetClassID(c)
		require.NoError(t, o.SetLabel(classLabels[c]))
		o.SetConfidence(0.9)
		o.RectParams().SetRect(nvds.Rect{Left: float32(4 * i), Top: 2, Width: 8, Height: 8})
		f.AddObject(po, nvds.ObjectMeta{})
	}
	return owned
}

// annotate is the downstream operator's write: frame misc_frame_info[0] and
// every object's object_id, derived from the frame number.
func annotate(info nvds.ProbeInfo) nvds.ProbeReturn {
	b, err := info.BatchMeta()
	if err != nil {
		return nvds.ProbeOK
	}
	for f := range b.Frames() {
		f.MiscFrameInfo()[0] = int64(f.FrameNum())*10 + 1
		i := uint64(0)
		for o := range f.Objects() {
			o.SetObjectID(uint64(f.FrameNum())*100 + i)
			i++
		}
	}
	return nvds.ProbeOK
}

// checkRecords asserts that an observer behind annotate saw frames 0..n-1
// in order, each with the objects fillBatch made and annotate's writes.
func checkRecords(t *testing.T, name string, recs []frameRecord, n int) {
	t.Helper()
	require.Len(t, recs, n, "%s: buffers with batch meta", name)
	for i, rec := range recs {
		num := int32(i)
		want := objectsFor(num)
		assert.Equal(t, num, rec.frameNum, "%s: frame order", name)
		assert.Equal(t, 1, rec.frames, "%s: num_frames_in_batch", name)
		assert.Equal(t, want, rec.classes, "%s frame %d: class ids", name, num)
		var labels []string
		var ids []uint64
		for j, c := range want {
			labels = append(labels, classLabels[c])
			ids = append(ids, uint64(num)*100+uint64(j))
		}
		assert.Equal(t, labels, rec.labels, "%s frame %d: labels", name, num)
		assert.Equal(t, ids, rec.objIDs, "%s frame %d: downstream write", name, num)
		assert.Equal(t, int64(num)*10+1, rec.misc, "%s frame %d: downstream write", name, num)
	}
}

func newPipeline(t *testing.T, desc string) *gst.Pipeline {
	t.Helper()
	p, err := gst.NewPipelineFromString(desc)
	require.NoError(t, err)
	return p
}

func staticPad(t testing.TB, p *gst.Pipeline, element, name string) *gst.Pad {
	t.Helper()
	e, err := p.GetElementByName(element)
	require.NoError(t, err)
	pad := e.GetStaticPad(name)
	require.NotNil(t, pad, "%s.%s", element, name)
	return pad
}

// play runs p to EOS (or fails on an error message or a timeout), then
// sets it to NULL.
func play(t testing.TB, p *gst.Pipeline, push func()) {
	t.Helper()
	require.NoError(t, p.SetState(gst.StatePlaying))
	if push != nil {
		push()
	}
	msg := p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(60*time.Second), gst.MessageEOS|gst.MessageError)
	require.NoError(t, p.SetState(gst.StateNull))
	runtime.KeepAlive(p) // go-gst v1.4.0 may otherwise finalize p during SetState
	require.NotNil(t, msg, "no EOS within a minute")
	if msg.Type() == gst.MessageError {
		require.Fail(t, "pipeline error", "%v", msg.ParseError())
	}
}

// dropPipeline releases the test's go-gst wrappers and waits for their
// finalizers (go-gst unrefs in finalizers), then checks that the embedded
// runtime has nothing left alive.
func dropPipeline(t *testing.T, probes ...*nvds.Probe) {
	t.Helper()
	for _, p := range probes {
		p.Remove()
	}
	testmain.NoneLive(t)
}

// Operator probes on the "muxer"'s src pad create the batch meta and attach
// it to the (writable) buffer; a downstream operator writes to it; observers
// on both branches of a tee read it back.
func TestPipelineOperatorAttachesBatchMeta(t *testing.T) {
	const n = 24
	func() {
		p := newPipeline(t, fmt.Sprintf(
			"videotestsrc name=src num-buffers=%d ! video/x-raw,width=64,height=48 ! identity name=mux ! %s", n, teeBranches))

		var upstream, q1, q2 recorder
		var attachErrs []error
		var frame int32
		up, err := gogst.AddObserver(staticPad(t, p, "src", "src"), upstream.observe)
		require.NoError(t, err)
		mux, err := gogst.AddOperator(staticPad(t, p, "mux", "src"), func(info nvds.ProbeInfo) nvds.ProbeReturn {
			owned := fillBatch(t, frame)
			frame++
			if _, err := owned.AttachToBuffer(info.Buffer()); err != nil {
				owned.Release()
				attachErrs = append(attachErrs, err)
			}
			return nvds.ProbeOK
		})
		require.NoError(t, err)
		ann, err := gogst.AddOperator(staticPad(t, p, "t", "sink"), annotate)
		require.NoError(t, err)
		o1, err := gogst.AddObserver(staticPad(t, p, "q1", "src"), q1.observe)
		require.NoError(t, err)
		o2, err := gogst.AddObserver(staticPad(t, p, "q2", "src"), q2.observe)
		require.NoError(t, err)

		play(t, p, nil)

		require.Empty(t, attachErrs, "buffers at identity's src pad must be writable")
		require.Equal(t, int32(n), frame)
		recs, noMeta, other := upstream.snapshot()
		assert.Empty(t, recs, "batch meta upstream of the muxer")
		assert.Equal(t, n, noMeta, "ErrNoBatchMeta upstream of the muxer")
		assert.Empty(t, other)
		for name, r := range map[string]*recorder{"q1": &q1, "q2": &q2} {
			recs, noMeta, other := r.snapshot()
			assert.Zero(t, noMeta, name)
			assert.Empty(t, other, name)
			checkRecords(t, name, recs, n)
		}
		dropPipeline(t, up, mux, ann, o1, o2)
	}()
	testmain.NoneLive(t)
}

// appsrc pushes buffers that already carry batch meta, which is how a real
// muxer publishes it; every fifth buffer has none.
func TestPipelineAppsrcWithBatchMeta(t *testing.T) {
	const n = 40
	func() {
		p := newPipeline(t, "appsrc name=src format=time caps=application/x-test ! identity name=mux ! "+teeBranches)
		src := app.SrcFromElement(func() *gst.Element {
			e, err := p.GetElementByName("src")
			require.NoError(t, err)
			return e
		}())

		var atMux, q1, q2 recorder
		m, err := gogst.AddObserver(staticPad(t, p, "mux", "sink"), atMux.observe)
		require.NoError(t, err)
		ann, err := gogst.AddOperator(staticPad(t, p, "t", "sink"), annotate)
		require.NoError(t, err)
		o1, err := gogst.AddObserver(staticPad(t, p, "q1", "src"), q1.observe)
		require.NoError(t, err)
		o2, err := gogst.AddObserver(staticPad(t, p, "q2", "src"), q2.observe)
		require.NoError(t, err)

		play(t, p, func() {
			frame := int32(0)
			for i := range n {
				buf := gst.NewBufferWithSize(8)
				buf.SetPresentationTimestamp(gst.ClockTime(i) * gst.ClockTime(time.Millisecond))
				if i%5 != 4 {
					b, err := gogst.AttachBatchMeta(buf, fillBatch(t, frame))
					require.NoError(t, err)
					assert.Equal(t, 1, b.NumFrames())
					assertRuntimeHas(t, "embedded.batch_meta")
					assertRuntimeHas(t, "embedded.gst_meta")
					frame++
				} else {
					_, err := gogst.BatchMeta(buf)
					assert.ErrorIs(t, err, nvds.ErrNoBatchMeta)
				}
				require.Equal(t, gst.FlowOK, src.PushBuffer(buf))
			}
			src.EndStream()
		})

		want := n - n/5
		for name, r := range map[string]*recorder{"mux": &atMux, "q1": &q1, "q2": &q2} {
			recs, noMeta, other := r.snapshot()
			assert.Equal(t, n/5, noMeta, "%s: ErrNoBatchMeta", name)
			assert.Empty(t, other, name)
			require.Len(t, recs, want, name)
			if name != "mux" {
				checkRecords(t, name, recs, want)
			}
		}
		dropPipeline(t, m, ann, o1, o2)
	}()
	testmain.NoneLive(t)
}

// 100k buffers through a pipeline with Go probes on a streaming thread:
// the Go heap must not grow by an allocation per buffer.
func TestPipelineProbesDoNotAllocate(t *testing.T) {
	testmain.SkipUnderASan(t, "counts Go mallocs")
	const n = 100_000
	p := newPipeline(t, fmt.Sprintf("fakesrc num-buffers=%d sizetype=fixed sizemax=16 ! identity name=mux ! fakesink name=sink", n))
	var calls, noMeta int
	obs, err := gogst.AddObserver(staticPad(t, p, "mux", "src"), func(info nvds.ProbeInfo) {
		calls++
		if _, err := info.BatchMeta(); errors.Is(err, nvds.ErrNoBatchMeta) {
			noMeta++
		}
	})
	require.NoError(t, err)
	op, err := gogst.AddOperator(staticPad(t, p, "sink", "sink"), func(nvds.ProbeInfo) nvds.ProbeReturn { return nvds.ProbeOK })
	require.NoError(t, err)

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	play(t, p, nil)
	runtime.ReadMemStats(&after)

	assert.Equal(t, n, calls)
	assert.Equal(t, n, noMeta)
	mallocs := after.Mallocs - before.Mallocs
	t.Logf("%d buffers: %d Go mallocs (including go-gst's bus and state calls), heap %d -> %d bytes",
		n, mallocs, before.HeapAlloc, after.HeapAlloc)
	assert.Less(t, mallocs, uint64(n/10), "the probe path allocates per buffer")
	obs.Remove()
	op.Remove()
}
