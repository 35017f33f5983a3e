package nvds

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/nvds/internal/cbench"
)

// A probe function that panics must not take the streaming thread down
// (issue #10, item 3): these push from a GLib-created thread, as a
// streaming thread is, where an unrecovered panic kills the process.

func panickingObserver(ProbeInfo) { panic("observer boom") }

func panickingOperator(info ProbeInfo) ProbeReturn {
	if b, err := info.BatchMeta(); err == nil {
		b.MiscBatchInfo()[0] = 7 // half done when it panics
	}
	panic("operator boom")
}

func TestObserverPanicIsRecovered(t *testing.T) {
	handles := leak.Count("nvds.probe_handles")
	warnings := cbench.Warnings()
	src, sink, buf := padPair(t, 1)
	var calls, passed atomic.Int64
	_, err := AddObserver(src, func(info ProbeInfo) { calls.Add(1); panickingObserver(info) })
	require.NoError(t, err)
	counter, err := AddObserver(sink, func(ProbeInfo) { passed.Add(1) })
	require.NoError(t, err)
	defer counter.Remove()

	require.GreaterOrEqual(t, cbench.PushOnThread(src, buf, 5), int64(0))
	assert.Equal(t, int64(1), calls.Load(), "a probe that panicked is removed")
	assert.Equal(t, int64(5), passed.Load(), "an observer's buffer passes, even the one it panicked on")
	assert.Equal(t, warnings+1, cbench.Warnings(), "a pad without a parent element logs the failure (g_warning)")
	assert.Equal(t, handles+1, leak.Count("nvds.probe_handles"), "the failed probe's handle is released, the counter's is not")
}

func TestOperatorPanicDropsUnlocksAndRemoves(t *testing.T) {
	handles := leak.Count("nvds.probe_handles")
	src, sink, buf := padPair(t, 1)
	var calls, passed atomic.Int64
	p, err := AddOperator(src, func(info ProbeInfo) ProbeReturn { calls.Add(1); return panickingOperator(info) })
	require.NoError(t, err)
	counter, err := AddObserver(sink, func(ProbeInfo) { passed.Add(1) })
	require.NoError(t, err)
	defer counter.Remove()

	require.GreaterOrEqual(t, cbench.PushOnThread(src, buf, 5), int64(0))
	assert.Equal(t, int64(1), calls.Load(), "a probe that panicked is removed")
	assert.Equal(t, int64(4), passed.Load(), "the buffer the operator panicked on is dropped, the rest pass")
	p.Remove() // a no-op now, and no GLib warning about a gone probe id
	assert.Equal(t, handles+1, leak.Count("nvds.probe_handles"))

	// The lock the trampoline took on the GLib thread was released: another
	// thread gets it.
	batch, err := BatchMetaFromBuffer(buf)
	require.NoError(t, err)
	got := make(chan struct{})
	go func() { batch.Lock()(); close(got) }()
	select {
	case <-got:
	case <-time.After(10 * time.Second):
		t.Fatal("the batch-meta lock is still held after the operator panicked")
	}
}

// In a pipeline the failure is an error message on the bus, from the pad's
// element, naming the probe and the panic value.
func TestProbePanicPostsBusError(t *testing.T) {
	for _, tc := range []struct {
		name    string
		install func(pad unsafe.Pointer) (*Probe, error)
		want    []string
	}{
		{"observer", func(pad unsafe.Pointer) (*Probe, error) { return AddObserver(pad, panickingObserver) },
			[]string{"mux: nvds observer probe", "panickingObserver panicked: observer boom", "(pad mux:src)"}},
		{"operator", func(pad unsafe.Pointer) (*Probe, error) { return AddOperator(pad, panickingOperator) },
			[]string{"mux: nvds operator probe", "panickingOperator panicked: operator boom", "(pad mux:src)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := cbench.Pipeline("fakesrc num-buffers=50 sizetype=fixed sizemax=16 ! identity name=mux ! fakesink")
			require.NotNil(t, p)
			defer cbench.Unref(p)
			pad := cbench.ElementPad(p, "mux", "src")
			require.NotNil(t, pad)
			defer cbench.Unref(pad)
			probe, err := tc.install(pad)
			require.NoError(t, err)
			defer probe.Remove()
			msg := cbench.RunError(p)
			for _, w := range tc.want {
				assert.Contains(t, msg, w)
			}
			assert.False(t, strings.Contains(msg, "\n"), "the message is one line; the stack is the debug text")
		})
	}
}
