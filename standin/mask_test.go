//go:build !deepstream

package standin_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/scene"
)

// maskObj is an object meta and a copy of its mask.
type maskObj struct {
	class        int
	rect         nvds.Rect
	w, h, size   uint32
	threshold    float32
	data         []float32
	hasData      bool
	frame, pipeW int
	pipeH        int
}

// maskRecorder copies every object's mask params.
type maskRecorder struct {
	mu   sync.Mutex
	objs []maskObj
}

func (r *maskRecorder) observe(info nvds.ProbeInfo) {
	b, err := info.BatchMeta()
	if err != nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for f := range b.Frames() {
		for o := range f.Objects() {
			m := o.MaskParams()
			r.objs = append(r.objs, maskObj{
				class: int(o.ClassID()), rect: o.RectParams().Rect(), w: m.Width(), h: m.Height(), size: m.Size(),
				threshold: m.Threshold(), data: append([]float32(nil), m.Data()...), hasData: m.Data() != nil,
				frame: int(f.FrameNum()), pipeW: int(f.PipelineWidth()), pipeH: int(f.PipelineHeight()),
			})
		}
	}
}

// binarize is deepstream-segmask's resize_mask: the mask scaled to w x h
// by the Python sample's bilinear interpolation (no half-pixel offset),
// then true where the score reaches threshold.
func binarize(data []float32, mw, mh int, threshold float32, w, h int) []bool {
	out := make([]bool, w*h)
	rw, rh := float64(mw)/float64(w), float64(mh)/float64(h)
	for y := range h {
		y0 := float64(y) * rh
		top, bottom := min(max(int(math.Floor(y0)), 0), mh-1), min(max(int(math.Ceil(y0)), 0), mh-1)
		for x := range w {
			x0 := float64(x) * rw
			left, right := min(max(int(math.Floor(x0)), 0), mw-1), min(max(int(math.Ceil(x0)), 0), mw-1)
			lt, rt := float64(data[top*mw+left]), float64(data[top*mw+right])
			lb, rb := float64(data[bottom*mw+left]), float64(data[bottom*mw+right])
			tl := lt + (rt-lt)*(x0-float64(left))
			bl := lb + (rb-lb)*(x0-float64(left))
			out[y*w+x] = tl+(bl-tl)*(y0-float64(top)) >= float64(threshold)
		}
	}
	return out
}

// maskIoU compares an object's binarised mask, placed at its rectangle in
// pipeline pixels, with the scene's exact pixels of the truth object that
// owns most of the rectangle (among objects of the detected class): the
// intersection over union inside the rectangle, that of the whole
// rectangle taken as the mask, and the track id (0: no object of the class
// in the rectangle).
func maskIoU(o maskObj, owners []uint64, classOf map[uint64]scene.ClassID, sw, sh int) (iou, boxIoU float64, id uint64) {
	left, top := int(o.rect.Left), int(o.rect.Top)
	w, h := int(o.rect.Width), int(o.rect.Height)
	src := func(x, y int) uint64 { // the owner of pipeline pixel (x, y)
		sx, sy := min(x*sw/o.pipeW, sw-1), min(y*sh/o.pipeH, sh-1)
		return owners[sy*sw+sx]
	}
	count := map[uint64]int{}
	for y := top; y < top+h; y++ {
		for x := left; x < left+w; x++ {
			if id := src(x, y); id != 0 && int(classOf[id]) == o.class {
				count[id]++
			}
		}
	}
	for k, n := range count {
		if id == 0 || n > count[id] || (n == count[id] && k < id) {
			id = k
		}
	}
	if id == 0 {
		return 0, 0, 0
	}
	pred := binarize(o.data, int(o.w), int(o.h), o.threshold, w, h)
	in, union := 0, 0
	for y := range h {
		for x := range w {
			p, t := pred[y*w+x], src(left+x, top+y) == id
			if p && t {
				in++
			}
			if p || t {
				union++
			}
		}
	}
	// The baseline a mask must beat: the whole rectangle.
	return float64(in) / float64(max(1, union)), float64(count[id]) / float64(max(1, w*h)), id
}

// Instance segmentation (network-type 3, output-instance-mask): every
// object gets a 28x28 mask (size in bytes, the config's threshold), and
// the mask, resized and binarised as deepstream-segmask does, covers the
// scene's exact pixels of the object (scene.Scene.Owners): IoU over scenes
// of several seeds and sizes, with and without the muxer scaling the
// frame.
func TestInstanceMasksMatchScene(t *testing.T) {
	type run struct {
		w, h, muxW, muxH int
		people           int
	}
	runs := []run{{640, 360, 640, 360, 4}, {640, 360, 1280, 720, 8}, {960, 540, 960, 540, 6}}
	var ious []float64
	for _, r := range runs {
		seed := 1 + rand.Int64N(1_000_000)
		if s := os.Getenv("GODS_SCENE_SEED"); s != "" {
			_, err := fmt.Sscan(s, &seed)
			require.NoError(t, err)
		}
		t.Run(fmt.Sprintf("%dx%d-mux%dx%d", r.w, r.h, r.muxW, r.muxH), func(t *testing.T) {
			t.Logf("scene seed %d (replay with GODS_SCENE_SEED=%d)", seed, seed)
			cfg := scene.DefaultConfig()
			cfg.Seed, cfg.Width, cfg.Height, cfg.Frames, cfg.People = seed, r.w, r.h, 12, r.people
			sc := scene.Generate(cfg)
			c, err := scene.WriteClip(context.Background(), sc, t.TempDir(), scene.ClipOptions{H264: true})
			require.NoError(t, err)
			desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
				"nvstreammux name=m batch-size=1 width=%d height=%d ! nvinfer config-file-path=%s ! fakesink name=sink",
				c.H264, r.muxW, r.muxH, testdata(t, "instance_seg_config.txt"))
			var rec maskRecorder
			res := runMasks(t, desc, &rec)
			require.NoError(t, res.err)
			require.NotEmpty(t, rec.objs)
			owners := map[int][]uint64{}
			classOf := map[uint64]scene.ClassID{}
			var local []float64
			// People and two-wheelers are not rectangles: their masks must
			// beat their boxes (boxes mostly of one object: where the
			// detector merged two, neither can).
			shaped, shapedBox, nShaped := 0.0, 0.0, 0
			for _, o := range rec.objs {
				require.True(t, o.hasData, "seed %d frame %d: object without a mask", seed, o.frame)
				require.Equal(t, [3]uint32{28, 28, 28 * 28 * 4}, [3]uint32{o.w, o.h, o.size})
				require.Len(t, o.data, 28*28)
				assert.Zero(t, o.threshold, "segmentation-threshold absent: 0")
				if owners[o.frame] == nil {
					owners[o.frame] = sc.Owners(o.frame)
					for _, to := range sc.Truth(o.frame).Objects {
						classOf[to.TrackID] = to.ClassID
					}
				}
				iou, boxIoU, id := maskIoU(o, owners[o.frame], classOf, r.w, r.h)
				require.NotZero(t, id, "seed %d frame %d: no %d-class object under %+v", seed, o.frame, o.class, o.rect)
				local = append(local, iou)
				if (o.class == int(scene.Person) || o.class == int(scene.TwoWheeler)) && boxIoU >= 0.7 {
					shaped, shapedBox = shaped+iou, shapedBox+boxIoU
					nShaped++
				}
			}
			mean, low := 0.0, 0
			for _, v := range local {
				mean += v
				if v < 0.6 {
					low++
				}
			}
			mean /= float64(len(local))
			t.Logf("seed %d: %d masks, mean IoU %.3f, %d below 0.6", seed, len(local), mean, low)
			assert.GreaterOrEqual(t, mean, 0.85, "seed %d: mean IoU", seed)
			assert.LessOrEqual(t, low, len(local)/10, "seed %d: masks with IoU below 0.6", seed)
			if nShaped > 0 {
				t.Logf("seed %d: %d people and two-wheelers: mean IoU %.3f, of their boxes %.3f", seed, nShaped,
					shaped/float64(nShaped), shapedBox/float64(nShaped))
				// The mask misses at most 2/3 as much as the box does.
				assert.Less(t, 1-shaped/float64(nShaped), (1-shapedBox/float64(nShaped))*2/3,
					"seed %d: masks no better than boxes", seed)
			}
			ious = append(ious, local...)
		})
	}
	if len(ious) > 0 {
		mean := 0.0
		for _, v := range ious {
			mean += v
		}
		t.Logf("all runs: %d masks, mean IoU %.3f", len(ious), mean/float64(len(ious)))
	}
	testmain.NoneLive(t)
}

// runMasks plays desc with rec observing the sink pad of the element
// named sink.
func runMasks(t *testing.T, desc string, rec *maskRecorder) result {
	t.Helper()
	var probe *nvds.Probe
	res := runWith(t, desc, nil, func(p *gst.Pipeline) {
		e, err := p.GetElementByName("sink")
		require.NoError(t, err)
		probe, err = gogst.AddObserver(e.GetStaticPad("sink"), rec.observe)
		require.NoError(t, err)
	})
	if probe != nil {
		probe.Remove()
	}
	return res
}

// withKeys returns config with each key=value of keys replacing that
// key's line in [property], or added to it.
func withKeys(config string, keys ...string) string {
	for _, kv := range keys {
		k := strings.SplitN(kv, "=", 2)[0]
		re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(k) + `=.*$`)
		if re.MatchString(config) {
			config = re.ReplaceAllString(config, kv)
		} else {
			config = strings.Replace(config, "[property]\n", "[property]\n"+kv+"\n", 1)
		}
	}
	return config
}

// The mask settings: segmentation-threshold is the masks' threshold;
// output-instance-mask off (config or property) or another network type
// gives objects without masks; the property overrides the config file.
func TestInstanceMaskSettings(t *testing.T) {
	clip, truth := defaultClip(t)
	dir := t.TempDir()
	base, err := os.ReadFile(testdata(t, "instance_seg_config.txt"))
	require.NoError(t, err)
	writeFile(t, dir, "labels.txt", "Vehicle\nTwoWheeler\nPerson\nRoadSign\n")
	cases := []struct {
		name, props string
		keys        []string
		masks       bool
		threshold   float32
	}{
		{"threshold", "", []string{"segmentation-threshold=0.75"}, true, 0.75},
		{"mask off", "", []string{"output-instance-mask=0"}, false, 0},
		{"property on", "output-instance-mask=1", []string{"output-instance-mask=0"}, true, 0},
		{"property off", "output-instance-mask=0", nil, false, 0},
		{"detector", "", []string{"network-type=0"}, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := writeFile(t, dir, "cfg.txt", withKeys(string(base), c.keys...))
			desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
				"nvstreammux name=m batch-size=1 width=640 height=360 ! nvinfer config-file-path=%s %s ! fakesink name=sink",
				clip, cfg, c.props)
			var rec maskRecorder
			res := runMasks(t, desc, &rec)
			require.NoError(t, res.err)
			frames := map[int]bool{}
			for _, o := range rec.objs {
				frames[o.frame] = true
				assert.Equal(t, c.masks, o.hasData, "frame %d", o.frame)
				if c.masks {
					assert.Equal(t, c.threshold, o.threshold)
				} else {
					assert.Zero(t, o.w*o.h*o.size)
				}
			}
			assert.Greater(t, len(frames), len(truth.Frames)/2, "objects found in most frames")
		})
	}
	testmain.NoneLive(t)
}

// The masks are allocated as nvinfer's: nvds_copy_obj_meta_list
// duplicates them (same values, their own data) and the batch's release
// frees both (the leak gate), so they survive the SDK's meta copies.
func TestInstanceMaskCopy(t *testing.T) {
	clip, _ := defaultClip(t)
	desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=640 height=360 ! nvinfer config-file-path=%s ! fakesink name=sink",
		clip, testdata(t, "instance_seg_config.txt"))
	var mu sync.Mutex
	copied, distinct := 0, 0
	var errs []string
	copyMasks := func(info nvds.ProbeInfo) nvds.ProbeReturn {
		b, err := info.BatchMeta()
		if err != nil {
			return nvds.ProbeOK
		}
		var frames []nvds.FrameMeta
		for f := range b.Frames() {
			frames = append(frames, f)
		}
		for _, f := range frames {
			p, err := b.AcquireFrameMeta()
			if err != nil {
				return nvds.ProbeOK
			}
			dst := b.AddFrame(p)
			dst.CopyObjectsFrom(f)
			var src []nvds.ObjectMeta
			for o := range f.Objects() {
				src = append(src, o)
			}
			k := 0
			mu.Lock()
			for o := range dst.Objects() {
				if k >= len(src) {
					break
				}
				a, c := src[k].MaskParams(), o.MaskParams()
				if fmt.Sprint(a.Data()) != fmt.Sprint(c.Data()) || a.Size() != c.Size() || a.Threshold() != c.Threshold() {
					errs = append(errs, fmt.Sprintf("frame %d object %d: copy differs", f.FrameNum(), k))
				}
				if len(c.Data()) > 0 && &a.Data()[0] != &c.Data()[0] {
					distinct++
				}
				copied++
				k++
			}
			mu.Unlock()
		}
		return nvds.ProbeOK
	}
	var probe *nvds.Probe
	res := runWith(t, desc, nil, func(p *gst.Pipeline) {
		e, err := p.GetElementByName("sink")
		require.NoError(t, err)
		probe, err = gogst.AddOperator(e.GetStaticPad("sink"), copyMasks)
		require.NoError(t, err)
	})
	if probe != nil {
		probe.Remove()
	}
	require.NoError(t, res.err)
	assert.Empty(t, errs)
	assert.Greater(t, copied, 100)
	assert.Equal(t, copied, distinct, "every copy has its own data")
	testmain.NoneLive(t)
}

// output-instance-mask reads back the config file's key until set, as
// nvinfer's properties do.
func TestInstanceMaskPropertyReadBack(t *testing.T) {
	e, err := gst.NewElement("nvinfer")
	require.NoError(t, err)
	get := func() bool {
		v, err := e.GetProperty("output-instance-mask")
		require.NoError(t, err)
		return v.(bool)
	}
	assert.False(t, get(), "default")
	require.NoError(t, e.SetProperty("config-file-path", testdata(t, "instance_seg_config.txt")))
	assert.True(t, get(), "from the config file")
	require.NoError(t, e.SetProperty("output-instance-mask", false))
	assert.False(t, get(), "set")
}
