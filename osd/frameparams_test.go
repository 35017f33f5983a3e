package osd_test

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/osd"
)

func TestFrameParamsViews(t *testing.T) {
	testmain.NoLeaks(t)
	_, fs := frames(t, 1)
	d := osd.NewDrawer(fs[0])
	for _, s := range []string{"a", "b", "c"} {
		_, err := d.Text(0, 0, s, osd.DefaultTextStyle)
		require.NoError(t, err)
		_, err = d.Circle(1, 2, 3, osd.Red)
		require.NoError(t, err)
	}
	dm := d.DisplayMetas()[0]
	first, _ := dm.Text(0)
	firstCircle, _ := dm.Circle(0)

	// The structs are plain memory; these tests put them in Go memory.
	var tbuf, cbuf [8]uint64
	ft := osd.FrameTextParamsFromUnsafePointer(unsafe.Pointer(&tbuf[0]))
	ft.UnsafeSetTexts(first.UnsafePointer(), 3)
	ft.SetMode(osd.ModeGPU)
	require.Equal(t, osd.ModeGPU, ft.Mode())
	require.Equal(t, 3, ft.NumStrings())
	tp, err := ft.Text(2)
	require.NoError(t, err)
	require.Equal(t, "c", tp.DisplayText())
	_, err = ft.Text(3)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	require.Nil(t, ft.Surface())

	fc := osd.FrameCircleParamsFromUnsafePointer(unsafe.Pointer(&cbuf[0]))
	fc.UnsafeSetCircles(firstCircle.UnsafePointer(), 3)
	c, err := fc.Circle(1)
	require.NoError(t, err)
	require.Equal(t, uint32(3), c.Radius())

	var ibuf [5]uint64
	ci := osd.ColorInfoFromUnsafePointer(unsafe.Pointer(&ibuf[0]))
	ci.SetID(4)
	ci.Color().SetColor(osd.Cyan)
	require.Equal(t, int32(4), ci.ID())
	require.Equal(t, osd.Cyan, ci.Color().Get())
}
