package rtspserver

/*
#include <stdlib.h>
#include "rtspserver.go.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"
)

// DefaultService is the port the DeepStream Python apps serve on.
const DefaultService = "8554"

// ErrClosed is returned by the methods of a closed Server or MediaFactory.
var ErrClosed = errors.New("rtspserver: closed")

var liveObjects atomic.Int64

// Server is an RTSP server (GstRTSPServer).
type Server struct {
	p      *C.GstRTSPServer
	source C.guint
}

// New returns a server on the default service, 8554, on every address
// (gst_rtsp_server_new). The caller owns it: Close it.
func New() *Server {
	p := C.gst_rtsp_server_new()
	if p == nil {
		panic("rtspserver: gst_rtsp_server_new returned NULL (GStreamer not initialised?)")
	}
	liveObjects.Add(1)
	return &Server{p: p}
}

// SetService sets the port (or service name) to listen on
// (gst_rtsp_server_set_service); "0" picks a free port, read back with
// BoundPort after Attach. It has no effect once attached.
func (s *Server) SetService(service string) error {
	if s == nil || s.p == nil {
		return ErrClosed
	}
	if service == "" || strings.IndexByte(service, 0) >= 0 {
		return fmt.Errorf("rtspserver: bad service %q", service)
	}
	cs := C.CString(service)
	defer C.free(unsafe.Pointer(cs))
	C.gst_rtsp_server_set_service(s.p, cs)
	return nil
}

// SetPort is SetService with a port number.
func (s *Server) SetPort(port int) error {
	if port < 0 || port > 65535 {
		return fmt.Errorf("rtspserver: port %d out of range", port)
	}
	return s.SetService(strconv.Itoa(port))
}

// Service returns the configured service (gst_rtsp_server_get_service).
func (s *Server) Service() string {
	if s == nil || s.p == nil {
		return ""
	}
	cs := C.gst_rtsp_server_get_service(s.p)
	defer C.g_free(C.gpointer(cs))
	return C.GoString(cs)
}

// BoundPort returns the port the server listens on, or -1 before Attach
// (gst_rtsp_server_get_bound_port).
func (s *Server) BoundPort() int {
	if s == nil || s.p == nil || s.source == 0 {
		return -1
	}
	return int(C.gst_rtsp_server_get_bound_port(s.p))
}

// Mount serves f at path ("/ds-test"), replacing what was mounted there
// (gst_rtsp_mount_points_add_factory on the server's mount points). The
// server takes a reference of its own: f may be closed afterwards.
func (s *Server) Mount(path string, f *MediaFactory) error {
	if s == nil || s.p == nil || f == nil || f.p == nil {
		return ErrClosed
	}
	if !strings.HasPrefix(path, "/") || strings.IndexByte(path, 0) >= 0 {
		return fmt.Errorf("rtspserver: mount path %q must start with /", path)
	}
	cs := C.CString(path)
	defer C.free(unsafe.Pointer(cs))
	C.gods_rtspserver_mount(s.p, cs, f.p)
	return nil
}

// Unmount removes what is mounted at path
// (gst_rtsp_mount_points_remove_factory); clients already playing it go on.
func (s *Server) Unmount(path string) error {
	if s == nil || s.p == nil {
		return ErrClosed
	}
	cs := C.CString(path)
	defer C.free(unsafe.Pointer(cs))
	C.gods_rtspserver_unmount(s.p, cs)
	return nil
}

// Attach opens the listening socket and attaches it to the default main
// context (gst_rtsp_server_create_source, g_source_attach), which must be
// running (a GLib main loop; see RunMainLoop) for clients to be served. A
// busy port or an address that cannot be bound is an error, and the
// server stays unattached. Attaching twice is an error.
func (s *Server) Attach() error {
	if s == nil || s.p == nil {
		return ErrClosed
	}
	if s.source != 0 {
		return errors.New("rtspserver: already attached")
	}
	var cerr *C.char
	id := C.gods_rtspserver_attach(s.p, &cerr)
	if id == 0 {
		msg := C.GoString(cerr)
		C.g_free(C.gpointer(cerr))
		return fmt.Errorf("rtspserver: listen on service %s: %s", s.Service(), msg)
	}
	s.source = id
	return nil
}

// Close detaches the server from the main context, closes its clients'
// sessions and releases the Go value's reference (g_source_remove,
// gst_rtsp_server_client_filter, g_object_unref). Nil-safe and
// idempotent. Media being played are torn down by the server.
func (s *Server) Close() {
	if s == nil || s.p == nil {
		return
	}
	if s.source != 0 {
		C.g_source_remove(s.source)
		s.source = 0
	}
	C.gods_rtspserver_close_clients(s.p)
	C.g_object_unref(C.gpointer(s.p))
	s.p = nil
	liveObjects.Add(-1)
	runtime.KeepAlive(s)
}
