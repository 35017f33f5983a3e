//go:build !deepstream

package standin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/infer"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/scene"
)

// cocoClass maps the COCO ids nvinferserver's SSD answers with back to
// the scene's classes.
var cocoClass = map[int]scene.ClassID{3: scene.Vehicle, 2: scene.TwoWheeler, 1: scene.Person, 13: scene.RoadSign}

// ssdFrame is one frame's raw SSD output.
type ssdFrame struct {
	frame                  frameRecord
	layers                 []string
	dims                   map[string][]uint32
	num                    int
	boxes, scores, classes []float32
	uniqueID               uint32
	netW, netH             int
}

// tensorRecorder keeps the tensor metas a probe saw.
type tensorRecorder struct {
	mu     sync.Mutex
	frames []ssdFrame
	errs   []error
}

func (r *tensorRecorder) observe(info nvds.ProbeInfo) {
	b, err := info.BatchMeta()
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.errs = append(r.errs, err)
		return
	}
	for f := range b.Frames() {
		for tm := range nvds.Payloads(f.UserMeta(), infer.TensorMetaFromUser) {
			fr := ssdFrame{
				frame: frameRecord{frameNum: int(f.FrameNum()), srcW: int(f.SourceFrameWidth()), srcH: int(f.SourceFrameHeight()),
					pipeW: int(f.PipelineWidth()), pipeH: int(f.PipelineHeight())},
				dims: map[string][]uint32{}, uniqueID: tm.UniqueID(),
				netW: tm.NetworkInfo().Width, netH: tm.NetworkInfo().Height,
			}
			for _, l := range tm.Layers() {
				fr.layers = append(fr.layers, l.Name())
				fr.dims[l.Name()] = slices.Clone(l.Dims().Shape())
				v, err := l.Float32s()
				if err != nil {
					r.errs = append(r.errs, err)
					continue
				}
				switch l.Name() {
				case "num_detections":
					fr.num = int(v[0])
				case "detection_boxes":
					fr.boxes = slices.Clone(v)
				case "detection_scores":
					fr.scores = slices.Clone(v)
				case "detection_classes":
					fr.classes = slices.Clone(v)
				}
			}
			r.frames = append(r.frames, fr)
		}
	}
}

// ssdChain is deepstream-ssd-parser's chain up to nvinferserver, muxed at
// the sample's 1920x1080.
func ssdChain(clip, config string) string {
	return fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=1920 height=1080 batched-push-timeout=33000 "+
		"! nvinferserver name=e config-file-path=%s ! fakesink name=sink", clip, config)
}

// runTensors plays clip through nvinferserver with config and returns the
// tensor metas of every frame.
func runTensors(t *testing.T, clip, config string) []ssdFrame {
	t.Helper()
	var rec tensorRecorder
	res := runWith(t, ssdChain(clip, config), nil, func(p *gst.Pipeline) {
		e, err := p.GetElementByName("sink")
		require.NoError(t, err)
		pr, err := gogst.AddObserver(e.GetStaticPad("sink"), rec.observe)
		require.NoError(t, err)
		t.Cleanup(pr.Remove)
	})
	require.NoError(t, res.err)
	require.Empty(t, rec.errs)
	return rec.frames
}

// decode turns a frame's first num detections with a score of at least
// min into detections in pipeline pixels, dropping a box that overlaps a
// stronger one of its class by IoU > 0.5 (the SSD's twins).
func (f ssdFrame) decode(min float32) []detection {
	var out []detection
	for i := 0; i < f.num; i++ {
		if f.scores[i] < min {
			continue
		}
		cls, ok := cocoClass[int(f.classes[i])]
		if !ok {
			continue
		}
		y1, x1, y2, x2 := f.boxes[4*i], f.boxes[4*i+1], f.boxes[4*i+2], f.boxes[4*i+3]
		d := detection{class: int(cls), conf: f.scores[i], rect: nvds.Rect{
			Left: x1 * float32(f.frame.pipeW), Top: y1 * float32(f.frame.pipeH),
			Width: (x2 - x1) * float32(f.frame.pipeW), Height: (y2 - y1) * float32(f.frame.pipeH)}}
		dup := false
		for _, e := range out {
			if e.class == d.class && toSource(e, f.frame).IoU(toSource(d, f.frame)) > 0.5 {
				dup = true
			}
		}
		if !dup {
			out = append(out, d)
		}
	}
	return out
}

// nvinferserver with postprocess other {} and output_tensor_meta attaches
// the TF SSD's four layers to every frame: shapes, sorted scores, COCO
// classes, normalised boxes, and each object twice. Decoded (threshold
// 0.5, twins removed) the boxes find the scene's objects.
func TestInferServerTensors(t *testing.T) {
	clip, truth := defaultClip(t)
	frames := runTensors(t, clip, testdata(t, "inferserver_ssd.txt"))
	require.Len(t, frames, len(truth.Frames), "one tensor meta per frame")
	var decoded []frameRecord
	for _, f := range frames {
		require.Equal(t, []string{"detection_boxes", "detection_classes", "detection_scores", "num_detections"}, f.layers)
		assert.Equal(t, []uint32{100, 4}, f.dims["detection_boxes"])
		assert.Equal(t, []uint32{100}, f.dims["detection_scores"])
		assert.Equal(t, []uint32{100}, f.dims["detection_classes"])
		assert.Equal(t, []uint32{1}, f.dims["num_detections"])
		assert.EqualValues(t, 5, f.uniqueID, "infer_config.unique_id")
		assert.EqualValues(t, 300, f.netW)
		require.LessOrEqual(t, f.num, 100)
		require.Zero(t, f.num%2, "frame %d: every detection has its twin", f.frame.frameNum)
		for i := 0; i < 100; i++ {
			if i >= f.num {
				require.Zero(t, f.scores[i], "unused slots are zero")
				continue
			}
			if i > 0 {
				require.GreaterOrEqual(t, f.scores[i-1], f.scores[i], "sorted by score")
			}
			require.Contains(t, cocoClass, int(f.classes[i]))
			y1, x1, y2, x2 := f.boxes[4*i], f.boxes[4*i+1], f.boxes[4*i+2], f.boxes[4*i+3]
			require.True(t, 0 <= y1 && y1 < y2 && y2 <= 1 && 0 <= x1 && x1 < x2 && x2 <= 1, "box %v", f.boxes[4*i:4*i+4])
		}
		fr := f.frame
		fr.objects = f.decode(0.5)
		decoded = append(decoded, fr)
	}
	s := scoreFrames(t, decoded, truth)
	t.Logf("decoded SSD tensors: precision %.3f recall %.3f (tp %d fp %d fn %d)", s.precision(), s.recall(), s.tp, s.fp, s.fn)
	assert.GreaterOrEqual(t, s.precision(), 0.9, strings.Join(s.misses[:min(10, len(s.misses))], "\n"))
	assert.GreaterOrEqual(t, s.recall(), 0.85, strings.Join(s.misses[:min(10, len(s.misses))], "\n"))
}

// With postprocess detection {...} nvinferserver adds the objects itself:
// COCO class ids, labels from labelfile_path, untracked, one per object.
func TestInferServerDetection(t *testing.T) {
	clip, truth := defaultClip(t)
	rec := &recorder{}
	res := run(t, strings.Replace(ssdChain(clip, testdata(t, "inferserver_det.txt")), "fakesink name=sink",
		"fakesink name=out", 1), map[string]*recorder{"out": rec})
	require.NoError(t, res.err)
	require.Len(t, rec.frames, len(truth.Frames))
	labels := map[int]string{3: "car", 2: "bicycle", 1: "person", 13: "stop sign"}
	for i, fr := range rec.frames {
		require.True(t, fr.inferDone)
		require.LessOrEqual(t, len(fr.objects), 20, "nms.topk")
		for j, o := range fr.objects {
			require.Equal(t, labels[o.class], o.label)
			require.EqualValues(t, 1, o.uid)
			require.GreaterOrEqual(t, o.conf, float32(0.5), "nms.confidence_threshold")
			fr.objects[j].class = int(cocoClass[o.class])
		}
		rec.frames[i] = fr
	}
	s := scoreFrames(t, rec.frames, truth)
	t.Logf("detection postprocess: precision %.3f recall %.3f", s.precision(), s.recall())
	assert.GreaterOrEqual(t, s.precision(), 0.9)
	assert.GreaterOrEqual(t, s.recall(), 0.85)
}

// A bad config file stops the pipeline with an error naming the line and
// column of the problem.
func TestInferServerConfigErrors(t *testing.T) {
	clip, _ := seedClip(t, 1, 4)
	good, err := os.ReadFile(testdata(t, "inferserver_ssd.txt"))
	require.NoError(t, err)
	cases := []struct{ name, text, want string }{
		{"unknown field", "infer_config {\n  unique_id: 1\n  colour: 3\n}\n",
			`line 3, column 3: unknown field "colour" in InferenceConfig infer_config`},
		{"wrong type", "infer_config {\n  unique_id: \"one\"\n}\n",
			`line 2, column 3: infer_config.unique_id: expected an unsigned integer, found "one"`},
		{"negative uint", "infer_config { max_batch_size: -4 }",
			"line 1, column 16: infer_config.max_batch_size: expected an unsigned integer, found -4"},
		{"bad enum", "infer_config { unique_id: 1 }\ninput_control { process_mode: FULL }\n",
			`line 2, column 17: input_control.process_mode: "FULL" is not one of PROCESS_MODE_DEFAULT`},
		{"unclosed", "infer_config {\n  unique_id: 1\n",
			`line 3, column 1: end of file: '}' expected to close "infer_config" (line 1, column 1)`},
		{"missing colon", "infer_config { unique_id 1 }", `line 1, column 26: ':' or '{' expected after field name "unique_id"`},
		{"bad string", "infer_config { postprocess { labelfile_path: \"a\n\" } }", "line 1, column 46: string not terminated"},
		{"set twice", "infer_config { unique_id: 1\n unique_id: 2 }", "line 2, column 2: infer_config.unique_id is set twice (first at line 1, column 16)"},
		{"oneof", "infer_config { postprocess { other {} detection {} } }", "only one of detection/classification"},
		{"list for singular", "infer_config { unique_id: [1, 2] }", "infer_config.unique_id is not a repeated field"},
		{"message for value", "infer_config { unique_id { } }", "infer_config.unique_id takes a value, not a message"},
		{"value for message", "infer_config: 3", "line 1, column 1: infer_config is a message"},
		{"no infer_config", "input_control { interval: 1 }", "infer_config is missing"},
		{"missing labels", "infer_config { postprocess { labelfile_path: \"nope.txt\" other {} } }", "labelfile_path"},
		{"classification", "infer_config { postprocess { classification { threshold: 0.5 } } }",
			"infer_config.postprocess.classification: not supported by the stand-in"},
		{"clip objects", "infer_config { unique_id: 1 }\ninput_control { process_mode: PROCESS_MODE_CLIP_OBJECTS }",
			"PROCESS_MODE_CLIP_OBJECTS is not supported"},
		{"garbage", string(good[:len(good)/2]) + "\x00\xff", "line "},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".txt")
			require.NoError(t, os.WriteFile(path, []byte(tc.text), 0o644))
			res := run(t, ssdChain(clip, path), nil)
			require.Error(t, res.err)
			assert.Contains(t, res.err.Error(), "Configuration file parsing failed")
			assert.Contains(t, res.err.Error(), tc.want)
		})
	}
}

// The properties override the config file: unique-id the tensor meta's
// id, interval skips batches, process-mode secondary is refused; the
// defaults are nvinferserver's.
func TestInferServerProperties(t *testing.T) {
	e, err := gst.NewElement("nvinferserver")
	require.NoError(t, err)
	for name, want := range map[string]any{"unique-id": uint(0), "infer-on-gie-id": -1, "batch-size": uint(0),
		"interval": uint(0), "input-tensor-meta": false, "infer-on-class-ids": ""} {
		v, err := e.GetProperty(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, v, name)
	}

	clip, truth := seedClip(t, 1, 6)
	cfg := testdata(t, "inferserver_ssd.txt")
	frames := runTensors(t, clip, cfg+" unique-id=9 interval=1")
	require.Len(t, frames, len(truth.Frames)/2, "every second batch")
	for i, f := range frames {
		assert.Equal(t, 2*i, f.frame.frameNum)
		assert.EqualValues(t, 9, f.uniqueID)
	}

	res := run(t, ssdChain(clip, cfg+" process-mode=secondary"), nil)
	require.Error(t, res.err)
	assert.Contains(t, res.err.Error(), "full frames only")
}
