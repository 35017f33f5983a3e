package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
)

func loadConfig(t testing.TB) schema.Config {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "msgconv_config.txt"))
	require.NoError(t, err)
	defer f.Close()
	cfg, err := schema.ParseConfig(f)
	require.NoError(t, err)
	return cfg
}

// fixedIDs makes ids "id-1", "id-2", ... so that payloads are reproducible.
func fixedIDs() func() string {
	n := 0
	return func() string { n++; return "id-" + strconv.Itoa(n) }
}

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

// requireGolden compares got with testdata/name: byte for byte against the
// golden file compacted, and as parsed JSON.
func requireGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	want := mustRead(t, name)
	var compact bytes.Buffer
	require.NoError(t, json.Compact(&compact, want))
	require.True(t, json.Valid(got), "invalid JSON: %s", got)
	var w, g any
	require.NoError(t, json.Unmarshal(want, &w))
	require.NoError(t, json.Unmarshal(got, &g))
	require.Equal(t, w, g)
	require.Equal(t, compact.String(), string(got))
}

func vehicleMsg(t testing.TB, m schema.EventMsgMeta) {
	m.SetType(schema.EventMoving)
	m.SetTrackingID(42)
	m.BBox().Set(150, 957.5, 100.25, 65)
	m.SetConfidence(0.8)
	m.SetTimestamp(when)
	m.SetFrameID(6)
	m.Location().Set(45.5, -75.25, 48)
	m.Coordinate().Set(1.5, 2.5, 3.5)
	m.ObjSignature().Set([]float64{0.1, 0.2})
	v := m.SetVehicle()
	require.NoError(t, v.SetType("sedan"))
	require.NoError(t, v.SetMake("Bugatti"))
	require.NoError(t, v.SetModel("M"))
	require.NoError(t, v.SetColor("blue"))
	require.NoError(t, v.SetRegion("CA"))
	require.NoError(t, v.SetLicense("CA 444"))
}

func personMsg(t testing.TB, m schema.EventMsgMeta, withExt bool) {
	m.SetType(schema.EventEntry)
	m.SetObjType(schema.ObjectPerson)
	m.SetTrackingID(7)
	m.BBox().Set(20, 10, 30.5, 40)
	m.SetConfidence(0.5)
	m.SetTimestamp(when)
	require.NoError(t, m.SetVideoPath("/videos/entry.mp4"))
	if withExt {
		p := m.SetPerson()
		require.NoError(t, p.SetGender("male"))
		p.SetAge(40)
		require.NoError(t, p.SetHair("black"))
		require.NoError(t, p.SetCap("none"))
		require.NoError(t, p.SetApparel("coat"))
	}
}

func faceMsg(t testing.TB, m schema.EventMsgMeta) {
	m.SetType(schema.EventParked)
	m.SetTrackingID(9)
	m.BBox().Set(2, 1, 3, 4)
	m.SetConfidence(0.25)
	m.SetTimestamp(when)
	require.NoError(t, m.SetVideoPath("café\\clip\x01.mp4"))
	f := m.SetFaceExt()
	require.NoError(t, f.SetGender("female"))
	f.SetAge(30)
	require.NoError(t, f.SetHair("h"))
	require.NoError(t, f.SetCap("c"))
	require.NoError(t, f.SetGlasses("g"))
	require.NoError(t, f.SetFacialHair("f"))
	require.NoError(t, f.SetName("Ada \"the first\"\nLovelace"))
	require.NoError(t, f.SetEyeColor("brown"))
	f.Mask().Append([]float64{1, 2, 3, 4})
	f.Mask().Append([]float64{5.5, 6})
}

func unknownMsg(t testing.TB, m schema.EventMsgMeta) {
	m.SetType(schema.EventReset)
	m.SetObjType(schema.ObjectUnknown)
	require.NoError(t, m.SetObjectID("dog"))
	m.SetTrackingID(3)
	m.BBox().Set(0, 0, 1234567, 1)
}

func newMsg(t testing.TB, fill func(schema.EventMsgMeta)) schema.EventMsgMeta {
	o := schema.NewEventMsg()
	t.Cleanup(o.Release)
	fill(o.Meta())
	return o.Meta()
}

func TestEncodeFullGolden(t *testing.T) {
	testmain.NoLeaks(t)
	cfg := loadConfig(t)
	cases := []struct {
		golden string
		cfg    schema.Config
		fill   func(schema.EventMsgMeta)
	}{
		{"full_vehicle_moving.json", cfg, func(m schema.EventMsgMeta) { vehicleMsg(t, m) }},
		{"full_person_entry.json", cfg, func(m schema.EventMsgMeta) { personMsg(t, m, true) }},
		{"full_person_entry_unconfigured.json", schema.Config{}, func(m schema.EventMsgMeta) { personMsg(t, m, false) }},
		{"full_face_ext_parked.json", cfg, func(m schema.EventMsgMeta) { faceMsg(t, m) }},
		{"full_unknown_reset.json", cfg, func(m schema.EventMsgMeta) { unknownMsg(t, m) }},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			e := schema.NewEncoder(c.cfg)
			e.NewID = fixedIDs()
			got, err := e.AppendFull(nil, newMsg(t, c.fill))
			require.NoError(t, err)
			requireGolden(t, c.golden, got)
		})
	}
}

func TestEncodeMinimalGolden(t *testing.T) {
	testmain.NoLeaks(t)
	e := schema.NewEncoder(loadConfig(t))
	v := newMsg(t, func(m schema.EventMsgMeta) { vehicleMsg(t, m) })
	p := newMsg(t, func(m schema.EventMsgMeta) { personMsg(t, m, true) })
	f := newMsg(t, func(m schema.EventMsgMeta) { faceMsg(t, m) })
	u := newMsg(t, func(m schema.EventMsgMeta) { unknownMsg(t, m) })
	got, err := e.AppendMinimal(nil, v, p, f, u)
	require.NoError(t, err)
	requireGolden(t, "minimal_frame.json", got)

	bag := newMsg(t, func(m schema.EventMsgMeta) {
		m.SetObjType(schema.ObjectBag)
		m.SetTrackingID(1)
		require.NoError(t, m.SetSensorStr("front-door"))
	})
	got, err = e.AppendMinimal(nil, bag)
	require.NoError(t, err)
	requireGolden(t, "minimal_sensorstr.json", got)

	payloads, err := e.Encode(schema.PayloadMinimal, bag)
	require.NoError(t, err)
	require.Len(t, payloads, 1)
	requireGolden(t, "minimal_sensorstr.json", payloads[0])
}

func TestEncodeDefaultIDsAreUUIDs(t *testing.T) {
	testmain.NoLeaks(t)
	e := schema.NewEncoder(loadConfig(t))
	payloads, err := e.Encode(schema.PayloadFull,
		newMsg(t, func(m schema.EventMsgMeta) { vehicleMsg(t, m) }),
		newMsg(t, func(m schema.EventMsgMeta) { personMsg(t, m, true) }))
	require.NoError(t, err)
	require.Len(t, payloads, 2)
	uuid := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	var ids []string
	for _, p := range payloads {
		var doc struct {
			MessageID string `json:"messageid"`
			Event     struct{ ID string }
		}
		require.NoError(t, json.Unmarshal(p, &doc))
		require.Regexp(t, uuid, doc.MessageID)
		require.Regexp(t, uuid, doc.Event.ID)
		ids = append(ids, doc.MessageID, doc.Event.ID)
	}
	require.Len(t, ids, 4)
	require.NotEqual(t, ids[0], ids[1])
	require.NotEqual(t, ids[0], ids[2])
}

func TestEncodeErrors(t *testing.T) {
	testmain.NoLeaks(t)
	e := schema.Encoder{Strict: true}
	m := newMsg(t, func(m schema.EventMsgMeta) { vehicleMsg(t, m) })
	_, err := e.AppendFull(nil, m)
	require.ErrorIs(t, err, schema.ErrNoConfig)
	_, err = e.AppendFull(nil, schema.EventMsgMeta{})
	require.ErrorIs(t, err, nvds.ErrNilMeta)
	_, err = e.AppendMinimal(nil)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = e.Encode(schema.PayloadCustom, m)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)

	lax := schema.Encoder{}
	bad := newMsg(t, func(m schema.EventMsgMeta) {
		m.SetConfidence(0)
		m.Location().SetLat(1.0 / zero())
	})
	_, err = lax.AppendFull(nil, bad)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	require.Contains(t, err.Error(), "NaN or infinite")

	// Invalid UTF-8 in C strings still gives valid JSON.
	weird := newMsg(t, func(m schema.EventMsgMeta) { require.NoError(t, m.SetVideoPath("a\xffb")) })
	got, err := lax.AppendFull(nil, weird)
	require.NoError(t, err)
	require.True(t, json.Valid(got))
	require.Contains(t, string(got), `"videoPath":"a\ufffdb"`)
}

func zero() float64 { return 0 }

func TestParseConfig(t *testing.T) {
	cfg := loadConfig(t)
	require.Len(t, cfg.Sensors, 1, "disabled groups are skipped")
	require.Equal(t, schema.Sensor{ID: "CAMERA_ID", Type: "Camera", Description: "Aisle Camera",
		Location: [3]float64{45.293701447, -75.8303914499, 48.1557479338}, Coordinate: [3]float64{5.2, 10.1, 11.2}}, cfg.Sensors[0])
	require.Equal(t, "Lane 1", cfg.Places[0].SubField2)
	require.Equal(t, "OpenALR", cfg.Analytics[0].Source)

	for _, bad := range []string{
		"[sensor0]\nenable=1\nlocation=1;2\n",
		"[sensor0]\nenable=1\nbogus=1\n",
		"[camera0]\nenable=1\n",
		"key=value\n",
		"[sensor0\n",
		"[sensor0]\nenable=1\n[sensor0]\nenable=1\n",
		"[place0]\nenable=1\ncoordinate=a;b;c\n",
	} {
		_, err := schema.ParseConfig(strings.NewReader(bad))
		require.Error(t, err, bad)
	}
}
