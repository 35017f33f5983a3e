// Package cbench holds the C baselines of go-deepstream's benchmarks (the
// same work as a Go benchmark, written in C against the SDK API) and small
// C harnesses (standalone pads, pipelines, buffers with batch meta) that
// the probe tests and benchmarks of package nvds drive. Tests cannot use
// cgo, so these live in a non-test file of an internal package.
//
// All pointers are raw C pointers passed as unsafe.Pointer; ownership is as
// stated per function.
package cbench

// #include "cbench.go.h"
import "C"

import "unsafe"

func init() { C.gods_cbench_init() }

// Warnings reports how many warnings and criticals the GStreamer, GLib and
// GLib-GObject log domains have emitted since the package was initialized
// (they are still printed).
func Warnings() int64 { return int64(C.gods_cbench_warnings()) }

// WalkBatch sums class_id, confidence and rect_params left/top/width/height
// over every object of every frame of batch (an NvDsBatchMeta*) in C.
func WalkBatch(batch unsafe.Pointer) float64 {
	return float64(C.gods_cbench_walk_batch((*C.NvDsBatchMeta)(batch)))
}

// AcquireFillAdd acquires, fills (class_id = i&3, object_id = i,
// confidence 0.5, unique_component_id 1, rect 10,20,30,40) and adds n
// object metas to frame (an NvDsFrameMeta*) of batch, in C.
func AcquireFillAdd(batch, frame unsafe.Pointer, n int) {
	C.gods_cbench_acquire_fill_add((*C.NvDsBatchMeta)(batch), (*C.NvDsFrameMeta)(frame), C.int(n))
}

// ClearObjects returns every object of frame to its pool
// (nvds_clear_obj_meta_list).
func ClearObjects(frame unsafe.Pointer) {
	C.gods_cbench_clear_objects((*C.NvDsFrameMeta)(frame))
}

// PadPair returns a linked, active source and sink GstPad outside any
// element; the sink drops what it gets. Release both with Unref.
func PadPair() (src, sink unsafe.Pointer) {
	var s, k *C.GstPad
	C.gods_cbench_pad_pair(&s, &k)
	return unsafe.Pointer(s), unsafe.Pointer(k)
}

// NewBuffer returns a GstBuffer of size bytes carrying a batch meta with
// frames frame metas (none when frames is 0). Release with UnrefBuffer.
func NewBuffer(size, frames int) unsafe.Pointer {
	return unsafe.Pointer(C.gods_cbench_new_buffer(C.gsize(size), C.int(frames)))
}

// UnrefBuffer drops a GstBuffer reference.
func UnrefBuffer(buf unsafe.Pointer) { C.gods_cbench_buffer_unref((*C.GstBuffer)(buf)) }

// Push pushes buf n times through src (one new reference each time) on
// the calling thread and returns the nanoseconds the loop took, or -1 on a
// flow error.
func Push(src, buf unsafe.Pointer, n int) int64 {
	return int64(C.gods_cbench_push((*C.GstPad)(src), (*C.GstBuffer)(buf), C.gint64(n)))
}

// PushOnThread is Push from a thread created by GLib rather than Go, as a
// streaming thread is; it waits for that thread.
func PushOnThread(src, buf unsafe.Pointer, n int) int64 {
	return int64(C.gods_cbench_push_on_thread((*C.GstPad)(src), (*C.GstBuffer)(buf), C.gint64(n)))
}

// AddCProbe installs a C buffer probe on pad that reads the batch meta's
// num_frames_in_batch, the work of the Go benchmark observer. It returns
// the probe id for RemoveProbe.
func AddCProbe(pad unsafe.Pointer) uint64 {
	return uint64(C.gods_cbench_add_c_probe((*C.GstPad)(pad)))
}

// RemoveProbe removes probe id from pad.
func RemoveProbe(pad unsafe.Pointer, id uint64) {
	C.gods_cbench_remove_probe((*C.GstPad)(pad), C.gulong(id))
}

// CProbeCalls reports how many buffers all C probes have seen.
func CProbeCalls() int64 { return int64(C.gods_cbench_c_probe_calls()) }

// Pipeline builds a pipeline with gst_parse_launch; nil on error. Release
// with Unref.
func Pipeline(desc string) unsafe.Pointer {
	cs := C.CString(desc)
	defer C.free(unsafe.Pointer(cs))
	return unsafe.Pointer(C.gods_cbench_pipeline(cs))
}

// ElementPad returns the static pad padName of the element named element
// in pipeline, with a reference (release with Unref), or nil.
func ElementPad(pipeline unsafe.Pointer, element, padName string) unsafe.Pointer {
	ce, cp := C.CString(element), C.CString(padName)
	defer C.free(unsafe.Pointer(ce))
	defer C.free(unsafe.Pointer(cp))
	return unsafe.Pointer(C.gods_cbench_element_pad((*C.GstElement)(pipeline), ce, cp))
}

// Run plays pipeline until EOS, sets it to NULL, and returns the
// nanoseconds from PLAYING to EOS, or -1 on error.
func Run(pipeline unsafe.Pointer) int64 {
	return int64(C.gods_cbench_run((*C.GstElement)(pipeline)))
}

// Unref drops a GstObject reference (a pad or a pipeline); nil is ignored.
func Unref(object unsafe.Pointer) { C.gods_cbench_unref(C.gpointer(object)) }

// RunError runs pipeline to EOS or an error, then sets it to NULL; it
// returns the error message's source and text ("" on EOS).
func RunError(pipeline unsafe.Pointer) string {
	p := C.gods_cbench_run_error((*C.GstElement)(pipeline))
	if p == nil {
		return ""
	}
	defer C.g_free(C.gpointer(p))
	return C.GoString(p)
}
