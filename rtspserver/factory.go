package rtspserver

/*
#include <stdlib.h>
#include "rtspserver.go.h"
*/
import "C"

import (
	"errors"
	"strings"
	"unsafe"
)

// MediaFactory describes what a mount point serves (GstRTSPMediaFactory):
// a gst-launch pipeline whose payloaders are named pay0, pay1, ...
type MediaFactory struct {
	p *C.GstRTSPMediaFactory
}

// NewMediaFactory returns an empty factory
// (gst_rtsp_media_factory_new). The caller owns it: Close it.
func NewMediaFactory() *MediaFactory {
	p := C.gst_rtsp_media_factory_new()
	if p == nil {
		panic("rtspserver: gst_rtsp_media_factory_new returned NULL (GStreamer not initialised?)")
	}
	C.gods_rtspserver_track(p)
	liveObjects.Add(1)
	return &MediaFactory{p: p}
}

// SetLaunch sets the pipeline description the factory builds for each
// media (gst_rtsp_media_factory_set_launch), such as
// `( udpsrc name=pay0 port=5400 caps="application/x-rtp, ..." )`. It is
// parsed only when a client asks for the media, so a bad description shows
// as a failed DESCRIBE, not here.
func (f *MediaFactory) SetLaunch(launch string) error {
	if f == nil || f.p == nil {
		return ErrClosed
	}
	if strings.TrimSpace(launch) == "" || strings.IndexByte(launch, 0) >= 0 {
		return errors.New("rtspserver: empty launch description")
	}
	cs := C.CString(launch)
	defer C.free(unsafe.Pointer(cs))
	C.gst_rtsp_media_factory_set_launch(f.p, cs)
	return nil
}

// Launch returns the launch description (gst_rtsp_media_factory_get_launch).
func (f *MediaFactory) Launch() string {
	if f == nil || f.p == nil {
		return ""
	}
	cs := C.gst_rtsp_media_factory_get_launch(f.p)
	defer C.g_free(C.gpointer(cs))
	return C.GoString(cs)
}

// SetShared makes every client share one media (one pipeline) instead of
// one each (gst_rtsp_media_factory_set_shared). The Python apps share it:
// their launch string reads one UDP stream, which one pipeline can read.
func (f *MediaFactory) SetShared(shared bool) error {
	if f == nil || f.p == nil {
		return ErrClosed
	}
	C.gst_rtsp_media_factory_set_shared(f.p, gbool(shared))
	return nil
}

// Shared reports the shared flag (gst_rtsp_media_factory_is_shared).
func (f *MediaFactory) Shared() bool {
	return f != nil && f.p != nil && C.gst_rtsp_media_factory_is_shared(f.p) != 0
}

// Configured returns how many medias the factory has made: each comes
// from a client asking for the stream (DESCRIBE), before the media is
// prepared ("media-configure"); a shared media counts once. A live
// pipeline that must not lose its first frames waits for it before it
// starts: the media is prepared when the first buffer reaches its
// payloader, and holds that buffer until the client plays.
func (f *MediaFactory) Configured() int {
	c, _ := f.counts()
	return c
}

// Played returns how many of the factory's medias have started playing (a
// client sent PLAY), from the medias' "new-state" signal.
func (f *MediaFactory) Played() int {
	_, p := f.counts()
	return p
}

func (f *MediaFactory) counts() (configured, played int) {
	if f == nil || f.p == nil {
		return 0, 0
	}
	var c, p C.int
	C.gods_rtspserver_counts(f.p, &c, &p)
	return int(c), int(p)
}

// Close releases the Go value's reference (g_object_unref); a server it
// is mounted on keeps its own. Nil-safe and idempotent.
func (f *MediaFactory) Close() {
	if f == nil || f.p == nil {
		return
	}
	C.g_object_unref(C.gpointer(f.p))
	f.p = nil
	liveObjects.Add(-1)
}

func gbool(b bool) C.gboolean {
	if b {
		return 1
	}
	return 0
}
