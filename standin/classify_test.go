//go:build !deepstream

package standin_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// test2Chain is deepstream-test2's chain up to the OSD: the detector, the
// tracker and two secondary classifiers (colour, then type).
func test2Chain(clip string, t *testing.T) string {
	return fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=640 height=360 batched-push-timeout=33000 "+
		"! nvinfer config-file-path=%s ! nvtracker ll-config-file=%s ll-lib-file=%s "+
		"! nvinfer config-file-path=%s ! nvinfer config-file-path=%s ! nvvideoconvert ! nvdsosd name=osd ! fakesink",
		clip, testdata(t, "pgie_config.txt"), testdata(t, "tracker_config.yml"),
		"/opt/nvidia/deepstream/deepstream/lib/libnvds_nvmultiobjecttracker.so",
		testdata(t, "sgie_color_config.txt"), testdata(t, "sgie_type_config.txt"))
}

// The colour classifier names each vehicle's colour (>= 95 % of the
// visible vehicles matched to the truth), with the label meta the real
// SGIE writes; the type classifier's label is the aspect-ratio band of
// the vehicle's box.
func TestClassifierColoursAndTypes(t *testing.T) {
	clip, truth := defaultClip(t)
	var rec metaRecorder
	res := runRecorded(t, test2Chain(clip, t), map[string]*metaRecorder{"osd": &rec})
	require.NoError(t, res.err)
	frames := rec.frames()
	require.Len(t, frames, len(truth.Frames))
	colors := strings.Split("black;blue;brown;gold;green;grey;maroon;orange;red;silver;white;yellow", ";")
	types := strings.Split("coupe;largevehicle;sedan;suv;truck;van", ";")
	total, right, unlabelled := 0, 0, 0
	typeTotal, typeRight, typeNear := 0, 0, 0
	for _, fi := range frames {
		matched := matchTruth(fi, truth)
		for i, o := range fi.objects {
			if o.class != 0 {
				assert.Empty(t, o.classifiers, "only vehicles are classified")
				continue
			}
			var color, vtype *clsInfo
			for k := range o.classifiers {
				c := &o.classifiers[k]
				assert.Equal(t, 1, c.numLabels)
				assert.Equal(t, uint32(0), c.labelID)
				assert.GreaterOrEqual(t, c.prob, float32(0.51), "classifier-threshold")
				switch c.uid {
				case 2:
					color = c
					assert.Equal(t, "carcolor", c.ctype)
					assert.Equal(t, uint32(len(colors)), c.numClasses)
					require.Less(t, int(c.classID), len(colors))
					assert.Equal(t, colors[c.classID], c.label, "result_label is the label of result_class_id")
				case 3:
					vtype = c
					assert.Equal(t, "vehicletype", c.ctype)
					require.Less(t, int(c.classID), len(types))
					assert.Equal(t, types[c.classID], c.label)
				default:
					t.Errorf("classifier of component %d", c.uid)
				}
			}
			want := "Vehicle"
			if color != nil {
				want += " " + color.label
			}
			if vtype != nil {
				want += " " + vtype.label
			}
			assert.True(t, strings.HasPrefix(o.text, "Vehicle "), "display text %q", o.text)
			assert.True(t, strings.HasSuffix(o.text, strings.TrimPrefix(want, "Vehicle")), "display text %q, labels %q", o.text, want)

			tr, ok := matched[i]
			if !ok {
				continue
			}
			total++
			switch {
			case color == nil:
				unlabelled++
				t.Logf("frame %d: track %d (%s) has no colour", fi.frameNum, tr.TrackID, tr.Color)
			case color.label == tr.Color:
				right++
			default:
				t.Logf("frame %d: track %d is %s, classified %s", fi.frameNum, tr.TrackID, tr.Color, color.label)
			}
			// The type band of a fully visible vehicle's box.
			if tr.Visible > 0.99 && tr.InFrame > 0.99 && vtype != nil {
				typeTotal++
				aspect := float64(tr.Box.Width) / float64(tr.Box.Height)
				band := int(math.Floor((aspect - 1.7) / (1.0 / float64(len(types)))))
				band = max(0, min(len(types)-1, band))
				switch d := int(vtype.classID) - band; {
				case d == 0:
					typeRight++
				case d == 1 || d == -1:
					typeNear++
				default:
					t.Errorf("frame %d: track %d aspect %.2f (band %d) classified %s", fi.frameNum, tr.TrackID, aspect, band, vtype.label)
				}
				if int(vtype.classID) != band {
					t.Logf("frame %d: track %d aspect %.2f (band %d) classified %s", fi.frameNum, tr.TrackID, aspect, band, vtype.label)
				}
			}
		}
	}
	acc := float64(right) / float64(max(1, total))
	t.Logf("colour classifier: %d of %d visible vehicles right (%.3f), %d unlabelled; type band: %d of %d (%d in the next band)",
		right, total, acc, unlabelled, typeRight, typeTotal, typeNear)
	require.Greater(t, total, 100)
	assert.GreaterOrEqual(t, acc, 0.95, "colour accuracy")
	assert.GreaterOrEqual(t, float64(typeRight), 0.8*float64(typeTotal), "type bands")
	testmain.NoneLive(t)
}

// Classifier and segmentation configs the stand-in cannot run, and
// malformed network keys, stop the pipeline with a clear message.
func TestInferNetworkConfigErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ name, content, want string }{
		{"unknown network type", "[property]\nnetwork-type=4\n", "network-type: 4 is not supported"},
		{"bad instance-mask flag", "[property]\nnetwork-type=3\noutput-instance-mask=yes\n", "output-instance-mask"},
		{"negative mask threshold", "[property]\nnetwork-type=3\nsegmentation-threshold=-1\n", "segmentation-threshold"},
		{"primary classifier", "[property]\nnetwork-type=1\n", "classifies objects only (process-mode=2)"},
		{"secondary segmentation", "[property]\nnetwork-type=2\nprocess-mode=2\n", "segments full frames only"},
		{"bad infer-dims", "[property]\nnetwork-type=2\ninfer-dims=3;x;4\n", "infer-dims"},
		{"short infer-dims", "[property]\nnetwork-type=2\ninfer-dims=3;4\n", "want c;h;w"},
		{"bad threshold", "[property]\nclassifier-threshold=high\n", "classifier-threshold"},
		{"bad tensor flag", "[property]\noutput-tensor-meta=yes\n", "output-tensor-meta"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, dir, "config.txt", c.content)
			res := run(t, tinyPipeline(path), nil)
			require.Error(t, res.err)
			assert.Contains(t, res.err.Error(), "Configuration file parsing failed")
			assert.Contains(t, res.err.Error(), c.want)
		})
	}
	testmain.NoneLive(t)
}
