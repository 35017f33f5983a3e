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
// go-gst v1.4.0 needs GStreamer >= 1.22 (it calls gst_debug_message_get_id),
// so this package builds on Debian 12 (1.22), is expected to build with
// DeepStream 8.0/9.x (1.24) and is expected not to build against the GStreamer
// 1.20 of DeepStream 7.1.
//
// The pointers returned here are borrowed: no reference is taken, so they are
// valid only while the go-gst value they came from is alive (use
// runtime.KeepAlive on it after the last use of the pointer).
package gogst
