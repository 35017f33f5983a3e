package dsapp

import "github.com/go-gst/go-gst/gst"

// RestampEncoder works around gst-libav 1.22's video encoders (Debian
// 12's avenc_mpeg4, which deepstream-opticalflow and deepstream-ssd-parser
// write out.mp4 with): they stamp every output buffer with an invalid time
// (2^63 ns), mpeg4videoparse then leaves the frames without a PTS, and
// qtmux stops with "Buffer has no PTS" — the Python apps' chains fail the
// same way there. A probe on the encoder's src pad gives each such buffer
// the time that follows the previous buffers' durations. That is the
// presentation time only for encoders without B-frames (avenc_mpeg4's
// default, max-bframes 0), whose output order is presentation order.
// Buffers with a valid PTS are left as they are, so the probe changes
// nothing where the encoder works (an SDK machine's nvv4l2 encoders).
func RestampEncoder(encoder *gst.Element) {
	var next gst.ClockTime
	encoder.GetStaticPad("src").AddProbe(gst.PadProbeTypeBuffer, func(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
		buf := info.GetBuffer()
		if buf == nil {
			return gst.PadProbeOK
		}
		if pts := buf.PresentationTimestamp(); pts == gst.ClockTimeNone || uint64(pts) >= 1<<62 {
			buf.SetPresentationTimestamp(next)
		}
		if d := buf.Duration(); d != gst.ClockTimeNone {
			next += d
		}
		return gst.PadProbeOK
	})
}
