package infer_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/go-deepstream/go-deepstream/infer"
	"github.com/go-deepstream/go-deepstream/infer/internal/infertest"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// exampleFrame returns a batch meta holding one frame; release frees it
// with everything attached.
func exampleFrame() (nvds.BatchMeta, nvds.FrameMeta, func()) {
	owned, err := nvds.NewBatchMeta(1)
	if err != nil {
		panic(err)
	}
	b := owned.Meta()
	pf, err := b.AcquireFrameMeta()
	if err != nil {
		panic(err)
	}
	return b, b.AddFrame(pf), owned.Release
}

// float32Bytes is how a host buffer holds float32 values (little endian).
func float32Bytes(v ...float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

// A custom parser in Go, as deepstream-ssd-parser does it: nvinfer with
// output-tensor-meta=1 attaches the raw output layers to the frame; the
// probe finds them by name and reads the host buffers in place.
func ExampleTensorMeta() {
	batch, frame, release := exampleFrame()
	defer release()

	// What nvinfer attaches (here: 2 boxes of 4 coordinates, 2 scores).
	pu, err := batch.AcquireUserMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	infertest.FillTensor(pu.Meta(), 1, []infertest.Layer{
		{Name: "boxes", DataType: int32(infer.DataTypeFloat32), Dims: []uint32{2, 4}, Data: float32Bytes(0.1, 0.2, 0.3, 0.4, 0.5, 0.5, 0.75, 1)},
		{Name: "scores", DataType: int32(infer.DataTypeFloat32), Dims: []uint32{2}, Data: float32Bytes(0.9, 0.2)},
	})
	frame.AddUserMeta(pu)

	for tm := range nvds.Payloads(frame.UserMeta(), infer.TensorMetaFromUser) {
		net := tm.NetworkInfo()
		fmt.Printf("model %d, input %dx%d, %d layers\n", tm.UniqueID(), net.Width, net.Height, tm.NumOutputLayers())
		boxesLayer, ok := tm.LayerByName("boxes")
		if !ok {
			continue
		}
		scoresLayer, _ := tm.LayerByName("scores")
		boxes, err := boxesLayer.Float32s() // the host buffer itself
		if err != nil {
			fmt.Println(err)
			continue
		}
		scores, _ := scoresLayer.Float32s()
		fmt.Println("boxes", boxesLayer.Dims().Shape(), boxesLayer.DataType())
		for i, score := range scores {
			if score < 0.5 {
				continue
			}
			b := boxes[4*i : 4*i+4]
			fmt.Printf("box %d: score %.1f, left %.0f top %.0f right %.0f bottom %.0f\n",
				i, score, b[0]*float32(net.Width), b[1]*float32(net.Height), b[2]*float32(net.Width), b[3]*float32(net.Height))
		}
		_, err = boxesLayer.Int32s()
		fmt.Println("read as int32:", errors.Is(err, infer.ErrDataType))
	}
	// Output:
	// model 1, input 640x368, 2 layers
	// boxes [2 4] FLOAT
	// box 0: score 0.9, left 64 top 74 right 192 bottom 147
	// read as int32: true
}

// A segmentation model's output (nvinfer network-type=2): one class per
// pixel, read in place.
func ExampleSegmentationMeta() {
	batch, frame, release := exampleFrame()
	defer release()

	pu, err := batch.AcquireUserMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	const classes, w, h = 3, 4, 2
	infertest.FillSegmentation(pu.Meta(), classes, w, h, []int32{
		0, 0, 1, 1,
		2, 2, 1, -1,
	}, nil, 1)
	frame.AddUserMeta(pu)

	for s := range nvds.Payloads(frame.UserMeta(), infer.SegmentationMetaFromUser) {
		counts := make([]int, s.Classes())
		for _, c := range s.ClassMap() {
			if c >= 0 {
				counts[c]++
			}
		}
		c, _ := s.ClassAt(3, 1)
		fmt.Printf("%dx%d mask, pixels per class %v, class at (3,1) %d\n", s.Width(), s.Height(), counts, c)
	}
	// Output: 4x2 mask, pixels per class [2 3 2], class at (3,1) -1
}
