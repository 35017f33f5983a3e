package dsapp

import (
	"regexp"
	"strings"

	"github.com/go-gst/go-gst/gst"
)

// liveSchemes are the URI schemes of sources that produce data as it
// comes (network streams, capture devices), not as fast as it is read.
var liveSchemes = []string{"rtsp://", "rtsps://", "rtspt://", "rtmp://", "rtmps://", "udp://", "srt://", "v4l2://"}

// IsLiveURI reports whether uri (or path) names a live source: an RTSP,
// RTMP, UDP or SRT stream, or a V4L2 camera (v4l2:// or /dev/videoN). The
// Python apps set nvstreammux's live-source=1 when an input starts with
// rtsp://; this widens that rule to the other live kinds. A file or an
// http(s):// URI is not taken as live (an HTTP live stream is an
// exception it cannot tell from the URI: ask IsLive once it plays).
func IsLiveURI(uri string) bool {
	if _, ok := CameraDevice(uri); ok {
		return true
	}
	low := strings.ToLower(uri)
	for _, s := range liveSchemes {
		if strings.HasPrefix(low, s) {
			return true
		}
	}
	return false
}

// AnyLiveURI reports whether IsLiveURI holds for one of uris: the value of
// nvstreammux's live-source for a batch of these inputs.
func AnyLiveURI(uris ...string) bool {
	for _, u := range uris {
		if IsLiveURI(u) {
			return true
		}
	}
	return false
}

var videoDevice = regexp.MustCompile(`^/dev/video[0-9]+$`)

// CameraDevice returns the V4L2 device path that s names, /dev/videoN
// itself or v4l2:///dev/videoN, and whether s names one.
func CameraDevice(s string) (string, bool) {
	dev := strings.TrimPrefix(s, "v4l2://")
	if dev == s && !videoDevice.MatchString(s) {
		return "", false
	}
	return dev, strings.HasPrefix(dev, "/dev/")
}

// IsLive asks e, a source element or a source bin, with a latency query
// (gst_element_query with gst_query_new_latency) whether it is live. It
// answers only once e is PAUSED or PLAYING; answered is false when e did
// not answer. Ask the sources, not the pipeline: a pipeline's answer comes
// through its sinks, and a sink that does not sync says not live.
func IsLive(e *gst.Element) (live, answered bool) {
	if e == nil {
		panic("dsapp.IsLive: nil element")
	}
	q := gst.NewLatencyQuery()
	if !e.Query(q) {
		return false, false
	}
	live, _, _ = q.ParseLatency()
	return live, true
}
