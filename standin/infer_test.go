//go:build !deepstream

package standin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/scene"
)

// detectPipeline decodes clip, batches it at width x height and runs
// nvinfer with config; observe the sink named "sink".
func detectPipeline(clip, config string, width, height int) string {
	return fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=%d height=%d ! nvinfer config-file-path=%s ! fakesink name=sink",
		clip, width, height, config)
}

// writeFile writes content to name in dir and returns the path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

// tinyPipeline runs nvinfer with config on a few synthetic frames.
func tinyPipeline(config string) string {
	return fmt.Sprintf("videotestsrc num-buffers=3 ! video/x-raw,width=64,height=48 ! nvvideoconvert "+
		"! video/x-raw(memory:NVMM),format=NV12 ! m.sink_0 nvstreammux name=m batch-size=1 width=64 height=48 "+
		"! nvinfer name=infer config-file-path=%s ! fakesink", config)
}

// A config file nvinfer cannot use stops the pipeline with an error
// message on the bus that says what is wrong.
func TestInferConfigErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "labels.txt", "a\nb\n")
	cases := []struct {
		name, content, want string
	}{
		{"missing file", "", "No such file"},
		{"not a key file", "[property\ngie-unique-id=1\n", "parsing failed"},
		{"no property group", "[class-attrs-all]\ntopk=2\n", "no [property] group"},
		{"integer expected", "[property]\nbatch-size=two\n", `[property] batch-size: "two" is not an integer`},
		{"unknown network type", "[property]\nnetwork-type=4\n", "network-type: 4 is not supported"},
		{"missing labels", "[property]\nlabelfile-path=nolabels.txt\n", "labelfile-path"},
		{"bad class group", "[property]\n[class-attrs-x]\ntopk=1\n", "[class-attrs-x]: not a class id"},
		{"bad colour", "[property]\n[class-attrs-0]\nborder-color=1;0\n", "border-color: want four numbers"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, "absent.txt")
			if c.content != "" {
				path = writeFile(t, dir, "config.txt", c.content)
			}
			res := run(t, tinyPipeline(path), nil)
			require.Error(t, res.err)
			assert.Contains(t, res.err.Error(), "Configuration file parsing failed")
			assert.Contains(t, res.err.Error(), c.want)
		})
	}
	testmain.NoneLive(t)
}

// Properties read back the config file's values until set, as with
// nvinfer (deepstream-test3 reads batch-size to decide to override it).
func TestInferPropertiesFromConfig(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "labels.txt", "a\n")
	cfg := writeFile(t, dir, "config.txt", "[property]\ngie-unique-id=7\nbatch-size=4\ninterval=2\n"+
		"operate-on-class-ids=0;2\nunknown-key=1\n")
	e, err := gst.NewElement("nvinfer")
	require.NoError(t, err)
	get := func(name string) any {
		v, err := e.GetProperty(name)
		require.NoError(t, err, name)
		return v
	}
	assert.Equal(t, uint(1), get("batch-size"))
	require.NoError(t, e.SetProperty("config-file-path", cfg))
	assert.Equal(t, uint(4), get("batch-size"))
	assert.Equal(t, uint(7), get("unique-id"))
	assert.Equal(t, uint(2), get("interval"))
	assert.Equal(t, "0:2", get("infer-on-class-ids"))
	require.NoError(t, e.SetProperty("batch-size", uint(2)))
	assert.Equal(t, uint(2), get("batch-size"))
	// Accepted, no effect.
	require.NoError(t, e.SetProperty("model-engine-file", "/nonexistent.engine"))
	require.NoError(t, e.SetProperty("output-tensor-meta", true))
}

// interval=1: every other batch is inferred; the others carry no objects
// and bInferDone FALSE.
func TestInferInterval(t *testing.T) {
	clip, _ := seedClip(t, 2, 30)
	dir := t.TempDir()
	cfg := writeFile(t, dir, "config.txt", "[property]\ngie-unique-id=3\ninterval=1\n")
	var rec recorder
	res := run(t, detectPipeline(clip, cfg, 640, 360), map[string]*recorder{"sink": &rec})
	require.NoError(t, res.err)
	frames, _, _ := rec.snapshot()
	require.Len(t, frames, 30)
	for _, fr := range frames {
		if fr.frameNum%2 == 0 {
			assert.True(t, fr.inferDone, "frame %d", fr.frameNum)
			assert.NotEmpty(t, fr.objects, "frame %d", fr.frameNum)
			for _, o := range fr.objects {
				assert.Equal(t, int32(3), o.uid)
				assert.Empty(t, o.label, "no labelfile-path")
			}
		} else {
			assert.False(t, fr.inferDone, "frame %d", fr.frameNum)
			assert.Empty(t, fr.objects, "frame %d", fr.frameNum)
		}
	}
	testmain.NoneLive(t)
}

// A primary detector that drops two-wheelers and signs (filter-out-class-ids)
// and a secondary one that searches vehicles only (operate-on-gie-id,
// operate-on-class-ids) and finds each vehicle again inside its box, as a
// child object.
func TestInferSecondaryMode(t *testing.T) {
	clip, _ := seedClip(t, 2, 30)
	dir := t.TempDir()
	writeFile(t, dir, "labels.txt", "Vehicle\nTwoWheeler\nPerson\nRoadSign\n")
	pgie := writeFile(t, dir, "pgie.txt", "[property]\ngie-unique-id=1\nlabelfile-path=labels.txt\nfilter-out-class-ids=1;3\n")
	sgie := writeFile(t, dir, "sgie.txt", "[property]\ngie-unique-id=2\nprocess-mode=2\noperate-on-gie-id=1\n"+
		"operate-on-class-ids=0\nlabelfile-path=labels.txt\n[class-attrs-all]\ndetected-min-w=20\n")
	desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=640 height=360 ! nvinfer config-file-path=%s "+
		"! nvinfer config-file-path=%s ! fakesink name=sink", clip, pgie, sgie)
	var rec recorder
	res := run(t, desc, map[string]*recorder{"sink": &rec})
	require.NoError(t, res.err)
	frames, _, _ := rec.snapshot()
	require.Len(t, frames, 30)
	children := 0
	for _, fr := range frames {
		vehicles := 0
		for _, o := range fr.objects {
			switch o.uid {
			case 1:
				assert.NotContains(t, []int{1, 3}, o.class, "filtered out")
				assert.Equal(t, int32(-1), o.parentUID)
				if o.class == 0 && o.rect.Width >= 20 {
					vehicles++
				}
			case 2:
				children++
				assert.Equal(t, int32(1), o.parentUID, "child of a primary object")
				assert.Equal(t, int32(0), o.parentClass, "child of a vehicle")
				assert.GreaterOrEqual(t, o.rect.Width, float32(20), "detected-min-w")
			default:
				t.Errorf("unique_component_id %d", o.uid)
			}
		}
		assert.GreaterOrEqual(t, vehicles, 1, "frame %d", fr.frameNum)
	}
	assert.Greater(t, children, 30)
	testmain.NoneLive(t)
}

// The detector on two more seeds, and on the default clip scaled up by
// nvstreammux to 1280x720.
func TestDetectorOtherSeedsAndScales(t *testing.T) {
	cases := []struct {
		name          string
		seed          int64
		width, height int
	}{
		{"seed 2", 2, 640, 360},
		{"seed 3", 3, 640, 360},
		{"default clip at 1280x720", 1, 1280, 720},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var clip string
			var truth *scene.Truth
			if c.seed == 1 {
				clip, truth = defaultClip(t)
			} else {
				clip, truth = seedClip(t, c.seed, 30)
			}
			var rec recorder
			res := run(t, detectPipeline(clip, testdata(t, "pgie_config.txt"), c.width, c.height), map[string]*recorder{"sink": &rec})
			require.NoError(t, res.err)
			frames, _, _ := rec.snapshot()
			require.Len(t, frames, len(truth.Frames))
			s := scoreFrames(t, frames, truth)
			t.Logf("%s: precision %.3f recall %.3f (tp %d fp %d fn %d)", c.name, s.precision(), s.recall(), s.tp, s.fp, s.fn)
			for _, m := range s.misses {
				t.Log(m)
			}
			assert.GreaterOrEqual(t, s.precision(), 0.95, "precision")
			assert.GreaterOrEqual(t, s.recall(), 0.95, "recall")
		})
	}
	testmain.NoneLive(t)
}
