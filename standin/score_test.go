//go:build !deepstream

package standin_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/scene"
)

// seedClip returns a 640x360 clip of frames frames for seed, cached beside
// the default clip.
func seedClip(t testing.TB, seed int64, frames int) (string, *scene.Truth) {
	t.Helper()
	def, _ := defaultClip(t)
	cfg := scene.DefaultConfig()
	cfg.Seed = seed
	cfg.Frames = frames
	path, err := scene.CachedClip(filepath.Dir(filepath.Dir(def)), cfg)
	require.NoError(t, err)
	truth, err := scene.ReadTruth(filepath.Join(filepath.Dir(path), scene.TruthName))
	require.NoError(t, err)
	return path, truth
}

// testdata returns the absolute path of a file in testdata/.
func testdata(t testing.TB, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("testdata", name))
	require.NoError(t, err)
	return p
}

// ---- scoring against the ground truth ----

// minVisibleArea is the rule for which truth objects a detector must find
// in a 640x360 frame: about this many of its pixels visible (visible
// fraction times its full area) and a visible box at least minVisibleSide
// pixels on each side. Smaller remnants (objects entering or leaving,
// almost hidden) neither count as misses nor, when detected, as false
// positives. Scaled by frame area for other sizes.
const (
	minVisibleArea = 150
	minVisibleSide = 4
)

// relevant reports whether o is an object the detector must find in a
// frame of w x h pixels.
func relevant(o scene.Object, w, h int) bool {
	if o.InFrame <= 0 || o.VisibleBox.Empty() {
		return false
	}
	full := float64(o.Box.Area()) / o.InFrame
	min := minVisibleArea * float64(w*h) / (640 * 360)
	return o.Visible*full >= min && o.VisibleBox.Width >= minVisibleSide && o.VisibleBox.Height >= minVisibleSide
}

// score is a detector's tally over frames.
type score struct {
	tp, fp, fn int
	misses     []string // descriptions, for failure messages
}

func (s score) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s score) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }

// toSource converts a detection rect from pipeline to source pixels.
func toSource(d detection, fr frameRecord) scene.Box {
	sx, sy := float64(fr.srcW)/float64(fr.pipeW), float64(fr.srcH)/float64(fr.pipeH)
	l, tp := float64(d.rect.Left)*sx, float64(d.rect.Top)*sy
	r, b := float64(d.rect.Left+d.rect.Width)*sx, float64(d.rect.Top+d.rect.Height)*sy
	return scene.Box{Left: int(l + 0.5), Top: int(tp + 0.5), Width: int(r - l + 0.5), Height: int(b - tp + 0.5)}
}

// scoreFrames matches detections to truth objects of the same class by
// IoU >= 0.5 (greedy, best IoU first): matches with relevant objects are
// true positives, relevant objects left over false negatives, detections
// left over false positives unless they match an object too small to be
// relevant.
func scoreFrames(t *testing.T, frames []frameRecord, truth *scene.Truth) score {
	t.Helper()
	var s score
	w, h := truth.Config.Width, truth.Config.Height
	for _, fr := range frames {
		require.Less(t, fr.frameNum, len(truth.Frames))
		objs := truth.Frames[fr.frameNum].Objects
		type pair struct {
			d, o int
			iou  float64
		}
		var pairs []pair
		for i, d := range fr.objects {
			box := toSource(d, fr)
			for j, o := range objs {
				if int(o.ClassID) != d.class {
					continue
				}
				if iou := box.IoU(o.VisibleBox); iou >= 0.5 {
					pairs = append(pairs, pair{i, j, iou})
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
			if relevant(objs[p.o], w, h) {
				s.tp++
			}
		}
		for i, d := range fr.objects {
			if !usedD[i] {
				s.fp++
				s.misses = append(s.misses, fmt.Sprintf("frame %d: false positive %s %v", fr.frameNum, d.label, toSource(d, fr)))
			}
		}
		for j, o := range objs {
			if !usedO[j] && relevant(o, w, h) {
				s.fn++
				s.misses = append(s.misses, fmt.Sprintf("frame %d: missed %s track %d %v (visible %.2f)",
					fr.frameNum, o.Class, o.TrackID, o.VisibleBox, o.Visible))
			}
		}
	}
	return s
}
