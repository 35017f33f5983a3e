package dsapp

import (
	"bytes"
	"os"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/standin"
)

// A source bin for every kind of input is built without touching the
// network or a device: its decoder or camera chain, and its ghost pad.
func TestSourceBinKinds(t *testing.T) {
	gst.Init(nil)
	require.NoError(t, standin.Register())
	var out bytes.Buffer
	Stdout = &out
	defer func() { Stdout = os.Stdout }()

	for i, tc := range []struct {
		in, uri, device string
		live            bool
	}{
		{in: "/data/clip.h264", uri: "file:///data/clip.h264"},
		{in: "file:///data/clip.mp4", uri: "file:///data/clip.mp4"},
		{in: "rtsp://cam.example/stream1", uri: "rtsp://cam.example/stream1", live: true},
		{in: "http://example.com/a.mp4", uri: "http://example.com/a.mp4"},
		{in: "https://example.com/a.mp4", uri: "https://example.com/a.mp4"},
		{in: "/dev/video0", device: "/dev/video0", live: true},
		{in: "v4l2:///dev/video2", device: "/dev/video2", live: true},
	} {
		out.Reset()
		bin, err := NewSourceBin(i, tc.in, SourceBinOptions{})
		require.NoError(t, err, tc.in)
		name := "source-bin-0" + string(rune('0'+i))
		assert.Equal(t, name, bin.GetName())
		assert.Equal(t, "Creating source bin\n"+name+"\n", out.String())
		require.NotNil(t, bin.GetStaticPad("src"), "ghost pad")
		assert.Equal(t, tc.live, IsLiveURI(tc.in), tc.in)
		if tc.device != "" {
			cam, err := bin.GetElementByName("usb-cam-source")
			require.NoError(t, err)
			assert.Equal(t, "v4l2src", cam.GetFactory().GetName())
			dev, err := cam.GetProperty("device")
			require.NoError(t, err)
			assert.Equal(t, tc.device, dev)
			nvmm, err := bin.GetElementByName("nvmm_caps")
			require.NoError(t, err)
			assert.Equal(t, ElementPath(nvmm), "/GstBin:"+name+"/GstCapsFilter:nvmm_caps")
			continue
		}
		dec, err := bin.GetElementByName("uri-decode-bin")
		require.NoError(t, err)
		assert.Equal(t, "uridecodebin", dec.GetFactory().GetName())
		uri, err := dec.GetProperty("uri")
		require.NoError(t, err)
		assert.Equal(t, tc.uri, uri)
	}

	bin, err := NewSourceBin(1, "/dev/video1", SourceBinOptions{CameraCaps: "video/x-raw, framerate=30/1", Quiet: true})
	require.NoError(t, err)
	filter, err := bin.GetElementByName("v4l2src_caps")
	require.NoError(t, err)
	caps, err := filter.GetProperty("caps")
	require.NoError(t, err)
	assert.Equal(t, "video/x-raw, framerate=(fraction)30/1", caps.(*gst.Caps).String())
	_, err = NewSourceBin(1, "/dev/video1", SourceBinOptions{CameraCaps: "video/x-raw, framerate=", Quiet: true})
	assert.ErrorContains(t, err, `source-bin-01: set v4l2src_caps (capsfilter) property "caps" = "video/x-raw, framerate=": not a valid GstCaps`)

	out.Reset()
	_, err = NewSourceBin(3, "rtsp://cam.example/1", SourceBinOptions{NvURISrcBin: true, Quiet: true})
	if gst.Find("nvurisrcbin") == nil {
		assert.ErrorContains(t, err, `source-bin-03: unable to create nvurisrcbin "uri-decode-bin": no element factory "nvurisrcbin" is registered`)
	} else {
		assert.NoError(t, err)
	}
	assert.Empty(t, out.String(), "quiet")
}

func TestIsLiveURI(t *testing.T) {
	for uri, want := range map[string]bool{
		"rtsp://a/b": true, "RTSPS://a/b": true, "rtmp://a": true, "udp://0.0.0.0:5000": true, "srt://a:1": true,
		"v4l2:///dev/video1": true, "/dev/video10": true,
		"file:///dev/video0": false, "/dev/video": false, "/dev/videox": false, "/data/a.mp4": false,
		"http://a/b.m3u8": false, "https://a/b.mp4": false, "file:///a.h264": false,
	} {
		assert.Equal(t, want, IsLiveURI(uri), uri)
	}
	assert.True(t, AnyLiveURI("file:///a", "rtsp://b"))
	assert.False(t, AnyLiveURI("file:///a", "/b"))
	assert.False(t, AnyLiveURI())
}

// IsLive asks a playing source: a live videotestsrc says so, a plain one
// does not.
func TestIsLive(t *testing.T) {
	for _, live := range []bool{true, false} {
		p := parse(t, "live", "videotestsrc name=src ! fakesink")
		src, err := p.GetElementByName("src")
		require.NoError(t, err)
		require.NoError(t, SetProps(src, "is-live", live))
		require.NoError(t, p.SetState(gst.StatePlaying))
		_, _ = p.GetState(gst.StatePlaying, gst.ClockTime(5e9))
		got, answered := IsLive(src)
		assert.True(t, answered)
		assert.Equal(t, live, got)
		Stop(p)
	}
}
