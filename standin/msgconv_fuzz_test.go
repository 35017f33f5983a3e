//go:build !deepstream

package standin

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
)

// FuzzMsgConvEncoders holds the C encoder (msgconv_json.c) to package
// schema's Encoder, differentially, on event messages built from arbitrary
// strings and numbers: both accept or both refuse the message; what they
// write is the same bytes, valid JSON, in the full and the minimal schema;
// the strings read back from the full message as set (invalid UTF-8 bytes
// as U+FFFD each). kind picks the object (low 3 bits), the event type (next
// 3) and whether the object has a mask (bit 6).
func FuzzMsgConvEncoders(f *testing.F) {
	f.Add("2026-03-14T15:09:26.535Z", "/v/clip.mp4", "CA 444", "dog", 45.5, -75.25, float32(150), float32(65.5), uint64(42), uint8(0))
	f.Add("", "", "", "", 0.0, 0.0, float32(0), float32(0), uint64(0), uint8(6))
	f.Add("ts\x00", "café\\clip\x01.mp4", "\"the first\"\nLovelace", "\xff\xfe", 1e-7, 1234567.5, float32(-1.5), float32(1e6), uint64(1<<63), uint8(2|3<<3|1<<6))
	f.Add("\u2028\u2029", "\x7f\x1f", "sedan", "id", math.Inf(1), math.NaN(), float32(3.4e38), float32(-3.4e38), uint64(7), uint8(5|1<<3))
	f.Add("t", "p", "x", "y", 1e15, -1e15+0.5, float32(1<<62), float32(0.1), uint64(1<<60), uint8(4|7<<3|1<<6))
	f.Add("\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "</script>", 5e-324, math.MaxFloat64, float32(1e-45), float32(2), uint64(9), uint8(7|2<<3))
	cfgText := testConfig(f)
	cfg, err := schema.ParseConfig(strings.NewReader(cfgText))
	if err != nil {
		f.Fatal(err)
	}
	c, err := cParseMsgConfig(cfgText)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(c.free)
	enc := schema.NewEncoder(cfg)
	n := 0
	enc.NewID = func() string { n++; return [...]string{"id-1", "id-2"}[(n-1)%2] }

	f.Fuzz(func(t *testing.T, ts, path, s1, s2 string, x, y float64, w, h float32, track uint64, kind uint8) {
		o := schema.NewEventMsg()
		defer o.Release()
		m := o.Meta()
		// want holds what each string field must read back as: "" when
		// its setter refused the string.
		set := func(setter func(string) error, s string) string {
			if err := setter(s); err != nil {
				if !errors.Is(err, nvds.ErrNUL) || strings.IndexByte(s, 0) < 0 {
					t.Fatalf("set %q: %v", s, err)
				}
				return ""
			}
			return asJSON(s)
		}
		wantTS, wantPath := set(m.SetTS, ts), set(m.SetVideoPath, path)
		m.SetType(schema.EventType(kind >> 3 & 7))
		m.SetTrackingID(track)
		m.SetSensorID(int32(kind & 1))
		m.SetPlaceID(int32(kind >> 1 & 1))
		m.BBox().Set(w, h, w, h)
		m.SetConfidence(x)
		m.Location().Set(x, y, x)
		m.Coordinate().Set(y, x, y)
		var maskOf func() schema.Mask
		var objKey, strKey, want1 string
		switch kind & 7 {
		case 0, 3:
			var v schema.VehicleObject
			if kind&7 == 3 {
				ve := m.SetVehicleExt()
				v, maskOf = ve.VehicleObject, ve.Mask
			} else {
				v = m.SetVehicle()
			}
			objKey, strKey, want1 = "vehicle", "license", set(v.SetLicense, s1)
			set(v.SetMake, s2)
		case 1, 4:
			var p schema.PersonObject
			if kind&7 == 4 {
				pe := m.SetPersonExt()
				p, maskOf = pe.PersonObject, pe.Mask
			} else {
				p = m.SetPerson()
			}
			objKey, strKey, want1 = "person", "apparel", set(p.SetApparel, s1)
			set(p.SetHair, s2)
		case 2, 5:
			var fo schema.FaceObject
			if kind&7 == 5 {
				fe := m.SetFaceExt()
				fo, maskOf = fe.FaceObject, fe.Mask
			} else {
				fo = m.SetFace()
			}
			objKey, strKey, want1 = "face", "name", set(fo.SetName, s1)
			set(fo.SetEyeColor, s2)
		case 6:
			m.SetObjType(schema.ObjectUnknown)
			objKey = set(m.SetObjectID, s1)
			set(m.SetSensorStr, s2)
		default:
			set(m.SetProduct().SetBrand, s1)
		}
		if maskOf != nil && kind&(1<<6) != 0 {
			maskOf().Append([]float64{x, y, float64(w)})
			maskOf().Append([]float64{float64(h)})
		}

		n = 0
		goFull, gerr := enc.AppendFull(nil, m)
		cFull, ok := c.full(m.UnsafePointer(), "id-1", "id-2")
		if (gerr == nil) != ok {
			t.Fatalf("full: Go error %v, C ok %v", gerr, ok)
		}
		if ok {
			if string(goFull) != cFull {
				t.Fatalf("full messages differ:\nGo: %s\nC:  %s", goFull, cFull)
			}
			checkFull(t, goFull, wantTS, wantPath, objKey, strKey, want1)
		}
		goMin, gerr := enc.AppendMinimal(nil, m)
		cMin, ok := c.minimal([]unsafe.Pointer{m.UnsafePointer()})
		if (gerr == nil) != ok {
			t.Fatalf("minimal: Go error %v, C ok %v", gerr, ok)
		}
		if ok {
			if string(goMin) != cMin {
				t.Fatalf("minimal messages differ:\nGo: %s\nC:  %s", goMin, cMin)
			}
			if !json.Valid(goMin) {
				t.Fatalf("minimal message is not valid JSON: %s", goMin)
			}
		}
	})
}

// checkFull requires msg to be valid JSON whose strings read back as set:
// the timestamp, the video path, the object's string field objKey.strKey
// (or, with strKey empty, an object key objKey: an unknown object's id).
func checkFull(t *testing.T, msg []byte, ts, path, objKey, strKey, want string) {
	t.Helper()
	if !json.Valid(msg) {
		t.Fatalf("full message is not valid JSON: %s", msg)
	}
	var doc struct {
		TS     string                     `json:"@timestamp"`
		Path   string                     `json:"videoPath"`
		Object map[string]json.RawMessage `json:"object"`
	}
	d := json.NewDecoder(bytes.NewReader(msg))
	if err := d.Decode(&doc); err != nil {
		t.Fatalf("decoding %s: %v", msg, err)
	}
	if doc.TS != ts || doc.Path != path {
		t.Fatalf("@timestamp %q, videoPath %q read back; want %q, %q", doc.TS, doc.Path, ts, path)
	}
	if objKey == "" {
		return
	}
	raw, ok := doc.Object[objKey]
	if !ok {
		t.Fatalf("object has no key %q: %s", objKey, msg)
	}
	if strKey == "" {
		return
	}
	var obj map[string]any
	if err := json.Unmarshal(raw, &obj); err != nil {
		t.Fatalf("object.%s: %v", objKey, err)
	}
	if got := obj[strKey]; got != want {
		t.Fatalf("object.%s.%s reads back %q, want %q", objKey, strKey, got, want)
	}
}

// asJSON is s as a JSON string read back: each byte that is not part of a
// valid UTF-8 sequence becomes U+FFFD.
func asJSON(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
