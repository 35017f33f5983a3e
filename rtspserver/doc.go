// Package rtspserver is a small binding of gst-rtsp-server
// (libgstrtspserver-1.0), what the DeepStream Python apps reach through
// GstRtspServer to serve their encoded output at
// rtsp://localhost:8554/ds-test: a server with a service port, mount
// points, and media factories described by a gst-launch string, shared or
// not. go-gst v1.4.0 has no such binding.
//
// The server's listening socket is a GSource on the default GLib main
// context (Server.Attach), as in the Python apps, which run a GLib main
// loop. A Go program usually runs none: RunMainLoop runs one on a thread of
// its own until stopped.
//
// Ownership: New and NewMediaFactory return values that own one reference
// to their C object; Close releases it (nil-safe, idempotent). Mounting a
// factory gives the server its own reference, so the factory may be closed
// once mounted. The package is not DeepStream's and is the same in every
// build.
package rtspserver
