//go:build !deepstream

package nvds

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds/internal/cbench"
)

// 100k buffers through an observer and an operator, pushed from a thread
// GLib created (a streaming thread): the probe path must not allocate per
// buffer on the Go heap, and nothing may pile up in the runtime.
func TestProbeCallsDoNotAllocate(t *testing.T) {
	testmain.SkipUnderASan(t, "counts Go mallocs")
	const n = 100_000
	src, _, buf := padPair(t, 4)
	handles := leak.Count("nvds.probe_handles")

	var frames, objects int
	obs, err := AddObserver(src, func(info ProbeInfo) {
		b, err := info.BatchMeta()
		if err != nil {
			return
		}
		for f := range b.Frames() {
			frames++
			for range f.Objects() {
				objects++
			}
		}
	})
	require.NoError(t, err)
	op, err := AddOperator(src, func(info ProbeInfo) ProbeReturn {
		if b, err := info.BatchMeta(); err == nil {
			b.MiscBatchInfo()[1]++
		}
		return ProbeOK
	})
	require.NoError(t, err)

	// Warm up: the first callback on a new C thread sets up its M.
	require.GreaterOrEqual(t, cbench.PushOnThread(src, buf, 100), int64(0))
	frames = 0

	runtime.GC()
	live := leak.Live()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	require.GreaterOrEqual(t, cbench.PushOnThread(src, buf, n), int64(0))
	runtime.ReadMemStats(&after)

	assert.Equal(t, 4*n, frames)
	mallocs := after.Mallocs - before.Mallocs
	t.Logf("%d buffers: %d Go mallocs, heap %d -> %d bytes", n, mallocs, before.HeapAlloc, after.HeapAlloc)
	assert.Less(t, mallocs, uint64(n/10), "the probe path allocates per buffer")
	assert.Equal(t, live, leak.Live(), "runtime counts changed over the run")

	obs.Remove()
	op.Remove()
	assert.Equal(t, handles, leak.Count("nvds.probe_handles"))
}
