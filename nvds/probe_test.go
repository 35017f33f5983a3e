package nvds

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/nvds/internal/cbench"
)

// padPair gives a linked, active pad pair (cbench.PadPair) released at the
// end of the test, and a buffer carrying a batch meta of frames frames.
func padPair(t *testing.T, frames int) (src, sink, buf unsafe.Pointer) {
	t.Helper()
	src, sink = cbench.PadPair()
	buf = cbench.NewBuffer(16, frames)
	t.Cleanup(func() {
		cbench.UnrefBuffer(buf)
		cbench.Unref(src)
		cbench.Unref(sink)
	})
	return src, sink, buf
}

// noNewWarnings fails the test if GLib or GStreamer warned during it (for
// example about removing a probe id that is already gone).
func noNewWarnings(t *testing.T) {
	t.Helper()
	before := cbench.Warnings()
	t.Cleanup(func() {
		assert.Equal(t, before, cbench.Warnings(), "GLib/GStreamer warnings during the test")
	})
}

func TestObserverSeesEveryBuffer(t *testing.T) {
	noNewWarnings(t)
	handles := leak.Count("nvds.probe_handles")
	src, _, buf := padPair(t, 3)

	var calls, frames int
	var seen unsafe.Pointer
	p, err := AddObserver(src, func(info ProbeInfo) {
		calls++
		seen = info.Buffer()
		b, err := info.BatchMeta()
		if err == nil {
			frames += b.NumFrames()
		}
	})
	require.NoError(t, err)
	assert.Equal(t, handles+1, leak.Count("nvds.probe_handles"))

	require.GreaterOrEqual(t, cbench.Push(src, buf, 10), int64(0))
	assert.Equal(t, 10, calls)
	assert.Equal(t, 30, frames)
	assert.Equal(t, buf, seen, "the probe must see the pushed GstBuffer itself")

	p.Remove()
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"), "Remove must release the handle")
	require.GreaterOrEqual(t, cbench.Push(src, buf, 5), int64(0))
	assert.Equal(t, 10, calls, "a removed probe was called")
}

func TestProbeWithoutBatchMeta(t *testing.T) {
	src, _, buf := padPair(t, 0)
	var gotErr, opErr error
	obs, err := AddObserver(src, func(info ProbeInfo) { _, gotErr = info.BatchMeta() })
	require.NoError(t, err)
	defer obs.Remove()
	op, err := AddOperator(src, func(info ProbeInfo) ProbeReturn {
		_, opErr = info.BatchMeta()
		return ProbeOK
	})
	require.NoError(t, err)
	defer op.Remove()

	require.GreaterOrEqual(t, cbench.Push(src, buf, 1), int64(0))
	assert.True(t, errors.Is(gotErr, ErrNoBatchMeta), "observer: %v", gotErr)
	assert.True(t, errors.Is(opErr, ErrNoBatchMeta), "operator: %v", opErr)
}

func TestOperatorDropStopsTheBuffer(t *testing.T) {
	src, sink, buf := padPair(t, 1)
	var downstream int
	d, err := AddObserver(sink, func(ProbeInfo) { downstream++ })
	require.NoError(t, err)
	defer d.Remove()

	drop := true
	op, err := AddOperator(src, func(info ProbeInfo) ProbeReturn {
		b, err := info.BatchMeta()
		if err != nil {
			return ProbeOK
		}
		b.MiscBatchInfo()[0]++ // a write, under the batch-meta lock
		if drop {
			return ProbeDrop
		}
		return ProbeOK
	})
	require.NoError(t, err)
	defer op.Remove()

	require.GreaterOrEqual(t, cbench.Push(src, buf, 4), int64(0))
	assert.Equal(t, 0, downstream, "dropped buffers reached the sink pad")
	drop = false
	require.GreaterOrEqual(t, cbench.Push(src, buf, 3), int64(0))
	assert.Equal(t, 3, downstream)

	bm, err := BatchMetaFromBuffer(buf)
	require.NoError(t, err)
	assert.Equal(t, int64(7), bm.MiscBatchInfo()[0])
}

func TestOperatorUnknownResultPasses(t *testing.T) {
	src, sink, buf := padPair(t, 1)
	var downstream int
	d, err := AddObserver(sink, func(ProbeInfo) { downstream++ })
	require.NoError(t, err)
	defer d.Remove()
	// GST_PAD_PROBE_HANDLED (4) and nonsense values must not make
	// GStreamer believe the Go side took the buffer over.
	for _, r := range []ProbeReturn{4, 99, -1} {
		op, err := AddOperator(src, func(ProbeInfo) ProbeReturn { return r })
		require.NoError(t, err)
		require.GreaterOrEqual(t, cbench.Push(src, buf, 1), int64(0))
		op.Remove()
	}
	assert.Equal(t, 3, downstream)
}

func TestOperatorProbeRemove(t *testing.T) {
	noNewWarnings(t)
	handles := leak.Count("nvds.probe_handles")
	src, _, buf := padPair(t, 1)
	var calls int
	p, err := AddOperator(src, func(ProbeInfo) ProbeReturn {
		calls++
		return ProbeRemove
	})
	require.NoError(t, err)
	require.GreaterOrEqual(t, cbench.Push(src, buf, 5), int64(0))
	assert.Equal(t, 1, calls)
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"), "ProbeRemove must release the handle")
	// Removing again must neither warn nor touch freed memory.
	p.Remove()
	p.Remove()
}

func TestRemoveIsIdempotent(t *testing.T) {
	noNewWarnings(t)
	handles := leak.Count("nvds.probe_handles")
	src, _, _ := padPair(t, 1)
	p, err := AddObserver(src, func(ProbeInfo) {})
	require.NoError(t, err)
	p.Remove()
	p.Remove()
	var nilProbe *Probe
	nilProbe.Remove()
	(&Probe{}).Remove()
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"))
}

func TestRemoveConcurrently(t *testing.T) {
	noNewWarnings(t)
	handles := leak.Count("nvds.probe_handles")
	src, _, _ := padPair(t, 1)
	p, err := AddObserver(src, func(ProbeInfo) {})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.Remove()
		}()
	}
	wg.Wait()
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"))
}

func TestRemoveFromInsideTheProbe(t *testing.T) {
	noNewWarnings(t)
	handles := leak.Count("nvds.probe_handles")
	src, _, buf := padPair(t, 1)
	var calls int
	var p *Probe
	var err error
	p, err = AddObserver(src, func(ProbeInfo) {
		calls++
		p.Remove()
	})
	require.NoError(t, err)
	require.GreaterOrEqual(t, cbench.Push(src, buf, 3), int64(0))
	assert.Equal(t, 1, calls)
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"))
}

// An operator returning ProbeRemove on the streaming thread while Remove
// runs elsewhere: exactly one of them removes the hook, nothing warns.
func TestRemoveRacesProbeRemove(t *testing.T) {
	noNewWarnings(t)
	handles := leak.Count("nvds.probe_handles")
	src, _, buf := padPair(t, 1)
	for range 200 {
		p, err := AddOperator(src, func(ProbeInfo) ProbeReturn { return ProbeRemove })
		require.NoError(t, err)
		done := make(chan struct{})
		go func() {
			defer close(done)
			cbench.PushOnThread(src, buf, 2)
		}()
		runtime.Gosched()
		p.Remove()
		<-done
	}
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"))
}

func TestPadFinalizeReleasesHandles(t *testing.T) {
	noNewWarnings(t)
	handles := leak.Count("nvds.probe_handles")
	src, sink := cbench.PadPair()
	buf := cbench.NewBuffer(16, 1)
	defer cbench.UnrefBuffer(buf)

	var calls atomic.Int64
	var probes []*Probe
	for range 3 {
		p, err := AddObserver(src, func(ProbeInfo) { calls.Add(1) })
		require.NoError(t, err)
		probes = append(probes, p)
		p, err = AddOperator(sink, func(ProbeInfo) ProbeReturn { calls.Add(1); return ProbeOK })
		require.NoError(t, err)
		probes = append(probes, p)
	}
	assert.Equal(t, handles+6, leak.Count("nvds.probe_handles"))
	require.GreaterOrEqual(t, cbench.Push(src, buf, 2), int64(0))
	assert.Equal(t, int64(12), calls.Load())

	// The probes do not keep the pads alive: dropping the last references
	// finalizes the pads, and that releases every handle.
	cbench.Unref(src)
	cbench.Unref(sink)
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"), "pad finalize must release the probes' handles")
	for _, p := range probes {
		p.Remove() // the pad is gone: a no-op
	}
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"))
}

func TestAddProbeErrors(t *testing.T) {
	handles := leak.Count("nvds.probe_handles")
	src, _, _ := padPair(t, 1)
	_, err := AddObserver(nil, func(ProbeInfo) {})
	assert.Error(t, err)
	_, err = AddOperator(nil, func(ProbeInfo) ProbeReturn { return ProbeOK })
	assert.Error(t, err)
	_, err = AddObserver(src, nil)
	assert.Error(t, err)
	_, err = AddOperator(src, nil)
	assert.Error(t, err)
	var e *Error
	assert.True(t, errors.As(err, &e))
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"))
}

func TestProbeFromStreamingThread(t *testing.T) {
	src, _, buf := padPair(t, 2)
	var frames atomic.Int64
	p, err := AddObserver(src, func(info ProbeInfo) {
		if b, err := info.BatchMeta(); err == nil {
			frames.Add(int64(b.NumFrames()))
		}
	})
	require.NoError(t, err)
	defer p.Remove()
	require.GreaterOrEqual(t, cbench.PushOnThread(src, buf, 1000), int64(0))
	assert.Equal(t, int64(2000), frames.Load())
}
