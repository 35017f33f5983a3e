package events

/*
#include <stdlib.h>
#include <gst/gst.h>
#include "gst-nvdscustomevent.h"
#include "gst-nvevent.h"
#include "gst-nvmessage.h"
#include "nvdsgstutils.h"
*/
import "C"

import (
	"errors"
	"strconv"
	"strings"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Type is the type of a GStreamer event: DeepStream's custom types below,
// or any other GstEventType value.
type Type uint32

// DeepStream's custom event types (gst-nvevent.h, gst-nvdscustomevent.h).
const (
	PadAdded      Type = C.GST_NVEVENT_PAD_ADDED
	PadDeleted    Type = C.GST_NVEVENT_PAD_DELETED
	StreamEOS     Type = C.GST_NVEVENT_STREAM_EOS
	StreamSegment Type = C.GST_NVEVENT_STREAM_SEGMENT
	StreamReset   Type = C.GST_NVEVENT_STREAM_RESET
	StreamStart   Type = C.GST_NVEVENT_STREAM_START
	UpdateCaps    Type = C.GST_NVEVENT_UPDATE_CAPS

	ROIUpdate            Type = C.GST_NVEVENT_ROI_UPDATE
	InferIntervalUpdate  Type = C.GST_NVEVENT_INFER_INTERVAL_UPDATE
	OSDProcessModeUpdate Type = C.GST_NVEVENT_OSD_PROCESS_MODE_UPDATE
)

var typeNames = map[Type]string{
	PadAdded: "pad-added", PadDeleted: "pad-deleted", StreamEOS: "stream-eos", StreamSegment: "stream-segment",
	StreamReset: "stream-reset", StreamStart: "stream-start", UpdateCaps: "update-caps", ROIUpdate: "roi-update",
	InferIntervalUpdate: "infer-interval-update", OSDProcessModeUpdate: "osd-process-mode-update",
}

// String names DeepStream's types; other types print as their number.
func (t Type) String() string {
	if s, ok := typeNames[t]; ok {
		return s
	}
	return "event-type(" + strconv.FormatUint(uint64(t), 10) + ")"
}

var (
	// ErrNilElement: the element pointer is nil.
	ErrNilElement = errors.New("events: nil element")
	// ErrNotHandled: gst_element_send_event returned FALSE (no element
	// took the event, or the pipeline is not running).
	ErrNotHandled = errors.New("events: the event was not handled")
)

// TypeOf returns the type of the GstEvent* ev (0 for nil). It reads the
// event in place: no cgo call.
func TypeOf(ev unsafe.Pointer) Type {
	if ev == nil {
		return 0
	}
	return Type((*C.GstEvent)(ev)._type)
}

// SourceEvent reads DeepStream's per-source event ev (a GstEvent*, as a pad
// probe sees it after nvstreammux): pad added or deleted, stream EOS,
// reset, segment or start, and the source (the muxer's sink pad index) it
// is about. ok is false for any other event.
func SourceEvent(ev unsafe.Pointer) (t Type, sourceID uint32, ok bool) {
	t = TypeOf(ev)
	e := (*C.GstEvent)(ev)
	var id C.guint
	switch t {
	case PadAdded:
		C.gst_nvevent_parse_pad_added(e, &id)
	case PadDeleted:
		C.gst_nvevent_parse_pad_deleted(e, &id)
	case StreamEOS:
		C.gst_nvevent_parse_stream_eos(e, &id)
	case StreamReset:
		C.gst_nvevent_parse_stream_reset(e, &id)
	case StreamSegment:
		var seg *C.GstSegment
		C.gst_nvevent_parse_stream_segment(e, &id, &seg)
		if seg != nil {
			C.gst_segment_free(seg) // a copy
		}
	case StreamStart:
		var sid *C.gchar // points into the event
		C.gst_nvevent_parse_stream_start(e, &id, &sid)
	default:
		return t, 0, false
	}
	return t, uint32(id), true
}

// InferIntervalUpdateFromEvent reads an InferIntervalUpdate event: the
// stream it is for and nvinfer's new interval. ok is false for any other
// event.
func InferIntervalUpdateFromEvent(ev unsafe.Pointer) (streamID string, interval uint32, ok bool) {
	if TypeOf(ev) != InferIntervalUpdate {
		return "", 0, false
	}
	var sid *C.gchar
	var v C.guint
	C.gst_nvevent_parse_infer_interval_update((*C.GstEvent)(ev), &sid, &v)
	if sid != nil {
		streamID = C.GoString((*C.char)(unsafe.Pointer(sid)))
		C.g_free(C.gpointer(unsafe.Pointer(sid)))
	}
	return streamID, uint32(v), true
}

// StreamEOSFromMessage reads the "stream-eos" element message nvstreammux
// posts on the bus when one source ends (msg is a GstMessage*): the
// source's id. ok is false for any other message.
func StreamEOSFromMessage(msg unsafe.Pointer) (sourceID uint32, ok bool) {
	if msg == nil {
		return 0, false
	}
	var id C.guint
	if C.gst_nvmessage_parse_stream_eos((*C.GstMessage)(msg), &id) == 0 {
		return 0, false
	}
	return uint32(id), true
}

// send hands ev to element (gst_element_send_event, which takes it).
func send(element unsafe.Pointer, ev *C.GstEvent) error {
	if ev == nil {
		return ErrNotHandled
	}
	if C.gst_element_send_event((*C.GstElement)(element), ev) == 0 {
		return ErrNotHandled
	}
	return nil
}

// SendStreamReset sends DeepStream's stream-reset event for sourceID to
// element (a GstElement*), as pyds's
// gst_element_send_nvevent_new_stream_reset does (used to restart one
// source after an RTSP reconnection).
func SendStreamReset(element unsafe.Pointer, sourceID uint32) error {
	if element == nil {
		return ErrNilElement
	}
	return send(element, C.gst_nvevent_new_stream_reset(C.guint(sourceID)))
}

// SendInferIntervalUpdate sends the infer-interval-update event to element
// (a GstElement*, usually nvinfer): nvinfer then skips interval batches
// between inferences for the stream streamID. pyds:
// gst_element_send_nvevent_interval_update. A stream id holding a NUL byte
// is refused with nvds.ErrNUL, sending nothing.
func SendInferIntervalUpdate(element unsafe.Pointer, streamID string, interval uint32) error {
	if element == nil {
		return ErrNilElement
	}
	if strings.IndexByte(streamID, 0) >= 0 {
		return nvds.ErrNUL
	}
	cs := C.CString(streamID)
	defer C.free(unsafe.Pointer(cs))
	return send(element, C.gst_nvevent_infer_interval_update((*C.gchar)(unsafe.Pointer(cs)), C.guint(interval)))
}

// ConfigureSourceForNTPSync makes an RTSP source (an rtspsrc, or a
// uridecodebin or nvurisrcbin that will hold one; a GstElement*) give its
// frames the NTP time of the server's RTCP sender reports, which
// nvstreammux then writes into each frame's ntp_timestamp when its
// attach-sys-ts property is off. pyds: configure_source_for_ntp_sync
// (nvdsgstutils.h, libnvdsgst_helper). The element is borrowed; call it
// before the source starts streaming, as the Python apps do from
// uridecodebin's child-added handler. Frames before the first sender
// report have no NTP time (0).
func ConfigureSourceForNTPSync(element unsafe.Pointer) error {
	if element == nil {
		return ErrNilElement
	}
	C.configure_source_for_ntp_sync((*C.GstElement)(element))
	return nil
}
