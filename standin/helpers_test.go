//go:build !deepstream

package standin_test

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/scene"
)

// defaultClip returns the default clip and its truth.
func defaultClip(t testing.TB) (string, *scene.Truth) {
	t.Helper()
	path, err := scene.DefaultClip("")
	require.NoError(t, err)
	truth, err := scene.ReadTruth(filepath.Join(filepath.Dir(path), scene.TruthName))
	require.NoError(t, err)
	return path, truth
}

// detection is one object meta seen by a probe.
type detection struct {
	class int
	label string
	rect  nvds.Rect
	uid   int32
	conf  float32
	// parentUID is the unique_component_id of the parent object, -1 for
	// none; parentClass its class.
	parentUID, parentClass int32
}

// frameRecord is one frame meta seen by a probe.
type frameRecord struct {
	frameNum, sourceID, padIndex, batchID int
	framesInBatch                         int
	srcW, srcH, pipeW, pipeH              int
	numSurfaces                           int
	inferDone                             bool
	pts                                   uint64
	objects                               []detection
}

// recorder collects what an observer saw.
type recorder struct {
	mu      sync.Mutex
	frames  []frameRecord
	batches int
	errs    []error
}

func (r *recorder) observe(info nvds.ProbeInfo) {
	b, err := info.BatchMeta()
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.errs = append(r.errs, err)
		return
	}
	r.batches++
	n := b.NumFrames()
	for f := range b.Frames() {
		rec := frameRecord{
			frameNum: int(f.FrameNum()), sourceID: int(f.SourceID()), padIndex: int(f.PadIndex()),
			batchID: int(f.BatchID()), framesInBatch: n,
			srcW: int(f.SourceFrameWidth()), srcH: int(f.SourceFrameHeight()),
			pipeW: int(f.PipelineWidth()), pipeH: int(f.PipelineHeight()),
			numSurfaces: int(f.NumSurfacesPerFrame()), inferDone: f.InferDone(), pts: f.BufPTS(),
		}
		for o := range f.Objects() {
			d := detection{
				class: int(o.ClassID()), label: o.Label(), rect: o.RectParams().Rect(),
				uid: o.UniqueComponentID(), conf: o.Confidence(), parentUID: -1, parentClass: -1,
			}
			if p := o.Parent(); !p.IsNil() {
				d.parentUID, d.parentClass = p.UniqueComponentID(), p.ClassID()
			}
			rec.objects = append(rec.objects, d)
		}
		r.frames = append(r.frames, rec)
	}
}

// result is how a pipeline run ended.
type result struct {
	err       error    // from an ERROR message
	streamEOS []uint32 // stream-id of each stream-eos element message, in order
}

// run plays desc to EOS (or an error), observing the sink pad of each
// element named in observe, then sets it to NULL.
func run(t *testing.T, desc string, observe map[string]*recorder) result {
	t.Helper()
	return runWith(t, desc, observe, nil)
}

// runWith is run with setup called on the pipeline before it plays.
func runWith(t *testing.T, desc string, observe map[string]*recorder, setup func(p *gst.Pipeline)) result {
	t.Helper()
	p, err := gst.NewPipelineFromString(desc)
	require.NoError(t, err)
	if setup != nil {
		setup(p)
	}
	var probes []*nvds.Probe
	for name, rec := range observe {
		e, err := p.GetElementByName(name)
		require.NoError(t, err)
		pad := e.GetStaticPad("sink")
		require.NotNil(t, pad, name)
		pr, err := gogst.AddObserver(pad, rec.observe)
		require.NoError(t, err)
		probes = append(probes, pr)
	}
	var res result
	bus := p.GetPipelineBus()
	if err := p.SetState(gst.StatePlaying); err != nil {
		// The element that failed says why on the bus.
		res.err = err
		if msg := bus.TimedPopFiltered(gst.ClockTime(time.Second), gst.MessageError); msg != nil {
			gerr := msg.ParseError()
			res.err = fmt.Errorf("%s (%s)", gerr.Error(), gerr.DebugString())
		}
	}
	deadline := time.Now().Add(2 * time.Minute)
	for res.err == nil {
		msg := bus.TimedPopFiltered(gst.ClockTime(time.Second), gst.MessageEOS|gst.MessageError|gst.MessageElement)
		if msg == nil {
			if time.Now().After(deadline) {
				res.err = fmt.Errorf("no EOS within 2 minutes")
			}
			continue
		}
		if msg.Type() == gst.MessageError {
			gerr := msg.ParseError()
			res.err = fmt.Errorf("%s (%s)", gerr.Error(), gerr.DebugString())
			break
		}
		if msg.Type() == gst.MessageEOS {
			break
		}
		if s := msg.GetStructure(); s != nil && s.Name() == "stream-eos" {
			v, err := s.GetValue("stream-id")
			require.NoError(t, err)
			id, ok := v.(uint)
			require.True(t, ok, "stream-id is a guint")
			res.streamEOS = append(res.streamEOS, uint32(id))
		}
	}
	require.NoError(t, p.SetState(gst.StateNull))
	// go-gst v1.4.0 can finalize a pipeline during its own SetState call
	// once the Go value is otherwise dead.
	runtime.KeepAlive(p)
	for _, pr := range probes {
		pr.Remove()
	}
	return res
}
