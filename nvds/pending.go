package nvds

// Pending is metadata acquired from a batch's pool and not yet attached.
// Until it is attached the Go caller owns it; attaching (FrameMeta.AddObject
// and friends) consumes it, and any later use panics with a clear message
// instead of corrupting the pool. An entry that is never attached goes back
// to the pool when the batch meta is destroyed.
//
// The Acquire methods return a Pending even with an error (then it is
// empty, and Meta panics): that keeps them small enough to inline, so a
// Pending that does not escape costs no heap allocation.
type Pending[T comparable] struct {
	v T // the zero view once consumed
}

const consumedMsg = "nvds: pending metadata is empty: already attached, or the acquire failed"

// Meta returns the view for filling in fields. It panics once the value has
// been attached.
func (d *Pending[T]) Meta() T {
	var zero T
	if d == nil || d.v == zero {
		panic(consumedMsg)
	}
	return d.v
}

// Attached reports whether the value has been consumed by an attach.
func (d *Pending[T]) Attached() bool {
	var zero T
	return d == nil || d.v == zero
}

// take hands the view over and invalidates d.
func (d *Pending[T]) take() T {
	var zero T
	if d == nil || d.v == zero {
		panic(consumedMsg)
	}
	v := d.v
	d.v = zero
	return v
}
