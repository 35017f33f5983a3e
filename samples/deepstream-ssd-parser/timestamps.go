package main

import "github.com/go-gst/go-gst/gst"

// repairTimestamps gives every buffer leaving pad a PTS equal to its DTS
// when it has none. Debian 12's avenc_mpeg4 (gst-libav 1.22.0 on
// libavcodec 5.1) emits every frame stamped 2^63 ns, which
// mpeg4videoparse turns into increasing DTS and no PTS, and qtmux refuses
// a buffer without PTS ("Buffer has no PTS"), so the Python app's chain
// fails there too. avenc_mpeg4 makes no B-frames (max-bframes 0), so
// presentation order is decoding order and PTS = DTS is the stream's
// true timing; with a sound encoder every buffer has its PTS and nothing
// changes.
func repairTimestamps(pad *gst.Pad) {
	pad.AddProbe(gst.PadProbeTypeBuffer, func(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
		buf := info.GetBuffer()
		if buf == nil {
			return gst.PadProbeOK
		}
		if buf.PresentationTimestamp() == gst.ClockTimeNone && buf.DecodingTimestamp() != gst.ClockTimeNone {
			buf.SetPresentationTimestamp(buf.DecodingTimestamp())
		}
		return gst.PadProbeOK
	})
}
