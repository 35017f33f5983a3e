// Package latency is the Go API over DeepStream's latency measurement
// (nvds_latency_meta.h): per-frame latency since the decoder, per-component
// in/out timestamps, and the NvDsMetaCompLatency user meta that carries
// them. Unlike pyds's nvds_measure_buffer_latency, which prints, Measure
// returns the values.
//
// Timestamps are milliseconds, as the SDK keeps them (the embedded runtime
// uses milliseconds since the Unix epoch). Views are borrowed: valid only
// while the buffer that carries them is alive and inside the probe or
// callback that produced them. An element name holding a NUL byte is
// refused with nvds.ErrNUL, recording nothing.
package latency

// #include <stdlib.h>
// #include "latency.go.h"
import "C"

import (
	"errors"
	"iter"
	"strings"
	"structs"
	"sync"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// ErrNotFound: SetOutputTimestamp found no entry of that component
// waiting for its output timestamp.
var ErrNotFound = errors.New("latency: no input timestamp for the component")

// Enabled reports whether latency measurement is switched on, that is
// whether NVDS_ENABLE_LATENCY_MEASUREMENT is exported; wraps
// nvds_get_enable_latency_measurement (the nvds_enable_latency_measurement
// macro).
func Enabled() bool { return C.nvds_get_enable_latency_measurement() != 0 }

// Silent wraps nvds_get_latency_measurement_silent (DeepStream 9.0 and
// later; false against older headers).
func Silent() bool { return C.gods_latency_silent() != 0 }

// FrameLatency is one frame's result: NvDsFrameLatencyInfo's memory layout
// (checked at compile time), so Measure fills a Go slice directly.
type FrameLatency struct {
	_           structs.HostLayout
	SourceID    uint32  // source_id
	FrameNum    uint32  // frame_num
	ComponentIn float64 // comp_in_timestamp: the reference (decoder) timestamp, ms
	Latency     float64 // latency: ms from ComponentIn to the measurement
}

var (
	_ [unsafe.Sizeof(FrameLatency{}) - C.GODS_FRAME_LATENCY_SIZE]struct{}
	_ [C.GODS_FRAME_LATENCY_SIZE - unsafe.Sizeof(FrameLatency{})]struct{}
	_ [unsafe.Offsetof(FrameLatency{}.SourceID) - C.GODS_FRAME_LATENCY_SOURCE]struct{}
	_ [C.GODS_FRAME_LATENCY_SOURCE - unsafe.Offsetof(FrameLatency{}.SourceID)]struct{}
	_ [unsafe.Offsetof(FrameLatency{}.FrameNum) - C.GODS_FRAME_LATENCY_FRAME]struct{}
	_ [C.GODS_FRAME_LATENCY_FRAME - unsafe.Offsetof(FrameLatency{}.FrameNum)]struct{}
	_ [unsafe.Offsetof(FrameLatency{}.ComponentIn) - C.GODS_FRAME_LATENCY_IN]struct{}
	_ [C.GODS_FRAME_LATENCY_IN - unsafe.Offsetof(FrameLatency{}.ComponentIn)]struct{}
	_ [unsafe.Offsetof(FrameLatency{}.Latency) - C.GODS_FRAME_LATENCY_LATENCY]struct{}
	_ [C.GODS_FRAME_LATENCY_LATENCY - unsafe.Offsetof(FrameLatency{}.Latency)]struct{}
)

// Measure measures the latency of every frame of the batch a buffer
// carries, from its reference (decoder) timestamp to now; wraps
// nvds_measure_buffer_latency. Results are written into dst's storage
// (grown when it is too small, so passing the previous result avoids
// allocating) and returned, one per frame that has a reference timestamp.
// buffer is a GstBuffer* carrying batch meta.
func Measure(buffer unsafe.Pointer, dst []FrameLatency) ([]FrameLatency, error) {
	b, err := nvds.BatchMetaFromBuffer(buffer)
	if err != nil {
		return dst[:0], err
	}
	n := b.NumFrames()
	if n == 0 {
		return dst[:0], nil
	}
	if cap(dst) < n {
		dst = make([]FrameLatency, n)
	}
	dst = dst[:n]
	got := C.nvds_measure_buffer_latency((*C.GstBuffer)(buffer), (*C.NvDsFrameLatencyInfo)(unsafe.Pointer(&dst[0])))
	return dst[:min(int(got), n)], nil
}

// SetInputTimestamp records that element received the buffer now: one
// NvDsMetaCompLatency per frame as batch user meta; wraps
// nvds_set_input_system_timestamp and returns its last entry. buffer is a
// GstBuffer* carrying batch meta.
func SetInputTimestamp(buffer unsafe.Pointer, element string) (nvds.UserMeta, error) {
	const op = "latency.SetInputTimestamp"
	if strings.IndexByte(element, 0) >= 0 {
		return nvds.UserMeta{}, &nvds.Error{Op: op, Err: nvds.ErrNUL}
	}
	if buffer == nil {
		return nvds.UserMeta{}, &nvds.Error{Op: op, Err: nvds.ErrNilBuffer}
	}
	u := C.nvds_set_input_system_timestamp((*C.GstBuffer)(buffer), cName(element))
	if u == nil {
		return nvds.UserMeta{}, &nvds.Error{Op: op, Err: nvds.ErrNoBatchMeta}
	}
	return nvds.UserMetaFromUnsafePointer(unsafe.Pointer(u)), nil
}

// SetOutputTimestamp records that element pushed the buffer now, on every
// entry SetInputTimestamp made for it; wraps
// nvds_set_output_system_timestamp. ErrNotFound when there is none.
func SetOutputTimestamp(buffer unsafe.Pointer, element string) error {
	const op = "latency.SetOutputTimestamp"
	if strings.IndexByte(element, 0) >= 0 {
		return &nvds.Error{Op: op, Err: nvds.ErrNUL}
	}
	if buffer == nil {
		return &nvds.Error{Op: op, Err: nvds.ErrNilBuffer}
	}
	if C.nvds_set_output_system_timestamp((*C.GstBuffer)(buffer), cName(element)) == 0 {
		return &nvds.Error{Op: op, Err: ErrNotFound, Msg: element}
	}
	return nil
}

// AddReferenceTimestamp stamps a buffer as produced by element now, as a
// decoder does for each frame (element "nvv4l2decoder" or "audiodecoder"
// in DeepStream); wraps nvds_add_reference_timestamp_meta. nvstreammux
// turns the stamp into frame user meta, which Measure measures from.
// buffer is a writable GstBuffer*.
func AddReferenceTimestamp(buffer unsafe.Pointer, element string, frameID uint32) error {
	const op = "latency.AddReferenceTimestamp"
	if strings.IndexByte(element, 0) >= 0 {
		return &nvds.Error{Op: op, Err: nvds.ErrNUL}
	}
	if buffer == nil {
		return &nvds.Error{Op: op, Err: nvds.ErrNilBuffer}
	}
	if C.gst_mini_object_is_writable((*C.GstMiniObject)(buffer)) == 0 {
		return &nvds.Error{Op: op, Msg: "buffer is not writable"}
	}
	C.nvds_add_reference_timestamp_meta((*C.GstBuffer)(buffer), cName(element), C.guint(frameID))
	return nil
}

// names caches element names as C strings: the SDK takes gchar*, elements
// are few, and a per-buffer C.CString would allocate every time.
var names sync.Map // string -> *C.gchar

func cName(s string) *C.gchar {
	if v, ok := names.Load(s); ok {
		return v.(*C.gchar)
	}
	c := (*C.gchar)(C.CString(s))
	if v, loaded := names.LoadOrStore(s, c); loaded {
		C.free(unsafe.Pointer(c))
		return v.(*C.gchar)
	}
	return c
}

// CompLatency is a borrowed view of an NvDsMetaCompLatency: one
// component's timestamps for one frame (or a decoder's reference stamp). It
// is valid only while the buffer that carries it is alive and inside the
// probe or callback that produced it.
type CompLatency struct{ p *C.NvDsMetaCompLatency }

// CompLatencyFromUser returns the entry a user meta of type
// nvds.MetaTypeLatencyMeasurement carries, and false for any other.
func CompLatencyFromUser(u nvds.UserMeta) (CompLatency, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeLatencyMeasurement || u.Data() == nil {
		return CompLatency{}, false
	}
	return CompLatency{(*C.NvDsMetaCompLatency)(u.Data())}, true
}

// ComponentName is component_name (a copy).
func (c CompLatency) ComponentName() string {
	return fixedString(unsafe.Pointer(&c.p.component_name[0]), len(c.p.component_name))
}

// ComponentNameBytes is component_name up to its NUL without copying: a
// borrowed slice of the C array, valid as long as the view. For hot paths
// that look the name up (m[string(c.ComponentNameBytes())] allocates
// nothing) rather than keep it.
func (c CompLatency) ComponentNameBytes() []byte {
	b := unsafe.Slice((*byte)(unsafe.Pointer(&c.p.component_name[0])), len(c.p.component_name))
	for i, ch := range b {
		if ch == 0 {
			return b[:i:i]
		}
	}
	return b
}

// In is in_system_timestamp, ms.
func (c CompLatency) In() float64 { return float64(c.p.in_system_timestamp) }

// Out is out_system_timestamp, ms; 0 until the output is stamped.
func (c CompLatency) Out() float64 { return float64(c.p.out_system_timestamp) }

// Duration is Out - In, ms; 0 until the output is stamped.
func (c CompLatency) Duration() float64 {
	if c.p.out_system_timestamp == 0 {
		return 0
	}
	return float64(c.p.out_system_timestamp - c.p.in_system_timestamp)
}

// SourceID is source_id.
func (c CompLatency) SourceID() uint32 { return uint32(c.p.source_id) }

// FrameNum is frame_num.
func (c CompLatency) FrameNum() uint32 { return uint32(c.p.frame_num) }

// PadIndex is pad_index.
func (c CompLatency) PadIndex() uint32 { return uint32(c.p.pad_index) }

// SubComponents yields the first num_sub_comps sub-component entries.
func (c CompLatency) SubComponents() iter.Seq[SubCompLatency] {
	return func(yield func(SubCompLatency) bool) {
		n := min(int(c.p.num_sub_comps), len(c.p.sub_comp_latencies))
		for i := range n {
			if !yield(SubCompLatency{&c.p.sub_comp_latencies[i]}) {
				return
			}
		}
	}
}

// SubCompLatency is a borrowed view of an NvDsMetaSubCompLatency. It is
// valid only while the buffer that carries it is alive and inside the probe
// or callback that produced it.
type SubCompLatency struct{ p *C.NvDsMetaSubCompLatency }

// Name is sub_comp_name (a copy).
func (s SubCompLatency) Name() string {
	return fixedString(unsafe.Pointer(&s.p.sub_comp_name[0]), len(s.p.sub_comp_name))
}

// In is in_system_timestamp, ms.
func (s SubCompLatency) In() float64 { return float64(s.p.in_system_timestamp) }

// Out is out_system_timestamp, ms.
func (s SubCompLatency) Out() float64 { return float64(s.p.out_system_timestamp) }

func fixedString(p unsafe.Pointer, n int) string {
	b := unsafe.Slice((*byte)(p), n)
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}
