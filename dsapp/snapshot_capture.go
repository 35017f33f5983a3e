package dsapp

import (
	"github.com/go-deepstream/go-deepstream/nvds"
)

// fill copies b into snap (reset first). It reads every field through the
// nvds views (plain loads from C memory, no cgo call) and allocates only
// while snap's storage or the label table grow.
func (s *Snapshotter) fill(snap *BatchSnapshot, b nvds.BatchMeta) {
	snap.reset()
	snap.NumFrames, snap.MaxFrames = b.NumFramesInBatch(), b.MaxFramesInBatch()
	s.labelMu.Lock()
	defer s.labelMu.Unlock()
	for f := range b.Frames() {
		snap.beginFrame()
		first := len(snap.objects)
		parents := false
		for o := range f.Objects() {
			snap.beginObject()
			for c := range o.Classifiers() {
				comp := c.UniqueComponentID()
				for l := range c.Labels() {
					snap.addClass(Classification{
						ComponentID: comp,
						ClassID:     l.ResultClassID(),
						LabelID:     l.LabelID(),
						Prob:        l.ResultProb(),
						Label:       s.intern(l.LabelBytes()),
					})
				}
			}
			if s.opts.Payload != nil {
				for u := range o.UserMeta() {
					s.payload(snap, u)
				}
			}
			parent := o.Parent()
			parents = parents || !parent.IsNil()
			snap.ptrs = append(snap.ptrs, o.UnsafePointer(), parent.UnsafePointer())
			snap.endObject(ObjectSnapshot{
				ClassID:           o.ClassID(),
				ComponentID:       o.UniqueComponentID(),
				Confidence:        o.Confidence(),
				TrackerID:         o.ObjectID(),
				TrackerConfidence: o.TrackerConfidence(),
				Label:             s.intern(o.LabelBytes()),
				Rect:              o.RectParams().Rect(),
				Parent:            -1,
			})
		}
		if parents {
			snap.resolveParents(first)
		}
		if s.opts.Payload != nil {
			for u := range f.UserMeta() {
				s.payload(snap, u)
			}
		}
		snap.endFrame(FrameSnapshot{
			SourceID:     f.SourceID(),
			PadIndex:     f.PadIndex(),
			BatchID:      f.BatchID(),
			FrameNum:     f.FrameNum(),
			BufPTS:       f.BufPTS(),
			NTPTimestamp: f.NTPTimestamp(),
			Width:        f.SourceFrameWidth(),
			Height:       f.SourceFrameHeight(),
		})
	}
	snap.ptrs = snap.ptrs[:0]
	snap.finish()
}

// payload runs the Payload hook on u. (The loops over user meta stay in
// fill: an iterator passed as a value would make its loop body escape.)
func (s *Snapshotter) payload(snap *BatchSnapshot, u nvds.UserMeta) {
	at := len(snap.bytes)
	out, ok := s.opts.Payload(u, snap.bytes)
	if !ok {
		snap.bytes = snap.bytes[:at]
		return
	}
	snap.bytes = out
	snap.addPayloadSpan(u.MetaType(), at)
}

// resolveParents sets Parent on the frame's objects from first on: the
// index of the object whose meta is the parent, found by pointer (ptrs
// holds each object's pointer and its parent's, in pairs).
func (snap *BatchSnapshot) resolveParents(first int) {
	n := len(snap.objects) - first
	ptrs := snap.ptrs[len(snap.ptrs)-2*n:]
	for i := range n {
		parent := ptrs[2*i+1]
		if parent == nil {
			continue
		}
		for j := range n {
			if ptrs[2*j] == parent {
				snap.objects[first+i].Parent = j
				break
			}
		}
	}
}

// intern returns the table's string for label, a borrowed C array
// (labelMu held): looking a known label up allocates nothing; a new one is
// copied once. The table is bounded: past maxLabels distinct labels, new
// ones are copied every time instead of being kept.
func (s *Snapshotter) intern(label []byte) string {
	if len(label) == 0 {
		return ""
	}
	if v, ok := s.labels[string(label)]; ok {
		return v
	}
	v := string(label)
	if len(s.labels) < maxLabels {
		s.labels[v] = v
	}
	return v
}

// maxLabels bounds the label table: class labels are few, but a stream
// of unique labels (a plate reader's text) must not grow it without end.
const maxLabels = 4096
