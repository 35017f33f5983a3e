package nvds_test

import (
	"slices"
	"structs"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/events"
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

// stringSetter is one string setter of the module, with its getter where
// the value can be read back.
type stringSetter struct {
	name string
	set  func(string) error
	get  func() string // nil: the value cannot be read back
	// fixed is the size of the fixed char array the setter writes (NUL
	// included): longer strings are cut at a rune boundary with
	// ErrTruncated. 0 for a char* field, which holds any string.
	fixed int
	// refuseLong: a string too long for the fixed array is refused with
	// ErrTruncated, writing nothing, rather than cut (an id cut short
	// would name something else).
	refuseLong bool
	// nulOnly: only strings holding a NUL may be passed (the setter is
	// given a stand-in pointer that a string passing the NUL check would
	// reach).
	nulOnly bool
}

// stringSetters returns every string setter of the module, on fresh metas
// released when t ends: the NUL rule test and FuzzStringSetters walk it.
// A new string setter belongs here.
func stringSetters(t testing.TB) []stringSetter {
	t.Helper()
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

	// The osd drawer adds a text each call; its getters read the last one
	// it added.
	var drawn nvds.TextParams
	draw := func(s string, st osd.TextStyle) error {
		tp, err := osd.NewDrawer(f).Text(0, 0, s, st)
		if err == nil {
			drawn = tp
		}
		return err
	}

	setters := []stringSetter{
		{name: "nvds.SetFixedString", set: func(s string) error { return nvds.SetFixedString(fixed[:], s) }, get: func() string { return nvds.FixedString(fixed[:]) }, fixed: len(fixed)},
		{name: "nvds.ObjectMeta.SetLabel", set: o.SetLabel, get: o.Label, fixed: nvds.MaxLabelSize},
		{name: "nvds.LabelInfo.SetLabel", set: l.SetLabel, get: l.Label, fixed: nvds.MaxLabelSize},
		{name: "nvds.LabelInfo.SetLongLabel", set: l.SetLongLabel, get: l.LongLabel},
		{name: "nvds.TextParams.SetDisplayText", set: text.SetDisplayText, get: text.DisplayText},
		{name: "nvds.FontParams.SetFontName", set: font.SetFontName, get: font.FontName},
		{name: "nvds.UserMetaType", set: func(s string) error { _, err := nvds.UserMetaType("GODS.TEST." + s); return err }},
		{name: "callbacks.CString.Set", set: payload.Text.Set, get: func() string { return payload.Text.String() }},
		{name: "nvds.SetFixedString on a payload", set: func(s string) error { return nvds.SetFixedString(payload.Label[:], s) }, get: func() string { return nvds.FixedString(payload.Label[:]) }, fixed: len(payload.Label)},
		{name: "schema.EventMsgMeta.SetTS", set: msg.SetTS, get: msg.TS},
		{name: "schema.EventMsgMeta.SetObjectID", set: msg.SetObjectID, get: msg.ObjectID},
		{name: "schema.EventMsgMeta.SetSensorStr", set: msg.SetSensorStr, get: msg.SensorStr},
		{name: "schema.EventMsgMeta.SetOtherAttrs", set: msg.SetOtherAttrs, get: msg.OtherAttrs},
		{name: "schema.EventMsgMeta.SetVideoPath", set: msg.SetVideoPath, get: msg.VideoPath},
		{name: "schema.EventMsgMeta.SetEntry", set: func(s string) error {
			return msg.SetEntry(0, schema.SourceTime{SourceID: s})
		}, get: func() string {
			e, err := msg.Entry(0)
			require.NoError(t, err)
			return e.SourceID
		}, fixed: schema.SourceIDLen, refuseLong: true},
		{name: "schema.VehicleObject.SetType", set: veh.SetType, get: veh.Type},
		{name: "schema.VehicleObject.SetMake", set: veh.SetMake, get: veh.Make},
		{name: "schema.VehicleObject.SetModel", set: veh.SetModel, get: veh.Model},
		{name: "schema.VehicleObject.SetColor", set: veh.SetColor, get: veh.Color},
		{name: "schema.VehicleObject.SetRegion", set: veh.SetRegion, get: veh.Region},
		{name: "schema.VehicleObject.SetLicense", set: veh.SetLicense, get: veh.License},
		{name: "schema.PersonObject.SetGender", set: per.SetGender, get: per.Gender},
		{name: "schema.PersonObject.SetHair", set: per.SetHair, get: per.Hair},
		{name: "schema.PersonObject.SetCap", set: per.SetCap, get: per.Cap},
		{name: "schema.PersonObject.SetApparel", set: per.SetApparel, get: per.Apparel},
		{name: "schema.FaceObject.SetGender", set: face.SetGender, get: face.Gender},
		{name: "schema.FaceObject.SetHair", set: face.SetHair, get: face.Hair},
		{name: "schema.FaceObject.SetCap", set: face.SetCap, get: face.Cap},
		{name: "schema.FaceObject.SetGlasses", set: face.SetGlasses, get: face.Glasses},
		{name: "schema.FaceObject.SetFacialHair", set: face.SetFacialHair, get: face.FacialHair},
		{name: "schema.FaceObject.SetName", set: face.SetName, get: face.Name},
		{name: "schema.FaceObject.SetEyeColor", set: face.SetEyeColor, get: face.EyeColor},
		{name: "schema.ProductObject.SetBrand", set: prod.SetBrand, get: prod.Brand},
		{name: "schema.ProductObject.SetType", set: prod.SetType, get: prod.Type},
		{name: "schema.ProductObject.SetShape", set: prod.SetShape, get: prod.Shape},
		{name: "osd.Drawer.Text", set: func(s string) error { return draw(s, osd.DefaultTextStyle) }, get: func() string { return drawn.DisplayText() }},
		{name: "osd.Drawer.Text font", set: func(s string) error { return draw("x", osd.TextStyle{FontName: s}) }, get: func() string { return drawn.FontParams().FontName() }},
		{name: "events.SendInferIntervalUpdate", set: func(s string) error {
			var element byte // never reached: the stream id is checked first
			return events.SendInferIntervalUpdate(unsafe.Pointer(&element), s, 1)
		}, nulOnly: true},
		{name: "latency.SetInputTimestamp", set: func(s string) error { _, err := latency.SetInputTimestamp(nil, s); return err }},
		{name: "latency.SetOutputTimestamp", set: func(s string) error { return latency.SetOutputTimestamp(nil, s) }},
		{name: "latency.AddReferenceTimestamp", set: func(s string) error { return latency.AddReferenceTimestamp(nil, s, 0) }},
	}
	if schema.MaxEntries == 0 { // no entries before DeepStream 8.0: no such setter
		setters = slices.DeleteFunc(setters, func(s stringSetter) bool { return s.name == "schema.EventMsgMeta.SetEntry" })
	}
	return setters
}
