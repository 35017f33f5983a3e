package nvds

// Pending is metadata acquired from a batch's pool and not yet attached.
// Until it is attached the Go caller owns it; attaching (FrameMeta.AddObject
// and friends) consumes it, and any later use panics with a clear message
// instead of corrupting the pool. An entry that is never attached goes back
// to the pool when the batch meta is destroyed.
//
// Handing it over checks the container first: a zero container, one of
// another batch, one already removed, or a pending value already consumed
// is a programming error, so the attach panics with a message naming it,
// and the value stays pending (nothing is lost; attach it elsewhere). A
// pending value of an OwnedBatchMeta that was released panics when used.
//
// The Acquire methods return a Pending even with an error (then it is
// empty, and Meta panics): that keeps them small enough to inline, so a
// Pending that does not escape costs no heap allocation.
type Pending[T comparable] struct {
	v    T          // the zero view once consumed
	life *batchLife // the OwnedBatchMeta's lifetime, nil for other batches
}

const consumedMsg = "nvds: pending metadata is empty: already attached, or the acquire failed"

// Meta returns the view for filling in fields. It panics once the value has
// been attached, and after its OwnedBatchMeta was released.
func (d *Pending[T]) Meta() T {
	return d.peek()
}

// Attached reports whether the value has been consumed by an attach.
func (d *Pending[T]) Attached() bool {
	var zero T
	return d == nil || d.v == zero
}

// peek returns the view without consuming d, panicking like Meta.
func (d *Pending[T]) peek() T {
	var zero T
	if d == nil || d.v == zero {
		panic(consumedMsg)
	}
	d.life.alive()
	return d.v
}

// consume marks d attached; call it only once the hand-over is certain.
func (d *Pending[T]) consume() {
	var zero T
	d.v = zero
}
