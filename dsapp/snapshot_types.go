package dsapp

import (
	"sync/atomic"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// BatchSnapshot is a plain-Go copy of one batch's metadata, made by a
// Snapshotter on the streaming thread and delivered on its channel.
//
// Ownership: the receiver owns the snapshot until it calls Release, which
// hands it back to the Snapshotter's pool; after Release neither the
// snapshot nor any slice or string reached through it (Frames, Objects,
// Classifications, Payloads and their Data) may be used, since the next
// batch is copied into the same memory. Strings (labels) are the
// exception: they are immutable and may be kept. To keep other values,
// copy them (CopyTo, or append to your own slices) before Release. A
// snapshot that is never released is garbage collected; the pool then
// allocates a new one, so forgetting Release costs allocations, not
// correctness. Releasing twice panics.
type BatchSnapshot struct {
	// Seq numbers the batches the Snapshotter captured, from 1; a gap
	// between consecutive snapshots is the number of batches dropped.
	Seq uint64
	// NumFrames and MaxFrames are num_frames_in_batch and
	// max_frames_in_batch.
	NumFrames, MaxFrames uint32
	// Frames are the batch's frames in list order.
	Frames []FrameSnapshot

	owner    *Snapshotter
	released atomic.Bool

	// Backing storage, reused from batch to batch; Frames and the slices
	// inside them are windows onto it.
	frames   []FrameSnapshot
	objects  []ObjectSnapshot
	classes  []Classification
	payloads []Payload
	bytes    []byte
	fspans   []span           // per frame: objects lo..hi, payloads plo..phi
	ospans   []span           // per object: classes lo..hi, payloads plo..phi
	pspans   []span           // per payload: bytes lo..hi
	ptrs     []unsafe.Pointer // while filling: each object's meta and its parent's
}

// FrameSnapshot is a copy of one NvDsFrameMeta.
type FrameSnapshot struct {
	// SourceID, PadIndex, BatchID, FrameNum, BufPTS and NTPTimestamp are
	// source_id, pad_index, batch_id, frame_num, buf_pts and
	// ntp_timestamp.
	SourceID, PadIndex, BatchID uint32
	FrameNum                    int32  // frame_num
	BufPTS, NTPTimestamp        uint64 // buf_pts, ntp_timestamp
	// Width and Height are source_frame_width and source_frame_height.
	Width, Height uint32
	// Objects are the frame's objects in list order.
	Objects []ObjectSnapshot
	// Payloads are what the Snapshotter's Payload hook copied from the
	// frame's user meta.
	Payloads []Payload
}

// ObjectSnapshot is a copy of one NvDsObjectMeta.
type ObjectSnapshot struct {
	// ClassID, ComponentID and Confidence are class_id,
	// unique_component_id and confidence.
	ClassID, ComponentID int32
	Confidence           float32 // confidence
	// TrackerID is object_id (UNTRACKED_OBJECT_ID, all ones, when no
	// tracker ran) and TrackerConfidence tracker_confidence.
	TrackerID         uint64
	TrackerConfidence float32 // tracker_confidence
	// Label is obj_label.
	Label string
	// Rect is rect_params' box (the box an OSD draws).
	Rect nvds.Rect
	// Parent is the index in the frame's Objects of the object's parent,
	// or -1 (no parent, or a parent in another frame).
	Parent int
	// Classifications are the labels of the object's classifier metas, in
	// list order.
	Classifications []Classification
	// Payloads are what the Snapshotter's Payload hook copied from the
	// object's user meta.
	Payloads []Payload
}

// Classification is one label of a classifier meta (NvDsLabelInfo under
// an NvDsClassifierMeta).
type Classification struct {
	// ComponentID is the classifier's unique_component_id.
	ComponentID int32
	// ClassID is result_class_id, LabelID label_id, Prob result_prob.
	ClassID, LabelID uint32
	Prob             float32 // result_prob
	// Label is result_label.
	Label string
}

// Payload is a copy of one user meta payload, made by a Snapshotter's
// Payload hook.
type Payload struct {
	// Type is the user meta's meta_type.
	Type nvds.MetaType
	// Data is what the hook appended; it belongs to the snapshot.
	Data []byte
}

// NumObjects is the number of objects in all frames.
func (s *BatchSnapshot) NumObjects() int {
	n := 0
	for i := range s.Frames {
		n += len(s.Frames[i].Objects)
	}
	return n
}

// Release hands the snapshot back to its Snapshotter for reuse; see
// BatchSnapshot for what may not be used afterwards. It panics when called
// twice on one delivery, which would hand one snapshot to two batches.
func (s *BatchSnapshot) Release() {
	if !s.released.CompareAndSwap(false, true) {
		panic("dsapp: BatchSnapshot.Release called twice (or on a snapshot not delivered by a Snapshotter)")
	}
	if s.owner != nil {
		s.owner.recycle(s)
	}
}

// CopyTo copies the snapshot into dst, reusing dst's storage, so that
// the copy outlives Release; dst is then a standalone snapshot whose
// Release only marks it released. Reusing one dst makes the copy
// allocation-free once dst has grown to the batch sizes seen.
func (s *BatchSnapshot) CopyTo(dst *BatchSnapshot) {
	dst.owner = nil
	dst.released.Store(false)
	dst.reset()
	dst.Seq, dst.NumFrames, dst.MaxFrames = s.Seq, s.NumFrames, s.MaxFrames
	for i := range s.Frames {
		f := &s.Frames[i]
		dst.beginFrame()
		for j := range f.Objects {
			o := &f.Objects[j]
			dst.beginObject()
			for _, c := range o.Classifications {
				dst.addClass(c)
			}
			for _, p := range o.Payloads {
				dst.addPayload(p.Type, p.Data)
			}
			dst.endObject(*o)
		}
		for _, p := range f.Payloads {
			dst.addPayload(p.Type, p.Data)
		}
		dst.endFrame(*f)
	}
	dst.finish()
}

// span records where a frame's or object's children lie in the backing
// slices while they may still grow (and move); finish turns spans into
// slices.
type span struct{ lo, hi, plo, phi int32 }

// Building a snapshot: reset, then for each frame beginFrame, its objects
// (beginObject, addClass/addPayload, endObject), its payloads, endFrame;
// then finish.

func (s *BatchSnapshot) reset() {
	s.Frames = nil
	s.frames = s.frames[:0]
	s.objects = s.objects[:0]
	s.classes = s.classes[:0]
	s.payloads = s.payloads[:0]
	s.bytes = s.bytes[:0]
	s.fspans = s.fspans[:0]
	s.ospans = s.ospans[:0]
	s.pspans = s.pspans[:0]
}

func (s *BatchSnapshot) beginFrame() {
	s.fspans = append(s.fspans, span{lo: int32(len(s.objects)), plo: int32(len(s.payloads))})
}

// endFrame stores f (its slices are ignored) with the objects and payloads
// added since beginFrame.
func (s *BatchSnapshot) endFrame(f FrameSnapshot) {
	sp := &s.fspans[len(s.fspans)-1]
	sp.hi = int32(len(s.objects))
	sp.phi = int32(len(s.payloads))
	f.Objects, f.Payloads = nil, nil
	s.frames = append(s.frames, f)
}

func (s *BatchSnapshot) beginObject() {
	s.ospans = append(s.ospans, span{lo: int32(len(s.classes)), plo: int32(len(s.payloads))})
}

// endObject stores o (its slices are ignored) with the classifications
// and payloads added since beginObject.
func (s *BatchSnapshot) endObject(o ObjectSnapshot) {
	sp := &s.ospans[len(s.ospans)-1]
	sp.hi = int32(len(s.classes))
	sp.phi = int32(len(s.payloads))
	o.Classifications, o.Payloads = nil, nil
	s.objects = append(s.objects, o)
	// A frame's payloads start after its last object's.
	s.fspans[len(s.fspans)-1].plo = int32(len(s.payloads))
}

func (s *BatchSnapshot) addClass(c Classification) { s.classes = append(s.classes, c) }

func (s *BatchSnapshot) addPayload(t nvds.MetaType, data []byte) {
	at := len(s.bytes)
	s.bytes = append(s.bytes, data...)
	s.addPayloadSpan(t, at)
}

// addPayloadSpan records a payload whose bytes are s.bytes[at:].
func (s *BatchSnapshot) addPayloadSpan(t nvds.MetaType, at int) {
	s.payloads = append(s.payloads, Payload{Type: t})
	s.pspans = append(s.pspans, span{lo: int32(at), hi: int32(len(s.bytes))})
}

// finish resolves the spans into slices of the (now final) backing
// storage. Each slice's capacity ends at its length, so that a consumer's
// append cannot overwrite a neighbour.
func (s *BatchSnapshot) finish() {
	for i := range s.payloads {
		sp := s.pspans[i]
		s.payloads[i].Data = s.bytes[sp.lo:sp.hi:sp.hi]
	}
	for i := range s.objects {
		sp := s.ospans[i]
		s.objects[i].Classifications = s.classes[sp.lo:sp.hi:sp.hi]
		s.objects[i].Payloads = s.payloads[sp.plo:sp.phi:sp.phi]
	}
	for i := range s.frames {
		sp := s.fspans[i]
		s.frames[i].Objects = s.objects[sp.lo:sp.hi:sp.hi]
		s.frames[i].Payloads = s.payloads[sp.plo:sp.phi:sp.phi]
	}
	s.Frames = s.frames[:len(s.frames):len(s.frames)]
}
