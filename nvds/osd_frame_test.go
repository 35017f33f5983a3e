package nvds_test

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

func TestFrameParamsViews(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)
	p, err := b.AcquireDisplayMeta()
	require.NoError(t, err)
	dm := f.AddDisplayMeta(p)
	for i, s := range []string{"a", "b", "c"} {
		tp, err := dm.AppendText()
		require.NoError(t, err)
		require.NoError(t, tp.SetDisplayText(s))
		c, err := dm.AppendCircle()
		require.NoError(t, err)
		c.SetRadius(uint32(i + 3))
	}
	first, _ := dm.Text(0)
	firstCircle, _ := dm.Circle(0)

	// The structs are plain memory; these tests put them in Go memory.
	var tbuf, cbuf [8]uint64
	ft := nvds.FrameTextParamsFromUnsafePointer(unsafe.Pointer(&tbuf[0]))
	ft.UnsafeSetTexts(first.UnsafePointer(), 3)
	ft.SetMode(nvds.OSDModeGPU)
	require.Equal(t, nvds.OSDModeGPU, ft.Mode())
	require.Equal(t, 3, ft.NumStrings())
	tp, err := ft.Text(2)
	require.NoError(t, err)
	require.Equal(t, "c", tp.DisplayText())
	_, err = ft.Text(3)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	require.Nil(t, ft.Surface())

	fc := nvds.FrameCircleParamsFromUnsafePointer(unsafe.Pointer(&cbuf[0]))
	fc.UnsafeSetCircles(firstCircle.UnsafePointer(), 3)
	c, err := fc.Circle(1)
	require.NoError(t, err)
	require.Equal(t, uint32(4), c.Radius())

	cyan := nvds.Color{G: 1, B: 1, A: 1}
	var ibuf [5]uint64
	ci := nvds.ColorInfoFromUnsafePointer(unsafe.Pointer(&ibuf[0]))
	ci.SetID(4)
	ci.Color().SetColor(cyan)
	require.Equal(t, int32(4), ci.ID())
	require.Equal(t, cyan, ci.Color().Get())
}
