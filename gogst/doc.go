// Package gogst adapts go-gst v1.4.0 values to the unsafe entry points of the
// go-deepstream binding packages; no other library package imports go-gst
// (programs and tests use it to build pipelines).
//
// The binding packages take a raw GstBuffer* or GstPad* as an unsafe.Pointer so
// that they do not depend on any particular Go GStreamer binding. This package
// is the single place where github.com/go-gst/go-gst (pinned at the retracted
// v1.4.0 on purpose, see docs/go-gst.md) is imported and its wrapper types are
// turned into those pointers.
//
// go-gst v1.4.0 calls one GStreamer 1.22 function (gst_debug_message_get_id).
// This package builds as is on Debian 12 (1.22) and is expected to with
// DeepStream 8.0/9.x (1.24). Against the GStreamer 1.20 of DeepStream 7.0/7.1
// it builds with gogst/compat/gst120compat.h injected into the cgo flags
// (make build-gst120; proven against the 1.20.3 headers by make gst120-check).
//
// The pointers returned here are borrowed: no reference is taken, so they are
// valid only while the go-gst value they came from is alive (use
// runtime.KeepAlive on it after the last use of the pointer).
package gogst
