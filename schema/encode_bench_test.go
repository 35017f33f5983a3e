package schema_test

import (
	"encoding/json"
	"testing"

	"github.com/go-deepstream/go-deepstream/schema"
)

// plainMessage has the fields of a full-schema vehicle message, to measure
// the encoder against encoding/json marshalling the same content from Go
// memory.
type plainMessage struct {
	MessageID  string `json:"messageid"`
	MDSVersion string `json:"mdsversion"`
	Timestamp  string `json:"@timestamp"`
	Place      struct {
		ID       string    `json:"id"`
		Name     string    `json:"name"`
		Type     string    `json:"type"`
		Location latLonAlt `json:"location"`
		Aisle    struct {
			ID         string `json:"id"`
			Name       string `json:"name"`
			Level      string `json:"level"`
			Coordinate xyz    `json:"coordinate"`
		} `json:"aisle"`
	} `json:"place"`
	Sensor struct {
		ID          string    `json:"id"`
		Type        string    `json:"type"`
		Description string    `json:"description"`
		Location    latLonAlt `json:"location"`
		Coordinate  xyz       `json:"coordinate"`
	} `json:"sensor"`
	AnalyticsModule struct {
		ID          string `json:"id"`
		Description string `json:"description"`
		Source      string `json:"source"`
		Version     string `json:"version"`
	} `json:"analyticsModule"`
	Object struct {
		ID          string  `json:"id"`
		Speed       float64 `json:"speed"`
		Direction   float64 `json:"direction"`
		Orientation float64 `json:"orientation"`
		Vehicle     struct {
			Type         string  `json:"type"`
			Make         string  `json:"make"`
			Model        string  `json:"model"`
			Color        string  `json:"color"`
			LicenseState string  `json:"licenseState"`
			License      string  `json:"license"`
			Confidence   float64 `json:"confidence"`
		} `json:"vehicle"`
		BBox struct {
			TopLeftX     int `json:"topleftx"`
			TopLeftY     int `json:"toplefty"`
			BottomRightX int `json:"bottomrightx"`
			BottomRightY int `json:"bottomrighty"`
		} `json:"bbox"`
		Signature  []float64 `json:"signature"`
		Location   latLonAlt `json:"location"`
		Coordinate xyz       `json:"coordinate"`
	} `json:"object"`
	Event struct {
		ID   string `json:"id"`
		Type string `json:"type"`
	} `json:"event"`
	VideoPath string `json:"videoPath"`
}

type latLonAlt struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
	Alt float64 `json:"alt"`
}

type xyz struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	Z float64 `json:"z"`
}

// plainVehicle is the golden vehicle message as a plain Go value.
func plainVehicle(b *testing.B) *plainMessage {
	var p plainMessage
	if err := json.Unmarshal(mustRead(b, "full_vehicle_moving.json"), &p); err != nil {
		b.Fatal(err)
	}
	return &p
}

func BenchmarkEncodeFull(b *testing.B) {
	cfg := loadConfig(b)
	m := newMsg(b, func(m schema.EventMsgMeta) { vehicleMsg(b, m) })
	b.Run("schema.Encoder", func(b *testing.B) {
		e := schema.NewEncoder(cfg)
		e.NewID = func() string { return "id-1" }
		var buf []byte
		b.ReportAllocs()
		for b.Loop() {
			var err error
			if buf, err = e.AppendFull(buf[:0], m); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(len(buf)))
	})
	b.Run("schema.EncoderRandomIDs", func(b *testing.B) {
		e := schema.NewEncoder(cfg)
		var buf []byte
		b.ReportAllocs()
		for b.Loop() {
			buf, _ = e.AppendFull(buf[:0], m)
		}
		b.SetBytes(int64(len(buf)))
	})
	b.Run("encoding/json", func(b *testing.B) {
		p := plainVehicle(b)
		var n int
		b.ReportAllocs()
		for b.Loop() {
			out, err := json.Marshal(p)
			if err != nil {
				b.Fatal(err)
			}
			n = len(out)
		}
		b.SetBytes(int64(n))
	})
}

func BenchmarkEncodeMinimal(b *testing.B) {
	e := schema.NewEncoder(loadConfig(b))
	msgs := []schema.EventMsgMeta{
		newMsg(b, func(m schema.EventMsgMeta) { vehicleMsg(b, m) }),
		newMsg(b, func(m schema.EventMsgMeta) { personMsg(b, m, true) }),
		newMsg(b, func(m schema.EventMsgMeta) { faceMsg(b, m) }),
	}
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf, _ = e.AppendMinimal(buf[:0], msgs...)
	}
}
