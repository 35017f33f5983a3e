package ssdparser

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The sample's settings: 91 classes at 0.5, 32 px on 1920x1080, NMS top
// 20 at IoU 0.3.
var (
	sampleDet  = NewDetectionParams(91, 0.5)
	sampleSize = BoxSizeParams{ScreenWidth: 1920, ScreenHeight: 1080, MinWidth: 32, MinHeight: 32}
	sampleNMS  = NMSParams{TopK: 20, IoUThreshold: 0.3}
)

// raw is one SSD detection as the layers hold it.
type raw struct {
	score, class           float32
	ymin, xmin, ymax, xmax float32
}

// outputs lays dets out as the SSD's layers, padded to 100 slots, with
// num_detections num.
func outputs(num float32, dets ...raw) Outputs {
	o := Outputs{NumDetections: []float32{num}, Scores: make([]float32, 100), Classes: make([]float32, 100),
		Boxes: make([]float32, 400), MaxDetections: 100}
	for i, d := range dets {
		o.Scores[i], o.Classes[i] = d.score, d.class
		copy(o.Boxes[4*i:], []float32{d.ymin, d.xmin, d.ymax, d.xmax})
	}
	return o
}

func TestParseFilters(t *testing.T) {
	o := outputs(7,
		raw{0.9, 3, 0.1, 0.2, 0.5, 0.6},       // kept
		raw{0.49, 3, 0.6, 0.6, 0.9, 0.9},      // below the threshold
		raw{0.95, 91, 0.1, 0.1, 0.3, 0.3},     // class out of range
		raw{0.8, 1, 0.5, 0.5, 0.52, 0.9},      // 21.6 px tall: too small
		raw{0.7, 1, -0.2, 0.8, 0.4, 1.3},      // clipped to the frame
		raw{0.6, 13, 0.0, 0.0, 0.0297, 0.1},   // 32.08 px tall: kept
		raw{0.99, 2, 0.0, 0.0, 0.1, 0.016666}, // 31.99 px wide: too small
		raw{0.99, 2, 0.3, 0.3, 0.6, 0.6},      // past num_detections
	)
	got := o.Parse(sampleDet, sampleSize, sampleNMS)
	want := []Detection{
		{ClassID: 3, Confidence: 0.9, Left: 0.2, Top: 0.1, Width: 0.4, Height: 0.4},
		{ClassID: 1, Confidence: 0.7, Left: 0.8, Top: 0, Width: 0.2, Height: 0.4},
		{ClassID: 13, Confidence: 0.6, Left: 0, Top: 0, Width: 0.1, Height: 0.0297},
	}
	require.Len(t, got, len(want))
	for i := range want {
		assert.Equal(t, want[i].ClassID, got[i].ClassID, i)
		assert.Equal(t, want[i].Confidence, got[i].Confidence, i)
		assert.InDelta(t, want[i].Left, got[i].Left, 1e-6, i)
		assert.InDelta(t, want[i].Top, got[i].Top, 1e-6, i)
		assert.InDelta(t, want[i].Width, got[i].Width, 1e-6, i)
		assert.InDelta(t, want[i].Height, got[i].Height, 1e-6, i)
	}
}

// num_detections is clipped to the classes layer's size and to what the
// layers hold; none, negative or empty means no detections.
func TestParseNumDetections(t *testing.T) {
	d := raw{0.9, 1, 0.1, 0.1, 0.5, 0.5}
	o := outputs(1000, d)
	o.MaxDetections = 1
	assert.Len(t, o.Parse(sampleDet, sampleSize, sampleNMS), 1)

	o = outputs(-3, d)
	assert.Empty(t, o.Parse(sampleDet, sampleSize, sampleNMS))

	o = outputs(1, d)
	o.NumDetections = nil
	assert.Empty(t, o.Parse(sampleDet, sampleSize, sampleNMS))

	o = outputs(50, d)
	o.Scores = o.Scores[:1] // a layer shorter than num_detections claims
	assert.Len(t, o.Parse(sampleDet, sampleSize, sampleNMS), 1)
}

func TestIoU(t *testing.T) {
	a := Detection{Left: 0, Top: 0, Width: 2, Height: 1}
	assert.InDelta(t, 1.0, IoU(a, a), 1e-6)
	assert.InDelta(t, 1.0/3, IoU(a, Detection{Left: 1, Width: 2, Height: 1}), 1e-6)
	assert.InDelta(t, 1.0/3, IoU(Detection{Left: 1, Width: 2, Height: 1}, a), 1e-6, "symmetric")
	assert.Zero(t, IoU(a, Detection{Left: 3, Width: 1, Height: 1}))
	assert.Zero(t, IoU(Detection{}, Detection{}), "two empty boxes")
}

func TestClusterNMS(t *testing.T) {
	car := func(conf, left float32) Detection {
		return Detection{ClassID: 3, Confidence: conf, Left: left, Top: 0, Width: 0.2, Height: 0.2}
	}
	person := func(conf, left float32) Detection {
		return Detection{ClassID: 1, Confidence: conf, Left: left, Top: 0, Width: 0.2, Height: 0.2}
	}
	in := []Detection{
		car(0.7, 0.01),   // twin of the 0.9 car: IoU 0.905
		person(0.8, 0.0), // another class at the same place: kept
		car(0.9, 0.0),
		car(0.6, 0.1), // IoU 1/3 with the 0.9 car: over 0.3
		car(0.5, 0.5), // alone
	}
	got := ClusterNMS(in, NMSParams{TopK: 0, IoUThreshold: 0.3})
	// Classes in order of first appearance, each strongest first.
	assert.Equal(t, []Detection{car(0.9, 0.0), car(0.5, 0.5), person(0.8, 0.0)}, got)
	assert.Equal(t, car(0.7, 0.01), in[0], "input unchanged")

	// An IoU at the threshold is kept (<=).
	got = ClusterNMS([]Detection{car(0.9, 0), car(0.8, 0.1)}, NMSParams{IoUThreshold: 1.0 / 3})
	assert.Len(t, got, 2)

	// Top k: the most confident over all classes.
	got = ClusterNMS(in, NMSParams{TopK: 2, IoUThreshold: 0.3})
	assert.Equal(t, []Detection{car(0.9, 0.0), person(0.8, 0.0)}, got)
}

// On random boxes NMS keeps no two boxes of a class overlapping by more
// than the threshold, and every box it drops overlaps a kept one of its
// class at least as strong.
func TestClusterNMSRandom(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	for range 200 {
		var in []Detection
		for range 1 + rng.IntN(40) {
			in = append(in, Detection{ClassID: uint32(rng.IntN(3)), Confidence: rng.Float32(),
				Left: rng.Float32() * 0.8, Top: rng.Float32() * 0.8, Width: 0.05 + rng.Float32()*0.2,
				Height: 0.05 + rng.Float32()*0.2})
		}
		th := 0.1 + rng.Float32()*0.6
		out := ClusterNMS(in, NMSParams{IoUThreshold: th})
		for i, a := range out {
			for _, b := range out[i+1:] {
				if a.ClassID == b.ClassID {
					require.LessOrEqual(t, IoU(a, b), th, "seed %d", seed)
				}
			}
		}
		for _, d := range in {
			kept := false
			for _, k := range out {
				if k == d || (k.ClassID == d.ClassID && k.Confidence >= d.Confidence && IoU(k, d) > th) {
					kept = true
					break
				}
			}
			require.True(t, kept, "seed %d: %+v dropped with no stronger overlapping box", seed, d)
		}
	}
}
