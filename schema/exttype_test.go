package schema_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/schema"
	"github.com/go-deepstream/go-deepstream/schema/internal/schematest"
)

// extSetters allocate each kind of ext object and fill a string of it.
var extSetters = map[schema.ObjectType]func(t testing.TB, m schema.EventMsgMeta){
	schema.ObjectVehicle:    func(t testing.TB, m schema.EventMsgMeta) { require.NoError(t, m.SetVehicle().SetLicense("CA 1")) },
	schema.ObjectVehicleExt: func(t testing.TB, m schema.EventMsgMeta) { m.SetVehicleExt().Mask().Append([]float64{1, 2}) },
	schema.ObjectPerson:     func(t testing.TB, m schema.EventMsgMeta) { require.NoError(t, m.SetPerson().SetGender("f")) },
	schema.ObjectPersonExt:  func(t testing.TB, m schema.EventMsgMeta) { m.SetPersonExt().Mask().Append([]float64{3}) },
	schema.ObjectFace:       func(t testing.TB, m schema.EventMsgMeta) { require.NoError(t, m.SetFace().SetName("Ada")) },
	schema.ObjectFaceExt:    func(t testing.TB, m schema.EventMsgMeta) { m.SetFaceExt().Mask().Append([]float64{4, 5}) },
	schema.ObjectProduct:    func(t testing.TB, m schema.EventMsgMeta) { require.NoError(t, m.SetProduct().SetBrand("Acme")) },
	schema.ObjectProductExt: func(t testing.TB, m schema.EventMsgMeta) { m.SetProductExt().Mask().Append([]float64{6}) },
}

var allObjectTypes = []schema.ObjectType{
	schema.ObjectVehicle, schema.ObjectPerson, schema.ObjectFace, schema.ObjectBag, schema.ObjectBicycle,
	schema.ObjectRoadSign, schema.ObjectVehicleExt, schema.ObjectPersonExt, schema.ObjectFaceExt,
	schema.ObjectProduct, schema.ObjectProductExt, schema.ObjectReserved, schema.ObjectCustom, schema.ObjectUnknown,
}

// objType and the ext object never disagree: after SetVehicle and friends
// only the object's own type is accepted, and a refusal changes nothing.
func TestSetObjTypeKeepsTheExtObject(t *testing.T) {
	testmain.NoLeaks(t)
	for kind, set := range extSetters {
		for _, to := range allObjectTypes {
			o := schema.NewEventMsg()
			m := o.Meta()
			set(t, m)
			size := m.ExtMsgSize()
			err := m.SetObjType(to)
			if to == kind {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, schema.ErrWrongObjectType, "%v over %v", to, kind)
				require.Contains(t, err.Error(), "ClearExt")
			}
			require.Equal(t, kind, m.ObjType(), "%v over %v", to, kind)
			require.Equal(t, size, m.ExtMsgSize())
			c := o.Clone()
			require.Equal(t, kind, c.Meta().ObjType())
			c.Release()
			o.Release()
		}
	}
	// With no ext object (or after ClearExt) any type goes.
	o := schema.NewEventMsg()
	defer o.Release()
	m := o.Meta()
	m.SetVehicle()
	m.ClearExt()
	for _, to := range allObjectTypes {
		require.NoError(t, m.SetObjType(to))
		require.Equal(t, to, m.ObjType())
	}
}

// A flat block sits only under a type without an ext struct, and such a
// type stays under it: readers (nvmsgconv) would take the block for the
// struct otherwise.
func TestExtBlobNeedsATypeWithoutStruct(t *testing.T) {
	testmain.NoLeaks(t)
	o := schema.NewEventMsg()
	defer o.Release()
	m := o.Meta()
	require.Equal(t, schema.ObjectVehicle, m.ObjType(), "the zero objType")
	blob := make([]byte, 48) // the size of a vehicle object
	for i := range blob {
		blob[i] = 0xA5
	}
	require.ErrorIs(t, m.SetExtBlob(blob), schema.ErrWrongObjectType)
	require.Nil(t, m.ExtMsg())
	require.NoError(t, m.SetObjType(schema.ObjectCustom))
	require.NoError(t, m.SetExtBlob(blob))
	for _, to := range allObjectTypes {
		_, hasStruct := extSetters[to]
		err := m.SetObjType(to)
		if hasStruct {
			require.ErrorIs(t, err, schema.ErrWrongObjectType, "%v over a block", to)
		} else {
			require.NoError(t, err, "%v over a block", to)
		}
	}
	_, err := m.Vehicle()
	require.ErrorIs(t, err, schema.ErrWrongObjectType)
	c := o.Clone()
	require.Equal(t, uint32(len(blob)), c.Meta().ExtMsgSize())
	c.Release()
	require.NoError(t, m.SetExtBlob(nil), "an empty block clears")
	require.Nil(t, m.ExtMsg())
}

// Issue #10 item 2's sequences, as ports of pyds code write them: set the
// object, then (wrongly) objType. Refused; the message is still a vehicle
// event, encodes as one, copies and releases with every count at zero.
func TestObjTypeAfterExtObjectCycles(t *testing.T) {
	testmain.NoLeaks(t)
	e := schema.NewEncoder(schema.Config{})
	before := leak.Live()
	for i := range 2000 {
		to := []schema.ObjectType{schema.ObjectPersonExt, schema.ObjectPerson, schema.ObjectFaceExt, schema.ObjectCustom}[i%4]
		o := schema.NewEventMsg()
		m := o.Meta()
		v := m.SetVehicle()
		for _, err := range []error{v.SetType("sedan"), v.SetMake("Make"), v.SetModel("M"), v.SetColor("blue"),
			v.SetRegion("CA"), v.SetLicense(fmt.Sprintf("CA %d", i))} {
			require.NoError(t, err)
		}
		require.ErrorIs(t, m.SetObjType(to), schema.ErrWrongObjectType)
		js, err := e.AppendFull(nil, m)
		require.NoError(t, err)
		var doc struct {
			Object struct {
				Vehicle struct{ License string }
			}
		}
		require.NoError(t, json.Unmarshal(js, &doc), "%s", js)
		require.Equal(t, fmt.Sprintf("CA %d", i), doc.Object.Vehicle.License)
		c := o.Clone()
		o.Release()
		c.Release()
	}
	require.Empty(t, leak.Live().Diff(before))
	require.Zero(t, leak.Count("schema.ext_objects"))
}

// A message made outside package schema (the SDK, a pyds port) has an ext
// object this package did not record: it is read by the SDK's convention
// (objType with a matching extMsgSize), and SetObjType still refuses a
// type the object is not.
func TestForeignMessageFollowsTheConvention(t *testing.T) {
	testmain.NoLeaks(t)
	p := schematest.NewForeignVehicleMsg()
	defer schematest.FreeForeignMsg(p)
	m := schema.EventMsgMetaFromUnsafePointer(p)
	v, err := m.Vehicle()
	require.NoError(t, err)
	require.Equal(t, "Foreign", v.Make())
	require.ErrorIs(t, m.SetObjType(schema.ObjectPersonExt), schema.ErrWrongObjectType)
	require.NoError(t, m.SetObjType(schema.ObjectVehicle))
	js, err := schema.NewEncoder(schema.Config{}).AppendFull(nil, m)
	require.NoError(t, err)
	require.Contains(t, string(js), `"license":"F 1"`)
	require.Zero(t, leak.Count("schema.ext_objects"), "nothing recorded for a foreign object")
}
