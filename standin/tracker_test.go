//go:build !deepstream

package standin_test

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/scene"
)

// trackPipeline runs the detector and the tracker on clip.
func trackPipeline(t *testing.T, clip, trackerProps string) string {
	return fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=640 height=360 ! nvinfer config-file-path=%s "+
		"! nvtracker name=tracker %s ! fakesink name=sink", clip, testdata(t, "pgie_config.txt"), trackerProps)
}

// idScore compares the tracker's object ids with the truth's track ids.
type idScore struct {
	tracks     int // truth tracks matched in at least minFrames frames
	consistent int // of those, tracks that kept one object id
	switches   int // changes of object id between consecutive matches of a truth track
	merged     int // object ids given to more than one truth track
	matches    int
}

// scoreIDs matches each frame's objects to the truth (matchTruth) and
// counts, per truth track, the object ids it got.
func scoreIDs(t *testing.T, frames []frameInfo, truth *scene.Truth, minFrames int) idScore {
	t.Helper()
	seq := map[uint64][]uint64{} // truth track -> object ids in frame order
	owners := map[uint64]map[uint64]bool{}
	for _, fi := range frames {
		for i, tr := range matchTruth(fi, truth) {
			id := fi.objects[i].objectID
			require.NotEqual(t, nvds.UntrackedObjectID, id, "frame %d: a tracked object has no id", fi.frameNum)
			seq[tr.TrackID] = append(seq[tr.TrackID], id)
			if owners[id] == nil {
				owners[id] = map[uint64]bool{}
			}
			owners[id][tr.TrackID] = true
		}
	}
	var s idScore
	keys := make([]uint64, 0, len(seq))
	for k := range seq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	for _, tr := range keys {
		ids := seq[tr]
		s.matches += len(ids)
		for i := 1; i < len(ids); i++ {
			if ids[i] != ids[i-1] {
				s.switches++
			}
		}
		if len(ids) < minFrames {
			continue
		}
		s.tracks++
		distinct := map[uint64]bool{}
		for _, id := range ids {
			distinct[id] = true
		}
		if len(distinct) == 1 {
			s.consistent++
		} else {
			t.Logf("truth track %d: object ids %v", tr, ids)
		}
	}
	for id, o := range owners {
		if len(o) > 1 {
			s.merged++
			t.Logf("object id %d given to truth tracks %v", id, o)
		}
	}
	return s
}

// The tracker keeps one object id per scene object: ID switches and the
// fraction of truth tracks with one consistent id, on the default clip and
// a scene of a seed drawn from 1 to 100 (in the subtest's name; a failure
// names it); tracker meta and past-frame meta as nvtracker writes them.
func TestTrackerIDsAgainstTruth(t *testing.T) {
	def, defTruth := defaultClip(t)
	seed := 1 + rand.Int64N(100)
	clip2, truth2 := seedClip(t, seed, 30)
	cases := []struct {
		name  string
		clip  string
		truth *scene.Truth
	}{{"default clip", def, defTruth}, {fmt.Sprintf("seed %d", seed), clip2, truth2}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var rec metaRecorder
			props := "tracker-width=640 tracker-height=384 gpu-id=0 ll-config-file=" + testdata(t, "tracker_config.yml") +
				" ll-lib-file=/opt/nvidia/deepstream/deepstream/lib/libnvds_nvmultiobjecttracker.so"
			res := runRecorded(t, trackPipeline(t, c.clip, props), map[string]*metaRecorder{"sink": &rec})
			require.NoError(t, res.err)
			batches := rec.snapshot()
			require.Len(t, batches, len(c.truth.Frames))
			var frames []frameInfo
			pastObjects, pastFrames := 0, 0
			for _, b := range batches {
				assert.Equal(t, 1, b.pastBatches, "one past-frame meta per batch")
				assert.Equal(t, 1, b.pastStreams, "one stream in it")
				require.Len(t, b.frames, 1)
				fi := b.frames[0]
				frames = append(frames, fi)
				ids := map[uint64]bool{}
				for _, o := range fi.objects {
					assert.NotEqual(t, nvds.UntrackedObjectID, o.objectID)
					assert.False(t, ids[o.objectID], "frame %d: object id %d twice", fi.frameNum, o.objectID)
					ids[o.objectID] = true
					assert.Equal(t, o.rect, o.trackerBox, "tracker_bbox_info")
					assert.Greater(t, o.trackerConf, float32(0))
					assert.LessOrEqual(t, o.trackerConf, float32(1))
					assert.Equal(t, fmt.Sprintf("%s %d", o.label, o.objectID), o.text, "display-tracking-id")
				}
				for _, p := range b.past {
					pastObjects++
					assert.Equal(t, uint32(0), p.stream)
					assert.True(t, ids[p.id], "past-frame data of an object seen again now")
					require.NotEmpty(t, p.frames)
					for _, pf := range p.frames {
						pastFrames++
						assert.Less(t, int(pf.frameNum), fi.frameNum)
						assert.Greater(t, pf.box.Width, float32(0))
					}
				}
			}
			s := scoreIDs(t, frames, c.truth, 5)
			frac := float64(s.consistent) / float64(max(1, s.tracks))
			t.Logf("%s: %d truth tracks, %d with one id (%.3f), %d id switches over %d matches, %d merged ids; "+
				"past-frame data: %d objects, %d frames", c.name, s.tracks, s.consistent, frac, s.switches, s.matches,
				s.merged, pastObjects, pastFrames)
			assert.GreaterOrEqual(t, frac, 0.9, "truth tracks with one object id")
			assert.LessOrEqual(t, s.switches, s.tracks/4+1, "id switches")
			assert.Zero(t, s.merged, "one object id for two truth tracks")
		})
	}
	testmain.NoneLive(t)
}

// Properties: DeepStream's names and defaults; a low-level config that
// does not exist is accepted (logged); a malformed one stops the pipeline
// with a message naming the key.
func TestTrackerProperties(t *testing.T) {
	e, err := gst.NewElement("nvtracker")
	require.NoError(t, err)
	for name, want := range map[string]any{
		"tracker-width": uint(640), "tracker-height": uint(384), "display-tracking-id": true,
		"enable-batch-process": true, "enable-past-frame": true, "gpu-id": uint(0),
	} {
		v, err := e.GetProperty(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, v, name)
	}
	require.NoError(t, e.SetProperty("ll-lib-file", "/nonexistent/libnvds_nvmultiobjecttracker.so"))

	dir := t.TempDir()
	desc := func(cfg string) string {
		return "videotestsrc num-buffers=3 ! video/x-raw,width=64,height=48 ! nvvideoconvert " +
			"! video/x-raw(memory:NVMM),format=NV12 ! m.sink_0 nvstreammux name=m batch-size=1 width=64 height=48 " +
			"! nvtracker ll-config-file=" + cfg + " ll-lib-file=/nonexistent.so ! fakesink"
	}
	res := run(t, desc(dir+"/absent.yml"), nil)
	require.NoError(t, res.err, "a missing ll-config-file is accepted")
	bad := writeFile(t, dir, "bad.yml", "TargetManagement:\n  maxShadowTrackingAge: forever\n")
	res = run(t, desc(bad), nil)
	require.Error(t, res.err)
	assert.Contains(t, res.err.Error(), `maxShadowTrackingAge: "forever" is not a non-negative integer`)
	assert.True(t, strings.Contains(res.err.Error(), "bad.yml"))
	testmain.NoneLive(t)
}
