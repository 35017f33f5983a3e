package infer_test

import (
	"encoding/binary"
	"math"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/infer"
	"github.com/go-deepstream/go-deepstream/infer/internal/infertest"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// newFrame returns a batch meta with one attached frame; the batch is
// released when the test ends.
func newFrame(t testing.TB) (nvds.BatchMeta, nvds.FrameMeta) {
	t.Helper()
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	t.Cleanup(owned.Release)
	b := owned.Meta()
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	return b, b.AddFrame(pf)
}

func acquireUser(t testing.TB, b nvds.BatchMeta) *nvds.Pending[nvds.UserMeta] {
	t.Helper()
	pu, err := b.AcquireUserMeta()
	require.NoError(t, err)
	return pu
}

func TestSegmentationMetaReadBackExactly(t *testing.T) {
	b, f := newFrame(t)
	const classes, w, h = 4, 37, 21
	classMap := make([]int32, w*h)
	probs := make([]float32, classes*w*h)
	for i := range classMap {
		classMap[i] = int32(i*7%(classes+1)) - 1 // includes -1: no class
	}
	for i := range probs {
		probs[i] = float32(i) / 3
	}
	pu := acquireUser(t, b)
	infertest.FillSegmentation(pu.Meta(), classes, w, h, classMap, probs, 3)
	f.AddUserMeta(pu)

	var got []infer.SegmentationMeta
	for s := range nvds.Payloads(f.UserMeta(), infer.SegmentationMetaFromUser) {
		got = append(got, s)
	}
	require.Len(t, got, 1)
	s := got[0]
	require.Equal(t, classes, s.Classes())
	require.Equal(t, w, s.Width())
	require.Equal(t, h, s.Height())
	require.Equal(t, int32(3), s.UniqueID())
	require.Equal(t, classMap, s.ClassMap())
	require.Equal(t, probs, s.Probabilities())
	c, ok := s.ClassAt(5, 2)
	require.True(t, ok)
	require.Equal(t, classMap[2*w+5], c)
	_, ok = s.ClassAt(w, 0)
	require.False(t, ok)
	_, ok = s.ClassAt(0, -1)
	require.False(t, ok)

	// Zero copy: the slice is the meta's array, and writes go through.
	cm := s.ClassMap()
	cm[0] = 99
	c, _ = s.ClassAt(0, 0)
	require.Equal(t, int32(99), c)
	cp := s.AppendClassMap(nil)
	cp[0] = 5
	require.Equal(t, int32(99), s.ClassMap()[0], "AppendClassMap copies")

	for _, u := range []nvds.UserMeta{{}} {
		_, ok := infer.SegmentationMetaFromUser(u)
		require.False(t, ok, "zero user meta")
	}
	for u := range f.UserMeta() {
		_, ok := infer.TensorMetaFromUser(u)
		require.False(t, ok, "a segmentation meta is not a tensor meta")
	}
}

func TestSegmentationWithoutProbabilities(t *testing.T) {
	b, f := newFrame(t)
	pu := acquireUser(t, b)
	infertest.FillSegmentation(pu.Meta(), 2, 2, 2, []int32{0, 1, 1, 0}, nil, 1)
	u := f.AddUserMeta(pu)
	s, ok := infer.SegmentationMetaFromUser(u)
	require.True(t, ok)
	require.Nil(t, s.Probabilities())
	require.Equal(t, []int32{0, 1, 1, 0}, s.ClassMap())
	require.Equal(t, s, infer.SegmentationMetaFromUnsafePointer(s.UnsafePointer()))
}

func f32bytes(v ...float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

func TestTensorMetaReadBackExactly(t *testing.T) {
	b, f := newFrame(t)
	boxes := make([]float32, 2*3*4)
	for i := range boxes {
		boxes[i] = float32(i) * 0.25
	}
	ints := []byte{1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 7, 0, 0, 0}
	pu := acquireUser(t, b)
	infertest.FillTensor(pu.Meta(), 7, []infertest.Layer{
		{Name: "boxes", DataType: int32(infer.DataTypeFloat32), Dims: []uint32{2, 3, 4}, Data: f32bytes(boxes...)},
		{Name: "classes", DataType: int32(infer.DataTypeInt32), Dims: []uint32{3}, Data: ints},
		{Name: "logits8", DataType: int32(infer.DataTypeInt8), Dims: []uint32{2, 2}, Data: []byte{0x80, 1, 2, 0x7f}},
		{Name: "nohost", DataType: int32(infer.DataTypeFloat16), Dims: []uint32{8}},
	})
	f.AddUserMeta(pu)

	var tm infer.TensorMeta
	n := 0
	for m := range nvds.Payloads(f.UserMeta(), infer.TensorMetaFromUser) {
		tm = m
		n++
	}
	require.Equal(t, 1, n)
	require.Equal(t, uint32(7), tm.UniqueID())
	require.Equal(t, 4, tm.NumOutputLayers())
	require.Equal(t, infer.NetworkInfo{Width: 640, Height: 368, Channels: 3}, tm.NetworkInfo())
	require.True(t, tm.MaintainAspectRatio())
	require.False(t, tm.SymmetricPadding())

	l, err := tm.Layer(0)
	require.NoError(t, err)
	require.Equal(t, "boxes", l.Name())
	require.Equal(t, infer.DataTypeFloat32, l.DataType())
	require.Equal(t, 1, l.BindingIndex())
	require.False(t, l.IsInput())
	d := l.Dims()
	require.Equal(t, 3, d.NumDims)
	require.Equal(t, []uint32{2, 3, 4}, d.Shape())
	require.Equal(t, 24, d.NumElements)
	require.Equal(t, 96, l.ByteSize())
	fs, err := l.Float32s()
	require.NoError(t, err)
	require.Equal(t, boxes, fs)
	require.Equal(t, l.HostBuffer(), unsafe.Pointer(&fs[0]), "zero copy")
	_, err = l.Int32s()
	require.ErrorIs(t, err, infer.ErrDataType)
	raw, err := l.Bytes()
	require.NoError(t, err)
	require.Equal(t, f32bytes(boxes...), raw)

	l, ok := tm.LayerByName("classes")
	require.True(t, ok)
	is, err := l.Int32s()
	require.NoError(t, err)
	require.Equal(t, []int32{1, -1, 7}, is)
	_, err = l.Float32s()
	require.ErrorIs(t, err, infer.ErrDataType)

	l, ok = tm.LayerByName("logits8")
	require.True(t, ok)
	i8, err := l.Int8s()
	require.NoError(t, err)
	require.Equal(t, []int8{-128, 1, 2, 127}, i8)
	_, err = l.Uint8s()
	require.ErrorIs(t, err, infer.ErrDataType)

	l, ok = tm.LayerByName("nohost")
	require.True(t, ok)
	_, err = l.Float16Bits()
	require.ErrorIs(t, err, infer.ErrNoHostBuffer)
	_, err = l.Bytes()
	require.ErrorIs(t, err, infer.ErrNoHostBuffer)
	require.Zero(t, l.DeviceBuffer())

	_, ok = tm.LayerByName("boxe")
	require.False(t, ok, "prefix is not a match")
	_, ok = tm.LayerByName("boxes2")
	require.False(t, ok)
	_, err = tm.Layer(4)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = tm.Layer(-1)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)

	var names []string
	for i, l := range tm.Layers() {
		require.Equal(t, i+1, l.BindingIndex())
		names = append(names, l.Name())
	}
	require.Equal(t, []string{"boxes", "classes", "logits8", "nohost"}, names)

	// A layer as custom parsers receive it: buffer is the host buffer.
	l0, _ := tm.Layer(0)
	lp := infer.LayerFromUnsafePointer(l0.UnsafePointer())
	fs2, err := lp.Float32s()
	require.NoError(t, err)
	require.Equal(t, boxes, fs2)
}

func TestTensorMetaOnObject(t *testing.T) {
	b, f := newFrame(t)
	po, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	o := f.AddObject(po, nvds.ObjectMeta{})
	pu := acquireUser(t, b)
	infertest.FillTensor(pu.Meta(), 2, []infertest.Layer{
		{Name: "emb", DataType: int32(infer.DataTypeInt64), Dims: []uint32{1}, Data: []byte{1, 2, 3, 4, 5, 6, 7, 8}},
	})
	o.AddUserMeta(pu)
	for tm := range nvds.Payloads(o.UserMeta(), infer.TensorMetaFromUser) {
		l, err := tm.Layer(0)
		require.NoError(t, err)
		v, err := l.Int64s()
		require.NoError(t, err)
		require.Equal(t, []int64{0x0807060504030201}, v)
		return
	}
	t.Fatal("no tensor meta on the object")
}

func TestDataType(t *testing.T) {
	require.Equal(t, 4, infer.DataTypeFloat32.Size())
	require.Equal(t, 2, infer.DataTypeFloat16.Size())
	require.Equal(t, 8, infer.DataTypeInt64.Size())
	require.Equal(t, 1, infer.DataTypeUint8.Size())
	require.Equal(t, 0, infer.DataType(42).Size())
	require.Equal(t, "FLOAT", infer.DataTypeFloat32.String())
	require.Equal(t, "UINT8", infer.DataTypeUint8.String())
	require.Equal(t, "DataType(42)", infer.DataType(42).String())
}

func TestObjectDetectionInfo(t *testing.T) {
	// Two structs of the compiled-in size, in C-like memory owned by Go
	// for the test (no Go pointers inside).
	buf := make([]uint64, 16)
	p := unsafe.Pointer(&buf[0])
	d1 := infer.ObjectDetectionInfoAt(p, 1)
	d1.SetClassID(3)
	d1.SetLeft(1)
	d1.SetTop(2)
	d1.SetWidth(3)
	d1.SetHeight(4)
	d1.SetDetectionConfidence(0.5)
	d1.SetRotationAngle(30)
	d := infer.ObjectDetectionInfoFromUnsafePointer(d1.UnsafePointer())
	require.Equal(t, uint32(3), d.ClassID())
	require.Equal(t, [4]float32{1, 2, 3, 4}, [4]float32{d.Left(), d.Top(), d.Width(), d.Height()})
	require.Equal(t, float32(0.5), d.DetectionConfidence())
	if infer.HasDetectionRotation {
		require.Equal(t, float32(30), d.RotationAngle())
	} else {
		require.Zero(t, d.RotationAngle())
	}
	require.Zero(t, infer.ObjectDetectionInfoAt(p, 0).ClassID())
}

// BenchmarkClassMap reads a 1920x1080 class map: the cost is a slice
// header, not a copy.
func BenchmarkClassMap(b *testing.B) {
	bm, f := newFrame(b)
	const w, h = 1920, 1080
	pu := acquireUser(b, bm)
	infertest.FillSegmentation(pu.Meta(), 4, w, h, make([]int32, w*h), nil, 1)
	u := f.AddUserMeta(pu)
	b.Run("zero-copy", func(b *testing.B) {
		b.ReportAllocs()
		var sink int32
		for b.Loop() {
			s, _ := infer.SegmentationMetaFromUser(u)
			m := s.ClassMap()
			sink += m[len(m)-1]
		}
		_ = sink
	})
	b.Run("copy", func(b *testing.B) {
		b.ReportAllocs()
		var dst []int32
		for b.Loop() {
			s, _ := infer.SegmentationMetaFromUser(u)
			dst = s.AppendClassMap(dst[:0])
		}
	})
}
