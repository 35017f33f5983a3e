// Package nvds is the Go API over DeepStream's batch metadata (nvdsmeta.h,
// gstnvdsmeta.h): what pyds's metadata classes and functions are to Python.
//
// # Views
//
// BatchMeta, FrameMeta, ObjectMeta, ClassifierMeta, LabelInfo, DisplayMeta,
// UserMeta and the OSD parameter structs are borrowed views: small values
// holding one C pointer into memory that DeepStream owns. Reading or
// writing a field is a plain memory access, never a cgo call. Go never frees
// a view. A view is valid only while the buffer that carries its batch meta
// is alive and inside the probe (or other callback) that produced it; keep
// the values you need, not the views. A zero view (FrameMeta{}, not
// obtained from a batch) panics with a message naming the misuse when any
// method but IsNil and UnsafePointer is called.
//
// # Lists
//
// Every metadata list is a range-over-func iterator (BatchMeta.Frames,
// FrameMeta.Objects, ObjectMeta.Classifiers, ...). The loop body may remove
// the element it was given (FrameMeta.RemoveObject and friends); removing
// any other element of the same list while ranging over it is not allowed.
//
// # Allocation and ownership
//
// New metadata comes from the batch's pools (BatchMeta.AcquireObjectMeta and
// friends) and is owned by the Go caller until it is attached
// (FrameMeta.AddObject ...). Attaching consumes the pending value: using it
// afterwards panics with a clear message instead of corrupting a pool.
// Attaching to the wrong container (a zero, removed or other batch's one)
// is a programming error too: it panics, and the value stays pending. A
// batch meta created by Go (NewBatchMeta) has one release verb, Release,
// unless it is handed to a buffer with AttachToBuffer, which consumes it
// (and refuses a buffer that already carries one, ErrHasBatchMeta). Views
// and pending values of a released batch panic when used.
//
// # Probes
//
// AddObserver and AddOperator install a buffer probe on a GStreamer pad with
// go-deepstream's own C trampoline: one call into Go per buffer, no
// references taken, no allocation. Observers only read; operators run with
// the batch-meta lock held, may write metadata and may drop buffers
// (ProbeReturn). gogst has the same two for go-gst pads. A probe function
// that panics is recovered: the error goes to the bus, naming the probe, and
// the probe is removed (see AddOperator).
//
// # Backends
//
// The default build links go-deepstream's embedded runtime; the deepstream
// build tag links the installed SDK instead. The Go API is identical.
package nvds
