package gogst

import (
	"runtime"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// BatchMeta returns the batch meta carried by buf; see
// nvds.BatchMetaFromBuffer. The view is borrowed from buf: use it only
// while buf is alive and inside the probe or callback that produced it.
func BatchMeta(buf *gst.Buffer) (nvds.BatchMeta, error) {
	b, err := nvds.BatchMetaFromBuffer(BufferPointer(buf))
	runtime.KeepAlive(buf)
	return b, err
}

// AttachBatchMeta attaches batch to buf as its NvDsMeta, the way
// nvstreammux publishes it; see nvds.OwnedBatchMeta.AttachToBuffer. It
// consumes batch (buf frees it). buf must be writable.
func AttachBatchMeta(buf *gst.Buffer, batch *nvds.OwnedBatchMeta) (nvds.BatchMeta, error) {
	b, err := batch.AttachToBuffer(BufferPointer(buf))
	runtime.KeepAlive(buf)
	return b, err
}

// AddObserver installs a read-only buffer probe on pad through
// go-deepstream's C trampoline; see nvds.AddObserver. Unlike
// (*gst.Pad).AddProbe it creates no go-gst wrappers per buffer: fn gets an
// nvds.ProbeInfo, whose Buffer is the raw GstBuffer*. The probe does not
// keep pad alive.
func AddObserver(pad *gst.Pad, fn func(nvds.ProbeInfo)) (*nvds.Probe, error) {
	p, err := nvds.AddObserver(PadPointer(pad), fn)
	runtime.KeepAlive(pad)
	return p, err
}

// AddOperator installs a read-write buffer probe on pad; see
// nvds.AddOperator.
func AddOperator(pad *gst.Pad, fn func(nvds.ProbeInfo) nvds.ProbeReturn) (*nvds.Probe, error) {
	p, err := nvds.AddOperator(PadPointer(pad), fn)
	runtime.KeepAlive(pad)
	return p, err
}
