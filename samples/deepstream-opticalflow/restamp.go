package main

import (
	"github.com/go-gst/go-gst/gst"
)

// restampEncoder works around gst-libav 1.22.0, whose video encoders
// stamp every output buffer with an invalid time (2^63 ns, later frames
// PTS-less after the parser), which qtmux refuses ("Buffer has no PTS").
// avenc_mpeg4 emits no B-frames (max-bframes is 0), so output order is
// presentation order: each buffer gets the next frame's time, from the
// buffers' own durations. Encoders that stamp correctly are left alone.
func restampEncoder(encoder *gst.Element) {
	var next gst.ClockTime
	encoder.GetStaticPad("src").AddProbe(gst.PadProbeTypeBuffer, func(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
		buf := info.GetBuffer()
		if buf == nil {
			return gst.PadProbeOK
		}
		pts := buf.PresentationTimestamp()
		if pts == gst.ClockTimeNone || uint64(pts) >= 1<<62 {
			buf.SetPresentationTimestamp(next)
		}
		if d := buf.Duration(); d != gst.ClockTimeNone {
			next += d
		}
		return gst.PadProbeOK
	})
}
