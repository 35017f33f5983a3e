package nvds

import "unsafe"

// Pending is metadata acquired from a batch's pool and not yet attached.
// Until it is attached the Go caller owns it; attaching (FrameMeta.AddObject
// and friends) consumes it, and any later use panics with a clear message
// instead of corrupting the pool. An entry that is never attached goes back
// to the pool when the batch meta is destroyed.
type Pending[T any] struct {
	v T
	p unsafe.Pointer
}

const consumedMsg = "nvds: pending metadata used after it was attached"

// Meta returns the view for filling in fields. It panics once the value has
// been attached.
func (d *Pending[T]) Meta() T {
	if d == nil || d.p == nil {
		panic(consumedMsg)
	}
	return d.v
}

// Attached reports whether the value has been consumed by an attach.
func (d *Pending[T]) Attached() bool { return d == nil || d.p == nil }

// take hands the C pointer over and invalidates d.
func (d *Pending[T]) take() unsafe.Pointer {
	if d == nil || d.p == nil {
		panic(consumedMsg)
	}
	p := d.p
	d.p = nil
	var zero T
	d.v = zero
	return p
}
