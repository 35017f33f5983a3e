// Package events is the Go side of DeepStream's custom GStreamer events and
// bus messages (gst-nvevent.h, gst-nvmessage.h, gst-nvdscustomevent.h):
// what pyds offers as gst_element_send_nvevent_new_stream_reset and
// gst_element_send_nvevent_interval_update, plus reading the per-source
// events nvstreammux sends downstream and the "stream-eos" message it
// posts.
//
// Like package nvds, it takes GStreamer objects as unsafe.Pointer
// (GstEvent*, GstMessage*, GstElement*) so that it works with any Go
// GStreamer binding; with go-gst, pass unsafe.Pointer(x.Instance()). The
// pointers are borrowed: keep the go-gst value alive while they are used.
//
// The default build uses the embedded runtime's implementation of these
// functions; -tags deepstream links the SDK's libnvdsgst_helper and
// libnvdsgst_customhelper.
package events
