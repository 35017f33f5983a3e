package schema

// #include "schema.go.h"
import "C"

import (
	"structs"
	"unsafe"
)

// The small structs of nvdsmeta_schema.h inside an event message are views
// like every other: one C pointer, valid while the event message is.

// Rect is a view of an NvDsRect: a box in pixels (float).
type Rect struct{ p *C.NvDsRect }

// Top is top.
func (r Rect) Top() float32 { return float32(r.p.top) }

// SetTop writes top.
func (r Rect) SetTop(v float32) { r.p.top = C.float(v) }

// Left is left.
func (r Rect) Left() float32 { return float32(r.p.left) }

// SetLeft writes left.
func (r Rect) SetLeft(v float32) { r.p.left = C.float(v) }

// Width is width.
func (r Rect) Width() float32 { return float32(r.p.width) }

// SetWidth writes width.
func (r Rect) SetWidth(v float32) { r.p.width = C.float(v) }

// Height is height.
func (r Rect) Height() float32 { return float32(r.p.height) }

// SetHeight writes height.
func (r Rect) SetHeight(v float32) { r.p.height = C.float(v) }

// Set writes all four fields, in the struct's order.
func (r Rect) Set(top, left, width, height float32) {
	r.p.top, r.p.left, r.p.width, r.p.height = C.float(top), C.float(left), C.float(width), C.float(height)
}

// GeoLocation is a view of an NvDsGeoLocation: latitude, longitude and
// altitude.
type GeoLocation struct{ p *C.NvDsGeoLocation }

// Lat is lat.
func (g GeoLocation) Lat() float64 { return float64(g.p.lat) }

// SetLat writes lat.
func (g GeoLocation) SetLat(v float64) { g.p.lat = C.gdouble(v) }

// Lon is lon.
func (g GeoLocation) Lon() float64 { return float64(g.p.lon) }

// SetLon writes lon.
func (g GeoLocation) SetLon(v float64) { g.p.lon = C.gdouble(v) }

// Alt is alt.
func (g GeoLocation) Alt() float64 { return float64(g.p.alt) }

// SetAlt writes alt.
func (g GeoLocation) SetAlt(v float64) { g.p.alt = C.gdouble(v) }

// Set writes lat, lon and alt.
func (g GeoLocation) Set(lat, lon, alt float64) {
	g.p.lat, g.p.lon, g.p.alt = C.gdouble(lat), C.gdouble(lon), C.gdouble(alt)
}

// Coordinate is a view of an NvDsCoordinate: a point in the world.
type Coordinate struct{ p *C.NvDsCoordinate }

// X is x.
func (c Coordinate) X() float64 { return float64(c.p.x) }

// SetX writes x.
func (c Coordinate) SetX(v float64) { c.p.x = C.gdouble(v) }

// Y is y.
func (c Coordinate) Y() float64 { return float64(c.p.y) }

// SetY writes y.
func (c Coordinate) SetY(v float64) { c.p.y = C.gdouble(v) }

// Z is z.
func (c Coordinate) Z() float64 { return float64(c.p.z) }

// SetZ writes z.
func (c Coordinate) SetZ(v float64) { c.p.z = C.gdouble(v) }

// Set writes x, y and z.
func (c Coordinate) Set(x, y, z float64) {
	c.p.x, c.p.y, c.p.z = C.gdouble(x), C.gdouble(y), C.gdouble(z)
}

// ObjectSignature is a view of an NvDsObjectSignature: a vector of doubles
// (signature, size) owned by the event message.
type ObjectSignature struct {
	p *C.NvDsObjectSignature
	m *C.NvDsEventMsgMeta
}

// Size is size: the number of values.
func (s ObjectSignature) Size() int { return int(s.p.size) }

// Values returns the values as a slice over the C array (no copy), valid
// until the signature is set again or the event message released. nil when
// empty.
func (s ObjectSignature) Values() []float64 {
	if s.p.signature == nil || s.p.size == 0 {
		return nil
	}
	return unsafe.Slice((*float64)(unsafe.Pointer(s.p.signature)), int(s.p.size))
}

// Set replaces the signature with a g_malloc'ed copy of v, freeing the old
// one; an empty v clears it.
func (s ObjectSignature) Set(v []float64) {
	var first *C.gdouble
	if len(v) > 0 {
		first = (*C.gdouble)(unsafe.Pointer(&v[0]))
	}
	C.gods_schema_set_signature(s.m, first, C.guint(len(v)))
}

// Joint is NvDsJoint: one pose keypoint, a plain value with the C layout.
type Joint struct {
	_                   structs.HostLayout
	X, Y, Z, Confidence float32
}

// Point2 is an integer 2D point, as the convex hull stores them.
type Point2 struct {
	_    structs.HostLayout
	X, Y int32
}

// SourceTime is one entry of the entries array of DeepStream 8.0 and
// later: a source id (at most SourceIDLen-1 bytes) and a timestamp.
type SourceTime struct {
	SourceID  string
	Timestamp uint64
}

// MaxEntries is MAX_ENTRIES, the capacity of an event message's entries
// (0 when compiled against headers older than 8.0, which have none), and
// SourceIDLen is MAX_SOURCE_ID_LEN, the size of each source_id including
// its NUL.
const (
	MaxEntries  = int(C.GODS_SCHEMA_MAX_ENTRIES)
	SourceIDLen = int(C.GODS_SCHEMA_SOURCE_ID_LEN)
)

// Sizes the Go mirrors must match.
var (
	_ [unsafe.Sizeof(Joint{}) - unsafe.Sizeof(C.NvDsJoint{})]byte
	_ [unsafe.Sizeof(C.NvDsJoint{}) - unsafe.Sizeof(Joint{})]byte
)
