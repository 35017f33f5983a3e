package latency_test

import (
	"os"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/latency"
	"github.com/go-deepstream/go-deepstream/latency/internal/latencytest"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// muxed returns a buffer carrying a batch of one frame (source 3, frame 7)
// whose frame user meta holds the reference stamps of src, as nvstreammux
// makes it.
func muxed(t *testing.T, src unsafe.Pointer) (unsafe.Pointer, nvds.BatchMeta, nvds.FrameMeta) {
	t.Helper()
	buf := latencytest.NewBuffer()
	t.Cleanup(func() { latencytest.Unref(buf) })
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	b, err := owned.AttachToBuffer(buf)
	require.NoError(t, err)
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	pf.Meta().SetSourceID(3)
	pf.Meta().SetFrameNum(7)
	f := b.AddFrame(pf)
	if src != nil {
		latencytest.MuxFrame(src, b, f)
	}
	return buf, b, f
}

func TestMeasureFromDecoderReference(t *testing.T) {
	testmain.NoLeaks(t) // its cleanup runs after the buffers' own
	func() {
		dec := latencytest.NewBuffer()
		defer latencytest.Unref(dec)
		before := float64(time.Now().UnixMicro()) / 1000
		require.NoError(t, latency.AddReferenceTimestamp(dec, "nvv4l2decoder", 7))

		// A copy of the decoder's buffer keeps its stamp.
		dup := latencytest.Copy(dec)
		defer latencytest.Unref(dup)

		buf, _, f := muxed(t, dup)
		var refs []latency.CompLatency
		for c := range nvds.Payloads(f.UserMeta(), latency.CompLatencyFromUser) {
			refs = append(refs, c)
		}
		require.Len(t, refs, 1)
		ref := refs[0]
		require.Equal(t, "nvv4l2decoder", ref.ComponentName())
		require.Equal(t, uint32(7), ref.FrameNum())
		require.InDelta(t, before, ref.In(), 1000, "milliseconds since the epoch")

		time.Sleep(20 * time.Millisecond)
		got, err := latency.Measure(buf, nil)
		require.NoError(t, err)
		require.Len(t, got, 1)
		require.Equal(t, uint32(3), got[0].SourceID)
		require.Equal(t, uint32(7), got[0].FrameNum)
		require.Equal(t, ref.In(), got[0].ComponentIn)
		require.GreaterOrEqual(t, got[0].Latency, 20.0)
		require.Less(t, got[0].Latency, 10000.0)

		allocs := testing.AllocsPerRun(100, func() {
			got, err = latency.Measure(buf, got)
		})
		require.Zero(t, allocs, "Measure reuses dst")
		require.Len(t, got, 1)
	}()
}

func TestComponentTimestamps(t *testing.T) {
	buf, b, _ := muxed(t, nil)
	u, err := latency.SetInputTimestamp(buf, "nvinfer0")
	require.NoError(t, err)
	c, ok := latency.CompLatencyFromUser(u)
	require.True(t, ok)
	require.Equal(t, "nvinfer0", c.ComponentName())
	require.Equal(t, "nvinfer0", string(c.ComponentNameBytes()), "the same name, uncopied")
	require.Equal(t, uint32(3), c.SourceID())
	require.Equal(t, uint32(7), c.FrameNum())
	require.Zero(t, c.Out())
	require.Zero(t, c.Duration())
	time.Sleep(5 * time.Millisecond)
	require.NoError(t, latency.SetOutputTimestamp(buf, "nvinfer0"))
	require.ErrorIs(t, latency.SetOutputTimestamp(buf, "nvinfer0"), latency.ErrNotFound, "already stamped")
	require.ErrorIs(t, latency.SetOutputTimestamp(buf, "nvtracker"), latency.ErrNotFound)

	n := 0
	for c := range nvds.Payloads(b.UserMeta(), latency.CompLatencyFromUser) {
		n++
		require.GreaterOrEqual(t, c.Duration(), 5.0)
		require.Equal(t, c.Out()-c.In(), c.Duration())
		for range c.SubComponents() {
			t.Fatal("no sub-components were recorded")
		}
	}
	require.Equal(t, 1, n)

	// No reference stamp on the frame: nothing to measure.
	got, err := latency.Measure(buf, nil)
	require.NoError(t, err)
	require.Empty(t, got)
}

func TestMisuse(t *testing.T) {
	plain := latencytest.NewBuffer()
	defer latencytest.Unref(plain)
	_, err := latency.Measure(plain, nil)
	require.ErrorIs(t, err, nvds.ErrNoBatchMeta)
	_, err = latency.SetInputTimestamp(plain, "x")
	require.ErrorIs(t, err, nvds.ErrNoBatchMeta)
	require.ErrorIs(t, latency.SetOutputTimestamp(plain, "x"), latency.ErrNotFound)
	_, err = latency.Measure(nil, nil)
	require.ErrorIs(t, err, nvds.ErrNilBuffer)
	_, err = latency.SetInputTimestamp(nil, "x")
	require.ErrorIs(t, err, nvds.ErrNilBuffer)
	require.ErrorIs(t, latency.SetOutputTimestamp(nil, "x"), nvds.ErrNilBuffer)
	require.ErrorIs(t, latency.AddReferenceTimestamp(nil, "x", 0), nvds.ErrNilBuffer)

	_, ok := latency.CompLatencyFromUser(nvds.UserMeta{})
	require.False(t, ok)
}

func TestEnabled(t *testing.T) {
	t.Setenv("NVDS_ENABLE_LATENCY_MEASUREMENT", "1")
	require.True(t, latency.Enabled())
	os.Unsetenv("NVDS_ENABLE_LATENCY_MEASUREMENT")
	require.False(t, latency.Enabled())
	_ = latency.Silent()
}
