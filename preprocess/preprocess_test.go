package preprocess_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/preprocess"
)

func TestBatchMetaViews(t *testing.T) {
	owned, err := nvds.NewBatchMeta(2)
	require.NoError(t, err)
	defer owned.Release()
	b := owned.Meta()
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	f := b.AddFrame(pf)

	rois := []preprocess.RoiSpec{
		{Rect: nvds.Rect{Left: 1, Top: 2, Width: 30, Height: 40}, Frame: f, ScaleX: 0.5, OffsetL: 3},
		{Rect: nvds.Rect{Left: 5, Top: 6, Width: 70, Height: 80}, Frame: f, ScaleX: 2},
	}
	preprocess.AttachBatch(b, []uint64{1, 4}, rois, &preprocess.TensorSpec{
		Size: 3 * 2 * 224 * 224 * 4, Shape: []int32{2, 3, 224, 224}, DataType: preprocess.DataTypeFP32, Name: "input_1", MetaID: 9,
	})

	n := 0
	for pm := range nvds.Payloads(b.UserMeta(), preprocess.BatchMetaFromUser) {
		n++
		require.Equal(t, []uint64{1, 4}, pm.TargetUniqueIDs())
		require.Equal(t, 2, pm.NumROIs())
		i := 0
		for r := range pm.ROIs() {
			require.Equal(t, rois[i].Rect, r.Rect())
			require.Equal(t, rois[i].Rect, r.RectParams().Rect())
			require.Equal(t, f, r.FrameMeta())
			x, y := r.ScaleRatio()
			require.Equal(t, [2]float64{rois[i].ScaleX, rois[i].ScaleX}, [2]float64{x, y})
			l, _ := r.Offset()
			require.Equal(t, rois[i].OffsetL, l)
			require.Equal(t, [2]uint32{uint32(i + 1), 0}, r.Polygon()[1])
			require.True(t, r.ConvertedBuffer().IsNil())
			require.True(t, r.ObjectMeta().IsNil())
			require.Zero(t, r.NumClassifiers())
			for range r.UserMeta() {
				t.Fatal("no ROI user meta was attached")
			}
			i++
		}
		r1, err := pm.ROI(1)
		require.NoError(t, err)
		require.Equal(t, rois[1].Rect, r1.Rect())
		_, err = pm.ROI(2)
		require.ErrorIs(t, err, nvds.ErrOutOfRange)

		tm, ok := pm.Tensor()
		require.True(t, ok)
		require.Equal(t, []int32{2, 3, 224, 224}, tm.Shape())
		require.Equal(t, uint64(3*2*224*224*4), tm.BufferSize())
		require.Equal(t, preprocess.DataTypeFP32, tm.DataType())
		require.Equal(t, "input_1", tm.Name())
		require.Equal(t, uint32(9), tm.MetaID())
		// Set by the fixture; 7.0 has no such field.
		require.Equal(t, preprocess.HasMaintainAspectRatio, tm.MaintainAspectRatio())
		require.Zero(t, tm.RawTensorBuffer())
	}
	require.Equal(t, 1, n)

	// Without a tensor.
	u := preprocess.AttachBatch(b, nil, nil, nil)
	pm, ok := preprocess.BatchMetaFromUser(u)
	require.True(t, ok)
	_, ok = pm.Tensor()
	require.False(t, ok)
	require.Nil(t, pm.TargetUniqueIDs())
	require.Zero(t, pm.NumROIs())
	_, ok = preprocess.RoiMetaFromUser(u)
	require.False(t, ok)
}

func TestDataTypeNames(t *testing.T) {
	require.Equal(t, "FP16", preprocess.DataTypeFP16.String())
	require.Equal(t, "DataType(99)", preprocess.DataType(99).String())
	require.NotEqual(t, preprocess.DataTypeFP16, preprocess.DataTypeInt64)
}
