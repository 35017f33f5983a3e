//go:build !deepstream

package standin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
)

// msgconvConfig is package schema's test configuration (sensor0, place0,
// analytics0).
func msgconvConfig(t testing.TB) (string, schema.Config) {
	t.Helper()
	path, err := filepath.Abs("../schema/testdata/msgconv_config.txt")
	require.NoError(t, err)
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	cfg, err := schema.ParseConfig(f)
	require.NoError(t, err)
	return path, cfg
}

// fillEvent makes event message k of a frame: the kinds test4 attaches
// (vehicle, person) and more, with strings that need escaping.
func fillEvent(t testing.TB, m schema.EventMsgMeta, frame, k int) {
	m.SetFrameID(int32(frame))
	m.SetTrackingID(uint64(100*frame + k))
	m.BBox().Set(float32(10*k)+0.5, float32(frame)*1.25, 20.75, 30)
	m.SetConfidence(0.8)
	m.Location().Set(45.5, -75.25, 48.125)
	m.Coordinate().Set(1.5, 2.5, 3.5)
	m.SetTimestamp(time.Date(2026, 3, 14, 15, 9, 26, 535e6, time.UTC))
	require.NoError(t, m.SetSensorStr("sensor-0"))
	switch k % 4 {
	case 0:
		m.SetType(schema.EventMoving)
		v := m.SetVehicle()
		require.NoError(t, v.SetType("sedan"))
		require.NoError(t, v.SetMake("Bugatti"))
		require.NoError(t, v.SetModel("M"))
		require.NoError(t, v.SetColor("blue"))
		require.NoError(t, v.SetLicense("XX1234"))
		require.NoError(t, v.SetRegion("CA"))
	case 1:
		m.SetType(schema.EventEntry)
		p := m.SetPerson()
		p.SetAge(45)
		require.NoError(t, p.SetGender("male"))
		require.NoError(t, p.SetHair("black"))
		require.NoError(t, p.SetCap("none"))
		require.NoError(t, p.SetApparel("formal"))
	case 2:
		m.SetType(schema.EventParked)
		f := m.SetFaceExt()
		require.NoError(t, f.SetName("Ada \"the first\"\nLovelace \u00e9"))
		f.Mask().Append([]float64{1, 2.5, 3, 4})
		m.ObjSignature().Set([]float64{0.1, 1e-9, 1234567.5})
	case 3:
		m.SetType(schema.EventReset)
		m.SetObjType(schema.ObjectUnknown)
		require.NoError(t, m.SetObjectID("dog"))
		m.SetPlaceID(9) // not configured
	}
}

// attachEvents installs on pad a probe attaching perFrame event messages
// to every frame (componentId k%2+1 for message k).
func attachEvents(t *testing.T, pad *gst.Pad, perFrame int) *nvds.Probe {
	pr, err := gogst.AddOperator(pad, func(info nvds.ProbeInfo) nvds.ProbeReturn {
		b, err := info.BatchMeta()
		if err != nil {
			return nvds.ProbeOK
		}
		for f := range b.Frames() {
			for k := range perFrame {
				o := schema.NewEventMsg()
				m := o.Meta()
				fillEvent(t, m, int(f.FrameNum()), k)
				m.SetComponentID(int32(k%2 + 1))
				if _, err := o.AttachToFrame(f); err != nil {
					o.Release()
					t.Error(err)
				}
			}
		}
		return nvds.ProbeOK
	})
	require.NoError(t, err)
	return pr
}

// seenFrame is what the sink saw on one frame: the payloads' bytes and
// component ids, and what schema's Encoder makes of the frame's event
// messages.
type seenFrame struct {
	num      int
	payloads []string
	compIDs  []uint32
	want     []string
}

// collectPayloads installs on pad an observer recording each frame's
// payloads and the reference encoding (event messages of componentId
// compID, all for 0) of its event messages.
func collectPayloads(t *testing.T, pad *gst.Pad, enc *schema.Encoder, pt schema.PayloadType, compID int32,
	mu *sync.Mutex, out *[]seenFrame) *nvds.Probe {
	pr, err := gogst.AddObserver(pad, func(info nvds.ProbeInfo) {
		b, err := info.BatchMeta()
		if err != nil {
			return
		}
		for f := range b.Frames() {
			s := seenFrame{num: int(f.FrameNum())}
			var msgs []schema.EventMsgMeta
			for u := range f.UserMeta() {
				if p, ok := schema.PayloadFromUser(u); ok {
					s.payloads = append(s.payloads, string(p.Bytes()))
					s.compIDs = append(s.compIDs, p.ComponentID())
				}
				if m, ok := schema.EventMsgMetaFromUser(u); ok && (compID == 0 || m.ComponentID() == compID) {
					msgs = append(msgs, m)
				}
			}
			if len(msgs) > 0 {
				got, err := enc.Encode(pt, msgs...)
				if err != nil {
					t.Error(err)
				}
				for _, g := range got {
					s.want = append(s.want, string(g))
				}
			}
			mu.Lock()
			*out = append(*out, s)
			mu.Unlock()
		}
	})
	require.NoError(t, err)
	return pr
}

// msgIDs matches the two UUIDs of a full message and the one of nothing
// else: they are the only version 4 UUIDs in the test's messages.
var msgIDs = regexp.MustCompile(`"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"`)

// normalizeIDs replaces the random ids of a full message with "id-1" and
// "id-2", what the reference encoder is given.
func normalizeIDs(t *testing.T, s string) string {
	n := 0
	out := msgIDs.ReplaceAllStringFunc(s, func(string) string {
		n++
		return strconv.Quote("id-" + strconv.Itoa(n))
	})
	assert.Equal(t, 2, n, "UUIDs in %s", s)
	return out
}

// runMsgConv runs frames frames with perFrame event messages each through
// nvmsgconv with props and returns what the sink saw.
func runMsgConv(t *testing.T, frames, perFrame int, pt schema.PayloadType, compID int32, props string) ([]seenFrame, busLog) {
	t.Helper()
	cfgPath, cfg := msgconvConfig(t)
	desc := fmt.Sprintf("videotestsrc num-buffers=%d ! video/x-raw,width=64,height=48,format=NV12 ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=64 height=48 ! identity name=attach "+
		"! nvmsgconv name=conv config=%s payload-type=%d %s ! fakesink name=sink", frames, cfgPath, pt, props)
	enc := schema.NewEncoder(cfg)
	var idMu sync.Mutex
	n := 0
	enc.NewID = func() string {
		idMu.Lock()
		defer idMu.Unlock()
		n++
		return "id-" + strconv.Itoa((n-1)%2+1)
	}
	var mu sync.Mutex
	var seen []seenFrame
	var probes []*nvds.Probe
	res := runBus(t, desc, func(p *gst.Pipeline) {
		a, err := p.GetElementByName("attach")
		require.NoError(t, err)
		s, err := p.GetElementByName("sink")
		require.NoError(t, err)
		probes = append(probes, attachEvents(t, a.GetStaticPad("sink"), perFrame),
			collectPayloads(t, s.GetStaticPad("sink"), enc, pt, compID, &mu, &seen))
	}, nil)
	for _, pr := range probes {
		pr.Remove()
	}
	mu.Lock()
	defer mu.Unlock()
	return seen, res
}

// payload-type 0: one payload per event message, attached to its frame,
// the bytes of schema's Encoder (ids aside).
func TestMsgConvFullSchema(t *testing.T) {
	func() {
		seen, res := runMsgConv(t, 5, 4, schema.PayloadFull, 0, "")
		require.NoError(t, res.err)
		require.Len(t, seen, 5)
		for _, s := range seen {
			require.Len(t, s.payloads, 4, "frame %d", s.num)
			require.Len(t, s.want, 4)
			for i := range s.payloads {
				assert.Equal(t, s.want[i], normalizeIDs(t, s.payloads[i]), "frame %d message %d", s.num, i)
				assert.Equal(t, uint32(0), s.compIDs[i])
			}
		}
	}()
	testmain.NoneLive(t)
}

// payload-type 1: one payload per frame holding all its messages.
func TestMsgConvMinimalSchema(t *testing.T) {
	func() {
		seen, res := runMsgConv(t, 4, 3, schema.PayloadMinimal, 0, "")
		require.NoError(t, res.err)
		require.Len(t, seen, 4)
		for _, s := range seen {
			require.Len(t, s.payloads, 1, "frame %d", s.num)
			require.Equal(t, s.want, s.payloads, "frame %d", s.num)
		}
	}()
	testmain.NoneLive(t)
}

// comp-id: only the event messages of that componentId are converted, and
// the payloads carry it.
func TestMsgConvComponentID(t *testing.T) {
	func() {
		seen, res := runMsgConv(t, 3, 4, schema.PayloadFull, 2, "comp-id=2")
		require.NoError(t, res.err)
		require.Len(t, seen, 3)
		for _, s := range seen {
			require.Len(t, s.payloads, 2, "frame %d", s.num)
			for i := range s.payloads {
				assert.Equal(t, s.want[i], normalizeIDs(t, s.payloads[i]))
				assert.Equal(t, uint32(2), s.compIDs[i])
			}
		}
	}()
	testmain.NoneLive(t)
}

// dummy-payload: in the minimal schema, frames without event messages get
// a payload made from the frame meta.
func TestMsgConvDummyPayload(t *testing.T) {
	func() {
		seen, res := runMsgConv(t, 3, 0, schema.PayloadMinimal, 0, "dummy-payload=1")
		require.NoError(t, res.err)
		require.Len(t, seen, 3)
		for _, s := range seen {
			require.Len(t, s.payloads, 1)
			assert.Regexp(t, fmt.Sprintf(`^\{"version":"4.0","id":%d,"@timestamp":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z",`+
				`"sensorId":"CAMERA_ID","objects":\["0\|0\|0\|0\|0\|Vehicle"\]\}$`, s.num), s.payloads[0])
		}
	}()
	testmain.NoneLive(t)
}

// Settings the embedded runtime cannot honour stop the pipeline with an
// element error that says so.
func TestMsgConvErrors(t *testing.T) {
	for _, tc := range []struct{ props, msg string }{
		{"config=/nonexistent/msgconv.txt", "Configuration file parsing failed"},
		{"payload-type=2", "PAYLOAD_DEEPSTREAM_PROTOBUF is not supported by the embedded runtime"},
		{"payload-type=257", "PAYLOAD_CUSTOM is not supported by the embedded runtime"},
		{"debug-payload-dir=/nonexistent/dir", "/nonexistent/dir not found"},
	} {
		t.Run(tc.props, func(t *testing.T) {
			desc := "videotestsrc num-buffers=2 ! video/x-raw,width=64,height=48,format=NV12 ! m.sink_0 " +
				"nvstreammux name=m batch-size=1 width=64 height=48 ! nvmsgconv " + tc.props + " ! fakesink"
			res := runBus(t, desc, nil, nil)
			require.Error(t, res.err)
			assert.Contains(t, res.err.Error(), tc.msg)
		})
	}
	testmain.NoneLive(t)
}

// The properties read back what was set; accepted ones have DeepStream's
// defaults.
func TestMsgConvProperties(t *testing.T) {
	e, err := gst.NewElement("nvmsgconv")
	require.NoError(t, err)
	assert.Regexp(t, `^nvmsgconv\d+$`, e.GetName())
	for name, want := range map[string]any{"frame-interval": uint(30), "comp-id": uint(0),
		"multiple-payloads": false, "msg2p-newapi": false, "dummy-payload": false} {
		v, err := e.GetProperty(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, v, name)
	}
	require.NoError(t, e.SetProperty("comp-id", uint(7)))
	v, err := e.GetProperty("comp-id")
	require.NoError(t, err)
	assert.Equal(t, uint(7), v)
	require.NoError(t, e.SetProperty("msg2p-lib", "/opt/nvidia/deepstream/deepstream/lib/libnvds_msgconv.so"))
}

// debug-payload-dir: each buffer's payloads are written to a file there.
func TestMsgConvDebugPayloadDir(t *testing.T) {
	dir := t.TempDir()
	func() {
		seen, res := runMsgConv(t, 2, 1, schema.PayloadMinimal, 0, "debug-payload-dir="+dir)
		require.NoError(t, res.err)
		require.Len(t, seen, 2)
	}()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	total := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		total += len(regexp.MustCompile(`"version":"4.0"`).FindAll(b, -1))
	}
	assert.Equal(t, 2, total)
	testmain.NoneLive(t)
}
