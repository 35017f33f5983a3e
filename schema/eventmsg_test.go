package schema_test

import (
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
	"github.com/go-deepstream/go-deepstream/schema/internal/schematest"
)

var when = time.Date(2026, 3, 14, 15, 9, 26, 535_897_000, time.UTC)

// fill sets every field an event message has, with a face Ext object.
func fill(t testing.TB, m schema.EventMsgMeta) {
	t.Helper()
	m.SetType(schema.EventMoving)
	m.BBox().Set(10, 20, 30, 40)
	m.Location().Set(45.5, -75.25, 48)
	m.Coordinate().Set(1.5, 2.5, 3.5)
	m.ObjSignature().Set([]float64{0.25, 0.5, 0.75})
	m.SetObjClassID(2)
	m.SetSensorID(1)
	m.SetModuleID(3)
	m.SetPlaceID(4)
	m.SetComponentID(5)
	m.SetFrameID(6)
	m.SetConfidence(0.875)
	m.SetTrackingID(1 << 40)
	m.SetTimestamp(when)
	require.NoError(t, m.SetObjectID("face-7"))
	require.NoError(t, m.SetSensorStr("CAMERA_1"))
	require.NoError(t, m.SetOtherAttrs("x=1"))
	require.NoError(t, m.SetVideoPath("/tmp/clip.mp4"))
	m.SetPose(1, []schema.Joint{{X: 1, Y: 2, Z: 3, Confidence: 0.5}, {X: 4, Y: 5, Z: 6, Confidence: 0.25}})
	m.SetEmbedding([]float32{1, 2, 3, 4})
	m.SetHas3DTracking(true)
	m.SetWorldFeet([2]float32{7, 8})
	m.SetImageFeet([2]float32{9, 10})
	m.SetConvexHull([]schema.Point2{{X: 1, Y: 2}, {X: 3, Y: 4}, {X: 5, Y: 6}})
	m.SetVisibility(0.75)
	if schema.MaxEntries > 0 {
		require.NoError(t, m.SetEntry(0, schema.SourceTime{SourceID: "cam-a", Timestamp: 11}))
		require.NoError(t, m.SetEntry(1, schema.SourceTime{SourceID: "cam-b", Timestamp: 22}))
		require.NoError(t, m.SetNumEntries(2))
	}
	f := m.SetFaceExt()
	require.NoError(t, f.SetGender("female"))
	require.NoError(t, f.SetHair("black"))
	require.NoError(t, f.SetCap("none"))
	require.NoError(t, f.SetGlasses("yes"))
	require.NoError(t, f.SetFacialHair("no"))
	require.NoError(t, f.SetName("Ada"))
	require.NoError(t, f.SetEyeColor("brown"))
	f.SetAge(36)
	f.Mask().Append([]float64{1, 2, 3, 4})
	f.Mask().Append([]float64{5, 6})
}

// check verifies what fill set.
func check(t testing.TB, m schema.EventMsgMeta) {
	t.Helper()
	require.Equal(t, schema.EventMoving, m.Type())
	require.Equal(t, schema.ObjectFaceExt, m.ObjType())
	b := m.BBox()
	require.Equal(t, []float32{10, 20, 30, 40}, []float32{b.Top(), b.Left(), b.Width(), b.Height()})
	l := m.Location()
	require.Equal(t, []float64{45.5, -75.25, 48}, []float64{l.Lat(), l.Lon(), l.Alt()})
	c := m.Coordinate()
	require.Equal(t, []float64{1.5, 2.5, 3.5}, []float64{c.X(), c.Y(), c.Z()})
	require.Equal(t, []float64{0.25, 0.5, 0.75}, m.ObjSignature().Values())
	require.Equal(t, 3, m.ObjSignature().Size())
	require.Equal(t, []int32{2, 1, 3, 4, 5, 6}, []int32{m.ObjClassID(), m.SensorID(), m.ModuleID(), m.PlaceID(), m.ComponentID(), m.FrameID()})
	require.Equal(t, 0.875, m.Confidence())
	require.Equal(t, uint64(1<<40), m.TrackingID())
	require.Equal(t, "2026-03-14T15:09:26.535Z", m.TS())
	require.Equal(t, []string{"face-7", "CAMERA_1", "x=1", "/tmp/clip.mp4"}, []string{m.ObjectID(), m.SensorStr(), m.OtherAttrs(), m.VideoPath()})
	require.Equal(t, int32(1), m.PoseType())
	require.Equal(t, []schema.Joint{{X: 1, Y: 2, Z: 3, Confidence: 0.5}, {X: 4, Y: 5, Z: 6, Confidence: 0.25}}, m.Joints())
	require.Equal(t, []float32{1, 2, 3, 4}, m.Embedding())
	require.True(t, m.Has3DTracking())
	require.Equal(t, [2]float32{7, 8}, m.WorldFeet())
	require.Equal(t, [2]float32{9, 10}, m.ImageFeet())
	require.Equal(t, []schema.Point2{{X: 1, Y: 2}, {X: 3, Y: 4}, {X: 5, Y: 6}}, m.ConvexHull())
	require.Equal(t, float32(0.75), m.Visibility())
	if schema.MaxEntries > 0 {
		require.Equal(t, 2, m.NumEntries())
		e, err := m.Entry(1)
		require.NoError(t, err)
		require.Equal(t, schema.SourceTime{SourceID: "cam-b", Timestamp: 22}, e)
	}
	f, err := m.FaceExt()
	require.NoError(t, err)
	require.Equal(t, []string{"female", "black", "none", "yes", "no", "Ada", "brown"},
		[]string{f.Gender(), f.Hair(), f.Cap(), f.Glasses(), f.FacialHair(), f.Name(), f.EyeColor()})
	require.Equal(t, uint32(36), f.Age())
	require.Equal(t, [][]float64{{1, 2, 3, 4}, {5, 6}}, f.Mask().Polygons())
}

func TestEventMsgEveryField(t *testing.T) {
	testmain.NoLeaks(t)
	o := schema.NewEventMsg()
	defer o.Release()
	fill(t, o.Meta())
	check(t, o.Meta())

	// Setters free and replace.
	m := o.Meta()
	require.NoError(t, m.SetVideoPath("/other.mp4"))
	require.Equal(t, "/other.mp4", m.VideoPath())
	m.ObjSignature().Set(nil)
	require.Nil(t, m.ObjSignature().Values())
	m.SetPose(0, nil)
	require.Nil(t, m.Joints())
	m.SetEmbedding(nil)
	require.Nil(t, m.Embedding())
	m.SetConvexHull(nil)
	require.Nil(t, m.ConvexHull())
}

func TestEventMsgExtObjects(t *testing.T) {
	testmain.NoLeaks(t)
	o := schema.NewEventMsg()
	defer o.Release()
	m := o.Meta()

	v := m.SetVehicle()
	require.Equal(t, schema.ObjectVehicle, m.ObjType())
	require.NoError(t, v.SetType("sedan"))
	require.NoError(t, v.SetMake("Bugatti"))
	require.NoError(t, v.SetModel("M"))
	require.NoError(t, v.SetColor("blue"))
	require.NoError(t, v.SetRegion("CA"))
	require.NoError(t, v.SetLicense("XX1234"))
	got, err := m.Vehicle()
	require.NoError(t, err)
	require.Equal(t, []string{"sedan", "Bugatti", "M", "blue", "CA", "XX1234"},
		[]string{got.Type(), got.Make(), got.Model(), got.Color(), got.Region(), got.License()})
	_, err = m.Person()
	require.ErrorIs(t, err, schema.ErrWrongObjectType)

	p := m.SetPerson() // frees the vehicle and its strings
	require.NoError(t, p.SetGender("male"))
	require.NoError(t, p.SetHair("none"))
	require.NoError(t, p.SetCap("red"))
	require.NoError(t, p.SetApparel("coat"))
	p.SetAge(40)
	gp, err := m.Person()
	require.NoError(t, err)
	require.Equal(t, []any{"male", "none", "red", "coat", uint32(40)}, []any{gp.Gender(), gp.Hair(), gp.Cap(), gp.Apparel(), gp.Age()})
	_, err = m.Vehicle()
	require.ErrorIs(t, err, schema.ErrWrongObjectType)

	f := m.SetFace()
	require.NoError(t, f.SetName("Ada"))
	gf, err := m.Face()
	require.NoError(t, err)
	require.Equal(t, "Ada", gf.Name())

	pr := m.SetProduct()
	require.NoError(t, pr.SetBrand("Acme"))
	require.NoError(t, pr.SetType("box"))
	require.NoError(t, pr.SetShape("cube"))
	gpr, err := m.Product()
	require.NoError(t, err)
	require.Equal(t, []string{"Acme", "box", "cube"}, []string{gpr.Brand(), gpr.Type(), gpr.Shape()})

	ve := m.SetVehicleExt()
	require.NoError(t, ve.SetLicense("EXT1"))
	ve.Mask().Append([]float64{1, 1, 2, 2})
	gve, err := m.VehicleExt()
	require.NoError(t, err)
	require.Equal(t, "EXT1", gve.License())
	require.Equal(t, 1, gve.Mask().Len())
	gve.Mask().Clear()
	require.Equal(t, 0, gve.Mask().Len())

	pe := m.SetPersonExt()
	pe.SetAge(3)
	pe.Mask().Append([]float64{9})
	gpe, err := m.PersonExt()
	require.NoError(t, err)
	require.Equal(t, uint32(3), gpe.Age())

	pre := m.SetProductExt()
	require.NoError(t, pre.SetShape("ring"))
	gpre, err := m.ProductExt()
	require.NoError(t, err)
	require.Equal(t, "ring", gpre.Shape())

	// A custom object type carries a flat block; the product Ext object
	// must go first (objType and the object never disagree).
	require.ErrorIs(t, m.SetObjType(schema.ObjectCustom), schema.ErrWrongObjectType)
	m.ClearExt()
	require.NoError(t, m.SetObjType(schema.ObjectCustom))
	require.NoError(t, m.SetExtBlob([]byte("opaque custom data")))
	require.Equal(t, uint32(len("opaque custom data")), m.ExtMsgSize())
	require.Equal(t, "opaque custom data", string(unsafe.Slice((*byte)(m.ExtMsg()), m.ExtMsgSize())))
	m.ClearExt()
	require.Nil(t, m.ExtMsg())
}

// The copy and release functions deep-copy and free everything, including
// what pyds's pair skips: the face object, Ext objects with their masks,
// the signature, pose, embedding and convex hull, and the struct itself.
func TestEventMsgCopyAndReleaseThroughRuntime(t *testing.T) {
	testmain.NoLeaks(t)
	n0 := leak.Count("schema.event_msgs")
	_, f1, f2 := twoFrames(t)
	o := schema.NewEventMsg()
	fill(t, o.Meta())
	m, err := o.AttachToFrame(f1)
	require.NoError(t, err)
	require.Panics(t, func() { o.Meta() }, "attaching consumes the owned value")
	o.Release() // a no-op now
	require.Equal(t, 1, count(nvds.Payloads(f1.UserMeta(), schema.EventMsgMetaFromUser)))

	schematest.CopyFrameUserMeta(f1, f2)
	var copies []schema.EventMsgMeta
	for c := range nvds.Payloads(f2.UserMeta(), schema.EventMsgMetaFromUser) {
		copies = append(copies, c)
	}
	require.Len(t, copies, 1)
	c := copies[0]
	check(t, c)
	require.NotEqual(t, m.UnsafePointer(), c.UnsafePointer())
	require.NotEqual(t, m.ExtMsg(), c.ExtMsg())
	require.NotSame(t, unsafe.SliceData(m.ObjSignature().Values()), unsafe.SliceData(c.ObjSignature().Values()))
	require.NotSame(t, unsafe.SliceData(m.Joints()), unsafe.SliceData(c.Joints()))
	fm, _ := m.FaceExt()
	fc, _ := c.FaceExt()
	require.NoError(t, fm.SetName("changed"))
	require.Equal(t, "Ada", fc.Name())
	require.Equal(t, n0+2, leak.Count("schema.event_msgs"))
}

func TestEventMsgThroughBufferCopy(t *testing.T) {
	testmain.NoLeaks(t)
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	pf, err := owned.Meta().AcquireFrameMeta()
	require.NoError(t, err)
	f := owned.Meta().AddFrame(pf)
	o := schema.NewEventMsg()
	fill(t, o.Meta())
	_, err = o.AttachToFrame(f)
	require.NoError(t, err)
	pl := schema.NewPayload([]byte(`{"k":"v"}`), 7)
	_, err = pl.AttachToBatch(owned.Meta())
	require.NoError(t, err)

	buf := schematest.NewBuffer()
	_, err = owned.AttachToBuffer(buf)
	require.NoError(t, err)
	buf2 := schematest.CopyBuffer(buf)
	schematest.UnrefBuffer(buf)
	b2, err := nvds.BatchMetaFromBuffer(buf2)
	require.NoError(t, err)
	for f := range b2.Frames() {
		for m := range nvds.Payloads(f.UserMeta(), schema.EventMsgMetaFromUser) {
			check(t, m)
		}
	}
	n := 0
	for u := range b2.UserMeta() {
		p, ok := schema.PayloadFromUser(u)
		require.True(t, ok)
		require.Equal(t, `{"k":"v"}`, string(p.Bytes()))
		require.Equal(t, uint32(7), p.ComponentID())
		n++
	}
	require.Equal(t, 1, n)
	schematest.UnrefBuffer(buf2)
}

func TestEventMsgHundredThousandCycles(t *testing.T) {
	testmain.NoLeaks(t)
	_, f1, f2 := twoFrames(t)
	n := 100_000
	if testing.Short() {
		n = 10_000
	}
	for i := 0; i < n; i++ {
		o := schema.NewEventMsg()
		m := o.Meta()
		m.SetTrackingID(uint64(i))
		require.NoError(t, m.SetObjectID("obj"))
		m.SetTimestamp(when)
		v := m.SetVehicleExt()
		require.NoError(t, v.SetLicense("L"))
		v.Mask().Append([]float64{1, 2})
		m.ObjSignature().Set([]float64{1})
		u, err := o.AttachToFrame(f1)
		require.NoError(t, err)
		_ = u
		schematest.CopyFrameUserMeta(f1, f2)
		for u := range f1.UserMeta() {
			f1.RemoveUserMeta(u)
		}
		for u := range f2.UserMeta() {
			f2.RemoveUserMeta(u)
		}
		if leak.Count("schema.event_msgs") != 0 {
			t.Fatalf("cycle %d: %d event messages alive", i, leak.Count("schema.event_msgs"))
		}
	}
}

func TestEventMsgBadInput(t *testing.T) {
	testmain.NoLeaks(t)
	o := schema.NewEventMsg()
	defer o.Release()
	m := o.Meta()
	require.NoError(t, m.SetSensorStr("kept"))
	err := m.SetSensorStr("bad\x00")
	require.ErrorIs(t, err, nvds.ErrNUL)
	require.Equal(t, "kept", m.SensorStr())
	require.ErrorIs(t, m.SetVehicle().SetMake("a\x00b"), nvds.ErrNUL)

	if schema.MaxEntries == 0 {
		require.ErrorIs(t, m.SetEntry(0, schema.SourceTime{SourceID: "x"}), schema.ErrUnsupported)
		require.ErrorIs(t, m.SetNumEntries(1), schema.ErrUnsupported)
		_, err := m.Entry(0)
		require.ErrorIs(t, err, schema.ErrUnsupported)
	} else {
		idLen := schema.SourceIDLen // a variable: the constant is 0 before 8.0
		long := strings.Repeat("s", idLen)
		require.ErrorIs(t, m.SetEntry(0, schema.SourceTime{SourceID: long}), nvds.ErrTruncated)
		require.NoError(t, m.SetEntry(0, schema.SourceTime{SourceID: long[:idLen-1]}))
		e, err := m.Entry(0)
		require.NoError(t, err)
		require.Equal(t, long[:idLen-1], e.SourceID)
		require.ErrorIs(t, m.SetEntry(schema.MaxEntries, schema.SourceTime{}), nvds.ErrOutOfRange)
		require.ErrorIs(t, m.SetEntry(-1, schema.SourceTime{}), nvds.ErrOutOfRange)
		require.ErrorIs(t, m.SetEntry(0, schema.SourceTime{SourceID: "a\x00"}), nvds.ErrNUL)
		require.ErrorIs(t, m.SetNumEntries(schema.MaxEntries+1), nvds.ErrOutOfRange)
		_, err = m.Entry(schema.MaxEntries)
		require.ErrorIs(t, err, nvds.ErrOutOfRange)
	}

	_, f1, _ := twoFrames(t)
	p, err := f1.Batch().AcquireUserMeta()
	require.NoError(t, err)
	u := f1.AddUserMeta(p)
	_, ok := schema.EventMsgMetaFromUser(u)
	require.False(t, ok)
	_, ok = schema.PayloadFromUser(u)
	require.False(t, ok)
	_, ok = schema.EventMsgMetaFromUser(nvds.UserMeta{})
	require.False(t, ok)

	o2 := schema.NewEventMsg()
	_, err = o2.AttachToFrame(nvds.FrameMeta{})
	require.ErrorIs(t, err, nvds.ErrNilMeta)
	o2.Release()
	o2.Release()
	_, err = o2.AttachToFrame(f1)
	require.ErrorIs(t, err, nvds.ErrReleased)
	require.Panics(t, func() { o2.Meta() })
	var nilMsg *schema.OwnedEventMsg
	nilMsg.Release()
}

func TestEventAndPayloadAllocators(t *testing.T) {
	testmain.NoLeaks(t)
	o := schema.NewEventMsg()
	defer o.Release()
	e := schema.NewEvent(schema.EventExit, o.Meta())
	require.Equal(t, schema.EventExit, e.Meta().EventType())
	require.Equal(t, o.Meta().UnsafePointer(), e.Meta().Metadata().UnsafePointer())
	e.Meta().SetEventType(schema.EventEntry)
	require.Equal(t, schema.EventEntry, e.Meta().EventType())
	e.Release()
	e.Release()

	p := schema.NewPayload([]byte("hello"), 3)
	require.Equal(t, "hello", string(p.Meta().Bytes()))
	p.Release()
	p.Release()
	require.Panics(t, func() { p.Meta() })
	empty := schema.NewPayload(nil, 0)
	require.Nil(t, empty.Meta().Bytes())
	empty.Release()
}

func TestEventMsgClone(t *testing.T) {
	testmain.NoLeaks(t)
	o := schema.NewEventMsg()
	defer o.Release()
	fill(t, o.Meta())
	c := o.Clone()
	defer c.Release()
	check(t, c.Meta())
}

func TestTimestamp(t *testing.T) {
	require.Equal(t, "2026-03-14T15:09:26.535Z", schema.Timestamp(when))
	loc := time.FixedZone("X", -5*3600)
	require.Equal(t, "2026-03-14T15:09:26.535Z", schema.Timestamp(when.In(loc)))
	require.Equal(t, "2026-03-14T15:09:26.000Z", schema.Timestamp(when.Truncate(time.Second)))
	require.Equal(t, "x2026-03-14T15:09:26.535Z", string(schema.AppendTimestamp([]byte("x"), when)))
	got, err := time.Parse(time.RFC3339, schema.Timestamp(when))
	require.NoError(t, err)
	require.Equal(t, when.Truncate(time.Millisecond), got)
}

func TestEnumStrings(t *testing.T) {
	require.Equal(t, "NVDS_EVENT_PARKED", schema.EventParked.String())
	require.Equal(t, "EventType(99)", schema.EventType(99).String())
	require.Equal(t, "NVDS_OBJECT_TYPE_FACE_EXT", schema.ObjectFaceExt.String())
	require.Equal(t, "NVDS_OBJECT_TYPE_PRODUCT", schema.ObjectProduct.String())
	require.Equal(t, "NVDS_PAYLOAD_DEEPSTREAM_MINIMAL", schema.PayloadMinimal.String())
	if schema.Object3D >= 0 {
		require.Equal(t, "NVDS_OBJECT_TYPE_3D", schema.Object3D.String())
	}
}

func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}
