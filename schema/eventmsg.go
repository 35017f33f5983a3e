package schema

// #include "schema.go.h"
import "C"

import (
	"strings"
	"time"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// EventMsgMeta is a view of an NvDsEventMsgMeta: one event about one
// object, which nvmsgconv turns into a schema message. It is valid only
// while the event message is: while the user meta holding it is alive
// (inside the probe that produced the view), or until an OwnedEventMsg is
// released or attached. Every char* and array it owns is g_malloc'ed, and
// setters free the old value.
type EventMsgMeta struct{ p *C.NvDsEventMsgMeta }

// EventMsgMetaFromUnsafePointer wraps an NvDsEventMsgMeta* (borrowed).
func EventMsgMetaFromUnsafePointer(p unsafe.Pointer) EventMsgMeta {
	return EventMsgMeta{(*C.NvDsEventMsgMeta)(p)}
}

// UnsafePointer returns the NvDsEventMsgMeta*.
func (m EventMsgMeta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(m.p) }

// IsNil reports whether the view holds no event message.
func (m EventMsgMeta) IsNil() bool { return m.p == nil }

// EventMsgMetaFromUser returns the event message an NVDS_EVENT_MSG_META
// user meta carries, and false for any other user meta (or one with no
// data): nvds.Payloads(frame.UserMeta(), schema.EventMsgMetaFromUser)
// ranges over a frame's event messages, where nvmsgconv looks for them.
func EventMsgMetaFromUser(u nvds.UserMeta) (EventMsgMeta, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeEventMsg || u.Data() == nil {
		return EventMsgMeta{}, false
	}
	return EventMsgMeta{(*C.NvDsEventMsgMeta)(u.Data())}, true
}

// Type is type: what happened.
func (m EventMsgMeta) Type() EventType { return EventType(m.p._type) }

// SetType writes type.
func (m EventMsgMeta) SetType(t EventType) { m.p._type = C.NvDsEventType(t) }

// ObjType is objType: what extMsg holds. SetVehicle and friends set it;
// SetObjType alone does not change extMsg.
func (m EventMsgMeta) ObjType() ObjectType { return ObjectType(m.p.objType) }

// SetObjType writes objType, unless the ext object the message holds is
// of another type: then it returns ErrWrongObjectType and changes nothing
// (wraps gods_schema_msg_set_obj_type). objType tells every reader,
// nvmsgconv included, what extMsg points to, so the two must agree: after
// SetVehicle only ObjectVehicle is accepted; over a SetExtBlob block only
// types without an ext struct (ObjectCustom, ObjectUnknown, ObjectBag, ...).
// With no ext object any type is accepted. To change the type of the
// object, call the setter of the new one (SetPerson, ...) or ClearExt
// first.
func (m EventMsgMeta) SetObjType(t ObjectType) error {
	if C.gods_schema_msg_set_obj_type(m.p, C.NvDsObjectType(t)) != 0 {
		return &nvds.Error{Op: "schema.EventMsgMeta.SetObjType", Err: ErrWrongObjectType,
			Msg: "the ext object is " + m.extKind().String() + ", not " + t.String() + "; ClearExt first"}
	}
	return nil
}

// extKind is what extMsg really is: an ObjectType with an ext struct,
// extNone or extBlob.
func (m EventMsgMeta) extKind() extKind { return extKind(C.gods_schema_msg_ext_kind(m.p)) }

// BBox is bbox: the object's box in the frame.
func (m EventMsgMeta) BBox() Rect { return Rect{&m.p.bbox} }

// Location is location: the object's geolocation.
func (m EventMsgMeta) Location() GeoLocation { return GeoLocation{&m.p.location} }

// Coordinate is coordinate: the object's position in the world.
func (m EventMsgMeta) Coordinate() Coordinate { return Coordinate{&m.p.coordinate} }

// ObjSignature is objSignature: the object's signature vector.
func (m EventMsgMeta) ObjSignature() ObjectSignature {
	return ObjectSignature{&m.p.objSignature, m.p}
}

// ObjClassID is objClassId.
func (m EventMsgMeta) ObjClassID() int32 { return int32(m.p.objClassId) }

// SetObjClassID writes objClassId.
func (m EventMsgMeta) SetObjClassID(v int32) { m.p.objClassId = C.gint(v) }

// SensorID is sensorId: selects the [sensorN] group of the nvmsgconv
// configuration.
func (m EventMsgMeta) SensorID() int32 { return int32(m.p.sensorId) }

// SetSensorID writes sensorId.
func (m EventMsgMeta) SetSensorID(v int32) { m.p.sensorId = C.gint(v) }

// ModuleID is moduleId: selects the [analyticsN] group.
func (m EventMsgMeta) ModuleID() int32 { return int32(m.p.moduleId) }

// SetModuleID writes moduleId.
func (m EventMsgMeta) SetModuleID(v int32) { m.p.moduleId = C.gint(v) }

// PlaceID is placeId: selects the [placeN] group.
func (m EventMsgMeta) PlaceID() int32 { return int32(m.p.placeId) }

// SetPlaceID writes placeId.
func (m EventMsgMeta) SetPlaceID(v int32) { m.p.placeId = C.gint(v) }

// ComponentID is componentId.
func (m EventMsgMeta) ComponentID() int32 { return int32(m.p.componentId) }

// SetComponentID writes componentId.
func (m EventMsgMeta) SetComponentID(v int32) { m.p.componentId = C.gint(v) }

// FrameID is frameId.
func (m EventMsgMeta) FrameID() int32 { return int32(m.p.frameId) }

// SetFrameID writes frameId.
func (m EventMsgMeta) SetFrameID(v int32) { m.p.frameId = C.gint(v) }

// Confidence is confidence.
func (m EventMsgMeta) Confidence() float64 { return float64(m.p.confidence) }

// SetConfidence writes confidence.
func (m EventMsgMeta) SetConfidence(v float64) { m.p.confidence = C.gdouble(v) }

// TrackingID is trackingId.
func (m EventMsgMeta) TrackingID() uint64 { return uint64(m.p.trackingId) }

// SetTrackingID writes trackingId.
func (m EventMsgMeta) SetTrackingID(v uint64) { m.p.trackingId = C.guint64(v) }

// TS is ts: the event's time as RFC 3339 text (see Timestamp).
func (m EventMsgMeta) TS() string { return cstr(m.p.ts) }

// SetTS replaces ts with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (m EventMsgMeta) SetTS(s string) error {
	return setString("schema.EventMsgMeta.SetTS", &m.p.ts, s)
}

// SetTimestamp sets ts to t in UTC with millisecond precision,
// "2006-01-02T15:04:05.000Z" (what pyds's generate_ts_rfc3339 writes).
func (m EventMsgMeta) SetTimestamp(t time.Time) {
	var buf [len(TimestampLayout)]byte
	s := t.UTC().AppendFormat(buf[:0], TimestampLayout)
	C.gods_set_owned_string(&m.p.ts, (*C.char)(unsafe.Pointer(&s[0])), C.ptrdiff_t(len(s)))
}

// ObjectID is objectId: the object's label for NVDS_OBJECT_TYPE_UNKNOWN.
func (m EventMsgMeta) ObjectID() string { return cstr(m.p.objectId) }

// SetObjectID replaces objectId with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (m EventMsgMeta) SetObjectID(s string) error {
	return setString("schema.EventMsgMeta.SetObjectID", &m.p.objectId, s)
}

// SensorStr is sensorStr: the sensor's name; the minimal schema's sensorId
// when set.
func (m EventMsgMeta) SensorStr() string { return cstr(m.p.sensorStr) }

// SetSensorStr replaces sensorStr with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (m EventMsgMeta) SetSensorStr(s string) error {
	return setString("schema.EventMsgMeta.SetSensorStr", &m.p.sensorStr, s)
}

// OtherAttrs is otherAttrs.
func (m EventMsgMeta) OtherAttrs() string { return cstr(m.p.otherAttrs) }

// SetOtherAttrs replaces otherAttrs with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (m EventMsgMeta) SetOtherAttrs(s string) error {
	return setString("schema.EventMsgMeta.SetOtherAttrs", &m.p.otherAttrs, s)
}

// VideoPath is videoPath.
func (m EventMsgMeta) VideoPath() string { return cstr(m.p.videoPath) }

// SetVideoPath replaces videoPath with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (m EventMsgMeta) SetVideoPath(s string) error {
	return setString("schema.EventMsgMeta.SetVideoPath", &m.p.videoPath, s)
}

// ExtMsg is extMsg, the ext object (see Vehicle and friends), and
// ExtMsgSize its size in bytes.
func (m EventMsgMeta) ExtMsg() unsafe.Pointer { return unsafe.Pointer(m.p.extMsg) }

// ExtMsgSize is extMsgSize: the byte size of the object extMsg points to.
func (m EventMsgMeta) ExtMsgSize() uint32 { return uint32(m.p.extMsgSize) }

// SetExtBlob replaces extMsg with a g_malloc'ed copy of data, freeing the
// previous ext object (wraps gods_schema_msg_set_ext_blob). For object
// types without a known ext struct (custom types): such an extMsg is
// copied and freed as a flat block. Set objType to such a type first: while
// objType names a type with an ext struct (ObjectVehicle, the zero value,
// and the other types of SetVehicle and friends), a non-empty blob is
// refused with ErrWrongObjectType, as readers would take it for that
// struct. An empty data clears extMsg.
func (m EventMsgMeta) SetExtBlob(data []byte) error {
	var first unsafe.Pointer
	if len(data) > 0 {
		first = unsafe.Pointer(&data[0])
	}
	if C.gods_schema_msg_set_ext_blob(m.p, first, C.guint(len(data))) != 0 {
		return &nvds.Error{Op: "schema.EventMsgMeta.SetExtBlob", Err: ErrWrongObjectType,
			Msg: "objType " + m.ObjType().String() + " has an ext struct; set a type without one first"}
	}
	return nil
}

// ClearExt frees extMsg and what it owns, leaving objType alone.
func (m EventMsgMeta) ClearExt() { C.gods_schema_msg_clear_ext(m.p) }

func (m EventMsgMeta) newExt(t ObjectType) unsafe.Pointer {
	return C.gods_schema_msg_new_ext(m.p, C.NvDsObjectType(t))
}

// ext returns extMsg when objType is t and the ext object really is a t
// (its recorded kind; by extMsgSize for one allocated elsewhere).
func (m EventMsgMeta) ext(op string, t ObjectType) (unsafe.Pointer, error) {
	if m.ObjType() != t || m.extKind() != extKind(t) {
		return nil, opError(op, ErrWrongObjectType)
	}
	return unsafe.Pointer(m.p.extMsg), nil
}

// SetVehicle replaces extMsg with a new, empty NvDsVehicleObject owned by
// the event message (freeing the previous one), sets objType to
// ObjectVehicle, and returns it to fill in (pyds alloc_nvds_vehicle_object
// plus the extMsg assignment).
func (m EventMsgMeta) SetVehicle() VehicleObject {
	return VehicleObject{(*C.NvDsVehicleObject)(m.newExt(ObjectVehicle))}
}

// Vehicle returns the vehicle object; ErrWrongObjectType unless objType is
// ObjectVehicle and extMsg one.
func (m EventMsgMeta) Vehicle() (VehicleObject, error) {
	p, err := m.ext("schema.EventMsgMeta.Vehicle", ObjectVehicle)
	return VehicleObject{(*C.NvDsVehicleObject)(p)}, err
}

// SetPerson is SetVehicle for an NvDsPersonObject (ObjectPerson).
func (m EventMsgMeta) SetPerson() PersonObject {
	return PersonObject{(*C.NvDsPersonObject)(m.newExt(ObjectPerson))}
}

// Person returns the person object (objType ObjectPerson).
func (m EventMsgMeta) Person() (PersonObject, error) {
	p, err := m.ext("schema.EventMsgMeta.Person", ObjectPerson)
	return PersonObject{(*C.NvDsPersonObject)(p)}, err
}

// SetFace is SetVehicle for an NvDsFaceObject (ObjectFace).
func (m EventMsgMeta) SetFace() FaceObject {
	return FaceObject{(*C.NvDsFaceObject)(m.newExt(ObjectFace))}
}

// Face returns the face object (objType ObjectFace).
func (m EventMsgMeta) Face() (FaceObject, error) {
	p, err := m.ext("schema.EventMsgMeta.Face", ObjectFace)
	return FaceObject{(*C.NvDsFaceObject)(p)}, err
}

// SetProduct is SetVehicle for an NvDsProductObject (ObjectProduct).
func (m EventMsgMeta) SetProduct() ProductObject {
	return ProductObject{(*C.NvDsProductObject)(m.newExt(ObjectProduct))}
}

// Product returns the product object (objType ObjectProduct).
func (m EventMsgMeta) Product() (ProductObject, error) {
	p, err := m.ext("schema.EventMsgMeta.Product", ObjectProduct)
	return ProductObject{(*C.NvDsProductObject)(p)}, err
}

// SetVehicleExt is SetVehicle for an NvDsVehicleObjectExt
// (ObjectVehicleExt).
func (m EventMsgMeta) SetVehicleExt() VehicleObjectExt { return vehicleExt(m.newExt(ObjectVehicleExt)) }

// VehicleExt returns the vehicle Ext object (objType ObjectVehicleExt).
func (m EventMsgMeta) VehicleExt() (VehicleObjectExt, error) {
	p, err := m.ext("schema.EventMsgMeta.VehicleExt", ObjectVehicleExt)
	return vehicleExt(p), err
}

// SetPersonExt is SetVehicle for an NvDsPersonObjectExt (ObjectPersonExt).
func (m EventMsgMeta) SetPersonExt() PersonObjectExt { return personExt(m.newExt(ObjectPersonExt)) }

// PersonExt returns the person Ext object (objType ObjectPersonExt).
func (m EventMsgMeta) PersonExt() (PersonObjectExt, error) {
	p, err := m.ext("schema.EventMsgMeta.PersonExt", ObjectPersonExt)
	return personExt(p), err
}

// SetFaceExt is SetVehicle for an NvDsFaceObjectExt (ObjectFaceExt).
func (m EventMsgMeta) SetFaceExt() FaceObjectExt { return faceExt(m.newExt(ObjectFaceExt)) }

// FaceExt returns the face Ext object (objType ObjectFaceExt).
func (m EventMsgMeta) FaceExt() (FaceObjectExt, error) {
	p, err := m.ext("schema.EventMsgMeta.FaceExt", ObjectFaceExt)
	return faceExt(p), err
}

// SetProductExt is SetVehicle for an NvDsProductObjectExt
// (ObjectProductExt).
func (m EventMsgMeta) SetProductExt() ProductObjectExt { return productExt(m.newExt(ObjectProductExt)) }

// ProductExt returns the product Ext object (objType ObjectProductExt).
func (m EventMsgMeta) ProductExt() (ProductObjectExt, error) {
	p, err := m.ext("schema.EventMsgMeta.ProductExt", ObjectProductExt)
	return productExt(p), err
}

// Joints returns pose.joints as a slice over the C array (no copy), valid
// until the pose is set again or the event message released.
func (m EventMsgMeta) Joints() []Joint {
	if m.p.pose.joints == nil || m.p.pose.num_joints <= 0 {
		return nil
	}
	return unsafe.Slice((*Joint)(unsafe.Pointer(m.p.pose.joints)), int(m.p.pose.num_joints))
}

// PoseType is pose.pose_type (0: 2D, 1: 3D, 2: 2.5D).
func (m EventMsgMeta) PoseType() int32 { return int32(m.p.pose.pose_type) }

// SetPose replaces pose with a g_malloc'ed copy of joints (num_joints =
// len(joints)) and sets pose_type, freeing the old joints.
func (m EventMsgMeta) SetPose(poseType int32, joints []Joint) {
	var first *C.NvDsJoint
	if len(joints) > 0 {
		first = (*C.NvDsJoint)(unsafe.Pointer(&joints[0]))
	}
	C.gods_schema_set_pose(m.p, first, C.int(len(joints)), C.int(poseType))
}

// Embedding returns embedding.embedding_vector as a slice over the C array
// (no copy), valid until the embedding is set again.
func (m EventMsgMeta) Embedding() []float32 {
	e := &m.p.embedding
	if e.embedding_vector == nil || e.embedding_length == 0 {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(e.embedding_vector)), int(e.embedding_length))
}

// SetEmbedding replaces the embedding with a g_malloc'ed copy of v.
func (m EventMsgMeta) SetEmbedding(v []float32) {
	var first *C.float
	if len(v) > 0 {
		first = (*C.float)(unsafe.Pointer(&v[0]))
	}
	C.gods_schema_set_embedding(m.p, first, C.guint(len(v)))
}

// Has3DTracking is has3DTracking: whether the single-view 3D tracking
// fields below are valid.
func (m EventMsgMeta) Has3DTracking() bool { return bool(m.p.has3DTracking) }

// SetHas3DTracking writes has3DTracking.
func (m EventMsgMeta) SetHas3DTracking(v bool) {
	m.p.has3DTracking = C.bool(v)
}

// WorldFeet is singleView3DTracking.ptWorldFeet: the foot point on the
// world ground plane.
func (m EventMsgMeta) WorldFeet() [2]float32 {
	t := &m.p.singleView3DTracking
	return [2]float32{float32(t.ptWorldFeet[0]), float32(t.ptWorldFeet[1])}
}

// SetWorldFeet writes ptWorldFeet.
func (m EventMsgMeta) SetWorldFeet(v [2]float32) {
	t := &m.p.singleView3DTracking
	t.ptWorldFeet[0], t.ptWorldFeet[1] = C.gfloat(v[0]), C.gfloat(v[1])
}

// ImageFeet is singleView3DTracking.ptImgFeet: the foot point in the image.
func (m EventMsgMeta) ImageFeet() [2]float32 {
	t := &m.p.singleView3DTracking
	return [2]float32{float32(t.ptImgFeet[0]), float32(t.ptImgFeet[1])}
}

// SetImageFeet writes ptImgFeet.
func (m EventMsgMeta) SetImageFeet(v [2]float32) {
	t := &m.p.singleView3DTracking
	t.ptImgFeet[0], t.ptImgFeet[1] = C.gfloat(v[0]), C.gfloat(v[1])
}

// ConvexHull returns singleView3DTracking.convexHull as points over the C
// array (no copy; numFilled points of two gint each).
func (m EventMsgMeta) ConvexHull() []Point2 {
	h := &m.p.singleView3DTracking.convexHull
	if h.points == nil || h.numFilled == 0 {
		return nil
	}
	return unsafe.Slice((*Point2)(unsafe.Pointer(h.points)), int(h.numFilled))
}

// SetConvexHull replaces the convex hull with a g_malloc'ed copy of pts.
func (m EventMsgMeta) SetConvexHull(pts []Point2) {
	var first *C.gint
	if len(pts) > 0 {
		first = (*C.gint)(unsafe.Pointer(&pts[0]))
	}
	C.gods_schema_set_convex_hull(m.p, first, C.guint(len(pts)))
}

// Visibility is the object's visibility. Up to DeepStream 9.0 it is
// singleView3DTracking.visibility. From 9.1 on it is the event message's
// own visibility field, because 9.1 moved it.
func (m EventMsgMeta) Visibility() float32 { return float32(C.gods_schema_msg_visibility(m.p)) }

// SetVisibility writes the object's visibility, wherever this release keeps it.
func (m EventMsgMeta) SetVisibility(v float32) {
	C.gods_schema_msg_set_visibility(m.p, C.float(v))
}

// NumEntries is count: how many of entries are used (DeepStream 8.0 and
// later; always 0 before).
func (m EventMsgMeta) NumEntries() int { return int(C.gods_schema_msg_entry_count(m.p)) }

// SetNumEntries sets count; nvds.ErrOutOfRange beyond MaxEntries,
// ErrUnsupported before 8.0.
func (m EventMsgMeta) SetNumEntries(n int) error {
	if MaxEntries == 0 {
		return opError("schema.EventMsgMeta.SetNumEntries", ErrUnsupported)
	}
	if C.gods_schema_msg_set_entry_count(m.p, C.int(n)) != 0 {
		return opError("schema.EventMsgMeta.SetNumEntries", nvds.ErrOutOfRange)
	}
	return nil
}

// Entry returns entries[i].
func (m EventMsgMeta) Entry(i int) (SourceTime, error) {
	if MaxEntries == 0 {
		return SourceTime{}, opError("schema.EventMsgMeta.Entry", ErrUnsupported)
	}
	if i < 0 || i >= MaxEntries {
		return SourceTime{}, opError("schema.EventMsgMeta.Entry", nvds.ErrOutOfRange)
	}
	src := C.gods_schema_msg_entry_source(m.p, C.int(i))
	return SourceTime{fixedString(src, SourceIDLen), uint64(C.gods_schema_msg_entry_timestamp(m.p, C.int(i)))}, nil
}

// SetEntry writes entries[i]. A source id longer than SourceIDLen-1 bytes
// is rejected with nvds.ErrTruncated (nothing written): an id cut short
// would name another source.
func (m EventMsgMeta) SetEntry(i int, e SourceTime) error {
	const op = "schema.EventMsgMeta.SetEntry"
	switch {
	case MaxEntries == 0:
		return opError(op, ErrUnsupported)
	case i < 0 || i >= MaxEntries:
		return opError(op, nvds.ErrOutOfRange)
	case containsNUL(e.SourceID): // the NUL rule first, as in every string setter
		return opError(op, nvds.ErrNUL)
	case len(e.SourceID) >= SourceIDLen:
		return opError(op, nvds.ErrTruncated)
	}
	C.gods_schema_msg_set_entry(m.p, C.int(i), (*C.char)(unsafe.Pointer(unsafe.StringData(e.SourceID))),
		C.size_t(len(e.SourceID)), C.guint64(e.Timestamp))
	return nil
}

func containsNUL(s string) bool { return strings.IndexByte(s, 0) >= 0 }

// fixedString reads a NUL-terminated char array of capacity bytes.
func fixedString(p *C.char, capacity int) string {
	if p == nil {
		return ""
	}
	return nvds.FixedString(unsafe.Slice((*byte)(unsafe.Pointer(p)), capacity))
}

// OwnedEventMsg is an event message allocated by Go (g_malloc0, pyds
// alloc_nvds_event_msg_meta) and not yet handed to DeepStream. Release
// frees it and everything it owns; AttachToFrame hands it to a frame
// instead, after which the user meta owns it.
type OwnedEventMsg struct{ p *C.NvDsEventMsgMeta }

// NewEventMsg allocates a zeroed event message; the caller owns it.
func NewEventMsg() *OwnedEventMsg { return &OwnedEventMsg{C.gods_schema_msg_new()} }

// Meta returns the view for filling in fields. It panics after Release or
// AttachToFrame.
func (o *OwnedEventMsg) Meta() EventMsgMeta {
	if o == nil || o.p == nil {
		panic("schema: OwnedEventMsg used after Release or AttachToFrame")
	}
	return EventMsgMeta{o.p}
}

// Release frees the event message and everything it owns. Safe on nil and
// when called twice.
func (o *OwnedEventMsg) Release() {
	if o == nil || o.p == nil {
		return
	}
	C.gods_schema_msg_free(o.p)
	o.p = nil
}

// Clone returns a deep copy the caller owns (what the copy function makes
// when DeepStream copies the meta).
func (o *OwnedEventMsg) Clone() *OwnedEventMsg {
	return &OwnedEventMsg{C.gods_schema_msg_dup(o.Meta().p)}
}

// AttachToFrame attaches the event message to frame as an
// NVDS_EVENT_MSG_META user meta, where nvmsgconv looks for it: it acquires
// the user meta from the batch's pool (nvds_acquire_user_meta_from_pool),
// installs this package's C copy and release functions, which deep-copy and
// free the message with everything it owns, and attaches it
// (nvds_add_user_meta_to_frame), in one C call. It consumes o; on error o
// is left as it was.
func (o *OwnedEventMsg) AttachToFrame(frame nvds.FrameMeta) (EventMsgMeta, error) {
	const op = "schema.OwnedEventMsg.AttachToFrame"
	if o == nil || o.p == nil {
		return EventMsgMeta{}, opError(op, nvds.ErrReleased)
	}
	if frame.IsNil() {
		return EventMsgMeta{}, opError(op, nvds.ErrNilMeta)
	}
	if C.gods_schema_attach_msg((*C.NvDsFrameMeta)(frame.UnsafePointer()), o.p) == nil {
		return EventMsgMeta{}, opError(op, nvds.ErrPoolExhausted)
	}
	m := EventMsgMeta{o.p}
	o.p = nil
	return m, nil
}
