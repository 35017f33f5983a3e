package dsapp

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Snapshots equal what a read-only probe sees, across seeds and
// densities, with one Snapshotter reused so that pooled storage is
// refilled by smaller and larger batches.
func TestSnapshotMatchesMetadata(t *testing.T) {
	s := NewSnapshotter(SnapshotOptions{Queue: 1, Payload: copyText})
	defer s.Close()
	for _, density := range []int{0, 1, 5, 30} {
		for _, frames := range []int{1, 4} {
			for seed := uint64(1); seed <= 8; seed++ {
				rng := rand.New(rand.NewPCG(seed, uint64(density*10+frames)))
				owned := genBatch(t, rng, frames, density)
				b := owned.Meta()
				want := readView(b, copyText)
				s.Capture(b)
				snap := <-s.C()
				ok := assert.Equal(t, want, normalize(snap.Frames), "seed %d density %d frames %d", seed, density, frames)
				ok = ok && assert.Equal(t, b.NumFramesInBatch(), snap.NumFrames)
				snap.Release()
				owned.Release()
				if !ok {
					t.Fatalf("seed %d density %d frames %d: snapshot differs from the metadata", seed, density, frames)
				}
			}
		}
	}
	st := s.Stats()
	assert.Equal(t, uint64(64), st.Captured)
	assert.Equal(t, uint64(0), st.Dropped)
	assert.Equal(t, uint64(1), st.Allocated, "one snapshot, reused every time")
}

// A snapshot copied with CopyTo outlives Release and the next capture.
func TestSnapshotCopyTo(t *testing.T) {
	s := NewSnapshotter(SnapshotOptions{Payload: copyText})
	defer s.Close()
	rng := rand.New(rand.NewPCG(7, 7))
	owned := genBatch(t, rng, 3, 10)
	want := readView(owned.Meta(), copyText)
	s.Capture(owned.Meta())
	owned.Release()
	snap := <-s.C()
	var kept BatchSnapshot
	snap.CopyTo(&kept)
	snap.Release()

	other := genBatch(t, rng, 2, 20)
	s.Capture(other.Meta()) // reuses snap's storage
	other.Release()
	(<-s.C()).Release()
	assert.Equal(t, want, normalize(kept.Frames))
	kept.Release() // standalone: only marks it
}

// DropOldest with a consumer that does not keep up: the newest batches
// are delivered, every discarded one is counted, and the gaps in Seq add
// up to the drops.
func TestSnapshotDropOldestCountsDrops(t *testing.T) {
	const batches, queue = 100, 3
	s := NewSnapshotter(SnapshotOptions{Queue: queue, Policy: DropOldest})
	rng := rand.New(rand.NewPCG(11, 0))
	owned := genBatch(t, rng, 2, 3)
	defer owned.Release()

	gate := make(chan struct{})
	got := make(chan []uint64)
	go func() { // a consumer that stalls after its first snapshot
		var seqs []uint64
		first := true
		for snap := range s.C() {
			seqs = append(seqs, snap.Seq)
			snap.Release()
			if first {
				first = false
				<-gate
			}
		}
		got <- seqs
	}()
	for range batches {
		s.Capture(owned.Meta())
	}
	close(gate)
	s.Close()
	seqs := <-got

	st := s.Stats()
	assert.Equal(t, uint64(batches), st.Captured)
	assert.Equal(t, uint64(batches), st.Dropped+uint64(len(seqs)), "every batch is delivered or counted as dropped")
	assert.GreaterOrEqual(t, st.Dropped, uint64(batches-queue-2), "the stalled consumer took at most queue+1 snapshots")
	assert.Equal(t, st.Delivered, uint64(len(seqs)))
	assert.Equal(t, uint64(batches), seqs[len(seqs)-1], "the newest batch is delivered")
	gaps := uint64(0)
	for i := 1; i < len(seqs); i++ {
		require.Greater(t, seqs[i], seqs[i-1], "in order")
		gaps += seqs[i] - seqs[i-1] - 1
	}
	gaps += seqs[0] - 1
	assert.Equal(t, st.Dropped, gaps)
	assert.LessOrEqual(t, st.Allocated, uint64(queue+3), "the pool is bounded by the queue")
}

// Block loses nothing: a slow consumer gets every batch, in order, and the
// producer waits for it.
func TestSnapshotBlockLosesNothing(t *testing.T) {
	const batches = 300
	s := NewSnapshotter(SnapshotOptions{Queue: 2, Policy: Block})
	rng := rand.New(rand.NewPCG(12, 0))
	owned := genBatch(t, rng, 1, 2)
	defer owned.Release()
	f, err := owned.Meta().Frame(0)
	require.NoError(t, err)

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range batches {
			f.SetFrameNum(int32(i)) // the metadata changes under the producer only
			s.Capture(owned.Meta())
		}
		s.Close()
	}()
	n := 0
	for snap := range s.C() {
		require.Equal(t, uint64(n+1), snap.Seq)
		require.Equal(t, int32(n), snap.Frames[0].FrameNum, "each snapshot holds its own batch's values")
		if n%50 == 0 {
			time.Sleep(5 * time.Millisecond) // slow consumer
		}
		snap.Release()
		n++
	}
	wg.Wait()
	assert.Equal(t, batches, n)
	st := s.Stats()
	assert.Equal(t, SnapshotStats{Captured: batches, Delivered: batches, Dropped: 0, Allocated: st.Allocated}, st)
	assert.LessOrEqual(t, st.Allocated, uint64(4))
}

// Close unblocks a capture waiting on a full queue under Block; its batch
// counts as dropped, the queued one can still be received, then C closes.
func TestSnapshotCloseUnblocks(t *testing.T) {
	s := NewSnapshotter(SnapshotOptions{Queue: 1, Policy: Block})
	owned := genBatch(t, rand.New(rand.NewPCG(13, 0)), 1, 1)
	defer owned.Release()
	s.Capture(owned.Meta())
	done := make(chan struct{})
	go func() {
		s.Capture(owned.Meta()) // blocks: the queue is full
		close(done)
	}()
	for s.Stats().Captured < 2 { // the second capture is copied and waits to send
		time.Sleep(time.Millisecond)
	}
	s.Close()
	<-done
	snap, ok := <-s.C()
	require.True(t, ok)
	assert.Equal(t, uint64(1), snap.Seq)
	snap.Release()
	_, ok = <-s.C()
	assert.False(t, ok, "C is closed")
	assert.Equal(t, uint64(1), s.Stats().Dropped)
	s.Capture(owned.Meta()) // after Close: nothing
	s.Close()               // twice: fine
	assert.Equal(t, uint64(2), s.Stats().Captured)
}

func TestSnapshotReleaseTwicePanics(t *testing.T) {
	s := NewSnapshotter(SnapshotOptions{})
	defer s.Close()
	owned := genBatch(t, rand.New(rand.NewPCG(14, 0)), 1, 1)
	defer owned.Release()
	s.Capture(owned.Meta())
	snap := <-s.C()
	snap.Release()
	assert.PanicsWithValue(t, "dsapp: BatchSnapshot.Release called twice (or on a snapshot not delivered by a Snapshotter)", snap.Release)
	assert.Panics(t, func() { NewSnapshotter(SnapshotOptions{Policy: 7}) })
}

// In steady state a capture, its delivery and its release allocate
// nothing, payload hook and parent links included.
func TestSnapshotZeroAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's instrumentation allocates")
	}
	for _, policy := range []SnapshotPolicy{Block, DropOldest} {
		s := NewSnapshotter(SnapshotOptions{Queue: 2, Policy: policy, Payload: copyText})
		owned := genBatch(t, rand.New(rand.NewPCG(15, 0)), 4, 20)
		b := owned.Meta()
		for range 3 { // warm: the pool and the label table fill
			s.Capture(b)
			(<-s.C()).Release()
		}
		allocs := testing.AllocsPerRun(200, func() {
			s.Capture(b)
			(<-s.C()).Release()
		})
		assert.Zero(t, allocs, "%v: allocations per buffer", policy)
		// DropOldest with a full queue: drops recycle without allocating.
		if policy == DropOldest {
			allocs = testing.AllocsPerRun(200, func() { s.Capture(b) })
			assert.Zero(t, allocs, "dropping allocates nothing")
		}
		s.Close()
		for snap := range s.C() {
			snap.Release()
		}
		owned.Release()
	}
}
