package misuse

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// Misuse of package nvds (issue #10, items 3, 4, 5, 6, 9, 13). Helpers are
// prefixed nv so that the other files of the package can add their own.

var nvGstOnce sync.Once

func nvGstInit() { nvGstOnce.Do(func() { gst.Init(nil) }) }

// nvPanicText runs f and returns what it panicked with as text, "" if it
// returned.
func nvPanicText(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// nvBatch makes a batch meta released when the test ends, and one frame in
// it.
func nvBatch(t *testing.T) (*nvds.OwnedBatchMeta, nvds.BatchMeta, nvds.FrameMeta) {
	t.Helper()
	owned, err := nvds.NewBatchMeta(2)
	require.NoError(t, err)
	t.Cleanup(owned.Release)
	b := owned.Meta()
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	return owned, b, b.AddFrame(pf)
}

// nvRunWithProbe runs "fakesrc ! identity name=mux ! identity name=op !
// fakesink": an operator on mux's src pad attaches a one-frame batch meta to
// every buffer (as nvstreammux would), and install puts the probe under test
// on op's src pad. It returns the text of the bus's error message, "" at EOS.
func nvRunWithProbe(t *testing.T, install func(pad *gst.Pad) (*nvds.Probe, error)) string {
	t.Helper()
	nvGstInit()
	p, err := gst.NewPipelineFromString("fakesrc num-buffers=20 sizetype=fixed sizemax=16 ! identity name=mux ! identity name=op ! fakesink")
	require.NoError(t, err)
	pad := func(element string) *gst.Pad {
		e, err := p.GetElementByName(element)
		require.NoError(t, err)
		return e.GetStaticPad("src")
	}
	mux, err := gogst.AddOperator(pad("mux"), func(info nvds.ProbeInfo) nvds.ProbeReturn {
		owned, err := nvds.NewBatchMeta(1)
		if err != nil {
			return nvds.ProbeDrop
		}
		pf, _ := owned.Meta().AcquireFrameMeta()
		owned.Meta().AddFrame(pf)
		if _, err := owned.AttachToBuffer(info.Buffer()); err != nil {
			owned.Release()
		}
		return nvds.ProbeOK
	})
	require.NoError(t, err)
	defer mux.Remove()
	probe, err := install(pad("op"))
	require.NoError(t, err)
	defer probe.Remove()

	require.NoError(t, p.SetState(gst.StatePlaying))
	msg := p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(30*time.Second), gst.MessageEOS|gst.MessageError)
	require.NoError(t, p.SetState(gst.StateNull))
	runtime.KeepAlive(p)
	require.NotNil(t, msg, "neither EOS nor an error within 30 s")
	if msg.Type() != gst.MessageError {
		return ""
	}
	return msg.Source() + ": " + msg.ParseError().Error()
}

func nvPanickingOperator(info nvds.ProbeInfo) nvds.ProbeReturn {
	b, err := info.BatchMeta()
	if err == nil {
		for f := range b.Frames() {
			f.SetFrameNum(99) // a half-done edit
		}
	}
	panic("operator misuse")
}

func nvPanickingObserver(nvds.ProbeInfo) {
	var f nvds.FrameMeta
	_ = f.NumObjects() // a zero view: a named panic, now recovered too
}

func nvExitingObserver(nvds.ProbeInfo) { runtime.Goexit() }

// Item 3: a panic in a probe, on a streaming thread, killed the process.
// Now the pipeline reports it on the bus, naming the probe, and the process
// carries on.
func TestProbePanicIsABusError(t *testing.T) {
	t.Run("operator", func(t *testing.T) {
		r := inChild(t, func() {
			msg := nvRunWithProbe(t, func(pad *gst.Pad) (*nvds.Probe, error) {
				return gogst.AddOperator(pad, nvPanickingOperator)
			})
			require.Contains(t, msg, "op: nvds operator probe")
			require.Contains(t, msg, "misuse.nvPanickingOperator panicked: operator misuse")
			require.Contains(t, msg, "(pad op:src)")
		})
		expectClean(t, r)
	})
	t.Run("observer", func(t *testing.T) {
		r := inChild(t, func() {
			msg := nvRunWithProbe(t, func(pad *gst.Pad) (*nvds.Probe, error) {
				return gogst.AddObserver(pad, nvPanickingObserver)
			})
			require.Contains(t, msg, "nvds observer probe")
			require.Contains(t, msg, "misuse.nvPanickingObserver panicked: nvds: FrameMeta used as a zero value")
		})
		expectClean(t, r)
	})
}

// Item 3, the part Go cannot recover: runtime.Goexit (t.FailNow in a probe)
// on a thread Go did not create aborts the process, whatever the deferred
// calls do. The guard reports it first, naming the probe, so the abort is
// explained instead of a bare runtime throw.
func TestProbeGoexitIsNamedBeforeTheAbort(t *testing.T) {
	r := inChild(t, func() {
		nvRunWithProbe(t, func(pad *gst.Pad) (*nvds.Probe, error) {
			return gogst.AddObserver(pad, nvExitingObserver)
		})
	})
	require.False(t, r.Exited, "Goexit on a streaming thread cannot be survived:\n%s", r.Output)
	if !strings.Contains(r.Output, "nvds observer probe github.com/go-deepstream/go-deepstream/internal/misuse.nvExitingObserver called runtime.Goexit") {
		t.Fatalf("the abort is not explained by a line naming the probe:\n%.2000s", r.Output)
	}
}

// Item 4: a hand-over to the wrong container consumed the value and lost
// it. Now it panics, naming the misuse, and the value stays pending.
func TestAttachToWrongContainerKeepsValue(t *testing.T) {
	_, a, fa := nvBatch(t)
	_, b, fb := nvBatch(t)

	obj, err := a.AcquireObjectMeta()
	require.NoError(t, err)
	assert.Contains(t, nvPanicText(func() { fb.AddObject(obj, nvds.ObjectMeta{}) }), "acquired from another batch")
	assert.Contains(t, nvPanicText(func() { nvds.FrameMeta{}.AddObject(obj, nvds.ObjectMeta{}) }), "FrameMeta used as a zero value")
	removed := fa
	pf, err := a.AcquireFrameMeta()
	require.NoError(t, err)
	fa = a.AddFrame(pf)
	a.RemoveFrame(removed)
	assert.Contains(t, nvPanicText(func() { removed.AddObject(obj, nvds.ObjectMeta{}) }), "container has no batch (removed")
	require.False(t, obj.Attached(), "the object must still be pending")
	assert.Equal(t, 0, fb.NumObjects())
	fa.AddObject(obj, nvds.ObjectMeta{})
	assert.Equal(t, 1, fa.NumObjects(), "the kept value attaches where it belongs")

	disp, err := b.AcquireDisplayMeta()
	require.NoError(t, err)
	assert.Contains(t, nvPanicText(func() { fa.AddDisplayMeta(disp) }), "acquired from another batch")
	require.False(t, disp.Attached())
	fb.AddDisplayMeta(disp)
}

// Item 5: a pending value acquired before Release wrote freed pool memory
// afterwards (AddressSanitizer: heap-use-after-free), and acquiring from the
// stale view said ErrPoolExhausted. Both now panic naming the misuse.
func TestUseAfterBatchRelease(t *testing.T) {
	t.Run("pending", func(t *testing.T) {
		r := inChild(t, func() {
			owned, err := nvds.NewBatchMeta(1)
			require.NoError(t, err)
			po, err := owned.Meta().AcquireObjectMeta()
			require.NoError(t, err)
			owned.Release()
			po.Meta().SetClassID(1)
		})
		expectPanic(t, r, "used after OwnedBatchMeta.Release")
	})
	t.Run("stale view", func(t *testing.T) {
		r := inChild(t, func() {
			owned, err := nvds.NewBatchMeta(1)
			require.NoError(t, err)
			b := owned.Meta()
			owned.Release()
			_, _ = b.AcquireObjectMeta()
		})
		expectPanic(t, r, "used after OwnedBatchMeta.Release")
	})
}

// Item 6: a mask's width, height or size set beyond its data made the
// object's copy read past the allocation (SIGSEGV). The setters refuse.
func TestMaskGeometryBeyondAllocation(t *testing.T) {
	r := inChild(t, func() {
		_, b, fa := nvBatch(t)
		po, err := b.AcquireObjectMeta()
		require.NoError(t, err)
		o := fa.AddObject(po, nvds.ObjectMeta{})
		m := o.MaskParams()
		data, err := m.AllocData(2, 2)
		require.NoError(t, err)
		copy(data, []float32{1, 2, 3, 4})
		require.ErrorIs(t, m.SetWidth(1<<14), nvds.ErrOutOfRange)
		require.ErrorIs(t, m.SetHeight(1<<14), nvds.ErrOutOfRange)
		require.ErrorIs(t, m.SetSize(1<<30), nvds.ErrOutOfRange)
		pf, err := b.AcquireFrameMeta()
		require.NoError(t, err)
		dst := b.AddFrame(pf)
		dst.CopyObjectsFrom(fa) // the copy reads size bytes of data
		for c := range dst.Objects() {
			require.Equal(t, []float32{1, 2, 3, 4}, c.MaskParams().Data())
		}
	})
	expectClean(t, r)
}

// Item 9: a second batch meta on one buffer was accepted and invisible
// downstream.
func TestAttachSecondBatchMetaToBuffer(t *testing.T) {
	nvGstInit()
	buf := gst.NewEmptyBuffer()
	first, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	_, err = gogst.AttachBatchMeta(buf, first)
	require.NoError(t, err)
	second, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	defer second.Release()
	_, err = gogst.AttachBatchMeta(buf, second)
	require.ErrorIs(t, err, nvds.ErrHasBatchMeta)
	assert.NotPanics(t, func() { second.Meta() }, "the refused batch is still the caller's")
	runtime.KeepAlive(buf)
}

// Item 13: zero views died with Go's bare nil dereference (reported as
// SIGSEGV). They panic naming the misuse.
func TestZeroViewNamesTheMisuse(t *testing.T) {
	t.Run("FrameMeta.Objects", func(t *testing.T) {
		r := inChild(t, func() { nvds.FrameMeta{}.Objects() })
		expectPanic(t, r, "nvds: FrameMeta used as a zero value")
	})
	t.Run("ObjectMeta.ClassID", func(t *testing.T) {
		r := inChild(t, func() { nvds.ObjectMeta{}.ClassID() })
		expectPanic(t, r, "nvds: ObjectMeta used as a zero value")
	})
	t.Run("MaskParams.Data", func(t *testing.T) {
		r := inChild(t, func() { nvds.MaskParams{}.Data() })
		expectPanic(t, r, "nvds: MaskParams used as a zero value")
	})
	t.Run("every view", func(t *testing.T) {
		for _, f := range []func(){
			func() { nvds.BatchMeta{}.NumFrames() }, func() { nvds.ClassifierMeta{}.NumLabels() },
			func() { nvds.LabelInfo{}.Label() }, func() { nvds.DisplayMeta{}.NumRects() },
			func() { nvds.UserMeta{}.Data() }, func() { nvds.RectParams{}.Rect() },
			func() { nvds.TextParams{}.DisplayText() }, func() { nvds.BaseMeta{}.MetaType() },
		} {
			msg := nvPanicText(f)
			assert.True(t, strings.Contains(msg, "used as a zero value"), "got %q", msg)
		}
	})
}
