package opticalflow_test

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/opticalflow"
	"github.com/go-deepstream/go-deepstream/opticalflow/internal/flowtest"
)

func TestFlowVectorsReadBackExactly(t *testing.T) {
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	defer owned.Release()
	b := owned.Meta()
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	f := b.AddFrame(pf)

	const rows, cols = 3, 5
	xy := make([]int16, 2*rows*cols)
	for i := range xy {
		xy[i] = int16(i*37 - 200)
	}
	pu, err := b.AcquireUserMeta()
	require.NoError(t, err)
	flowtest.Fill(pu.Meta(), rows, cols, xy, 42)
	f.AddUserMeta(pu)

	n := 0
	for m := range nvds.Payloads(f.UserMeta(), opticalflow.FromUser) {
		n++
		require.Equal(t, rows, m.Rows())
		require.Equal(t, cols, m.Cols())
		require.Equal(t, uint64(42), m.FrameNum())
		require.Equal(t, rows*cols*4, m.MVSize())
		require.Nil(t, m.Cost())
		v := m.Vectors()
		require.Len(t, v, rows*cols)
		for i := range v {
			require.Equal(t, xy[2*i], v[i].X)
			require.Equal(t, xy[2*i+1], v[i].Y)
		}
		at, ok := m.At(2, 4)
		require.True(t, ok)
		require.Equal(t, v[2*cols+4], at)
		_, ok = m.At(3, 0)
		require.False(t, ok)
		_, ok = m.At(0, -1)
		require.False(t, ok)

		// Zero copy: writes through the slice are visible through At.
		v[0].X = 64
		at, _ = m.At(0, 0)
		dx, _ := at.Pixels()
		require.Equal(t, float32(2), dx)
		fl := m.AppendFloats([]float32{7})
		require.Len(t, fl, 1+2*rows*cols)
		require.Equal(t, float32(7), fl[0], "appends")
		for i := range v {
			require.Equal(t, float32(v[i].X), fl[1+2*i])
			require.Equal(t, float32(v[i].Y), fl[2+2*i])
		}
		cp := m.AppendVectors(nil)
		cp[0].X = 1
		require.Equal(t, int16(64), m.Vectors()[0].X, "AppendVectors copies")
		require.Equal(t, m, opticalflow.FromUnsafePointer(m.UnsafePointer()))
	}
	require.Equal(t, 1, n)
	_, ok := opticalflow.FromUser(nvds.UserMeta{})
	require.False(t, ok)
}

func TestFlowVectorLayout(t *testing.T) {
	require.Equal(t, uintptr(4), unsafe.Sizeof(opticalflow.FlowVector{}))
	dx, dy := opticalflow.FlowVector{X: -48, Y: 16}.Pixels()
	require.Equal(t, [2]float32{-1.5, 0.5}, [2]float32{dx, dy})
}
