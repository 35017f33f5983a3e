package schema

// #include "schema.go.h"
import "C"

import (
	"crypto/rand"
	"math"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Encoder turns event messages into DeepStream message-schema JSON, as
// nvmsgconv's built-in library does for payload-type 0 (PayloadFull, one
// message per event) and 1 (PayloadMinimal, one message per frame). It is
// pure Go: it reads the C structs in place, makes no cgo call, and appends
// to a caller's buffer. docs/event-schema.md describes both documents.
//
// Make one with NewEncoder; the zero Encoder has no configuration (the full
// schema's place, sensor and analyticsModule are null). An Encoder is safe
// for concurrent use if NewID is.
type Encoder struct {
	// NewID makes the full schema's messageid and event id. Nil means a
	// random (version 4) UUID, as nvmsgconv makes.
	NewID func() string
	// Strict makes a missing sensor, place or analytics entry an error
	// (ErrNoConfig). Otherwise the member is null, as nvmsgconv writes it.
	Strict bool

	cfg Config
	// The configuration's objects, rendered once: they do not depend on
	// the event message, except for the place's sub-object (by placeSub).
	sensors   map[int32][]byte
	places    map[int32]*[numPlaceSubs][]byte
	analytics map[int32][]byte
}

// NewEncoder returns an Encoder for cfg: the full schema takes its
// sensor, place and analytics module from cfg by the event message's
// sensorId, placeId and moduleId, and the minimal schema its sensorId when
// the message has no sensorStr. cfg is rendered to JSON here once; later
// changes to its maps are not seen.
func NewEncoder(cfg Config) *Encoder {
	e := &Encoder{cfg: cfg, sensors: map[int32][]byte{}, places: map[int32]*[numPlaceSubs][]byte{}, analytics: map[int32][]byte{}}
	for id, s := range cfg.Sensors {
		w := jw{}
		w.open()
		w.key("id")
		w.str(s.ID)
		w.key("type")
		w.str(s.Type)
		w.key("description")
		w.str(s.Description)
		w.key("location")
		w.latLonAlt(s.Location[0], s.Location[1], s.Location[2])
		w.key("coordinate")
		w.xyz(s.Coordinate[0], s.Coordinate[1], s.Coordinate[2])
		w.close()
		e.sensors[id] = w.b
	}
	for id, pl := range cfg.Places {
		var r [numPlaceSubs][]byte
		for sub := range placeSub(numPlaceSubs) {
			w := jw{}
			renderPlace(&w, &pl, sub)
			r[sub] = w.b
		}
		e.places[id] = &r
	}
	for id, a := range cfg.Analytics {
		w := jw{}
		w.open()
		w.key("id")
		w.str(a.ID)
		w.key("description")
		w.str(a.Description)
		w.key("source")
		w.str(a.Source)
		w.key("version")
		w.str(a.Version)
		w.close()
		e.analytics[id] = w.b
	}
	return e
}

// Config returns the configuration the Encoder was made with.
func (e *Encoder) Config() Config { return e.cfg }

// placeSub is which sub-object a place gets, by event (and object) type.
type placeSub int

const (
	placeSubNone placeSub = iota
	placeSubAisle
	placeSubParkingSpot
	placeSubEntrance
	numPlaceSubs
)

func placeSubOf(m EventMsgMeta) placeSub {
	switch m.Type() {
	case EventMoving, EventStopped:
		return placeSubAisle
	case EventEmpty, EventParked:
		return placeSubParkingSpot
	case EventEntry, EventExit:
		if m.ObjType() == ObjectVehicle {
			return placeSubAisle
		}
		return placeSubEntrance
	}
	return placeSubNone
}

// Encode returns the payloads nvmsgconv would generate for the event
// messages of one frame: one per message for PayloadFull, one for all of
// them for PayloadMinimal. Other payload types are not JSON schemas and
// give nvds.ErrOutOfRange.
func (e *Encoder) Encode(t PayloadType, msgs ...EventMsgMeta) ([][]byte, error) {
	switch t {
	case PayloadFull:
		out := make([][]byte, 0, len(msgs))
		for _, m := range msgs {
			b, err := e.AppendFull(nil, m)
			if err != nil {
				return nil, err
			}
			out = append(out, b)
		}
		return out, nil
	case PayloadMinimal:
		b, err := e.AppendMinimal(nil, msgs...)
		if err != nil {
			return nil, err
		}
		return [][]byte{b}, nil
	}
	return nil, &nvds.Error{Op: "schema.Encoder.Encode", Err: nvds.ErrOutOfRange, Msg: "payload type " + t.String() + " is not a JSON schema"}
}

// AppendFull appends the full-schema message of m to dst.
func (e *Encoder) AppendFull(dst []byte, m EventMsgMeta) ([]byte, error) {
	const op = "schema.Encoder.AppendFull"
	if m.IsNil() {
		return dst, opError(op, nvds.ErrNilMeta)
	}
	p := m.p
	w := jw{b: dst}
	w.open()
	w.key("messageid")
	w.id(e.NewID)
	w.key("mdsversion")
	w.str("1.0")
	w.key("@timestamp")
	w.cstr(p.ts)

	w.key("place")
	if r, ok := e.places[int32(p.placeId)]; ok {
		w.raw(r[placeSubOf(m)])
	} else if e.Strict {
		return dst, &nvds.Error{Op: op, Err: ErrNoConfig, Msg: "place " + strconv.Itoa(int(p.placeId))}
	} else {
		w.null()
	}
	w.key("sensor")
	if r, ok := e.sensors[int32(p.sensorId)]; ok {
		w.raw(r)
	} else if e.Strict {
		return dst, &nvds.Error{Op: op, Err: ErrNoConfig, Msg: "sensor " + strconv.Itoa(int(p.sensorId))}
	} else {
		w.null()
	}
	w.key("analyticsModule")
	if r, ok := e.analytics[int32(p.moduleId)]; ok {
		w.raw(r)
	} else if e.Strict {
		return dst, &nvds.Error{Op: op, Err: ErrNoConfig, Msg: "analytics " + strconv.Itoa(int(p.moduleId))}
	} else {
		w.null()
	}

	w.key("object")
	object(&w, m)

	w.key("event")
	w.open()
	w.key("id")
	w.id(e.NewID)
	if name := eventTypeName(m.Type()); name != "" {
		w.key("type")
		w.str(name)
	}
	w.close()

	w.key("videoPath")
	w.cstr(p.videoPath)
	w.close()
	if w.err != nil {
		return dst, &nvds.Error{Op: op, Err: nvds.ErrOutOfRange, Msg: w.err.Error()}
	}
	return w.b, nil
}

// renderPlace writes a place object with the given sub-object.
func renderPlace(w *jw, pl *Place, sub placeSub) {
	w.open()
	w.key("id")
	w.str(pl.ID)
	w.key("name")
	w.str(pl.Name)
	w.key("type")
	w.str(pl.Type)
	w.key("location")
	w.latLonAlt(pl.Location[0], pl.Location[1], pl.Location[2])
	var name string
	var keys [3]string
	switch sub {
	case placeSubAisle:
		name, keys = "aisle", [3]string{"id", "name", "level"}
	case placeSubParkingSpot:
		name, keys = "parkingSpot", [3]string{"id", "type", "level"}
	case placeSubEntrance:
		name, keys = "entrance", [3]string{"name", "lane", "level"}
	}
	if name != "" {
		w.key(name)
		w.open()
		for i, v := range [3]string{pl.SubField1, pl.SubField2, pl.SubField3} {
			w.key(keys[i])
			w.str(v)
		}
		w.key("coordinate")
		w.xyz(pl.Coordinate[0], pl.Coordinate[1], pl.Coordinate[2])
		w.close()
	}
	w.close()
}

// object writes the full schema's object member.
func object(w *jw, m EventMsgMeta) {
	p := m.p
	w.open()
	w.key("id")
	w.uint(uint64(p.trackingId), true)
	w.key("speed")
	w.num(0)
	w.key("direction")
	w.num(0)
	w.key("orientation")
	w.num(0)

	ext := unsafe.Pointer(p.extMsg)
	known := m.hasExt(m.ObjType()) // the object's recorded kind, not objType alone
	var mask *C.GList
	switch t := m.ObjType(); t {
	case ObjectVehicle, ObjectVehicleExt:
		w.key("vehicle")
		w.open()
		if p.extMsgSize == 0 {
			for _, k := range [...]string{"type", "make", "model", "color", "licenseState", "license"} {
				w.key(k)
				w.str("")
			}
			w.key("confidence")
			w.num(1)
		} else if ext != nil && known {
			v := (*C.NvDsVehicleObject)(ext)
			fields := [...]struct {
				k string
				v *C.gchar
			}{{"type", v._type}, {"make", v.make}, {"model", v.model}, {"color", v.color}, {"licenseState", v.region}, {"license", v.license}}
			for _, f := range fields {
				w.key(f.k)
				w.cstr(f.v)
			}
			w.key("confidence")
			w.num(float64(p.confidence))
			if t == ObjectVehicleExt {
				mask = (*C.NvDsVehicleObjectExt)(ext).mask
			}
		}
		w.close()
	case ObjectPerson, ObjectPersonExt:
		w.key("person")
		w.open()
		if p.extMsgSize == 0 {
			w.key("age")
			w.uint(0, false)
			for _, k := range [...]string{"gender", "hair", "cap", "apparel"} {
				w.key(k)
				w.str("")
			}
			w.key("confidence")
			w.num(1)
		} else if ext != nil && known {
			v := (*C.NvDsPersonObject)(ext)
			w.key("age")
			w.uint(uint64(v.age), false)
			fields := [...]struct {
				k string
				v *C.gchar
			}{{"gender", v.gender}, {"hair", v.hair}, {"cap", v.cap}, {"apparel", v.apparel}}
			for _, f := range fields {
				w.key(f.k)
				w.cstr(f.v)
			}
			w.key("confidence")
			w.num(float64(p.confidence))
			if t == ObjectPersonExt {
				mask = (*C.NvDsPersonObjectExt)(ext).mask
			}
		}
		w.close()
	case ObjectFace, ObjectFaceExt:
		w.key("face")
		w.open()
		if p.extMsgSize == 0 {
			w.key("age")
			w.uint(0, false)
			for _, k := range [...]string{"gender", "hair", "cap", "glasses", "facialhair", "name", "eyecolor"} {
				w.key(k)
				w.str("")
			}
			w.key("confidence")
			w.num(1)
		} else if ext != nil && known {
			v := (*C.NvDsFaceObject)(ext)
			w.key("age")
			w.uint(uint64(v.age), false)
			fields := [...]struct {
				k string
				v *C.gchar
			}{{"gender", v.gender}, {"hair", v.hair}, {"cap", v.cap}, {"glasses", v.glasses},
				{"facialhair", v.facialhair}, {"name", v.name}, {"eyecolor", v.eyecolor}}
			for _, f := range fields {
				w.key(f.k)
				w.cstr(f.v)
			}
			w.key("confidence")
			w.num(float64(p.confidence))
			if t == ObjectFaceExt {
				mask = (*C.NvDsFaceObjectExt)(ext).mask
			}
		}
		w.close()
	case ObjectUnknown:
		if p.objectId != nil {
			w.keyC(p.objectId)
			w.open()
			w.close()
		}
	}

	bb := &p.bbox
	w.key("bbox")
	w.open()
	w.key("topleftx")
	w.trunc(float32(bb.left))
	w.key("toplefty")
	w.trunc(float32(bb.top))
	w.key("bottomrightx")
	w.trunc(float32(bb.left + bb.width))
	w.key("bottomrighty")
	w.trunc(float32(bb.top + bb.height))
	w.close()

	if mask != nil {
		w.key("maskoutline")
		w.openArr()
		for l := mask; l != nil; l = l.next {
			w.sep()
			w.openArr()
			for _, v := range polygon(l) {
				w.sep()
				w.num(v)
			}
			w.closeArr()
		}
		w.closeArr()
	}
	if sig := m.ObjSignature().Values(); len(sig) > 0 {
		w.key("signature")
		w.openArr()
		for _, v := range sig {
			w.sep()
			w.num(v)
		}
		w.closeArr()
	}
	w.key("location")
	w.latLonAlt(float64(p.location.lat), float64(p.location.lon), float64(p.location.alt))
	w.key("coordinate")
	w.xyz(float64(p.coordinate.x), float64(p.coordinate.y), float64(p.coordinate.z))
	w.close()
}

// polygon is the GArray of gdouble in a mask list node (no copy).
func polygon(l *C.GList) []float64 {
	a := (*C.GArray)(l.data)
	if a == nil || a.len == 0 {
		return nil
	}
	return unsafe.Slice((*float64)(unsafe.Pointer(a.data)), int(a.len))
}

func eventTypeName(t EventType) string {
	switch t {
	case EventEntry:
		return "entry"
	case EventExit:
		return "exit"
	case EventMoving:
		return "moving"
	case EventStopped:
		return "stopped"
	case EventParked:
		return "parked"
	case EventEmpty:
		return "empty"
	case EventReset:
		return "reset"
	}
	return ""
}

// AppendMinimal appends the minimal-schema message of one frame's event
// messages to dst. The frame's id, @timestamp and sensorId come from the
// first message: sensorId is its sensorStr, else the id of its sensor in
// Config, else "0".
func (e *Encoder) AppendMinimal(dst []byte, msgs ...EventMsgMeta) ([]byte, error) {
	const op = "schema.Encoder.AppendMinimal"
	if len(msgs) == 0 {
		return dst, &nvds.Error{Op: op, Err: nvds.ErrOutOfRange, Msg: "no event messages"}
	}
	for _, m := range msgs {
		if m.IsNil() {
			return dst, opError(op, nvds.ErrNilMeta)
		}
	}
	first := msgs[0].p
	w := jw{b: dst}
	w.open()
	w.key("version")
	w.str("4.0")
	w.key("id")
	w.int(int64(first.frameId))
	w.key("@timestamp")
	w.cstr(first.ts)
	w.key("sensorId")
	if first.sensorStr != nil {
		w.cstr(first.sensorStr)
	} else if s, ok := e.cfg.Sensors[int32(first.sensorId)]; ok {
		w.str(s.ID)
	} else {
		w.str("0")
	}
	w.key("objects")
	w.openArr()
	var scratch [256]byte
	tmp := scratch[:0]
	masks := 0
	for _, m := range msgs {
		tmp = minimalObject(tmp[:0], m)
		w.sep()
		w.strBytes(tmp)
		if maskOf(m) != nil {
			masks++
		}
	}
	w.closeArr()
	if masks > 0 {
		w.key("masks")
		w.openArr()
		for _, m := range msgs {
			mask := maskOf(m)
			if mask == nil {
				continue
			}
			tmp = strconv.AppendUint(tmp[:0], uint64(m.p.trackingId), 10)
			n := 0
			for l := mask; l != nil; l = l.next {
				n++
			}
			tmp = append(tmp, '|')
			tmp = strconv.AppendInt(tmp, int64(n), 10)
			for l := mask; l != nil; l = l.next {
				if l != mask {
					tmp = append(tmp, "|#"...)
				}
				for _, v := range polygon(l) {
					tmp = append(tmp, '|')
					tmp = appendStreamFloat(tmp, v, 64)
				}
			}
			w.sep()
			w.strBytes(tmp)
		}
		w.closeArr()
	}
	w.close()
	if w.err != nil {
		return dst, &nvds.Error{Op: op, Err: nvds.ErrOutOfRange, Msg: w.err.Error()}
	}
	return w.b, nil
}

// maskOf is the mask of m's Ext object, if it has one.
func maskOf(m EventMsgMeta) *C.GList {
	p := m.p
	switch t := m.ObjType(); {
	case t != ObjectVehicleExt && t != ObjectPersonExt && t != ObjectFaceExt, !m.hasExt(t):
		return nil
	}
	switch m.ObjType() {
	case ObjectVehicleExt:
		return (*C.NvDsVehicleObjectExt)(p.extMsg).mask
	case ObjectPersonExt:
		return (*C.NvDsPersonObjectExt)(p.extMsg).mask
	case ObjectFaceExt:
		return (*C.NvDsFaceObjectExt)(p.extMsg).mask
	}
	return nil
}

// minimalObject appends the minimal schema's object string:
// trackingId|left|top|right|bottom|label, then |#|attributes...|confidence
// when there is an ext object. Numbers are printed as a C++ stream prints
// them (six significant digits).
func minimalObject(b []byte, m EventMsgMeta) []byte {
	p := m.p
	bb := &p.bbox
	b = strconv.AppendUint(b, uint64(p.trackingId), 10)
	for _, v := range [...]float32{float32(bb.left), float32(bb.top), float32(bb.left + bb.width), float32(bb.top + bb.height)} {
		b = append(b, '|')
		b = appendStreamFloat(b, float64(v), 32)
	}
	b = append(b, '|')
	switch m.ObjType() {
	case ObjectVehicle:
		b = append(b, "Vehicle"...)
	case ObjectFace:
		b = append(b, "Face"...)
	case ObjectPerson:
		b = append(b, "Person"...)
	case ObjectBag:
		b = append(b, "Bag"...)
	case ObjectBicycle:
		b = append(b, "Bicycle"...)
	case ObjectRoadSign:
		b = append(b, "RoadSign"...)
	case ObjectCustom:
		b = append(b, "Custom"...)
	case ObjectUnknown:
		if p.objectId != nil {
			b = appendCBytes(b, p.objectId)
		} else {
			b = append(b, "Unknown"...)
		}
	default:
		b = append(b, "Unknown"...)
	}
	ext := unsafe.Pointer(p.extMsg)
	if p.extMsgSize == 0 || !m.hasExt(m.ObjType()) {
		return b
	}
	switch m.ObjType() {
	case ObjectVehicle, ObjectVehicleExt:
		v := (*C.NvDsVehicleObject)(ext)
		b = append(b, "|#"...)
		b = appendFields(b, v._type, v.make, v.model, v.color, v.license, v.region)
	case ObjectPerson, ObjectPersonExt:
		v := (*C.NvDsPersonObject)(ext)
		b = append(b, "|#"...)
		b = appendFields(b, v.gender)
		b = strconv.AppendUint(append(b, '|'), uint64(v.age), 10)
		b = appendFields(b, v.hair, v.cap, v.apparel)
	case ObjectFace, ObjectFaceExt:
		v := (*C.NvDsFaceObject)(ext)
		b = append(b, "|#"...)
		b = appendFields(b, v.gender)
		b = strconv.AppendUint(append(b, '|'), uint64(v.age), 10)
		b = appendFields(b, v.hair, v.cap, v.glasses, v.facialhair, v.name)
		// nvmsgconv writes an empty field before eyecolor.
		b = appendFields(append(b, '|'), v.eyecolor)
	default:
		return b
	}
	b = append(b, '|')
	return appendStreamFloat(b, float64(p.confidence), 64)
}

// appendStreamFloat formats v as a C++ ostream does by default: %g with six
// significant digits.
func appendStreamFloat(b []byte, v float64, bits int) []byte {
	switch {
	case math.IsNaN(v):
		return append(b, "nan"...)
	case math.IsInf(v, 1):
		return append(b, "inf"...)
	case math.IsInf(v, -1):
		return append(b, "-inf"...)
	}
	return strconv.AppendFloat(b, v, 'g', 6, bits)
}

// cbytes is a C string as a slice over its bytes (no copy).
func cbytes(p *C.gchar) []byte {
	if p == nil {
		return nil
	}
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(p), n)) != 0 {
		n++
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(p)), n)
}

func appendCBytes(b []byte, p *C.gchar) []byte { return append(b, cbytes(p)...) }

// appendFields appends "|" and the text of each C string.
func appendFields(b []byte, fields ...*C.gchar) []byte {
	for _, f := range fields {
		b = append(append(b, '|'), cbytes(f)...)
	}
	return b
}

// jw appends JSON. Keys and values are written in order; comma tracks
// whether the next member or element needs a separator.
type jw struct {
	b     []byte
	comma bool
	err   error
}

func (w *jw) open()     { w.b = append(w.b, '{'); w.comma = false }
func (w *jw) close()    { w.b = append(w.b, '}'); w.comma = true }
func (w *jw) openArr()  { w.b = append(w.b, '['); w.comma = false }
func (w *jw) closeArr() { w.b = append(w.b, ']'); w.comma = true }
func (w *jw) null()     { w.b = append(w.b, "null"...); w.comma = true }

// raw writes an already encoded value.
func (w *jw) raw(v []byte) { w.b = append(w.b, v...); w.comma = true }

// sep writes the separator before an array element.
func (w *jw) sep() {
	if w.comma {
		w.b = append(w.b, ',')
	}
}

// key writes a member name known to need no escaping.
func (w *jw) key(k string) {
	w.sep()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
	w.comma = false
}

// keyC writes a member name taken from C.
func (w *jw) keyC(k *C.gchar) {
	w.sep()
	w.b = appendQuoted(w.b, cbytes(k))
	w.b = append(w.b, ':')
	w.comma = false
}

func (w *jw) str(s string) {
	w.b = appendQuoted(w.b, unsafe.Slice(unsafe.StringData(s), len(s)))
	w.comma = true
}

func (w *jw) strBytes(s []byte) { w.b = appendQuoted(w.b, s); w.comma = true }

// cstr writes a C string ("" for NULL).
func (w *jw) cstr(p *C.gchar) { w.strBytes(cbytes(p)) }

func (w *jw) num(v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		if w.err == nil {
			w.err = errNonFinite
		}
		v = 0
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		// Integral values (most coordinates, the zero speed): the same
		// text as below, without the float formatter's cost.
		w.b = strconv.AppendInt(w.b, int64(v), 10)
	} else {
		w.b = strconv.AppendFloat(w.b, v, 'g', -1, 64)
	}
	w.comma = true
}

func (w *jw) int(v int64) { w.b = strconv.AppendInt(w.b, v, 10); w.comma = true }

// uint writes v, as a JSON string when quoted.
func (w *jw) uint(v uint64, quoted bool) {
	if quoted {
		w.b = append(w.b, '"')
	}
	w.b = strconv.AppendUint(w.b, v, 10)
	if quoted {
		w.b = append(w.b, '"')
	}
	w.comma = true
}

// trunc writes a float as an integer, truncated toward zero as C converts
// it.
func (w *jw) trunc(v float32) {
	if v != v || math.IsInf(float64(v), 0) || math.Abs(float64(v)) >= 1<<63 {
		if w.err == nil {
			w.err = errNonFinite
		}
		v = 0
	}
	w.int(int64(v))
}

func (w *jw) latLonAlt(lat, lon, alt float64) {
	w.open()
	w.key("lat")
	w.num(lat)
	w.key("lon")
	w.num(lon)
	w.key("alt")
	w.num(alt)
	w.close()
}

func (w *jw) xyz(x, y, z float64) {
	w.open()
	w.key("x")
	w.num(x)
	w.key("y")
	w.num(y)
	w.key("z")
	w.num(z)
	w.close()
}

// id writes a new id from newID, or a random version 4 UUID.
func (w *jw) id(newID func() string) {
	if newID != nil {
		w.str(newID())
		return
	}
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	const hex = "0123456789abcdef"
	w.b = append(w.b, '"')
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			w.b = append(w.b, '-')
		}
		w.b = append(w.b, hex[c>>4], hex[c&0xf])
	}
	w.b = append(w.b, '"')
	w.comma = true
}

type encodeError string

func (e encodeError) Error() string { return string(e) }

const errNonFinite = encodeError("NaN or infinite number in an event message")

// appendQuoted appends s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced by U+FFFD.
func appendQuoted(b []byte, s []byte) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
