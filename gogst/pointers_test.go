package gogst_test

import (
	"runtime"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
)

func TestBufferPointer(t *testing.T) {
	buf := gst.NewBufferWithSize(64)
	require.NotNil(t, buf)
	// A fresh buffer holds exactly one reference, so it is writable.
	require.True(t, buf.IsWritable())

	ptr := gogst.BufferPointer(buf)
	require.NotNil(t, ptr)
	// BufferPointer must not take a reference: the buffer is still writable.
	assert.True(t, buf.IsWritable(), "BufferPointer took a reference")
	assert.Equal(t, ptr, gogst.BufferPointer(buf), "pointer is not stable")

	// Round trip through go-gst's transfer-none constructor gives a wrapper of
	// the same GstBuffer.
	again := gst.FromGstBufferUnsafeNone(ptr)
	require.NotNil(t, again)
	assert.Equal(t, ptr, gogst.BufferPointer(again))
	assert.Equal(t, int64(64), again.GetSize())
	// again holds a second reference now.
	assert.False(t, buf.IsWritable())

	runtime.KeepAlive(again)
	runtime.KeepAlive(buf)
}

func TestPadPointer(t *testing.T) {
	pad := gst.NewPad("src", gst.PadDirectionSource)
	require.NotNil(t, pad)

	ptr := gogst.PadPointer(pad)
	require.NotNil(t, ptr)
	assert.Equal(t, ptr, gogst.PadPointer(pad), "pointer is not stable")

	again := gst.FromGstPadUnsafeNone(ptr)
	require.NotNil(t, again)
	assert.Equal(t, ptr, gogst.PadPointer(again))
	assert.Equal(t, "src", again.GetName())
	assert.Equal(t, gst.PadDirectionSource, again.GetDirection())

	runtime.KeepAlive(again)
	runtime.KeepAlive(pad)
}

func TestNilGivesNil(t *testing.T) {
	assert.Nil(t, gogst.BufferPointer(nil))
	assert.Nil(t, gogst.PadPointer(nil))
	assert.Nil(t, gogst.PadPointer(&gst.Pad{}))
	assert.Nil(t, gogst.PadPointer(&gst.Pad{Object: &gst.Object{}}))
}
