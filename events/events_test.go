//go:build !deepstream

package events_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/events"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// seen is what a probe on a sink pad and the bus saw.
type seen struct {
	mu         sync.Mutex
	sources    []string // "type:source" of per-source events
	intervals  []string // "stream:interval" of interval updates
	other      int      // events of other types
	eosFromMsg []uint32
}

func (s *seen) probe(_ *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
	ev := unsafe.Pointer(info.GetEvent().Instance())
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, id, ok := events.SourceEvent(ev); ok {
		s.sources = append(s.sources, fmt.Sprintf("%s:%d", t, id))
	} else if sid, iv, ok := events.InferIntervalUpdateFromEvent(ev); ok {
		s.intervals = append(s.intervals, fmt.Sprintf("%s:%d", sid, iv))
	} else {
		s.other++
	}
	return gst.PadProbeOK
}

// play runs desc to EOS, with the probe on element sink's sink pad, calling
// during (if not nil) once the pipeline plays.
func play(t *testing.T, desc string, s *seen, during func(p *gst.Pipeline)) {
	t.Helper()
	p, err := gst.NewPipelineFromString(desc)
	require.NoError(t, err)
	sink, err := p.GetElementByName("sink")
	require.NoError(t, err)
	sink.GetStaticPad("sink").AddProbe(gst.PadProbeTypeEventDownstream, s.probe)
	bus := p.GetPipelineBus()
	require.NoError(t, p.SetState(gst.StatePlaying))
	if during != nil {
		// A live pipeline reaches PLAYING asynchronously, after GetState
		// may already have returned (NO_PREROLL): poll for it.
		state := gst.StateNull
		for wait := time.Now().Add(5 * time.Second); state != gst.StatePlaying && time.Now().Before(wait); {
			_, state = p.GetState(gst.StatePlaying, gst.ClockTime(100*time.Millisecond))
		}
		require.Equal(t, gst.StatePlaying, state)
		during(p)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		msg := bus.TimedPopFiltered(gst.ClockTime(100*time.Millisecond), gst.MessageEOS|gst.MessageError|gst.MessageElement)
		require.True(t, time.Now().Before(deadline), "no EOS")
		if msg == nil {
			continue
		}
		if msg.Type() == gst.MessageError {
			t.Fatal(msg.ParseError())
		}
		if msg.Type() == gst.MessageEOS {
			break
		}
		if id, ok := events.StreamEOSFromMessage(unsafe.Pointer(msg.Instance())); ok {
			s.mu.Lock()
			s.eosFromMsg = append(s.eosFromMsg, id)
			s.mu.Unlock()
		}
		runtime.KeepAlive(msg)
	}
	require.NoError(t, p.SetState(gst.StateNull))
	runtime.KeepAlive(p)
}

// nvstreammux's per-source EOS: the nv-stream-eos event downstream and the
// stream-eos message on the bus, for each source.
func TestStreamEOSFromMuxer(t *testing.T) {
	var s seen
	play(t, "videotestsrc num-buffers=3 ! video/x-raw,width=64,height=48,format=NV12 ! m.sink_0 "+
		"videotestsrc num-buffers=5 ! video/x-raw,width=64,height=48,format=NV12 ! m.sink_1 "+
		"nvstreammux name=m batch-size=2 width=64 height=48 ! fakesink name=sink", &s, nil)
	assert.ElementsMatch(t, []string{"stream-eos:0", "stream-eos:1"}, s.sources)
	assert.ElementsMatch(t, []uint32{0, 1}, s.eosFromMsg)
	assert.NotZero(t, s.other, "stream-start, caps, segment, EOS are not DeepStream's")
}

// The events pyds sends (stream reset, infer interval update) travel
// downstream from the element they are sent to.
func TestSendEvents(t *testing.T) {
	var s seen
	play(t, "videotestsrc is-live=true num-buffers=20 ! video/x-raw,framerate=50/1 ! identity name=i ! fakesink name=sink",
		&s, func(p *gst.Pipeline) {
			i, err := p.GetElementByName("i")
			require.NoError(t, err)
			ptr := unsafe.Pointer(i.Instance())
			require.NoError(t, events.SendStreamReset(ptr, 3))
			require.NoError(t, events.SendInferIntervalUpdate(ptr, "cam-1", 4))
			assert.ErrorIs(t, events.SendInferIntervalUpdate(ptr, "a\x00b", 1), nvds.ErrNUL)
			runtime.KeepAlive(i)
		})
	assert.Equal(t, []string{"stream-reset:3"}, s.sources)
	assert.Equal(t, []string{"cam-1:4"}, s.intervals)
}

func TestSendErrors(t *testing.T) {
	assert.ErrorIs(t, events.SendStreamReset(nil, 0), events.ErrNilElement)
	assert.ErrorIs(t, events.SendInferIntervalUpdate(nil, "0", 1), events.ErrNilElement)
	// An element that is not running takes no serialized event.
	e, err := gst.NewElement("identity")
	require.NoError(t, err)
	assert.ErrorIs(t, events.SendStreamReset(unsafe.Pointer(e.Instance()), 0), events.ErrNotHandled)
	runtime.KeepAlive(e)
}

func TestTypes(t *testing.T) {
	assert.Equal(t, events.Type(102942), events.StreamEOS)
	assert.Equal(t, "stream-eos", events.StreamEOS.String())
	assert.Equal(t, "infer-interval-update", events.InferIntervalUpdate.String())
	assert.Equal(t, "event-type(7)", events.Type(7).String())
	assert.Equal(t, events.Type(0), events.TypeOf(nil))
	_, _, ok := events.SourceEvent(nil)
	assert.False(t, ok)
	_, ok = events.StreamEOSFromMessage(nil)
	assert.False(t, ok)
}
