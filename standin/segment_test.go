//go:build !deepstream

package standin_test

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/scene"
)

// segPipeline is deepstream-segmentation's chain on the H.264 clip:
// streammux, nvvideoconvert, nvinfer (segmentation), then tail.
func segPipeline(clip, config, tail string) string {
	return fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=640 height=360 ! nvvideoconvert "+
		"! nvinfer name=seg config-file-path=%s %s", clip, config, tail)
}

// truthClasses rasterises a frame's truth as segmentation classes: per
// pixel, 1 + the class of the nearest object whose visible box holds it
// (classes from classes-1 on are background), 0 for none.
func truthClasses(ft scene.FrameTruth, w, h, classes int) []int8 {
	out := make([]int8, w*h)
	objs := append([]scene.Object(nil), ft.Objects...)
	sort.Slice(objs, func(a, b int) bool { return objs[a].Depth < objs[b].Depth })
	for _, o := range objs {
		if o.Visible <= 0 {
			continue
		}
		k := int8(1 + int(o.ClassID))
		if int(k) >= classes {
			k = 0
		}
		b := o.VisibleBox
		for y := max(0, b.Top); y < min(h, b.Top+b.Height); y++ {
			for x := max(0, b.Left); x < min(w, b.Left+b.Width); x++ {
				out[y*w+x] = k
			}
		}
	}
	return out
}

// The segmentation network's class map, at the network's resolution
// (infer-dims 512x512), matches the truth: pixels of an object class lie
// in a truth box of that class, and the visible boxes of the objects are
// mostly of their class; probabilities are one-hot.
func TestSegmentationMatchesTruth(t *testing.T) {
	clip, truth := defaultClip(t)
	rec := metaRecorder{segEvery: 6}
	res := runRecorded(t, segPipeline(clip, testdata(t, "seg_config.txt"), "! fakesink name=sink"),
		map[string]*metaRecorder{"sink": &rec})
	require.NoError(t, res.err)
	frames := rec.frames()
	require.Len(t, frames, len(truth.Frames))
	labelled, inRightBox := 0, 0
	objPixels, objRight := 0, 0
	for _, fi := range frames {
		require.Len(t, fi.segs, 1, "frame %d: one segmentation meta", fi.frameNum)
		assert.Empty(t, fi.objects, "a segmentation network adds no objects")
		s := fi.segs[0]
		require.Equal(t, [3]int{4, 512, 512}, [3]int{s.classes, s.width, s.height})
		assert.Equal(t, int32(1), s.uid)
		require.Equal(t, 4*512*512, s.probs)
		if fi.frameNum%6 != 0 {
			continue // the maps of every 6th frame are read
		}
		require.Len(t, s.classMap, 512*512)
		assert.True(t, s.oneHot, "frame %d: one-hot probabilities", fi.frameNum)
		tc := truthClasses(truth.Frames[fi.frameNum], truth.Config.Width, truth.Config.Height, 4)
		for y := 0; y < s.height; y++ {
			sy := (2*y + 1) * truth.Config.Height / (2 * s.height)
			for x := 0; x < s.width; x++ {
				sx := (2*x + 1) * truth.Config.Width / (2 * s.width)
				k := int(s.classMap[y*s.width+x])
				require.True(t, k >= 0 && k < 4, "class %d", k)
				tk := int(tc[sy*truth.Config.Width+sx])
				if k != 0 {
					labelled++
					if k == tk {
						inRightBox++
					}
				}
				if tk != 0 {
					objPixels++
					if k == tk {
						objRight++
					}
				}
			}
		}
	}
	precision := float64(inRightBox) / float64(max(1, labelled))
	recall := float64(objRight) / float64(max(1, objPixels))
	t.Logf("segmentation: %.3f of object-class pixels in a truth box of their class, %.3f of truth-box pixels of their class",
		precision, recall)
	assert.GreaterOrEqual(t, precision, 0.97)
	assert.GreaterOrEqual(t, recall, 0.6)
	testmain.NoneLive(t)
}

// output-tensor-meta: the detector's coverage layer on each frame, the
// classifier's probabilities on each object, the segmentation network's
// class probabilities, readable through package infer.
func TestTensorOutputMeta(t *testing.T) {
	clip, truth := defaultClip(t)
	t.Run("detector and classifier", func(t *testing.T) {
		desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
			"nvstreammux name=m batch-size=1 width=640 height=360 ! nvinfer config-file-path=%s output-tensor-meta=1 "+
			"! nvinfer config-file-path=%s output-tensor-meta=true ! nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA "+
			"! fakesink name=sink", clip, testdata(t, "pgie_config.txt"), testdata(t, "sgie_color_config.txt"))
		var rec metaRecorder
		res := runRecorded(t, desc, map[string]*metaRecorder{"sink": &rec})
		require.NoError(t, res.err)
		frames := rec.frames()
		require.Len(t, frames, len(truth.Frames))
		covered, vehicles, classified := 0, 0, 0
		for _, fi := range frames {
			require.Len(t, fi.tensors, 1)
			tm := fi.tensors[0]
			assert.Equal(t, uint32(1), tm.uid)
			assert.Equal(t, 1, tm.layers)
			assert.Equal(t, "output_cov/Sigmoid", tm.name)
			require.Equal(t, []uint32{4, 23, 40}, tm.shape)
			assert.Equal(t, [2]int{640, 368}, [2]int{tm.netW, tm.netH})
			require.Len(t, tm.data, 4*23*40)
			for _, v := range tm.data {
				require.True(t, v >= 0 && v <= 1)
			}
			// The cell at the centre of each fully visible vehicle is covered.
			for _, o := range truth.Frames[fi.frameNum].Objects {
				if o.ClassID != scene.Vehicle || o.Visible < 0.99 || o.InFrame < 0.99 {
					continue
				}
				vehicles++
				cx := (o.Box.Left + o.Box.Width/2) * 40 / truth.Config.Width
				cy := (o.Box.Top + o.Box.Height/2) * 23 / truth.Config.Height
				if tm.data[cy*40+cx] > 0.5 {
					covered++
				}
			}
			for _, o := range fi.objects {
				if o.class != 0 || o.uid != 1 || o.rect.Width < 16 || o.rect.Height < 16 {
					assert.Empty(t, o.tensors)
					continue
				}
				require.Len(t, o.tensors, 1, "a tensor per classified object")
				ot := o.tensors[0]
				assert.Equal(t, uint32(2), ot.uid)
				assert.Equal(t, "predictions/Softmax", ot.name)
				require.Equal(t, []uint32{12, 1, 1}, ot.shape)
				assert.Equal(t, [2]int{224, 224}, [2]int{ot.netW, ot.netH})
				best := 0
				for i, v := range ot.data {
					if v > ot.data[best] {
						best = i
					}
				}
				if len(o.classifiers) == 1 {
					classified++
					assert.Equal(t, o.classifiers[0].classID, uint32(best), "the tensor's argmax is the label")
					assert.InDelta(t, o.classifiers[0].prob, ot.data[best], 1e-6)
				}
			}
		}
		t.Logf("coverage > 0.5 at %d of %d vehicle centres; %d classified objects", covered, vehicles, classified)
		assert.GreaterOrEqual(t, covered, vehicles*95/100)
		assert.Greater(t, classified, 100)
	})
	t.Run("segmentation", func(t *testing.T) {
		dir := t.TempDir()
		cfg := writeFile(t, dir, "seg.txt", "[property]\nnetwork-type=2\nnum-detected-classes=5\ninfer-dims=3;90;160\n"+
			"output-tensor-meta=1\ngie-unique-id=4\n")
		var rec metaRecorder
		res := runRecorded(t, segPipeline(clip, cfg, "! fakesink name=sink"), map[string]*metaRecorder{"sink": &rec})
		require.NoError(t, res.err)
		for _, fi := range rec.frames() {
			require.Len(t, fi.segs, 1)
			require.Len(t, fi.tensors, 1)
			s, tm := fi.segs[0], fi.tensors[0]
			assert.Equal(t, [3]int{5, 160, 90}, [3]int{s.classes, s.width, s.height})
			assert.Equal(t, "softmax", tm.name)
			assert.Equal(t, []uint32{5, 90, 160}, tm.shape)
			require.Len(t, tm.data, s.probs)
			sum := 0.0
			for _, v := range tm.data {
				sum += float64(v)
			}
			assert.Equal(t, s.probSum, sum, "the layer holds the class probabilities")
			assert.Equal(t, float64(160*90), sum, "one-hot")
		}
	})
	testmain.NoneLive(t)
}
