// Package trackertest builds tracker metadata in C memory, attached to
// user metas the way nvtracker attaches it, for the tests of package
// tracker. cgo is not allowed in _test.go files, so the C lives here.
package trackertest

// #include <stdlib.h>
// #include "trackertest.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"

	// Links tracker's C glue, which defines gods_tracker_misc_new.
	_ "github.com/go-deepstream/go-deepstream/tracker"
)

// Frame is one frame of a target.
type Frame struct {
	FrameNum                 uint32
	Left, Top, Width, Height float32
	Confidence               float32
	Age                      uint32
	State                    int32
	Visibility               float32
}

// Object is one target.
type Object struct {
	UniqueID uint64
	ClassID  uint16
	Label    string
	Frames   []Frame
}

// Stream is one stream's targets.
type Stream struct {
	StreamID        uint32
	SurfaceStreamID uint64
	Objects         []Object
}

// FillMiscData makes u (acquired, not yet attached) a misc-data batch of
// type t (past frame, terminated or shadow list) holding streams. Every
// stream must have the same number of objects and every object the same
// number of frames.
func FillMiscData(u nvds.UserMeta, t nvds.MetaType, streams []Stream) {
	nobjs, nframes := 0, 0
	if len(streams) > 0 {
		nobjs = len(streams[0].Objects)
		if nobjs > 0 {
			nframes = len(streams[0].Objects[0].Frames)
		}
	}
	b := C.gods_trackertest_fill_misc((*C.NvDsUserMeta)(u.UnsafePointer()), C.int(t), C.guint(len(streams)), C.guint(nobjs), C.guint(nframes))
	for s, st := range streams {
		C.gods_trackertest_set_stream(b, C.guint(s), C.guint(st.StreamID), C.guint64(st.SurfaceStreamID))
		for o, ob := range st.Objects {
			label := C.CString(ob.Label)
			C.gods_trackertest_set_object(b, C.guint(s), C.guint(o), C.guint64(ob.UniqueID), C.guint16(ob.ClassID), label)
			C.free(unsafe.Pointer(label))
			for f, fr := range ob.Frames {
				C.gods_trackertest_set_frame(b, C.guint(s), C.guint(o), C.guint(f), C.guint(fr.FrameNum),
					C.float(fr.Left), C.float(fr.Top), C.float(fr.Width), C.float(fr.Height),
					C.float(fr.Confidence), C.guint(fr.Age), C.int(fr.State), C.float(fr.Visibility))
			}
		}
	}
}

// FillObjReID makes u an NVDS_TRACKER_OBJ_REID_META holding a copy of
// feature (not empty).
func FillObjReID(u nvds.UserMeta, feature []float32) {
	C.gods_trackertest_fill_obj_reid((*C.NvDsUserMeta)(u.UnsafePointer()), (*C.float)(unsafe.Pointer(&feature[0])), C.guint(len(feature)))
}

// FillBatchReID makes u an NVDS_TRACKER_BATCH_REID_META holding a copy of
// rows*size floats from data.
func FillBatchReID(u nvds.UserMeta, data []float32, rows, size int) {
	if len(data) != rows*size || len(data) == 0 {
		panic("trackertest: data must hold rows*size floats")
	}
	C.gods_trackertest_fill_batch_reid((*C.NvDsUserMeta)(u.UnsafePointer()), (*C.float)(unsafe.Pointer(&data[0])), C.guint(rows), C.guint(size))
}
