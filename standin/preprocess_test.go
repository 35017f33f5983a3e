//go:build !deepstream

package standin_test

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/preprocess"
	"github.com/go-deepstream/go-deepstream/scene"
)

// preprocessConfig is an nvdspreprocess config for one source of 640x360
// frames with rois (left;top;width;height each), a 2-unit RGB FP32 NCHW
// tensor of 160x96 scaled as the sample's (aspect kept, padded
// symmetrically), normalised to [0, 1].
func preprocessConfig(rois []scene.Box) string {
	s := "[property]\nenable=1\ntarget-unique-ids=1\nnetwork-input-order=0\nprocess-on-frame=1\n" +
		"maintain-aspect-ratio=1\nsymmetric-padding=1\nprocessing-width=160\nprocessing-height=96\n" +
		"network-input-shape=2;3;96;160\nnetwork-color-format=0\ntensor-data-type=0\ntensor-name=input_1:0\n" +
		"scaling-buf-pool-size=6\ntensor-buf-pool-size=6\ncustom-lib-path=/nonexistent/libcustom2d_preprocess.so\n" +
		"custom-tensor-preparation-function=CustomTensorPreparation\n" +
		"[user-configs]\npixel-normalization-factor=0.003921568\n" +
		"[group-0]\nsrc-ids=0\ncustom-input-transformation-function=CustomAsyncTransformation\nprocess-on-roi=1\n" +
		"roi-params-src-0="
	for _, r := range rois {
		s += fmt.Sprintf("%d;%d;%d;%d;", r.Left, r.Top, r.Width, r.Height)
	}
	return s + "\n"
}

// preprocessed is what a probe after nvdspreprocess saw of its metas.
type preprocessed struct {
	mu      sync.Mutex
	batches int      // preprocess batch metas
	rois    int      // ROI metas, all on a frame of the batch
	errs    []string // what was wrong
}

func (p *preprocessed) observe(want []scene.Box) func(nvds.ProbeInfo) {
	return func(info nvds.ProbeInfo) {
		b, err := info.BatchMeta()
		p.mu.Lock()
		defer p.mu.Unlock()
		if err != nil {
			p.errs = append(p.errs, err.Error())
			return
		}
		frames := map[unsafe.Pointer]bool{}
		for f := range b.Frames() {
			frames[f.UnsafePointer()] = true
		}
		fail := func(format string, a ...any) { p.errs = append(p.errs, fmt.Sprintf(format, a...)) }
		for u := range b.UserMetaOfType(nvds.MetaTypePreprocessBatch) {
			pb, ok := preprocess.BatchMetaFromUser(u)
			if !ok {
				fail("not a preprocess batch meta")
				continue
			}
			p.batches++
			if ids := pb.TargetUniqueIDs(); len(ids) != 1 || ids[0] != 1 {
				fail("target ids %v", ids)
			}
			t, ok := pb.Tensor()
			if !ok {
				fail("no tensor")
				continue
			}
			n := pb.NumROIs()
			if s := t.Shape(); len(s) != 4 || s[0] != int32(n) || s[1] != 3 || s[2] != 96 || s[3] != 160 {
				fail("shape %v for %d ROIs", s, n)
			}
			if t.Name() != "input_1:0" || t.DataType() != preprocess.DataTypeFP32 {
				fail("tensor %q %v", t.Name(), t.DataType())
			}
			if t.BufferSize() != uint64(n*3*96*160*4) || t.RawTensorBuffer() == 0 {
				fail("buffer of %d bytes at %#x", t.BufferSize(), t.RawTensorBuffer())
				continue
			}
			// C memory (g_malloc'd by the stand-in), out of the Go heap.
			addr := t.RawTensorBuffer()
			data := unsafe.Slice((*float32)(*(*unsafe.Pointer)(unsafe.Pointer(&addr))), n*3*96*160)
			for i := range n {
				r, _ := pb.ROI(i)
				p.rois++
				if !frames[r.FrameMeta().UnsafePointer()] {
					fail("ROI %d: not on a frame of the batch", i)
				}
				rect := r.Rect()
				if !matchesROI(rect, want) {
					fail("ROI %d: %v is none of the config's", i, rect)
				}
				// Aspect kept: one scale for both axes, the padding
				// centres the scaled ROI.
				sx, sy := r.ScaleRatio()
				ox, oy := r.Offset()
				if sx != sy || sx <= 0 || (ox != 0 && oy != 0) || ox < 0 || oy < 0 ||
					ox > (160-float64(rect.Width)*sx)/2+1 || oy > (96-float64(rect.Height)*sy)/2+1 {
					fail("ROI %d: scale %v,%v offset %v,%v for %v", i, sx, sy, ox, oy, rect)
				}
				// Normalised pixels in [0, 1], not all alike (the scene
				// has a road, lanes and objects), padding 0.
				lo, hi := float32(2), float32(-1)
				for _, v := range data[i*3*96*160 : (i+1)*3*96*160] {
					lo, hi = min(lo, v), max(hi, v)
				}
				if lo < 0 || hi > 1 || hi-lo < 0.1 {
					fail("ROI %d: values %v..%v", i, lo, hi)
				}
			}
		}
	}
}

func matchesROI(r nvds.Rect, want []scene.Box) bool {
	for _, w := range want {
		if int(r.Left) == w.Left && int(r.Top) == w.Top && int(r.Width) == w.Width && int(r.Height) == w.Height {
			return true
		}
	}
	return false
}

// within reports whether b lies inside r grown by pad pixels.
func within(b, r scene.Box, pad int) bool {
	return b.Left >= r.Left-pad && b.Top >= r.Top-pad && b.Left+b.Width <= r.Left+r.Width+pad &&
		b.Top+b.Height <= r.Top+r.Height+pad
}

// nvdspreprocess with two ROIs ahead of nvinfer with input-tensor-meta:
// over a range of seeds, objects wholly outside the ROIs are never
// detected, every relevant object wholly inside one is (IoU >= 0.5 with
// its visible box, in frame coordinates), every box lies in a ROI, and
// the batch metas carry the ROIs and a tensor of the configured layout.
// Without input-tensor-meta the same nvinfer finds the outside objects too.
func TestPreprocessROIDetection(t *testing.T) {
	testmain.Slow(t)
	rois := []scene.Box{{Left: 0, Top: 0, Width: 300, Height: 200}, {Left: 380, Top: 170, Width: 260, Height: 190}}
	dir := t.TempDir()
	writeFile(t, dir, "labels.txt", "Vehicle\nTwoWheeler\nPerson\nRoadSign\n")
	pp := writeFile(t, dir, "pp.txt", preprocessConfig(rois))
	pgie := writeFile(t, dir, "pgie.txt", "[property]\ngie-unique-id=1\nlabelfile-path=labels.txt\nbatch-size=1\n")
	base := 1 + rand.Int64N(1000)
	for k := range int64(3) {
		seed := base + k
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			clip, truth := seedClip(t, seed, 30)
			desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
				"nvstreammux name=m batch-size=1 width=640 height=360 ! nvdspreprocess name=pp config-file=%s "+
				"! nvinfer config-file-path=%s input-tensor-meta=true ! fakesink name=sink", clip, pp, pgie)
			var rec recorder
			var seen preprocessed
			res := runWith(t, desc, map[string]*recorder{"sink": &rec}, func(p *gst.Pipeline) {
				e, err := p.GetElementByName("pp")
				require.NoError(t, err)
				pr, err := gogst.AddObserver(e.GetStaticPad("src"), seen.observe(rois))
				require.NoError(t, err)
				t.Cleanup(pr.Remove)
			})
			require.NoError(t, res.err, "seed %d", seed)
			frames, _, _ := rec.snapshot()
			require.Len(t, frames, 30, "seed %d", seed)
			assert.Empty(t, seen.errs, "seed %d", seed)
			assert.Equal(t, 30, seen.batches, "seed %d: one batch meta per frame (2 ROIs, network batch 2)", seed)
			assert.Equal(t, 60, seen.rois, "seed %d", seed)

			outside, inside, found := 0, 0, 0
			for _, fr := range frames {
				objs := truth.Frames[fr.frameNum].Objects
				for _, d := range fr.objects {
					box := toSource(d, fr)
					in := false
					for _, r := range rois {
						in = in || within(box, r, 3)
					}
					assert.True(t, in, "seed %d frame %d: %s %v outside the ROIs", seed, fr.frameNum, d.label, box)
				}
				for _, o := range objs {
					if o.VisibleBox.Empty() {
						continue
					}
					touches, wholly := false, false
					for _, r := range rois {
						touches = touches || o.VisibleBox.IoU(r) > 0
						wholly = wholly || within(o.VisibleBox, r, -2)
					}
					if !touches {
						outside++
						// (A box of a neighbour inside a ROI may graze it.)
						for _, d := range fr.objects {
							assert.False(t, d.class == int(o.ClassID) && toSource(d, fr).IoU(o.VisibleBox) >= 0.3,
								"seed %d frame %d: %s track %d %v is outside the ROIs yet detected", seed,
								fr.frameNum, o.Class, o.TrackID, o.VisibleBox)
						}
					}
					if wholly && relevant(o, 640, 360) {
						inside++
						for _, d := range fr.objects {
							if d.class == int(o.ClassID) && toSource(d, fr).IoU(o.VisibleBox) >= 0.5 {
								found++
								break
							}
						}
					}
				}
			}
			t.Logf("seed %d: %d objects outside the ROIs, %d of %d inside found", seed, outside, found, inside)
			require.Positive(t, outside, "seed %d: the scene must have objects outside the ROIs", seed)
			require.Positive(t, inside, "seed %d: and inside", seed)
			assert.GreaterOrEqual(t, float64(found), 0.95*float64(inside), "seed %d: recall inside the ROIs", seed)

			if k > 0 {
				return
			}
			// The control: the same nvinfer on whole frames sees outside objects.
			var all recorder
			desc = fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
				"nvstreammux name=m batch-size=1 width=640 height=360 ! nvdspreprocess config-file=%s "+
				"! nvinfer config-file-path=%s ! fakesink name=sink", clip, pp, pgie)
			require.NoError(t, run(t, desc, map[string]*recorder{"sink": &all}).err)
			frames, _, _ = all.snapshot()
			beyond := 0
			for _, fr := range frames {
				for _, d := range fr.objects {
					box := toSource(d, fr)
					if !within(box, rois[0], 3) && !within(box, rois[1], 3) {
						beyond++
					}
				}
			}
			assert.Positive(t, beyond, "seed %d: without input-tensor-meta objects beyond the ROIs are detected", seed)
		})
	}
	testmain.NoneLive(t)
}

// ppTinyPipeline runs nvdspreprocess with config on a few synthetic frames.
func ppTinyPipeline(config string) string {
	return fmt.Sprintf("videotestsrc num-buffers=3 ! video/x-raw,width=64,height=48 ! nvvideoconvert "+
		"! video/x-raw(memory:NVMM),format=NV12 ! m.sink_0 nvstreammux name=m batch-size=1 width=64 height=48 "+
		"! nvdspreprocess name=pp config-file=%s ! fakesink", config)
}

// A config file nvdspreprocess cannot use stops the pipeline with an error
// that says what is wrong.
func TestPreprocessConfigErrors(t *testing.T) {
	dir := t.TempDir()
	const prop = "[property]\nnetwork-input-shape=1;3;48;64\nprocessing-width=64\nprocessing-height=48\ntensor-name=x\n"
	const group = "[group-0]\nsrc-ids=0\nprocess-on-roi=0\n"
	cases := []struct {
		name, content, want string
	}{
		{"missing file", "", "No such file"},
		{"no property group", group, "the [property] group is missing"},
		{"no shape", "[property]\nprocessing-width=64\nprocessing-height=48\ntensor-name=x\n" + group,
			"network-input-shape is missing"},
		{"three dims", "[property]\nnetwork-input-shape=3;48;64\nprocessing-width=64\nprocessing-height=48\ntensor-name=x\n" + group,
			"network-input-shape: 3 dimensions, want 4"},
		{"not an integer", "[property]\nnetwork-input-shape=1;3;x;64\n" + group, "'x' is not an integer"},
		{"processing size", "[property]\nnetwork-input-shape=1;3;48;64\nprocessing-width=32\nprocessing-height=48\ntensor-name=x\n" + group,
			"processing-width/height 32x48 differ"},
		{"channels", "[property]\nnetwork-input-shape=1;3;48;64\nnetwork-color-format=2\nprocessing-width=64\nprocessing-height=48\ntensor-name=x\n" + group,
			"needs 1"},
		{"no tensor name", "[property]\nnetwork-input-shape=1;3;48;64\nprocessing-width=64\nprocessing-height=48\n" + group,
			"tensor-name is missing"},
		{"unsupported type", prop + "tensor-data-type=3\n" + group, "tensor-data-type=3 (UINT32)"},
		{"custom order", prop + "network-input-order=2\n" + group, "network-input-order=2 (CUSTOM)"},
		{"no group", prop, "no [group-<n>] group"},
		{"no src-ids", prop + "[group-0]\nprocess-on-roi=0\n", "[group-0] src-ids is missing"},
		{"roi count", prop + "[group-0]\nsrc-ids=0\nprocess-on-roi=1\nroi-params-src-0=0;0;10\n",
			"roi-params-src-0: 3 values, want left;top;width;height"},
		{"empty roi", prop + "[group-0]\nsrc-ids=0\nprocess-on-roi=1\nroi-params-src-0=0;0;0;10\n",
			"ROI 0 is 0x10"},
		{"missing rois", prop + "[group-0]\nsrc-ids=0;1\nprocess-on-roi=1\nroi-params-src-0=0;0;10;10\n",
			"roi-params-src-1 is missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, "absent.txt")
			if c.content != "" {
				path = writeFile(t, dir, "config.txt", c.content)
			}
			res := run(t, ppTinyPipeline(path), nil)
			require.Error(t, res.err)
			assert.Contains(t, res.err.Error(), "Configuration file parsing failed")
			assert.Contains(t, res.err.Error(), c.want)
		})
	}
	testmain.NoneLive(t)
}

// Properties read back the config file's values until set; a good config
// passes every frame with one batch meta each.
func TestPreprocessProperties(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "pp.txt", "[property]\nunique-id=7\ntarget-unique-ids=1;3\noperate-on-gie-id=2\n"+
		"gpu-id=0\nnetwork-input-shape=4;48;64;3\nnetwork-input-order=1\nprocessing-width=64\nprocessing-height=48\n"+
		"tensor-name=in\ntensor-data-type=5\n[group-0]\nsrc-ids=-1\nprocess-on-roi=0\n")
	e, err := gst.NewElement("nvdspreprocess")
	require.NoError(t, err)
	require.NoError(t, e.SetProperty("config-file", path))
	for name, want := range map[string]any{"unique-id": uint(7), "target-unique-ids": "1;3", "operate-on-gie-id": 2,
		"enable": true, "process-on-frame": true} {
		v, err := e.GetProperty(name)
		require.NoError(t, err)
		assert.Equal(t, want, v, name)
	}
	require.NoError(t, e.SetProperty("unique-id", uint(9)))
	v, _ := e.GetProperty("unique-id")
	assert.Equal(t, uint(9), v, "a property set wins over the config")

	var seen struct {
		sync.Mutex
		n     int
		shape []int32
		typ   preprocess.DataType
	}
	res := runWith(t, ppTinyPipeline(path), nil, func(p *gst.Pipeline) {
		pp, err := p.GetElementByName("pp")
		require.NoError(t, err)
		pr, err := gogst.AddObserver(pp.GetStaticPad("src"), func(info nvds.ProbeInfo) {
			b, err := info.BatchMeta()
			if err != nil {
				return
			}
			seen.Lock()
			defer seen.Unlock()
			for u := range b.UserMetaOfType(nvds.MetaTypePreprocessBatch) {
				pb, _ := preprocess.BatchMetaFromUser(u)
				if tm, ok := pb.Tensor(); ok {
					seen.n++
					seen.shape, seen.typ = append([]int32(nil), tm.Shape()...), tm.DataType()
				}
			}
		})
		require.NoError(t, err)
		t.Cleanup(pr.Remove)
	})
	require.NoError(t, res.err)
	assert.Equal(t, 3, seen.n, "one batch meta per frame")
	assert.Equal(t, []int32{1, 48, 64, 3}, seen.shape, "NHWC, one full-frame unit")
	assert.Equal(t, preprocess.DataTypeFP16, seen.typ)
	testmain.NoneLive(t)
}

// halfToFloat decodes an IEEE 754 half-precision value.
func halfToFloat(h uint16) float32 {
	sign := float32(1)
	if h&0x8000 != 0 {
		sign = -1
	}
	exp, man := int(h>>10)&0x1f, float32(h&0x3ff)
	switch exp {
	case 0:
		return sign * man / 1024 / 16384
	case 31:
		return sign * float32(math.Inf(1))
	}
	return sign * (1 + man/1024) * float32(math.Ldexp(1, exp-15))
}

// The tensor's values for each layout, colour format and data type, on
// pure red frames: a 32x48 ROI scaled into 32x16 with its aspect kept is
// 11x16 pixels of red between two bands of padding (0).
func TestPreprocessTensorLayouts(t *testing.T) {
	cases := []struct {
		name, keys string
		typ        preprocess.DataType
		shape      []int32
		// at returns the value of channel c at (x, y) of unit 0 from the
		// tensor's bytes.
		at func(b []byte, c, x, y int) float32
		// red is the value of each channel for red.
		red [3]float32
	}{
		{"NCHW RGB FP32", "network-input-order=0\nnetwork-color-format=0\ntensor-data-type=0\nnetwork-input-shape=1;3;16;32\n" +
			"[user-configs]\npixel-normalization-factor=0.003921568\n", preprocess.DataTypeFP32, []int32{1, 3, 16, 32},
			func(b []byte, c, x, y int) float32 {
				return math.Float32frombits(binary.LittleEndian.Uint32(b[4*(c*16*32+y*32+x):]))
			}, [3]float32{1, 0, 0}},
		{"NCHW BGR FP16", "network-input-order=0\nnetwork-color-format=1\ntensor-data-type=5\nnetwork-input-shape=1;3;16;32\n" +
			"[user-configs]\npixel-normalization-factor=0.003921568\n", preprocess.DataTypeFP16, []int32{1, 3, 16, 32},
			func(b []byte, c, x, y int) float32 {
				return halfToFloat(binary.LittleEndian.Uint16(b[2*(c*16*32+y*32+x):]))
			}, [3]float32{0, 0, 1}},
		{"NHWC RGB UINT8 with offsets", "network-input-order=1\nnetwork-color-format=0\ntensor-data-type=1\nnetwork-input-shape=1;16;32;3\n" +
			"[user-configs]\noffsets=55;0;0\n", preprocess.DataTypeUint8, []int32{1, 16, 32, 3},
			func(b []byte, c, x, y int) float32 { return float32(b[(y*32+x)*3+c]) }, [3]float32{200, 0, 0}},
		{"NCHW GRAY INT8", "network-input-order=0\nnetwork-color-format=2\ntensor-data-type=2\nnetwork-input-shape=1;1;16;32\n" +
			"[user-configs]\npixel-normalization-factor=0.5\n", preprocess.DataTypeInt8, []int32{1, 1, 16, 32},
			func(b []byte, c, x, y int) float32 { return float32(int8(b[y*32+x])) }, [3]float32{38, 38, 38}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			keys, user, _ := strings.Cut(c.keys, "[user-configs]\n")
			path := writeFile(t, t.TempDir(), "pp.txt", "[property]\ntarget-unique-ids=1\nmaintain-aspect-ratio=1\n"+
				"symmetric-padding=1\nprocessing-width=32\nprocessing-height=16\ntensor-name=in\n"+keys+
				"[user-configs]\n"+user+"[group-0]\nsrc-ids=0\nprocess-on-roi=1\nroi-params-src-0=0;0;32;48\n")
			desc := "videotestsrc num-buffers=2 pattern=solid-color foreground-color=0xffff0000 ! video/x-raw,width=64,height=48 " +
				"! nvvideoconvert ! video/x-raw(memory:NVMM),format=NV12 ! m.sink_0 nvstreammux name=m batch-size=1 width=64 height=48 " +
				"! nvdspreprocess name=pp config-file=" + path + " ! fakesink"
			var mu sync.Mutex
			var errs []string
			units := 0
			res := runWith(t, desc, nil, func(p *gst.Pipeline) {
				pp, err := p.GetElementByName("pp")
				require.NoError(t, err)
				pr, err := gogst.AddObserver(pp.GetStaticPad("src"), func(info nvds.ProbeInfo) {
					b, err := info.BatchMeta()
					if err != nil {
						return
					}
					mu.Lock()
					defer mu.Unlock()
					fail := func(f string, a ...any) { errs = append(errs, fmt.Sprintf(f, a...)) }
					for u := range b.UserMetaOfType(nvds.MetaTypePreprocessBatch) {
						pb, _ := preprocess.BatchMetaFromUser(u)
						tm, ok := pb.Tensor()
						if !ok || tm.DataType() != c.typ || !slices.Equal(tm.Shape(), c.shape) {
							fail("tensor %v %v", tm.DataType(), tm.Shape())
							continue
						}
						units++
						addr := tm.RawTensorBuffer()
						data := unsafe.Slice((*byte)(*(*unsafe.Pointer)(unsafe.Pointer(&addr))), tm.BufferSize())
						r, _ := pb.ROI(0)
						ox, oy := r.Offset()
						sx, sy := r.ScaleRatio()
						if ox != 10 || oy != 0 || math.Abs(sx-1.0/3) > 1e-9 || sx != sy {
							fail("offset %v,%v scale %v,%v", ox, oy, sx, sy)
						}
						channels := int(c.shape[1])
						if c.shape[3] == 3 {
							channels = 3
						}
						for ch := range channels {
							if v := c.at(data, ch, 15, 8); math.Abs(float64(v-c.red[ch])) > 0.06*max(1, float64(c.red[ch])) {
								fail("channel %d inside: %v, want %v", ch, v, c.red[ch])
							}
							for _, x := range []int{0, 9, 22, 31} {
								if v := c.at(data, ch, x, 8); v != 0 {
									fail("channel %d padding at x %d: %v", ch, x, v)
								}
							}
						}
					}
				})
				require.NoError(t, err)
				t.Cleanup(pr.Remove)
			})
			require.NoError(t, res.err)
			assert.Empty(t, errs)
			assert.Equal(t, 2, units)
		})
	}
	testmain.NoneLive(t)
}

// Objects mode (process-on-frame=0): one unit per object of
// operate-on-gie-id and operate-on-class-ids, its ROI meta pointing at the
// object and framing its box.
func TestPreprocessObjectsMode(t *testing.T) {
	clip, _ := seedClip(t, 2, 30)
	dir := t.TempDir()
	writeFile(t, dir, "labels.txt", "Vehicle\nTwoWheeler\nPerson\nRoadSign\n")
	pgie := writeFile(t, dir, "pgie.txt", "[property]\ngie-unique-id=1\nlabelfile-path=labels.txt\n")
	pp := writeFile(t, dir, "pp.txt", "[property]\nprocess-on-frame=0\noperate-on-gie-id=1\ntarget-unique-ids=2\n"+
		"network-input-shape=4;3;32;64\nprocessing-width=64\nprocessing-height=32\ntensor-name=x\n"+
		"[group-0]\nsrc-ids=0\noperate-on-class-ids=0\ninput-object-min-width=20\n")
	desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=640 height=360 ! nvinfer config-file-path=%s "+
		"! nvdspreprocess name=pp config-file=%s ! fakesink", clip, pgie, pp)
	var mu sync.Mutex
	var errs []string
	units, vehicles := 0, 0
	res := runWith(t, desc, nil, func(p *gst.Pipeline) {
		e, err := p.GetElementByName("pp")
		require.NoError(t, err)
		pr, err := gogst.AddObserver(e.GetStaticPad("src"), func(info nvds.ProbeInfo) {
			b, err := info.BatchMeta()
			if err != nil {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			for f := range b.Frames() {
				for o := range f.Objects() {
					if o.ClassID() == 0 && o.RectParams().Rect().Width >= 20 {
						vehicles++
					}
				}
			}
			for u := range b.UserMetaOfType(nvds.MetaTypePreprocessBatch) {
				pb, _ := preprocess.BatchMetaFromUser(u)
				if n := pb.NumROIs(); n > 4 || n < 1 {
					errs = append(errs, fmt.Sprintf("%d units in a batch of 4", n))
				}
				for r := range pb.ROIs() {
					units++
					o := r.ObjectMeta()
					if o.IsNil() || o.ClassID() != 0 || o.UniqueComponentID() != 1 {
						errs = append(errs, "ROI without a vehicle of gie 1")
						continue
					}
					or, rr := o.RectParams().Rect(), r.Rect()
					if math.Abs(float64(or.Left-rr.Left)) > 1 || math.Abs(float64(or.Width-rr.Width)) > 1 || rr.Width < 20 {
						errs = append(errs, fmt.Sprintf("ROI %v for object %v", rr, or))
					}
				}
			}
		})
		require.NoError(t, err)
		t.Cleanup(pr.Remove)
	})
	require.NoError(t, res.err)
	assert.Empty(t, errs)
	assert.Positive(t, units)
	assert.Equal(t, vehicles, units, "one unit per vehicle at least 20 pixels wide")
	testmain.NoneLive(t)
}
