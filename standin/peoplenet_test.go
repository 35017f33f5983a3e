//go:build !deepstream

package standin_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/scene"
)

// peopleNetConfig writes a PeopleNet-like detector config (three classes
// labelled Person;Bag;Face) and returns its path.
func peopleNetConfig(t *testing.T) string {
	dir := t.TempDir()
	writeFile(t, dir, "labels.txt", "Person\nBag\nFace\n")
	return writeFile(t, dir, "peoplenet.txt", "[property]\nnetwork-type=0\nnum-detected-classes=3\n"+
		"labelfile-path=labels.txt\ngie-unique-id=1\n\n[class-attrs-all]\npre-cluster-threshold=0.4\ntopk=20\n")
}

// faceClip returns a clip rendered with faces.
func faceClip(t *testing.T, seed int64, w, h int) (string, *scene.Truth) {
	t.Helper()
	def, _ := defaultClip(t)
	cfg := scene.DefaultConfig()
	cfg.Seed, cfg.Width, cfg.Height, cfg.Frames, cfg.People, cfg.Faces = seed, w, h, 30, 6, true
	path, err := scene.CachedClip(filepath.Dir(filepath.Dir(def)), cfg)
	require.NoError(t, err)
	truth, err := scene.ReadTruth(filepath.Join(filepath.Dir(path), scene.TruthName))
	require.NoError(t, err)
	return path, truth
}

// relevantFace: a face the detector must find, at least half visible
// with a visible box of 3x3 pixels or more.
func relevantFace(f *scene.Face) bool {
	return f != nil && f.Visible >= 0.5 && f.VisibleBox.Width >= 3 && f.VisibleBox.Height >= 3
}

// In PeopleNet mode nvinfer reports only Person (class 0) and Face (class
// 2), found from pixels: faces match the truth's face boxes and people
// their full boxes (head included) with precision and recall >= 0.95 over
// seeds and sizes, people as well as the four-class detector does; on a
// clip without faces it finds no face.
func TestPeopleNetMode(t *testing.T) {
	testmain.Slow(t)
	config := peopleNetConfig(t)
	for _, size := range [][2]int{{640, 360}, {1280, 720}} {
		seed := 1 + rand.Int64N(100)
		t.Run(fmt.Sprintf("seed %d %dx%d", seed, size[0], size[1]), func(t *testing.T) {
			clip, truth := faceClip(t, seed, size[0], size[1])
			faces, people := scorePeopleNet(t, clip, config, true, truth, seed)
			// The same clip through the four-class detector: its people
			// (class 2) bound what the colour detector can do (touching
			// people of one colour merge, with or without faces).
			_, base := scorePeopleNet(t, clip, testdata(t, "pgie_config.txt"), false, truth, seed)
			t.Logf("people, four-class mode: precision %.3f recall %.3f (tp %d fp %d fn %d)",
				base.precision(), base.recall(), base.tp, base.fp, base.fn)
			t.Logf("faces: precision %.3f recall %.3f (tp %d fp %d fn %d)", faces.precision(), faces.recall(), faces.tp, faces.fp, faces.fn)
			t.Logf("people: precision %.3f recall %.3f (tp %d fp %d fn %d)", people.precision(), people.recall(), people.tp, people.fp, people.fn)
			for _, m := range append(faces.misses, people.misses...) {
				t.Log(m)
			}
			require.Positive(t, faces.tp, "seed %d", seed)
			assert.GreaterOrEqual(t, faces.precision(), 0.95, "seed %d: face precision", seed)
			assert.GreaterOrEqual(t, faces.recall(), 0.95, "seed %d: face recall", seed)
			assert.GreaterOrEqual(t, people.precision(), min(0.95, base.precision()-0.02), "seed %d: person precision", seed)
			assert.GreaterOrEqual(t, people.recall(), min(0.95, base.recall()-0.02), "seed %d: person recall", seed)
		})
	}
	t.Run("no faces", func(t *testing.T) {
		clip, truth := seedClip(t, 2, 30)
		var rec recorder
		require.NoError(t, run(t, detectPipeline(clip, config, 1280, 720), map[string]*recorder{"sink": &rec}).err)
		frames, _, _ := rec.snapshot()
		require.Len(t, frames, len(truth.Frames))
		n := 0
		for _, fr := range frames {
			for _, d := range fr.objects {
				assert.Equal(t, 0, d.class, "frame %d: only people without faces", fr.frameNum)
				n++
			}
		}
		assert.Positive(t, n, "people found")
	})
	testmain.NoneLive(t)
}

// scorePeopleNet runs clip through nvinfer with config and scores its
// faces (class 2 named Face) and people (class 0 named Person in PeopleNet
// mode, class 2 named Person with the four-class config) against the
// truth. In PeopleNet mode any other class fails the test.
func scorePeopleNet(t *testing.T, clip, config string, peopleNet bool, truth *scene.Truth, seed int64) (faces, people score) {
	personClass := 2 // the four-class detector's
	if peopleNet {
		personClass = 0
	}
	var rec recorder
	res := run(t, detectPipeline(clip, config, 1920, 1080), map[string]*recorder{"sink": &rec})
	require.NoError(t, res.err)
	frames, _, _ := rec.snapshot()
	require.Len(t, frames, len(truth.Frames))
	for _, fr := range frames {
		objs := truth.Frames[fr.frameNum].Objects
		var fd, pd []scene.Box
		for _, d := range fr.objects {
			switch {
			case d.label == "Person" && d.class == personClass:
				pd = append(pd, toSource(d, fr))
			case peopleNet && d.class == 2 && d.label == "Face":
				fd = append(fd, toSource(d, fr))
			case peopleNet:
				t.Fatalf("seed %d frame %d: class %d (%s) in PeopleNet mode", seed, fr.frameNum, d.class, d.label)
			}
		}
		var fb, pb []scene.Box
		var frel, prel []bool
		for _, o := range objs {
			if o.ClassID != scene.Person {
				continue
			}
			pb = append(pb, o.VisibleBox)
			prel = append(prel, relevant(o, truth.Config.Width, truth.Config.Height))
			if o.Face != nil {
				fb = append(fb, o.Face.VisibleBox)
				frel = append(frel, relevantFace(o.Face))
			}
		}
		tally(&faces, fr.frameNum, "face", fd, fb, frel)
		tally(&people, fr.frameNum, "person", pd, pb, prel)
	}
	return faces, people
}

// tally matches detections to truth boxes by IoU >= 0.5 (greedy, best
// first), as scoreFrames: matches with relevant boxes are true positives,
// relevant boxes left over false negatives, detections left over false
// positives.
func tally(s *score, frame int, what string, dets, boxes []scene.Box, rel []bool) {
	type pair struct {
		d, o int
		iou  float64
	}
	var pairs []pair
	for i, d := range dets {
		for j, b := range boxes {
			if iou := d.IoU(b); iou >= 0.5 {
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
		if rel[p.o] {
			s.tp++
		}
	}
	for i, d := range dets {
		if !usedD[i] {
			s.fp++
			s.misses = append(s.misses, fmt.Sprintf("frame %d: false %s %v", frame, what, d))
		}
	}
	for j, b := range boxes {
		if !usedO[j] && rel[j] {
			s.fn++
			s.misses = append(s.misses, fmt.Sprintf("frame %d: missed %s %v", frame, what, b))
		}
	}
}
