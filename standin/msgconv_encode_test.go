//go:build !deepstream

package standin

import (
	"math"
	"math/rand"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/schema"
)

// The C encoder (msgconv_json.c) against package schema's Encoder, the
// reference: the same event messages must give the same bytes.

// goNumber is how schema's encoder writes a JSON number (encode.go, jw.num).
func goNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// goStreamFloat is schema's appendStreamFloat.
func goStreamFloat(v float64, bits int) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	return strconv.FormatFloat(v, 'g', 6, bits)
}

// interestingFloats: random bit patterns, decimal-looking values, every
// power of two (where the shortest representation is hardest), subnormals
// and integers around the 1e15 switch.
func interestingFloats(r *rand.Rand) []float64 {
	var out []float64
	for range 20000 {
		v := math.Float64frombits(r.Uint64())
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			out = append(out, v)
		}
	}
	for range 20000 {
		d := float64(r.Int63n(1_000_000_000)) * math.Pow10(r.Intn(30)-20)
		if r.Intn(2) == 0 {
			d = -d
		}
		out = append(out, d)
	}
	for e := -1074; e <= 1023; e++ {
		p := math.Ldexp(1, e)
		out = append(out, p, -p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)))
	}
	out = append(out, 0, math.Copysign(0, -1), 0.1, 0.2, 0.8, 1e15, 1e15-1, 1e15+0.5, -1e15, 999999.5, 1000000.5,
		1234567.5, 0.0001, 0.00001, 123456.75, 5e-324, math.MaxFloat64, float64(float32(0.8)))
	return out
}

func TestMsgConvNumbersAsGo(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	bad := 0
	for _, v := range interestingFloats(r) {
		if got, want := cJSONNumber(v), goNumber(v); got != want {
			bad++
			if bad < 20 {
				t.Errorf("number %v (%#x): C %s, Go %s", v, math.Float64bits(v), got, want)
			}
		}
	}
	assert.Zero(t, bad, "numbers written differently")
}

func TestMsgConvStreamFloatsAsGo(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	vals := append(interestingFloats(r), math.NaN(), math.Inf(1), math.Inf(-1), -math.NaN())
	bad := 0
	for _, v := range vals {
		if got, want := cStreamFloat(v), goStreamFloat(v, 64); got != want {
			bad++
			if bad < 20 {
				t.Errorf("stream float %v: C %s, Go %s", v, got, want)
			}
		}
		f := float32(v)
		if got, want := cStreamFloat(float64(f)), goStreamFloat(float64(f), 32); got != want {
			bad++
			if bad < 20 {
				t.Errorf("stream float32 %v: C %s, Go %s", f, got, want)
			}
		}
	}
	assert.Zero(t, bad)
}

// newMsg is an event message the test owns; release it with Release.
func newMsg(t *testing.T, fill func(m schema.EventMsgMeta)) *schema.OwnedEventMsg {
	t.Helper()
	o := schema.NewEventMsg()
	m := o.Meta()
	require.NoError(t, m.SetTS("2026-03-14T15:09:26.535Z"))
	fill(m)
	return o
}

// compare encodes msgs both ways, full and minimal, and requires equal
// bytes.
func compare(t *testing.T, cfgText string, msgs ...*schema.OwnedEventMsg) {
	t.Helper()
	cfg, err := schema.ParseConfig(strings.NewReader(cfgText))
	require.NoError(t, err)
	c, err := cParseMsgConfig(cfgText)
	require.NoError(t, err)
	defer c.free()
	ids := []string{"id-1", "id-2"}
	n := 0
	enc := schema.NewEncoder(cfg)
	enc.NewID = func() string { n++; return ids[(n-1)%2] }
	var views []schema.EventMsgMeta
	var ptrs []unsafe.Pointer
	for i, o := range msgs {
		m := o.Meta()
		views = append(views, m)
		ptrs = append(ptrs, m.UnsafePointer())
		want, werr := enc.AppendFull(nil, m)
		got, ok := c.full(m.UnsafePointer(), "id-1", "id-2")
		require.Equal(t, werr == nil, ok, "message %d: Go error %v, C ok %v", i, werr, ok)
		if ok {
			assert.Equal(t, string(want), got, "full message %d", i)
		}
	}
	want, werr := enc.AppendMinimal(nil, views...)
	got, ok := c.minimal(ptrs)
	require.Equal(t, werr == nil, ok, "minimal: Go error %v", werr)
	if ok {
		assert.Equal(t, string(want), got, "minimal")
	}
}

func testConfig(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../schema/testdata/msgconv_config.txt")
	require.NoError(t, err)
	return string(b)
}

// The golden messages of package schema's tests and more: every object
// type, ext objects with and without the right size, masks, signatures,
// strings that need escaping, unknown ids.
func TestMsgConvMatchesEncoder(t *testing.T) {
	cfg := testConfig(t)
	vehicle := newMsg(t, func(m schema.EventMsgMeta) {
		m.SetType(schema.EventMoving)
		m.SetTrackingID(42)
		m.BBox().Set(150, 957.5, 100.25, 65)
		m.SetConfidence(0.8)
		m.Location().Set(45.5, -75.25, 48)
		m.Coordinate().Set(1.5, 2.5, 3.5)
		m.ObjSignature().Set([]float64{0.1, 0.2})
		m.SetFrameID(6)
		v := m.SetVehicle()
		require.NoError(t, v.SetType("sedan"))
		require.NoError(t, v.SetMake("Bugatti"))
		require.NoError(t, v.SetModel("M"))
		require.NoError(t, v.SetColor("blue"))
		require.NoError(t, v.SetLicense("CA 444"))
		require.NoError(t, v.SetRegion("CA"))
	})
	person := newMsg(t, func(m schema.EventMsgMeta) {
		m.SetType(schema.EventEntry)
		m.SetTrackingID(7)
		m.BBox().Set(20, 10, 30.5, 40)
		m.SetConfidence(0.5)
		p := m.SetPerson()
		p.SetAge(40)
		require.NoError(t, p.SetGender("male"))
		require.NoError(t, p.SetHair("black"))
		require.NoError(t, p.SetCap("none"))
		require.NoError(t, p.SetApparel("coat"))
	})
	face := newMsg(t, func(m schema.EventMsgMeta) {
		m.SetType(schema.EventParked)
		m.SetTrackingID(9)
		m.BBox().Set(2, 1, 3, 4)
		m.SetConfidence(0.25)
		require.NoError(t, m.SetVideoPath("/v/\"x\"\\y\t\u00e9\u2028"))
		f := m.SetFaceExt()
		f.SetAge(30)
		require.NoError(t, f.SetGender("female"))
		require.NoError(t, f.SetName("Ada \"the first\"\nLovelace"))
		require.NoError(t, f.SetEyeColor("brown"))
		require.NoError(t, f.SetGlasses("g"))
		f.Mask().Append([]float64{1, 2, 3, 4})
		f.Mask().Append([]float64{5.5, 6})
		f.Mask().Append(nil)
	})
	unknown := newMsg(t, func(m schema.EventMsgMeta) {
		m.SetType(schema.EventReset)
		m.SetObjType(schema.ObjectUnknown)
		require.NoError(t, m.SetObjectID("dog \"rex\""))
		m.SetTrackingID(3)
		m.BBox().Set(0, 0, 1234567, 1)
		m.SetPlaceID(5) // not configured: null
		m.SetSensorID(9)
		m.SetModuleID(-1)
		m.Location().Set(1e-7, 1234567.5, -0.000123)
	})
	var others []*schema.OwnedEventMsg
	for _, ot := range []schema.ObjectType{schema.ObjectBag, schema.ObjectBicycle, schema.ObjectRoadSign,
		schema.ObjectCustom, schema.ObjectProduct, schema.ObjectVehicle, schema.ObjectPerson, schema.ObjectFace,
		schema.ObjectVehicleExt, schema.ObjectPersonExt, schema.ObjectUnknown} {
		others = append(others, newMsg(t, func(m schema.EventMsgMeta) {
			m.SetType(schema.EventExit)
			m.SetObjType(ot) // no ext object: extMsgSize 0
			m.SetTrackingID(uint64(ot) + 1<<60)
			m.BBox().Set(-1.5, -2.75, 0.001, 1e6)
		}))
	}
	wrongSize := newMsg(t, func(m schema.EventMsgMeta) {
		m.SetType(schema.EventStopped)
		m.SetExtBlob([]byte("not a vehicle object"))
		m.SetObjType(schema.ObjectVehicle)
	})
	product := newMsg(t, func(m schema.EventMsgMeta) {
		m.SetType(schema.EventEmpty)
		p := m.SetProduct()
		require.NoError(t, p.SetBrand("b"))
		require.NoError(t, m.SetSensorStr("sensor-0"))
	})
	all := append([]*schema.OwnedEventMsg{vehicle, person, face, unknown, wrongSize, product}, others...)
	defer func() {
		for _, o := range all {
			o.Release()
		}
	}()
	compare(t, cfg, all...)
	compare(t, cfg, person, vehicle)
	compare(t, "", all...)
	compare(t, cfg, unknown)
}

// Random messages: random numbers, strings of random bytes (invalid UTF-8
// and control characters included), random types.
func TestMsgConvRandomMessages(t *testing.T) {
	cfg := testConfig(t)
	r := rand.New(rand.NewSource(3))
	floats := interestingFloats(r)
	f := func() float64 { return floats[r.Intn(len(floats))] }
	f32 := func() float32 {
		v := float32(f())
		if math.IsInf(float64(v), 0) || math.Abs(float64(v)) >= 1<<62 {
			return float32(r.NormFloat64() * 1000)
		}
		return v
	}
	str := func() string {
		b := make([]byte, r.Intn(12))
		for i := range b {
			b[i] = byte(1 + r.Intn(255))
		}
		if r.Intn(3) == 0 {
			return "plain"
		}
		return string(b)
	}
	types := []schema.ObjectType{schema.ObjectVehicle, schema.ObjectPerson, schema.ObjectFace,
		schema.ObjectVehicleExt, schema.ObjectPersonExt, schema.ObjectFaceExt, schema.ObjectUnknown,
		schema.ObjectBag, schema.ObjectProduct}
	for round := range 300 {
		var msgs []*schema.OwnedEventMsg
		for range 1 + r.Intn(4) {
			msgs = append(msgs, newMsg(t, func(m schema.EventMsgMeta) {
				m.SetType(schema.EventType(r.Intn(8)))
				m.SetTrackingID(r.Uint64())
				m.SetFrameID(int32(r.Uint32()))
				m.SetSensorID(int32(r.Intn(3)))
				m.SetPlaceID(int32(r.Intn(2)))
				m.SetModuleID(int32(r.Intn(2)))
				m.BBox().Set(f32(), f32(), f32(), f32())
				m.SetConfidence(f())
				m.Location().Set(f(), f(), f())
				m.Coordinate().Set(f(), f(), f())
				if r.Intn(3) == 0 {
					m.ObjSignature().Set([]float64{f(), f(), f()})
				}
				require.NoError(t, m.SetTS(str()))
				require.NoError(t, m.SetVideoPath(str()))
				if r.Intn(4) == 0 {
					require.NoError(t, m.SetSensorStr(str()))
				}
				switch ot := types[r.Intn(len(types))]; ot {
				case schema.ObjectVehicle, schema.ObjectVehicleExt:
					var v schema.VehicleObject
					if ot == schema.ObjectVehicle {
						v = m.SetVehicle()
					} else {
						x := m.SetVehicleExt()
						x.Mask().Append([]float64{f(), f()})
						v = x.VehicleObject
					}
					require.NoError(t, v.SetType(str()))
					require.NoError(t, v.SetLicense(str()))
				case schema.ObjectPerson, schema.ObjectPersonExt:
					var p schema.PersonObject
					if ot == schema.ObjectPerson {
						p = m.SetPerson()
					} else {
						p = m.SetPersonExt().PersonObject
					}
					p.SetAge(r.Uint32())
					require.NoError(t, p.SetApparel(str()))
				case schema.ObjectFace, schema.ObjectFaceExt:
					var fo schema.FaceObject
					if ot == schema.ObjectFace {
						fo = m.SetFace()
					} else {
						x := m.SetFaceExt()
						x.Mask().Append([]float64{f(), f(), f()})
						x.Mask().Append([]float64{f()})
						fo = x.FaceObject
					}
					require.NoError(t, fo.SetEyeColor(str()))
					require.NoError(t, fo.SetName(str()))
				case schema.ObjectUnknown:
					m.SetObjType(ot)
					if r.Intn(2) == 0 {
						require.NoError(t, m.SetObjectID(str()))
					}
				default:
					m.SetObjType(ot)
				}
			}))
		}
		t.Run(strconv.Itoa(round), func(t *testing.T) { compare(t, cfg, msgs...) })
		for _, o := range msgs {
			o.Release()
		}
	}
}

// Configuration files: what schema.ParseConfig accepts the C parser
// accepts, with the same content; what it refuses the C parser refuses.
func TestMsgConvConfigAsGo(t *testing.T) {
	base := testConfig(t)
	cases := map[string]string{
		"golden":         base,
		"empty":          "",
		"comments":       "# only\n\n   # comments\n",
		"disabled dup":   base + "\n[sensor0]\nenable=0\nid=x\n",
		"enabled dup":    base + "\n[sensor0]\nenable=1\nid=x\n",
		"true":           "[sensor3]\nenable = TRUE \n id = s3\nlocation=1;2;3;\ncoordinate= 4 ; 5;6\r\n",
		"unknown group":  "[camera0]\nenable=1\n",
		"no id":          "[sensor]\nenable=1\n",
		"signed id":      "[sensor-1]\nenable=1\n",
		"bad header":     "[sensor0\nenable=1\n",
		"key before grp": "id=1\n[sensor0]\n",
		"no equals":      "[sensor0]\nenable=1\nid\n",
		"unknown key":    "[place0]\nenable=1\ncolor=red\n",
		"unknown off":    "[place0]\nenable=0\ncolor=red\n",
		"two values":     "[sensor0]\nenable=1\nlocation=1;2\n",
		"bad number":     "[sensor0]\nenable=1\ncoordinate=1;x;3\n",
		"analytics":      "[analytics7]\nenable=1\nid=A\nversion=2\n",
		"big id":         "[sensor99999999999]\nenable=1\n",
		"later key wins": "[sensor0]\nenable=1\nid=a\nid=b\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			_, gerr := schema.ParseConfig(strings.NewReader(text))
			c, cerr := cParseMsgConfig(text)
			require.Equal(t, gerr == nil, cerr == nil, "Go: %v, C: %v", gerr, cerr)
			if cerr != nil {
				return
			}
			c.free()
			// Every configured id in play, in the full and minimal schema.
			var msgs []*schema.OwnedEventMsg
			for _, id := range []int32{0, 3, 7} {
				for _, et := range []schema.EventType{schema.EventMoving, schema.EventParked, schema.EventEntry, schema.EventReset} {
					msgs = append(msgs, newMsg(t, func(m schema.EventMsgMeta) {
						m.SetType(et)
						m.SetSensorID(id)
						m.SetPlaceID(id)
						m.SetModuleID(id)
					}))
				}
			}
			compare(t, text, msgs...)
			for _, o := range msgs {
				o.Release()
			}
		})
	}
}

// NaN and infinities: both encoders refuse the message.
func TestMsgConvNonFinite(t *testing.T) {
	for _, set := range []func(m schema.EventMsgMeta){
		func(m schema.EventMsgMeta) { m.Location().SetLat(math.NaN()) },
		func(m schema.EventMsgMeta) { m.SetConfidence(math.Inf(1)) },
		func(m schema.EventMsgMeta) { m.BBox().SetLeft(float32(math.Inf(-1))) },
	} {
		o := newMsg(t, func(m schema.EventMsgMeta) {
			m.SetVehicle()
			set(m)
		})
		_, gerr := schema.NewEncoder(schema.Config{}).AppendFull(nil, o.Meta())
		c, err := cParseMsgConfig("")
		require.NoError(t, err)
		out, ok := c.full(o.Meta().UnsafePointer(), "", "")
		c.free()
		assert.Error(t, gerr)
		assert.False(t, ok)
		assert.Empty(t, out)
		o.Release()
	}
}

// Without fixed ids the C encoder writes random version 4 UUIDs, two
// different ones per message.
func TestMsgConvUUIDs(t *testing.T) {
	o := newMsg(t, func(m schema.EventMsgMeta) { m.SetType(schema.EventMoving) })
	defer o.Release()
	c, err := cParseMsgConfig("")
	require.NoError(t, err)
	defer c.free()
	out, ok := c.full(o.Meta().UnsafePointer(), "", "")
	require.True(t, ok)
	ids := uuidRE.FindAllString(out, -1)
	require.Len(t, ids, 2, out)
	assert.NotEqual(t, ids[0], ids[1])
}

// uuidRE matches a version 4 UUID.
var uuidRE = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}`)
