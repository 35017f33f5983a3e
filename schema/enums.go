package schema

// #include "schema.go.h"
import "C"

import "strconv"

// EventType is NvDsEventType: what happened to the object.
type EventType int32

// Event types.
const (
	EventEntry    EventType = C.NVDS_EVENT_ENTRY
	EventExit     EventType = C.NVDS_EVENT_EXIT
	EventMoving   EventType = C.NVDS_EVENT_MOVING
	EventStopped  EventType = C.NVDS_EVENT_STOPPED
	EventEmpty    EventType = C.NVDS_EVENT_EMPTY
	EventParked   EventType = C.NVDS_EVENT_PARKED
	EventReset    EventType = C.NVDS_EVENT_RESET
	EventReserved EventType = C.NVDS_EVENT_RESERVED
	// EventCustom and values above it are application-defined.
	EventCustom EventType = C.NVDS_EVENT_CUSTOM
)

// String returns the C name, e.g. "NVDS_EVENT_ENTRY".
func (t EventType) String() string {
	switch t {
	case EventEntry:
		return "NVDS_EVENT_ENTRY"
	case EventExit:
		return "NVDS_EVENT_EXIT"
	case EventMoving:
		return "NVDS_EVENT_MOVING"
	case EventStopped:
		return "NVDS_EVENT_STOPPED"
	case EventEmpty:
		return "NVDS_EVENT_EMPTY"
	case EventParked:
		return "NVDS_EVENT_PARKED"
	case EventReset:
		return "NVDS_EVENT_RESET"
	case EventReserved:
		return "NVDS_EVENT_RESERVED"
	case EventCustom:
		return "NVDS_EVENT_CUSTOM"
	}
	return "EventType(" + strconv.Itoa(int(t)) + ")"
}

// ObjectType is NvDsObjectType: what kind of object an event message
// describes, and so what its extMsg points to. The values follow the SDK
// release the package is compiled against (8.0 inserted two values before
// the product types), so they come from the C headers.
type ObjectType int32

// Object types of every supported release.
const (
	ObjectVehicle    ObjectType = C.NVDS_OBJECT_TYPE_VEHICLE
	ObjectPerson     ObjectType = C.NVDS_OBJECT_TYPE_PERSON
	ObjectFace       ObjectType = C.NVDS_OBJECT_TYPE_FACE
	ObjectBag        ObjectType = C.NVDS_OBJECT_TYPE_BAG
	ObjectBicycle    ObjectType = C.NVDS_OBJECT_TYPE_BICYCLE
	ObjectRoadSign   ObjectType = C.NVDS_OBJECT_TYPE_ROADSIGN
	ObjectVehicleExt ObjectType = C.NVDS_OBJECT_TYPE_VEHICLE_EXT
	ObjectPersonExt  ObjectType = C.NVDS_OBJECT_TYPE_PERSON_EXT
	ObjectFaceExt    ObjectType = C.NVDS_OBJECT_TYPE_FACE_EXT
	ObjectProduct    ObjectType = C.NVDS_OBJECT_TYPE_PRODUCT
	ObjectProductExt ObjectType = C.NVDS_OBJECT_TYPE_PRODUCT_EXT
	ObjectReserved   ObjectType = C.NVDS_OBJECT_TYPE_RESERVED
	ObjectCustom     ObjectType = C.NVDS_OBJECT_TYPE_CUSTOM
	ObjectUnknown    ObjectType = C.NVDS_OBJECT_TYPE_UNKNOWN
)

// Object types of DeepStream 8.0 and later; -1 when compiled against
// older headers.
const (
	Object3D    ObjectType = C.GODS_SCHEMA_OBJECT_TYPE_3D
	ObjectDummy ObjectType = C.GODS_SCHEMA_OBJECT_TYPE_DUMMY
)

// String returns the C name, e.g. "NVDS_OBJECT_TYPE_VEHICLE".
func (t ObjectType) String() string {
	switch t {
	case ObjectVehicle:
		return "NVDS_OBJECT_TYPE_VEHICLE"
	case ObjectPerson:
		return "NVDS_OBJECT_TYPE_PERSON"
	case ObjectFace:
		return "NVDS_OBJECT_TYPE_FACE"
	case ObjectBag:
		return "NVDS_OBJECT_TYPE_BAG"
	case ObjectBicycle:
		return "NVDS_OBJECT_TYPE_BICYCLE"
	case ObjectRoadSign:
		return "NVDS_OBJECT_TYPE_ROADSIGN"
	case ObjectVehicleExt:
		return "NVDS_OBJECT_TYPE_VEHICLE_EXT"
	case ObjectPersonExt:
		return "NVDS_OBJECT_TYPE_PERSON_EXT"
	case ObjectFaceExt:
		return "NVDS_OBJECT_TYPE_FACE_EXT"
	case ObjectProduct:
		return "NVDS_OBJECT_TYPE_PRODUCT"
	case ObjectProductExt:
		return "NVDS_OBJECT_TYPE_PRODUCT_EXT"
	case ObjectReserved:
		return "NVDS_OBJECT_TYPE_RESERVED"
	case ObjectCustom:
		return "NVDS_OBJECT_TYPE_CUSTOM"
	case ObjectUnknown:
		return "NVDS_OBJECT_TYPE_UNKNOWN"
	}
	if t >= 0 && t == Object3D {
		return "NVDS_OBJECT_TYPE_3D"
	}
	if t >= 0 && t == ObjectDummy {
		return "NVDS_OBJECT_TYPE_DUMMY"
	}
	return "ObjectType(" + strconv.Itoa(int(t)) + ")"
}

// PayloadType is NvDsPayloadType: the schema nvmsgconv generates
// (its payload-type property).
type PayloadType int32

// Payload types.
const (
	// PayloadFull is the full DeepStream schema: one JSON message per
	// event (payload-type 0).
	PayloadFull PayloadType = C.NVDS_PAYLOAD_DEEPSTREAM
	// PayloadMinimal is the minimal schema: one JSON message per frame with
	// one string per object (payload-type 1).
	PayloadMinimal  PayloadType = C.NVDS_PAYLOAD_DEEPSTREAM_MINIMAL
	PayloadProtobuf PayloadType = C.NVDS_PAYLOAD_DEEPSTREAM_PROTOBUF
	PayloadReserved PayloadType = C.NVDS_PAYLOAD_RESERVED
	PayloadCustom   PayloadType = C.NVDS_PAYLOAD_CUSTOM
)

// String returns the C name, e.g. "NVDS_PAYLOAD_DEEPSTREAM".
func (t PayloadType) String() string {
	switch t {
	case PayloadFull:
		return "NVDS_PAYLOAD_DEEPSTREAM"
	case PayloadMinimal:
		return "NVDS_PAYLOAD_DEEPSTREAM_MINIMAL"
	case PayloadProtobuf:
		return "NVDS_PAYLOAD_DEEPSTREAM_PROTOBUF"
	case PayloadReserved:
		return "NVDS_PAYLOAD_RESERVED"
	case PayloadCustom:
		return "NVDS_PAYLOAD_CUSTOM"
	}
	return "PayloadType(" + strconv.Itoa(int(t)) + ")"
}
