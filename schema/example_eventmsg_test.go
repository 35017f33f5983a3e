package schema_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
)

// deepstream-test4's probe: an event message about a detected vehicle,
// attached to its frame for nvmsgconv; then what nvmsgconv makes of it,
// in the minimal schema (payload-type 1) and the full one (payload-type 0).
func ExampleOwnedEventMsg_AttachToFrame() {
	owned, err := nvds.NewBatchMeta(1)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer owned.Release() // frees the event message with its user meta
	batch := owned.Meta()
	pf, err := batch.AcquireFrameMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	pf.Meta().SetFrameNum(30)
	frame := batch.AddFrame(pf)

	// Producer (the probe after nvinfer).
	msg := schema.NewEventMsg()
	m := msg.Meta()
	m.SetType(schema.EventMoving)
	m.SetObjType(schema.ObjectVehicle)
	m.SetObjClassID(0)
	m.SetSensorID(0)
	m.SetFrameID(frame.FrameNum())
	m.SetTrackingID(42)
	m.SetConfidence(0.8)
	m.BBox().Set(150, 957, 100, 65) // top, left, width, height
	m.SetTimestamp(time.Date(2026, 3, 14, 15, 9, 26, 535e6, time.UTC))
	v := m.SetVehicle()
	for _, err := range []error{v.SetType("sedan"), v.SetColor("blue"), v.SetMake("Bugatti"), v.SetModel("M"), v.SetLicense("XX1234"), v.SetRegion("CA")} {
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	if _, err := msg.AttachToFrame(frame); err != nil { // frame owns it now
		msg.Release()
		fmt.Println(err)
		return
	}

	// Consumer (what nvmsgconv does with the frame's event messages).
	enc := schema.NewEncoder(schema.Config{
		Sensors: map[int32]schema.Sensor{0: {ID: "CAMERA_ID", Type: "Camera", Description: "Entrance camera"}},
	})
	n := 0
	enc.NewID = func() string { n++; return fmt.Sprint("id-", n) } // reproducible ids
	var msgs []schema.EventMsgMeta
	for m := range nvds.Payloads(frame.UserMeta(), schema.EventMsgMetaFromUser) {
		msgs = append(msgs, m)
	}
	minimal, err := enc.AppendMinimal(nil, msgs...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(minimal))
	full, err := enc.AppendFull(nil, msgs[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	// The full document has place, sensor, analytics module, object and
	// event members; a few of them:
	var doc struct {
		MessageID string
		Sensor    struct{ ID, Description string }
		Place     any
		Object    struct {
			ID      string
			Vehicle struct{ Make, License string }
			BBox    map[string]float64
		}
		Event struct{ ID, Type string }
	}
	if err := json.Unmarshal(full, &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("messageid:", doc.MessageID, "place:", doc.Place)
	fmt.Printf("sensor: %+v\n", doc.Sensor)
	fmt.Printf("object: %+v\n", doc.Object)
	fmt.Printf("event: %+v\n", doc.Event)
	// Output:
	// {"version":"4.0","id":30,"@timestamp":"2026-03-14T15:09:26.535Z","sensorId":"CAMERA_ID","objects":["42|957|150|1057|215|Vehicle|#|sedan|Bugatti|M|blue|XX1234|CA|0.8"]}
	// messageid: id-1 place: <nil>
	// sensor: {ID:CAMERA_ID Description:Entrance camera}
	// object: {ID:42 Vehicle:{Make:Bugatti License:XX1234} BBox:map[bottomrightx:1057 bottomrighty:215 topleftx:957 toplefty:150]}
	// event: {ID:id-2 Type:moving}
}
