package dsapp

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// SnapshotPolicy says what a Snapshotter does when its queue is full
// because the consumer is slower than the pipeline.
type SnapshotPolicy int

const (
	// Block makes the streaming thread wait until the consumer takes a
	// snapshot: nothing is lost, and a slow consumer slows the pipeline
	// (back-pressure up to the source; a live source then drops frames
	// itself). Close unblocks a waiting probe.
	Block SnapshotPolicy = iota
	// DropOldest discards the oldest snapshot waiting in the queue to make
	// room for the new one: the pipeline never waits, the consumer sees
	// the most recent batches, and each discarded batch is counted
	// (SnapshotStats.Dropped, and a gap in BatchSnapshot.Seq).
	DropOldest
)

// String returns "Block" or "DropOldest".
func (p SnapshotPolicy) String() string {
	switch p {
	case Block:
		return "Block"
	case DropOldest:
		return "DropOldest"
	}
	return fmt.Sprintf("SnapshotPolicy(%d)", int(p))
}

// PayloadFunc copies what a consumer needs of one user meta: it appends
// the bytes to dst and returns the result with ok true, or returns ok
// false to skip the user meta. It runs on the streaming thread, while the
// buffer is held, so it must be quick and must not keep u; appending to
// dst allocates nothing once the snapshot's storage has grown.
type PayloadFunc func(u nvds.UserMeta, dst []byte) (out []byte, ok bool)

// SnapshotOptions configures a Snapshotter.
type SnapshotOptions struct {
	// Queue is how many snapshots may wait for the consumer; 0 means 8.
	Queue int
	// Policy is what happens when the queue is full.
	Policy SnapshotPolicy
	// Payload, if set, is called for every frame and object user meta;
	// what it returns is kept in FrameSnapshot.Payloads and
	// ObjectSnapshot.Payloads.
	Payload PayloadFunc
}

// SnapshotStats are a Snapshotter's counters.
type SnapshotStats struct {
	// Captured is how many batches were copied; Delivered how many the
	// consumer received; Dropped how many DropOldest discarded (or were
	// discarded at Close while waiting); Allocated how many snapshots the
	// pool made (it stops growing in steady state).
	Captured, Delivered, Dropped, Allocated uint64
}

// Snapshotter copies each batch's metadata off the streaming thread: its
// probe (Attach, or Capture from your own probe) copies frames, objects,
// classifier labels, tracker ids and the payloads a hook chooses into a
// pooled BatchSnapshot and queues it on a bounded channel (C), so that a
// Go service can ship detections elsewhere without holding the buffer.
//
// Per buffer the probe allocates nothing in steady state: snapshots come
// from a pool and go back to it with BatchSnapshot.Release, and labels are
// interned (looked up by the bytes of the C array; up to 4096 distinct
// labels are kept, later new ones cost one allocation each).
// The consumer owns each snapshot it receives until it releases it.
type Snapshotter struct {
	opts SnapshotOptions
	ch   chan *BatchSnapshot

	// sendMu is held for reading by every capture, and for writing by
	// Close while it closes ch, so that no capture sends on a closed
	// channel.
	sendMu sync.RWMutex
	closed bool
	done   chan struct{} // closed by Close: unblocks Block sends
	once   sync.Once

	poolMu sync.Mutex
	pool   []*BatchSnapshot

	labelMu sync.Mutex
	labels  map[string]string

	probesMu sync.Mutex
	probes   []*nvds.Probe

	seq                                   atomic.Uint64
	captured, delivered, dropped, created atomic.Uint64
}

// NewSnapshotter returns a Snapshotter that captures nothing until Attach
// (or Capture).
func NewSnapshotter(opts SnapshotOptions) *Snapshotter {
	if opts.Queue <= 0 {
		opts.Queue = 8
	}
	if opts.Policy != Block && opts.Policy != DropOldest {
		panic(fmt.Sprintf("dsapp.NewSnapshotter: unknown policy %v", opts.Policy))
	}
	return &Snapshotter{
		opts:   opts,
		ch:     make(chan *BatchSnapshot, opts.Queue),
		done:   make(chan struct{}),
		labels: map[string]string{},
	}
}

// C is the channel the snapshots arrive on, in capture order. It is closed
// by Close, after the snapshots already queued, so ranging over it ends.
// Each snapshot received must be released (BatchSnapshot.Release).
func (s *Snapshotter) C() <-chan *BatchSnapshot { return s.ch }

// Attach installs the Snapshotter's read-only probe on pad (nvds.AddObserver
// through gogst): each buffer with batch meta is captured. Close removes
// it.
func (s *Snapshotter) Attach(pad *gst.Pad) error {
	p, err := gogst.AddObserver(pad, s.observe)
	if err != nil {
		return err
	}
	s.probesMu.Lock()
	s.probes = append(s.probes, p)
	s.probesMu.Unlock()
	return nil
}

func (s *Snapshotter) observe(info nvds.ProbeInfo) {
	if b, err := info.BatchMeta(); err == nil {
		s.Capture(b)
	}
}

// Capture copies b and queues the snapshot according to the policy, for
// callers that run their own probe. b is only read, during the call. After
// Close it does nothing.
func (s *Snapshotter) Capture(b nvds.BatchMeta) {
	s.sendMu.RLock()
	defer s.sendMu.RUnlock()
	if s.closed {
		return
	}
	snap := s.get()
	snap.Seq = s.seq.Add(1)
	s.fill(snap, b)
	s.captured.Add(1)
	s.send(snap)
}

// send queues snap (sendMu read-held).
func (s *Snapshotter) send(snap *BatchSnapshot) {
	if s.opts.Policy == Block {
		select {
		case s.ch <- snap:
			s.delivered.Add(1)
		case <-s.done:
			s.dropped.Add(1)
			s.put(snap)
		}
		return
	}
	for {
		select {
		case s.ch <- snap:
			s.delivered.Add(1)
			return
		default:
		}
		// Full: take the oldest back (unless the consumer just did).
		select {
		case old := <-s.ch:
			s.delivered.Add(^uint64(0)) // it was counted when queued
			s.dropped.Add(1)
			s.put(old)
		default:
		}
	}
}

// Stats returns the counters. Delivered counts snapshots queued and not
// dropped since, so it includes those still waiting in C.
func (s *Snapshotter) Stats() SnapshotStats {
	return SnapshotStats{
		Captured:  s.captured.Load(),
		Delivered: s.delivered.Load(),
		Dropped:   s.dropped.Load(),
		Allocated: s.created.Load(),
	}
}

// Close removes the probes, unblocks a capture waiting under Block (its
// batch is counted as dropped), waits for captures in progress, and closes
// C; snapshots already queued can still be received. Safe to call more
// than once.
func (s *Snapshotter) Close() {
	s.probesMu.Lock()
	probes := s.probes
	s.probes = nil
	s.probesMu.Unlock()
	for _, p := range probes {
		p.Remove()
	}
	// done first: a capture blocked on a full queue holds sendMu.
	s.once.Do(func() { close(s.done) })
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	if s.closed {
		return
	}
	s.closed = true
	close(s.ch)
}

// get takes a snapshot from the pool, or makes one.
func (s *Snapshotter) get() *BatchSnapshot {
	s.poolMu.Lock()
	if n := len(s.pool); n > 0 {
		snap := s.pool[n-1]
		s.pool = s.pool[:n-1]
		s.poolMu.Unlock()
		snap.released.Store(false)
		return snap
	}
	s.poolMu.Unlock()
	s.created.Add(1)
	return &BatchSnapshot{owner: s}
}

// put returns a snapshot the consumer never saw to the pool.
func (s *Snapshotter) put(snap *BatchSnapshot) {
	snap.released.Store(true)
	s.recycle(snap)
}

// recycle is Release's second half.
func (s *Snapshotter) recycle(snap *BatchSnapshot) {
	s.poolMu.Lock()
	s.pool = append(s.pool, snap)
	s.poolMu.Unlock()
}
