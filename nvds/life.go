package nvds

import "sync/atomic"

// batchLife is the Go-side record of one OwnedBatchMeta's lifetime. The
// views and pending values taken from that batch hold it and check it
// before reaching into the batch, so that using them after Release panics
// with errBatchReleased instead of writing freed pool memory (the C batch
// is gone by then, so the check cannot live there). It is a separate
// allocation per batch, never reused, so a new batch at the same address
// does not make a stale view valid again. Views of batches Go does not own
// (a probe's, BatchMetaFromBuffer) hold nil: their buffer frees them, out
// of Go's sight.
type batchLife struct{ released atomic.Bool }

// errBatchReleased is the panic value of a view or pending value used
// after its OwnedBatchMeta was released.
var errBatchReleased error = &Error{Op: "nvds", Err: ErrReleased,
	Msg: "batch meta used after OwnedBatchMeta.Release (its views and pending values died with it)"}

// alive panics with errBatchReleased once l's batch has been released.
func (l *batchLife) alive() {
	if l != nil && l.released.Load() {
		panic(errBatchReleased)
	}
}
