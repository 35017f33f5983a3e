// Package rtspfixture is a loopback RTSP server (gst-rtsp-server) for the
// tests of the stand-in nvurisrcbin: started and stopped at will, so that
// the tests can take a source away and bring it back. cgo is not allowed
// in _test.go files, so the C lives here.
package rtspfixture

// #include <stdlib.h>
// #include "rtspfixture.go.h"
import "C"

import (
	"errors"
	"unsafe"
)

// Server is a running server; Stop ends it.
type Server struct{ p *C.GodsRtspFixture }

// Start serves launch (a gst-rtsp-server launch line, "( ... name=pay0 )")
// at rtsp://127.0.0.1:port/path, each client getting its own media; wraps
// gst_rtsp_server_attach on a main context of its own thread. GStreamer
// must be initialised.
func Start(port int, path, launch string) (*Server, error) {
	cpath, claunch := C.CString(path), C.CString(launch)
	defer C.free(unsafe.Pointer(cpath))
	defer C.free(unsafe.Pointer(claunch))
	var cerr *C.char
	p := C.gods_rtsp_fixture_start(C.int(port), cpath, claunch, &cerr)
	if p == nil {
		defer C.g_free(C.gpointer(cerr))
		return nil, errors.New(C.GoString(cerr))
	}
	return &Server{p}, nil
}

// Stop closes every client connection and the listening socket and ends
// the server's thread. A second Stop does nothing.
func (s *Server) Stop() {
	if s.p != nil {
		C.gods_rtsp_fixture_stop(s.p)
		s.p = nil
	}
}
