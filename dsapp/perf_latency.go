package dsapp

import (
	"fmt"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/latency"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// LatencyStamp brackets one element with component-latency stamps, as
// DeepStream's own elements do when NVDS_ENABLE_COMPONENT_LATENCY_MEASUREMENT
// is set: an operator probe on its "sink" pad records the input timestamp
// (latency.SetInputTimestamp, nvds_set_input_system_timestamp) and one on
// its "src" pad the output timestamp (latency.SetOutputTimestamp), under
// the element's name. Use it on elements that do not stamp themselves (a
// queue, a Go element, the CPU stand-ins) so that a PerfMeter downstream
// sees their latency. Buffers without batch meta pass unstamped.
type LatencyStamp struct {
	in, out *nvds.Probe
}

// StampLatency installs the two probes on e's static "sink" and "src"
// pads. Remove uninstalls them; they also go with the element.
func StampLatency(e *gst.Element) (*LatencyStamp, error) {
	if e == nil {
		return nil, fmt.Errorf("dsapp.StampLatency: nil element")
	}
	name := e.GetName()
	sink, src := e.GetStaticPad("sink"), e.GetStaticPad("src")
	if sink == nil || src == nil {
		return nil, fmt.Errorf("dsapp.StampLatency: element %q has no static sink and src pads", name)
	}
	in, err := gogst.AddOperator(sink, func(info nvds.ProbeInfo) nvds.ProbeReturn {
		if _, err := info.BatchMeta(); err == nil {
			_, _ = latency.SetInputTimestamp(info.Buffer(), name)
		}
		return nvds.ProbeOK
	})
	if err != nil {
		return nil, fmt.Errorf("dsapp.StampLatency %q: %w", name, err)
	}
	out, err := gogst.AddOperator(src, func(info nvds.ProbeInfo) nvds.ProbeReturn {
		if _, err := info.BatchMeta(); err == nil {
			// ErrNotFound: the buffer was made inside the element (a
			// muxer's new batch); nothing to close.
			_ = latency.SetOutputTimestamp(info.Buffer(), name)
		}
		return nvds.ProbeOK
	})
	if err != nil {
		in.Remove()
		return nil, fmt.Errorf("dsapp.StampLatency %q: %w", name, err)
	}
	return &LatencyStamp{in: in, out: out}, nil
}

// Remove uninstalls both probes. Safe on nil and when called twice.
func (s *LatencyStamp) Remove() {
	if s == nil {
		return
	}
	s.in.Remove()
	s.out.Remove()
}
