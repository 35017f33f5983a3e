//go:build !deepstream

package standin_test

import (
	"sort"
	"sync"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/infer"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/scene"
	"github.com/go-deepstream/go-deepstream/tracker"
)

// clsInfo is one classifier meta with its (first) label.
type clsInfo struct {
	uid                          int32
	ctype, label                 string
	classID, labelID, numClasses uint32
	prob                         float32
	numLabels                    int
}

// tensorInfo is one tensor output meta (first layer).
type tensorInfo struct {
	uid        uint32
	layers     int
	name       string
	shape      []uint32
	netW, netH int
	data       []float32
}

// segInfo is one segmentation meta, its maps copied.
type segInfo struct {
	classes, width, height int
	uid                    int32
	classMap               []int32
	probs                  int  // class_probabilities_map values
	oneHot                 bool // each pixel's probabilities are 1 for its class, 0 for others
	probSum                float64
}

// objInfo is an object meta as a probe saw it.
type objInfo struct {
	class       int
	uid         int32
	label, text string
	rect        nvds.Rect
	objectID    uint64
	trackerConf float32
	trackerBox  nvds.Rect
	parentUID   int32
	classifiers []clsInfo
	tensors     []tensorInfo
}

// frameInfo is a frame meta as a probe saw it.
type frameInfo struct {
	frameNum, sourceID, padIndex, batchID, framesInBatch int
	srcW, srcH, pipeW, pipeH                             int
	objects                                              []objInfo
	segs                                                 []segInfo
	tensors                                              []tensorInfo
}

// pastObj is one object of a tracker past-frame meta.
type pastObj struct {
	stream uint32
	id     uint64
	class  uint16
	label  string
	frames []pastFrame
}

type pastFrame struct {
	frameNum uint32
	box      nvds.Rect
	conf     float32
	age      uint32
}

// batchInfo is one batch as a probe saw it.
type batchInfo struct {
	frames      []frameInfo
	pastBatches int // past-frame batch user metas
	pastStreams int // streams listed in them
	past        []pastObj
}

// metaRecorder records batches with everything part B's elements attach.
type metaRecorder struct {
	// segEvery > 1: segmentation maps are read in every segEvery-th
	// frame only (frame_num % segEvery == 0); others record sizes only.
	segEvery int
	mu       sync.Mutex
	batches  []batchInfo
	errs     []error
}

func tensorOf(tm infer.TensorMeta) tensorInfo {
	ti := tensorInfo{uid: tm.UniqueID(), layers: tm.NumOutputLayers()}
	ni := tm.NetworkInfo()
	ti.netW, ti.netH = int(ni.Width), int(ni.Height)
	if l, err := tm.Layer(0); err == nil {
		ti.name = l.Name()
		ti.shape = append([]uint32(nil), l.Dims().Shape()...)
		if f, err := l.Float32s(); err == nil {
			ti.data = append([]float32(nil), f...)
		}
	}
	return ti
}

func (r *metaRecorder) observe(info nvds.ProbeInfo) {
	b, err := info.BatchMeta()
	if err != nil {
		r.mu.Lock()
		r.errs = append(r.errs, err)
		r.mu.Unlock()
		return
	}
	var bi batchInfo
	n := b.NumFrames()
	for f := range b.Frames() {
		fi := frameInfo{
			frameNum: int(f.FrameNum()), sourceID: int(f.SourceID()), padIndex: int(f.PadIndex()),
			batchID: int(f.BatchID()), framesInBatch: n,
			srcW: int(f.SourceFrameWidth()), srcH: int(f.SourceFrameHeight()),
			pipeW: int(f.PipelineWidth()), pipeH: int(f.PipelineHeight()),
		}
		for o := range f.Objects() {
			oi := objInfo{
				class: int(o.ClassID()), uid: o.UniqueComponentID(), label: o.Label(),
				text: o.TextParams().DisplayText(), rect: o.RectParams().Rect(), objectID: o.ObjectID(),
				trackerConf: o.TrackerConfidence(), trackerBox: o.TrackerBBox().Coords(), parentUID: -1,
			}
			if p := o.Parent(); !p.IsNil() {
				oi.parentUID = p.UniqueComponentID()
			}
			for c := range o.Classifiers() {
				ci := clsInfo{uid: c.UniqueComponentID(), ctype: c.ClassifierType(), numLabels: c.NumLabelInfos()}
				for l := range c.Labels() {
					ci.label, ci.classID, ci.labelID = l.Label(), l.ResultClassID(), l.LabelID()
					ci.prob, ci.numClasses = l.ResultProb(), l.NumClasses()
					break
				}
				oi.classifiers = append(oi.classifiers, ci)
			}
			for tm := range nvds.Payloads(o.UserMeta(), infer.TensorMetaFromUser) {
				oi.tensors = append(oi.tensors, tensorOf(tm))
			}
			fi.objects = append(fi.objects, oi)
		}
		for s := range nvds.Payloads(f.UserMeta(), infer.SegmentationMetaFromUser) {
			si := segInfo{classes: s.Classes(), width: s.Width(), height: s.Height(), uid: s.UniqueID(), oneHot: true}
			probs := s.Probabilities()
			si.probs = len(probs)
			if r.segEvery > 1 && int(f.FrameNum())%r.segEvery != 0 {
				fi.segs = append(fi.segs, si)
				continue
			}
			si.classMap = s.AppendClassMap(nil)
			px := si.width * si.height
			if len(probs) == si.classes*px && len(si.classMap) == px {
				for c := 0; c < si.classes; c++ {
					for i, k := range si.classMap {
						v := probs[c*px+i]
						si.probSum += float64(v)
						if (int(k) == c) != (v == 1) || (v != 0 && v != 1) {
							si.oneHot = false
						}
					}
				}
			}
			fi.segs = append(fi.segs, si)
		}
		for tm := range nvds.Payloads(f.UserMeta(), infer.TensorMetaFromUser) {
			fi.tensors = append(fi.tensors, tensorOf(tm))
		}
		bi.frames = append(bi.frames, fi)
	}
	for past := range nvds.Payloads(b.UserMeta(), tracker.PastFrameFromUser) {
		bi.pastBatches++
		for s := range past.Streams() {
			bi.pastStreams++
			for o := range s.Objects() {
				po := pastObj{stream: s.StreamID(), id: o.UniqueID(), class: o.ClassID(), label: o.Label()}
				for fr := range o.Frames() {
					po.frames = append(po.frames, pastFrame{frameNum: fr.FrameNum(), box: fr.BBox(),
						conf: fr.Confidence(), age: fr.Age()})
				}
				bi.past = append(bi.past, po)
			}
		}
	}
	r.mu.Lock()
	r.batches = append(r.batches, bi)
	r.mu.Unlock()
}

// frames returns every frame recorded, in order.
func (r *metaRecorder) frames() []frameInfo {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []frameInfo
	for _, b := range r.batches {
		out = append(out, b.frames...)
	}
	return out
}

func (r *metaRecorder) snapshot() []batchInfo {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]batchInfo(nil), r.batches...)
}

// runRecorded plays desc to EOS with a metaRecorder on the sink pad of each
// element named in observe.
func runRecorded(t *testing.T, desc string, observe map[string]*metaRecorder) result {
	t.Helper()
	var probes []*nvds.Probe
	res := runWith(t, desc, nil, func(p *gst.Pipeline) {
		for name, rec := range observe {
			e, err := p.GetElementByName(name)
			require.NoError(t, err)
			pad := e.GetStaticPad("sink")
			require.NotNil(t, pad, name)
			pr, err := gogst.AddObserver(pad, rec.observe)
			require.NoError(t, err)
			probes = append(probes, pr)
		}
	})
	for _, pr := range probes {
		pr.Remove()
	}
	return res
}

// objSourceBox converts an object's rect from pipeline to source pixels.
func objSourceBox(r nvds.Rect, fi frameInfo) scene.Box {
	return toSource(detection{rect: r}, frameRecord{srcW: fi.srcW, srcH: fi.srcH, pipeW: fi.pipeW, pipeH: fi.pipeH})
}

// matchTruth matches the objects of fi to the truth objects of its frame
// (same class, IoU >= 0.5 with the visible box, greedy best first); it
// returns, per object index, the truth object (only relevant ones).
func matchTruth(fi frameInfo, truth *scene.Truth) map[int]scene.Object {
	objs := truth.Frames[fi.frameNum].Objects
	type pair struct {
		d, o int
		iou  float64
	}
	var pairs []pair
	for i, d := range fi.objects {
		box := objSourceBox(d.rect, fi)
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
	out := map[int]scene.Object{}
	for _, p := range pairs {
		if usedD[p.d] || usedO[p.o] {
			continue
		}
		usedD[p.d], usedO[p.o] = true, true
		if relevant(objs[p.o], truth.Config.Width, truth.Config.Height) {
			out[p.d] = objs[p.o]
		}
	}
	return out
}
