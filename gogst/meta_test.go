package gogst_test

import (
	"runtime"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

func TestBatchMetaOfBuffer(t *testing.T) {
	_, err := gogst.BatchMeta(nil)
	assert.ErrorIs(t, err, nvds.ErrNilBuffer)

	buf := gst.NewBufferWithSize(8)
	_, err = gogst.BatchMeta(buf)
	assert.ErrorIs(t, err, nvds.ErrNoBatchMeta)

	owned := fillBatch(t, 7)
	attached, err := gogst.AttachBatchMeta(buf, owned)
	require.NoError(t, err)
	assert.Panics(t, func() { owned.Meta() }, "attaching must consume the owned batch")

	got, err := gogst.BatchMeta(buf)
	require.NoError(t, err)
	assert.Equal(t, attached.UnsafePointer(), got.UnsafePointer())
	f, err := got.Frame(0)
	require.NoError(t, err)
	assert.Equal(t, int32(7), f.FrameNum())
	assert.Equal(t, len(objectsFor(7)), f.NumObjects())
	runtime.KeepAlive(buf)
}

func TestAttachBatchMetaNeedsWritableBuffer(t *testing.T) {
	buf := gst.NewBufferWithSize(8)
	extra := buf.Ref() // two references: not writable
	owned := fillBatch(t, 0)
	_, err := gogst.AttachBatchMeta(buf, owned)
	assert.Error(t, err)
	// Not consumed: the caller still owns it.
	assert.NotPanics(t, func() { owned.Meta() })
	owned.Release()
	extra.Unref()

	owned = fillBatch(t, 0)
	_, err = gogst.AttachBatchMeta(nil, owned)
	assert.ErrorIs(t, err, nvds.ErrNilBuffer)
	owned.Release()
	runtime.KeepAlive(buf)
	testmain.NoneLive(t)
}

func TestAddProbeNeedsAPad(t *testing.T) {
	_, err := gogst.AddObserver(nil, func(nvds.ProbeInfo) {})
	assert.Error(t, err)
	_, err = gogst.AddOperator(nil, func(nvds.ProbeInfo) nvds.ProbeReturn { return nvds.ProbeOK })
	assert.Error(t, err)
	pad := gst.NewPad("src", gst.PadDirectionSource)
	_, err = gogst.AddObserver(pad, nil)
	assert.Error(t, err)
	p, err := gogst.AddObserver(pad, func(nvds.ProbeInfo) {})
	require.NoError(t, err)
	p.Remove()
	p.Remove()
	runtime.KeepAlive(pad)
}
