//go:build !deepstream

package ssdparser_test

import (
	"cmp"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/infer"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/samples/deepstream-ssd-parser/ssdparser"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
	"github.com/go-deepstream/go-deepstream/standin"
)

// The sample's parser settings.
var (
	det  = ssdparser.NewDetectionParams(91, 0.5)
	size = ssdparser.BoxSizeParams{ScreenWidth: 1920, ScreenHeight: 1080, MinWidth: 32, MinHeight: 32}
	nms  = ssdparser.NMSParams{TopK: 20, IoUThreshold: 0.3}
)

// sceneClass maps the stand-in SSD's COCO ids to the scene's classes.
var sceneClass = map[uint32]scene.ClassID{3: scene.Vehicle, 2: scene.TwoWheeler, 1: scene.Person, 13: scene.RoadSign}

// parsedFrame is what the parser made of one frame: with the sample's
// settings (objs) and with no top-k limit (all).
type parsedFrame struct {
	frame     int
	objs, all []ssdparser.Detection
	err       error
}

// parseClip plays clip through the sample's chain up to nvinferserver
// (embedded runtime) with tail after it, parsing every frame's tensor meta
// on nvinferserver's src pad.
func parseClip(t *testing.T, clip, pgie string) []parsedFrame {
	t.Helper()
	gst.Init(nil)
	require.NoError(t, standin.Register())
	root := samplestest.ModuleRoot(t)
	cfg := filepath.Join(root, "samples", "deepstream-ssd-parser", "configs", "embedded", "dstest_ssd_nopostprocess.txt")
	if pgie == "" {
		pgie = "nvinferserver name=pgie config-file-path=" + cfg
	}
	p, err := gst.NewPipelineFromString(fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=1920 height=1080 batched-push-timeout=33000 ! %s ! fakesink", clip, pgie))
	require.NoError(t, err)
	e, err := p.GetElementByName("pgie")
	require.NoError(t, err)
	var mu sync.Mutex
	var frames []parsedFrame
	probe, err := gogst.AddObserver(e.GetStaticPad("src"), func(info nvds.ProbeInfo) {
		b, err := info.BatchMeta()
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			frames = append(frames, parsedFrame{err: err})
			return
		}
		for f := range b.Frames() {
			for tm := range nvds.Payloads(f.UserMeta(), infer.TensorMetaFromUser) {
				objs, err := ssdparser.Parse(tm, det, size, nms)
				all, _ := ssdparser.Parse(tm, det, size, ssdparser.NMSParams{IoUThreshold: nms.IoUThreshold})
				frames = append(frames, parsedFrame{frame: int(f.FrameNum()), objs: objs, all: all, err: err})
			}
		}
	})
	require.NoError(t, err)
	defer probe.Remove()
	require.NoError(t, p.SetState(gst.StatePlaying))
	msg := p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(2*time.Minute), gst.MessageEOS|gst.MessageError)
	require.NotNil(t, msg, "no EOS within 2 minutes")
	if msg.Type() == gst.MessageError {
		t.Fatal(msg.ParseError())
	}
	require.NoError(t, p.SetState(gst.StateNull))
	runtime.KeepAlive(p)
	mu.Lock()
	defer mu.Unlock()
	return frames
}

// tally is a parser's score against the ground truth.
type tally struct{ tp, fp, fn int }

func (s tally) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s tally) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }

// required reports whether the parser must find o: an object the stand-in
// detector must find (samplestest.Relevant) whose visible box is clearly
// over the parser's 32 px minimum on the 1920x1080 screen.
func required(o scene.Object, w, h int) bool {
	return samplestest.Relevant(o, w, h) && o.VisibleBox.Width*1920 > 40*w && o.VisibleBox.Height*1080 > 40*h
}

// score matches the parsed boxes of every frame (all: with no top-k
// limit, since a crowded street has more than the sample's 20 objects) to truth objects of their class by IoU >=
// 0.5 with the visible box (greedy, best first): a match with a required
// object is a true positive, a required object left over a false
// negative, a box matching nothing a false positive (a box matching an
// object too small to be required counts neither way).
func score(t *testing.T, frames []parsedFrame, truth *scene.Truth, all bool) (tally, []string) {
	var s tally
	var notes []string
	w, h := truth.Config.Width, truth.Config.Height
	for _, f := range frames {
		require.NoError(t, f.err)
		require.Less(t, f.frame, len(truth.Frames))
		objs := truth.Frames[f.frame].Objects
		if all {
			f.objs = f.all
		}
		type pair struct {
			d, o int
			iou  float64
		}
		var pairs []pair
		boxes := make([]scene.Box, len(f.objs))
		for i, d := range f.objs {
			l, tp := float64(d.Left)*float64(w), float64(d.Top)*float64(h)
			boxes[i] = scene.Box{Left: int(l + 0.5), Top: int(tp + 0.5),
				Width: int(float64(d.Width)*float64(w) + 0.5), Height: int(float64(d.Height)*float64(h) + 0.5)}
			cls, ok := sceneClass[d.ClassID]
			require.True(t, ok, "class %d", d.ClassID)
			for j, o := range objs {
				if o.ClassID == cls {
					if iou := boxes[i].IoU(o.VisibleBox); iou >= 0.5 {
						pairs = append(pairs, pair{i, j, iou})
					}
				}
			}
		}
		sort.Slice(pairs, func(a, b int) bool { return pairs[a].iou > pairs[b].iou })
		usedD, usedO := map[int]bool{}, map[int]bool{}
		for _, p := range pairs {
			if usedD[p.d] || usedO[p.o] {
				continue
			}
			usedD[p.d], usedO[p.o] = true, true
			if required(objs[p.o], w, h) {
				s.tp++
			}
		}
		for i := range f.objs {
			if !usedD[i] {
				s.fp++
				notes = append(notes, fmt.Sprintf("frame %d: false positive class %d %v", f.frame, f.objs[i].ClassID, boxes[i]))
			}
		}
		for j, o := range objs {
			if !usedO[j] && required(o, w, h) {
				s.fn++
				notes = append(notes, fmt.Sprintf("frame %d: missed %s track %d %v (visible %.2f)",
					f.frame, o.Class, o.TrackID, o.VisibleBox, o.Visible))
			}
		}
	}
	return s, notes
}

// drawnScenes are the scenes TestParsedBoxesOnDrawnScenes draws from.
var drawnScenes = samplestest.SceneRange{
	Sizes:     [][2]int{{640, 360}, {960, 540}, {1280, 720}},
	Densities: []samplestest.Density{samplestest.DensityDefault, samplestest.DensityBusy, samplestest.DensityCrowded},
	Frames:    []int{24, 36},
}

// The sample's parser on the stand-in nvinferserver's tensors finds the
// scene's objects: on scenes drawn from a range (seeds logged;
// GODS_SCENE_SEED replays one), precision and recall against the ground
// truth with no top-k limit, NMS removing the SSD's twin boxes; with the
// sample's top 20, the 20 most confident of those boxes.
func TestParsedBoxesOnDrawnScenes(t *testing.T) {
	for i := range 2 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			clip, truth := samplestest.TempClip(t, samplestest.DrawScene(t, drawnScenes))
			frames := parseClip(t, clip, "")
			require.Len(t, frames, len(truth.Frames), "one tensor meta per frame")
			s, notes := score(t, frames, truth, true)
			t.Logf("no top-k: precision %.3f recall %.3f (tp %d fp %d fn %d)", s.precision(), s.recall(), s.tp, s.fp, s.fn)
			assert.GreaterOrEqual(t, s.precision(), 0.95, "%v", notes[:min(10, len(notes))])
			assert.GreaterOrEqual(t, s.recall(), 0.9, "%v", notes[:min(10, len(notes))])
			// The sample's top 20: the 20 most confident of those.
			for _, f := range frames {
				want := slices.Clone(f.all)
				slices.SortStableFunc(want, func(a, b ssdparser.Detection) int { return cmp.Compare(b.Confidence, a.Confidence) })
				want = want[:min(20, len(want))]
				require.ElementsMatch(t, want, f.objs, "frame %d", f.frame)
			}
			s, _ = score(t, frames, truth, false)
			t.Logf("top 20: precision %.3f recall %.3f", s.precision(), s.recall())
			assert.GreaterOrEqual(t, s.precision(), 0.95)
		})
	}
}

// Without NMS every object would be reported twice: the stand-in's
// twins are there, and the parser's clustering is what removes them.
func TestTwinsNeedNMS(t *testing.T) {
	clip, truth := samplestest.ShortClip(t, 10)
	withNMS := parseClip(t, clip, "")
	// An IoU threshold of 1 suppresses nothing but identical boxes.
	saved := nms
	nms = ssdparser.NMSParams{TopK: 0, IoUThreshold: 1}
	defer func() { nms = saved }()
	without := parseClip(t, clip, "")
	require.Len(t, without, len(withNMS))
	n, m := 0, 0
	for i := range withNMS {
		n += len(withNMS[i].objs)
		m += len(without[i].objs)
	}
	assert.Equal(t, 2*n, m, "every parsed object has one twin before NMS")
	s, _ := score(t, without, truth, false)
	assert.Less(t, s.precision(), 0.6, "without NMS half the boxes are duplicates")
}

// A tensor meta without the SSD's layers (nvinfer's DetectNet coverage
// layer) is refused with ErrMissingLayers, as the Python parser writes
// "some layers missing".
func TestMissingLayers(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, 3)
	cfg := filepath.Join(samplestest.ModuleRoot(t), "standin", "testdata", "pgie_config.txt")
	frames := parseClip(t, clip, "nvinfer name=pgie output-tensor-meta=true config-file-path="+cfg)
	require.Len(t, frames, 3)
	for _, f := range frames {
		assert.ErrorIs(t, f.err, ssdparser.ErrMissingLayers)
		assert.Empty(t, f.objs)
	}
}
