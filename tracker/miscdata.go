package tracker

// #include "tracker.go.h"
import "C"

import (
	"iter"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// MiscDataBatch is a borrowed view of an NvDsTargetMiscDataBatch (alias
// NvDsTrajectoryBatch): per-stream lists of targets with data for frames
// other than the current one. nvtracker attaches it as batch user meta of
// type nvds.MetaTypeTrackerPastFrame (past-frame data), and, with the same
// payload type, nvds.MetaTypeTrackerTerminatedList and
// nvds.MetaTypeTrackerShadowList. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
type MiscDataBatch struct{ p *C.NvDsTargetMiscDataBatch }

// MiscDataFromUser returns the misc-data batch a user meta carries with its
// meta type (past frame, terminated list or shadow list), and false for any
// other user meta.
func MiscDataFromUser(u nvds.UserMeta) (MiscDataBatch, nvds.MetaType, bool) {
	if u.IsNil() || u.Data() == nil {
		return MiscDataBatch{}, 0, false
	}
	switch t := u.MetaType(); t {
	case nvds.MetaTypeTrackerPastFrame, nvds.MetaTypeTrackerTerminatedList, nvds.MetaTypeTrackerShadowList:
		return MiscDataBatch{(*C.NvDsTargetMiscDataBatch)(u.Data())}, t, true
	}
	return MiscDataBatch{}, 0, false
}

// PastFrameFromUser returns the past-frame batch
// (nvds.MetaTypeTrackerPastFrame) a user meta carries, and false for any
// other user meta: nvds.Payloads(batch.UserMeta(),
// tracker.PastFrameFromUser) ranges over them.
func PastFrameFromUser(u nvds.UserMeta) (MiscDataBatch, bool) {
	b, t, ok := MiscDataFromUser(u)
	return b, ok && t == nvds.MetaTypeTrackerPastFrame
}

// MiscData yields the misc-data batches among user metas with their meta
// types, for example tracker.MiscData(batch.UserMeta()).
func MiscData(users iter.Seq[nvds.UserMeta]) iter.Seq2[nvds.MetaType, MiscDataBatch] {
	return func(yield func(nvds.MetaType, MiscDataBatch) bool) {
		for u := range users {
			if b, t, ok := MiscDataFromUser(u); ok && !yield(t, b) {
				return
			}
		}
	}
}

// MiscDataBatchFromUnsafePointer wraps an NvDsTargetMiscDataBatch*
// (borrowed).
func MiscDataBatchFromUnsafePointer(p unsafe.Pointer) MiscDataBatch {
	return MiscDataBatch{(*C.NvDsTargetMiscDataBatch)(p)}
}

// UnsafePointer returns the NvDsTargetMiscDataBatch*.
func (b MiscDataBatch) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(b.p) }

// NumAllocated is numAllocated.
func (b MiscDataBatch) NumAllocated() int { return int(b.p.numAllocated) }

// NumFilled is numFilled: the number of streams with data.
func (b MiscDataBatch) NumFilled() int { return int(b.p.numFilled) }

// Streams yields the first NumFilled streams.
func (b MiscDataBatch) Streams() iter.Seq[MiscDataStream] {
	return func(yield func(MiscDataStream) bool) {
		if b.p == nil || b.p.list == nil {
			return
		}
		list := unsafe.Slice(b.p.list, b.p.numFilled)
		for i := range list {
			if !yield(MiscDataStream{&list[i]}) {
				return
			}
		}
	}
}

// MiscDataStream is a borrowed view of an NvDsTargetMiscDataStream: the
// targets of one stream. It is valid only while the buffer that carries it
// is alive and inside the probe or callback that produced it.
type MiscDataStream struct{ p *C.NvDsTargetMiscDataStream }

// StreamID is streamID: the stream's pad index on nvstreammux.
func (s MiscDataStream) StreamID() uint32 { return uint32(s.p.streamID) }

// SurfaceStreamID is surfaceStreamID: the stream's ID in the surface.
func (s MiscDataStream) SurfaceStreamID() uint64 { return uint64(s.p.surfaceStreamID) }

// NumAllocated is numAllocated.
func (s MiscDataStream) NumAllocated() int { return int(s.p.numAllocated) }

// NumFilled is numFilled: the number of targets with data.
func (s MiscDataStream) NumFilled() int { return int(s.p.numFilled) }

// Objects yields the first NumFilled targets.
func (s MiscDataStream) Objects() iter.Seq[MiscDataObject] {
	return func(yield func(MiscDataObject) bool) {
		if s.p == nil || s.p.list == nil {
			return
		}
		list := unsafe.Slice(s.p.list, s.p.numFilled)
		for i := range list {
			if !yield(MiscDataObject{&list[i]}) {
				return
			}
		}
	}
}

// MiscDataObject is a borrowed view of an NvDsTargetMiscDataObject: one
// target and its frames. It is valid only while the buffer that carries it
// is alive and inside the probe or callback that produced it.
type MiscDataObject struct{ p *C.NvDsTargetMiscDataObject }

// NumObj is numObj: the number of frames with data for this target.
func (o MiscDataObject) NumObj() int { return int(o.p.numObj) }

// NumAllocated is numAllocated.
func (o MiscDataObject) NumAllocated() int { return int(o.p.numAllocated) }

// UniqueID is uniqueId: the target's tracking ID (ObjectMeta.ObjectID).
func (o MiscDataObject) UniqueID() uint64 { return uint64(o.p.uniqueId) }

// ClassID is classId.
func (o MiscDataObject) ClassID() uint16 { return uint16(o.p.classId) }

// Label is objLabel (a copy).
func (o MiscDataObject) Label() string {
	b := unsafe.Slice((*byte)(unsafe.Pointer(&o.p.objLabel[0])), len(o.p.objLabel))
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// Frames yields the target's first NumObj frames.
func (o MiscDataObject) Frames() iter.Seq[MiscDataFrame] {
	return func(yield func(MiscDataFrame) bool) {
		if o.p == nil || o.p.list == nil {
			return
		}
		list := unsafe.Slice(o.p.list, o.p.numObj)
		for i := range list {
			if !yield(MiscDataFrame{&list[i]}) {
				return
			}
		}
	}
}

// MiscDataFrame is a borrowed view of an NvDsTargetMiscDataFrame: a target
// in one frame. It is valid only while the buffer that carries it is alive
// and inside the probe or callback that produced it.
type MiscDataFrame struct{ p *C.NvDsTargetMiscDataFrame }

// FrameNum is frameNum.
func (f MiscDataFrame) FrameNum() uint32 { return uint32(f.p.frameNum) }

// BBox is tBbox's box (left, top, width, height), a copy.
func (f MiscDataFrame) BBox() nvds.Rect {
	r := &f.p.tBbox
	return nvds.Rect{Left: float32(r.left), Top: float32(r.top), Width: float32(r.width), Height: float32(r.height)}
}

// RectParams is tBbox as a view, for its other fields (colours, border).
// It is valid only while the buffer that carries it is alive and inside the
// probe or callback that produced it.
func (f MiscDataFrame) RectParams() nvds.RectParams {
	return nvds.RectParamsFromUnsafePointer(unsafe.Pointer(&f.p.tBbox))
}

// Confidence is confidence.
func (f MiscDataFrame) Confidence() float32 { return float32(f.p.confidence) }

// Age is age: frames since the target was first seen.
func (f MiscDataFrame) Age() uint32 { return uint32(f.p.age) }

// State is trackerState.
func (f MiscDataFrame) State() State { return State(f.p.trackerState) }

// Visibility is visibility.
func (f MiscDataFrame) Visibility() float32 { return float32(f.p.visibility) }

// HasWorldFeet reports whether the headers the package is compiled
// against have NvDsTargetMiscDataFrame.ptWorldFeet (DeepStream 9.0 and
// later).
const HasWorldFeet = worldFeetOffset >= 0

const worldFeetOffset = C.GODS_MISC_FRAME_WORLD_FEET_OFFSET

// WorldFeet is ptWorldFeet, the target's foot point in world coordinates
// (DeepStream 9.0 and later); ok is false against older headers.
func (f MiscDataFrame) WorldFeet() (pt [2]float32, ok bool) {
	if !HasWorldFeet {
		return pt, false
	}
	return *(*[2]float32)(unsafe.Add(unsafe.Pointer(f.p), worldFeetOffset)), true
}
