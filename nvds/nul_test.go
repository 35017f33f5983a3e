package nvds_test

import (
	"structs"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/events"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/latency"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/osd"
	"github.com/go-deepstream/go-deepstream/schema"
)

// nulPayload is a C-layout payload with both kinds of string field.
type nulPayload struct {
	_     structs.HostLayout
	Text  callbacks.CString
	Label [16]byte
}

// TestStringSettersRefuseNUL holds the module's one NUL rule to every
// string setter: a string with a NUL byte is refused with an error
// wrapping nvds.ErrNUL, and the field keeps what it held.
func TestStringSettersRefuseNUL(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	f := addFrame(t, b, 0, 0)
	o := addObject(t, f, 0, "")
	l := addLabel(t, b, addClassifier(t, b, o, 1), "", 0)
	p, err := b.AcquireDisplayMeta()
	require.NoError(t, err)
	text, err := f.AddDisplayMeta(p).AppendText()
	require.NoError(t, err)
	font := text.FontParams()

	cm, err := callbacks.NewCMeta[nulPayload]("GODS.TEST.NUL_RULE")
	require.NoError(t, err)
	_, payload, err := cm.Attach(f)
	require.NoError(t, err)
	var fixed [16]byte

	newMsg := func() schema.EventMsgMeta {
		owned := schema.NewEventMsg()
		t.Cleanup(owned.Release)
		return owned.Meta()
	}
	msg := newMsg()
	veh, per, face, prod := msg.SetVehicle(), newMsg().SetPerson(), newMsg().SetFace(), newMsg().SetProduct()

	for _, tc := range []struct {
		name string
		set  func(string) error
		get  func() string // nil: the value cannot be read back
	}{
		{"nvds.SetFixedString", func(s string) error { return nvds.SetFixedString(fixed[:], s) }, func() string { return nvds.FixedString(fixed[:]) }},
		{"nvds.ObjectMeta.SetLabel", o.SetLabel, o.Label},
		{"nvds.LabelInfo.SetLabel", l.SetLabel, l.Label},
		{"nvds.LabelInfo.SetLongLabel", l.SetLongLabel, l.LongLabel},
		{"nvds.TextParams.SetDisplayText", text.SetDisplayText, text.DisplayText},
		{"nvds.FontParams.SetFontName", font.SetFontName, font.FontName},
		{"nvds.UserMetaType", func(s string) error { _, err := nvds.UserMetaType("GODS.TEST." + s); return err }, nil},
		{"callbacks.CString.Set", payload.Text.Set, func() string { return payload.Text.String() }},
		{"nvds.SetFixedString on a payload", func(s string) error { return nvds.SetFixedString(payload.Label[:], s) }, func() string { return nvds.FixedString(payload.Label[:]) }},
		{"schema.EventMsgMeta.SetTS", msg.SetTS, msg.TS},
		{"schema.EventMsgMeta.SetObjectID", msg.SetObjectID, msg.ObjectID},
		{"schema.EventMsgMeta.SetSensorStr", msg.SetSensorStr, msg.SensorStr},
		{"schema.EventMsgMeta.SetOtherAttrs", msg.SetOtherAttrs, msg.OtherAttrs},
		{"schema.EventMsgMeta.SetVideoPath", msg.SetVideoPath, msg.VideoPath},
		{"schema.EventMsgMeta.SetEntry", func(s string) error {
			if schema.MaxEntries == 0 {
				return nvds.ErrNUL // no entries before DeepStream 8.0
			}
			return msg.SetEntry(0, schema.SourceTime{SourceID: s})
		}, nil},
		{"schema.VehicleObject.SetType", veh.SetType, veh.Type},
		{"schema.VehicleObject.SetMake", veh.SetMake, veh.Make},
		{"schema.VehicleObject.SetModel", veh.SetModel, veh.Model},
		{"schema.VehicleObject.SetColor", veh.SetColor, veh.Color},
		{"schema.VehicleObject.SetRegion", veh.SetRegion, veh.Region},
		{"schema.VehicleObject.SetLicense", veh.SetLicense, veh.License},
		{"schema.PersonObject.SetGender", per.SetGender, per.Gender},
		{"schema.PersonObject.SetHair", per.SetHair, per.Hair},
		{"schema.PersonObject.SetCap", per.SetCap, per.Cap},
		{"schema.PersonObject.SetApparel", per.SetApparel, per.Apparel},
		{"schema.FaceObject.SetGender", face.SetGender, face.Gender},
		{"schema.FaceObject.SetHair", face.SetHair, face.Hair},
		{"schema.FaceObject.SetCap", face.SetCap, face.Cap},
		{"schema.FaceObject.SetGlasses", face.SetGlasses, face.Glasses},
		{"schema.FaceObject.SetFacialHair", face.SetFacialHair, face.FacialHair},
		{"schema.FaceObject.SetName", face.SetName, face.Name},
		{"schema.FaceObject.SetEyeColor", face.SetEyeColor, face.EyeColor},
		{"schema.ProductObject.SetBrand", prod.SetBrand, prod.Brand},
		{"schema.ProductObject.SetType", prod.SetType, prod.Type},
		{"schema.ProductObject.SetShape", prod.SetShape, prod.Shape},
		{"osd.Drawer.Text", func(s string) error { _, err := osd.NewDrawer(f).Text(0, 0, s, osd.DefaultTextStyle); return err }, nil},
		{"osd.Drawer.Text font", func(s string) error {
			_, err := osd.NewDrawer(f).Text(0, 0, "x", osd.TextStyle{FontName: s})
			return err
		}, nil},
		{"events.SendInferIntervalUpdate", func(s string) error {
			var element byte // never reached: the stream id is checked first
			return events.SendInferIntervalUpdate(unsafe.Pointer(&element), s, 1)
		}, nil},
		{"latency.SetInputTimestamp", func(s string) error { _, err := latency.SetInputTimestamp(nil, s); return err }, nil},
		{"latency.SetOutputTimestamp", func(s string) error { return latency.SetOutputTimestamp(nil, s) }, nil},
		{"latency.AddReferenceTimestamp", func(s string) error { return latency.AddReferenceTimestamp(nil, s, 0) }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.get != nil {
				require.NoError(t, tc.set("kept"))
			}
			assert.ErrorIs(t, tc.set("a\x00b"), nvds.ErrNUL)
			if tc.get != nil {
				assert.Equal(t, "kept", tc.get(), "a refused string writes nothing")
			}
		})
	}
}
