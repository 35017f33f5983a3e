package schema

// #include "schema.go.h"
import "C"

import (
	"strings"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// The ext objects an event message's extMsg points to, by its objType.
// Each is a view owned by the event message: EventMsgMeta.SetVehicle and
// friends allocate one (freeing the previous extMsg), and the event
// message's release function frees it with all its strings and mask. Every
// string field is a g_malloc'ed char*; setters free the old value.

// cstr reads a char* field ("" for NULL).
func cstr(p *C.gchar) string {
	if p == nil {
		return ""
	}
	return C.GoString((*C.char)(unsafe.Pointer(p)))
}

// setString replaces a char* field with a g_malloc'ed copy of s;
// nvds.ErrNUL if s holds a NUL byte (the field is left alone).
func setString(op string, field **C.gchar, s string) error {
	if strings.IndexByte(s, 0) >= 0 {
		return opError(op, nvds.ErrNUL)
	}
	C.gods_set_owned_string((**C.char)(unsafe.Pointer(field)), (*C.char)(unsafe.Pointer(unsafe.StringData(s))), C.ptrdiff_t(len(s)))
	return nil
}

// clearString frees a char* field and stores NULL.
func clearString(field **C.gchar) {
	C.gods_set_owned_string((**C.char)(unsafe.Pointer(field)), nil, -1)
}

// VehicleObject is a view of an NvDsVehicleObject.
type VehicleObject struct{ p *C.NvDsVehicleObject }

// IsNil reports whether the view holds no object.
func (v VehicleObject) IsNil() bool { return v.p == nil }

// UnsafePointer returns the NvDsVehicleObject*.
func (v VehicleObject) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.p) }

// Type is type (e.g. "sedan").
func (v VehicleObject) Type() string { return cstr(v.p._type) }

// SetType replaces type with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v VehicleObject) SetType(s string) error {
	return setString("schema.VehicleObject.SetType", &v.p._type, s)
}

// Make is make.
func (v VehicleObject) Make() string { return cstr(v.p.make) }

// SetMake replaces make with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v VehicleObject) SetMake(s string) error {
	return setString("schema.VehicleObject.SetMake", &v.p.make, s)
}

// Model is model.
func (v VehicleObject) Model() string { return cstr(v.p.model) }

// SetModel replaces model with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v VehicleObject) SetModel(s string) error {
	return setString("schema.VehicleObject.SetModel", &v.p.model, s)
}

// Color is color.
func (v VehicleObject) Color() string { return cstr(v.p.color) }

// SetColor replaces color with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v VehicleObject) SetColor(s string) error {
	return setString("schema.VehicleObject.SetColor", &v.p.color, s)
}

// Region is region: where the license plate was issued ("licenseState" in
// the JSON schema).
func (v VehicleObject) Region() string { return cstr(v.p.region) }

// SetRegion replaces region with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v VehicleObject) SetRegion(s string) error {
	return setString("schema.VehicleObject.SetRegion", &v.p.region, s)
}

// License is license: the plate number.
func (v VehicleObject) License() string { return cstr(v.p.license) }

// SetLicense replaces license with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v VehicleObject) SetLicense(s string) error {
	return setString("schema.VehicleObject.SetLicense", &v.p.license, s)
}

// PersonObject is a view of an NvDsPersonObject.
type PersonObject struct{ p *C.NvDsPersonObject }

// IsNil reports whether the view holds no object.
func (v PersonObject) IsNil() bool { return v.p == nil }

// UnsafePointer returns the NvDsPersonObject*.
func (v PersonObject) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.p) }

// Gender is gender.
func (v PersonObject) Gender() string { return cstr(v.p.gender) }

// SetGender replaces gender with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v PersonObject) SetGender(s string) error {
	return setString("schema.PersonObject.SetGender", &v.p.gender, s)
}

// Hair is hair.
func (v PersonObject) Hair() string { return cstr(v.p.hair) }

// SetHair replaces hair with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v PersonObject) SetHair(s string) error {
	return setString("schema.PersonObject.SetHair", &v.p.hair, s)
}

// Cap is cap.
func (v PersonObject) Cap() string { return cstr(v.p.cap) }

// SetCap replaces cap with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v PersonObject) SetCap(s string) error {
	return setString("schema.PersonObject.SetCap", &v.p.cap, s)
}

// Apparel is apparel.
func (v PersonObject) Apparel() string { return cstr(v.p.apparel) }

// SetApparel replaces apparel with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v PersonObject) SetApparel(s string) error {
	return setString("schema.PersonObject.SetApparel", &v.p.apparel, s)
}

// Age is age.
func (v PersonObject) Age() uint32 { return uint32(v.p.age) }

// SetAge writes age.
func (v PersonObject) SetAge(a uint32) { v.p.age = C.guint(a) }

// FaceObject is a view of an NvDsFaceObject.
type FaceObject struct{ p *C.NvDsFaceObject }

// IsNil reports whether the view holds no object.
func (v FaceObject) IsNil() bool { return v.p == nil }

// UnsafePointer returns the NvDsFaceObject*.
func (v FaceObject) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.p) }

// Gender is gender.
func (v FaceObject) Gender() string { return cstr(v.p.gender) }

// SetGender replaces gender with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v FaceObject) SetGender(s string) error {
	return setString("schema.FaceObject.SetGender", &v.p.gender, s)
}

// Hair is hair.
func (v FaceObject) Hair() string { return cstr(v.p.hair) }

// SetHair replaces hair with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v FaceObject) SetHair(s string) error {
	return setString("schema.FaceObject.SetHair", &v.p.hair, s)
}

// Cap is cap.
func (v FaceObject) Cap() string { return cstr(v.p.cap) }

// SetCap replaces cap with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v FaceObject) SetCap(s string) error {
	return setString("schema.FaceObject.SetCap", &v.p.cap, s)
}

// Glasses is glasses.
func (v FaceObject) Glasses() string { return cstr(v.p.glasses) }

// SetGlasses replaces glasses with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v FaceObject) SetGlasses(s string) error {
	return setString("schema.FaceObject.SetGlasses", &v.p.glasses, s)
}

// FacialHair is facialhair.
func (v FaceObject) FacialHair() string { return cstr(v.p.facialhair) }

// SetFacialHair replaces facialhair with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v FaceObject) SetFacialHair(s string) error {
	return setString("schema.FaceObject.SetFacialHair", &v.p.facialhair, s)
}

// Name is name.
func (v FaceObject) Name() string { return cstr(v.p.name) }

// SetName replaces name with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v FaceObject) SetName(s string) error {
	return setString("schema.FaceObject.SetName", &v.p.name, s)
}

// EyeColor is eyecolor.
func (v FaceObject) EyeColor() string { return cstr(v.p.eyecolor) }

// SetEyeColor replaces eyecolor with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v FaceObject) SetEyeColor(s string) error {
	return setString("schema.FaceObject.SetEyeColor", &v.p.eyecolor, s)
}

// Age is age.
func (v FaceObject) Age() uint32 { return uint32(v.p.age) }

// SetAge writes age.
func (v FaceObject) SetAge(a uint32) { v.p.age = C.guint(a) }

// ProductObject is a view of an NvDsProductObject.
type ProductObject struct{ p *C.NvDsProductObject }

// IsNil reports whether the view holds no object.
func (v ProductObject) IsNil() bool { return v.p == nil }

// UnsafePointer returns the NvDsProductObject*.
func (v ProductObject) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.p) }

// Brand is brand.
func (v ProductObject) Brand() string { return cstr(v.p.brand) }

// SetBrand replaces brand with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v ProductObject) SetBrand(s string) error {
	return setString("schema.ProductObject.SetBrand", &v.p.brand, s)
}

// Type is type.
func (v ProductObject) Type() string { return cstr(v.p._type) }

// SetType replaces type with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v ProductObject) SetType(s string) error {
	return setString("schema.ProductObject.SetType", &v.p._type, s)
}

// Shape is shape.
func (v ProductObject) Shape() string { return cstr(v.p.shape) }

// SetShape replaces shape with a g_malloc'ed copy of s, g_freeing the
// old value; a string holding a NUL byte is refused with nvds.ErrNUL.
func (v ProductObject) SetShape(s string) error {
	return setString("schema.ProductObject.SetShape", &v.p.shape, s)
}

// Mask is the mask of an Ext object: a GList of polygons, each a GArray of
// gdouble (x1, y1, x2, y2, ...), owned by the object.
type Mask struct{ p **C.GList }

// Polygons copies the polygons out.
func (m Mask) Polygons() [][]float64 {
	var out [][]float64
	for l := *m.p; l != nil; l = l.next {
		a := (*C.GArray)(l.data)
		if a == nil || a.len == 0 {
			out = append(out, nil)
			continue
		}
		out = append(out, append([]float64(nil), unsafe.Slice((*float64)(unsafe.Pointer(a.data)), int(a.len))...))
	}
	return out
}

// Len is the number of polygons.
func (m Mask) Len() int {
	n := 0
	for l := *m.p; l != nil; l = l.next {
		n++
	}
	return n
}

// Append adds a polygon (a g_malloc'ed copy of xy).
func (m Mask) Append(xy []float64) {
	var first *C.gdouble
	if len(xy) > 0 {
		first = (*C.gdouble)(unsafe.Pointer(&xy[0]))
	}
	C.gods_schema_mask_append(m.p, first, C.guint(len(xy)))
}

// Clear frees every polygon.
func (m Mask) Clear() { C.gods_schema_mask_free(m.p) }

// VehicleObjectExt is a view of an NvDsVehicleObjectExt: the fields of
// NvDsVehicleObject (promoted from the embedded view, same layout) plus a
// mask.
type VehicleObjectExt struct {
	VehicleObject
	x *C.NvDsVehicleObjectExt
}

// Mask is mask.
func (v VehicleObjectExt) Mask() Mask { return Mask{&v.x.mask} }

// PersonObjectExt is a view of an NvDsPersonObjectExt: NvDsPersonObject's
// fields plus a mask.
type PersonObjectExt struct {
	PersonObject
	x *C.NvDsPersonObjectExt
}

// Mask is mask.
func (v PersonObjectExt) Mask() Mask { return Mask{&v.x.mask} }

// FaceObjectExt is a view of an NvDsFaceObjectExt (struct
// NvDsFaceObjectWithExt): NvDsFaceObject's fields plus a mask.
type FaceObjectExt struct {
	FaceObject
	x *C.NvDsFaceObjectExt
}

// Mask is mask.
func (v FaceObjectExt) Mask() Mask { return Mask{&v.x.mask} }

// ProductObjectExt is a view of an NvDsProductObjectExt:
// NvDsProductObject's fields plus a mask.
type ProductObjectExt struct {
	ProductObject
	x *C.NvDsProductObjectExt
}

// Mask is mask.
func (v ProductObjectExt) Mask() Mask { return Mask{&v.x.mask} }

func vehicleExt(p unsafe.Pointer) VehicleObjectExt {
	return VehicleObjectExt{VehicleObject{(*C.NvDsVehicleObject)(p)}, (*C.NvDsVehicleObjectExt)(p)}
}

func personExt(p unsafe.Pointer) PersonObjectExt {
	return PersonObjectExt{PersonObject{(*C.NvDsPersonObject)(p)}, (*C.NvDsPersonObjectExt)(p)}
}

func faceExt(p unsafe.Pointer) FaceObjectExt {
	return FaceObjectExt{FaceObject{(*C.NvDsFaceObject)(p)}, (*C.NvDsFaceObjectExt)(p)}
}

func productExt(p unsafe.Pointer) ProductObjectExt {
	return ProductObjectExt{ProductObject{(*C.NvDsProductObject)(p)}, (*C.NvDsProductObjectExt)(p)}
}

// The Ext views rely on each Ext struct starting with its plain struct.
var (
	_ [unsafe.Offsetof(C.NvDsVehicleObjectExt{}.license) - unsafe.Offsetof(C.NvDsVehicleObject{}.license)]byte
	_ [unsafe.Offsetof(C.NvDsVehicleObject{}.license) - unsafe.Offsetof(C.NvDsVehicleObjectExt{}.license)]byte
	_ [unsafe.Offsetof(C.NvDsPersonObjectExt{}.age) - unsafe.Offsetof(C.NvDsPersonObject{}.age)]byte
	_ [unsafe.Offsetof(C.NvDsPersonObject{}.age) - unsafe.Offsetof(C.NvDsPersonObjectExt{}.age)]byte
	_ [unsafe.Offsetof(C.NvDsFaceObjectExt{}.age) - unsafe.Offsetof(C.NvDsFaceObject{}.age)]byte
	_ [unsafe.Offsetof(C.NvDsFaceObject{}.age) - unsafe.Offsetof(C.NvDsFaceObjectExt{}.age)]byte
	_ [unsafe.Offsetof(C.NvDsProductObjectExt{}.shape) - unsafe.Offsetof(C.NvDsProductObject{}.shape)]byte
	_ [unsafe.Offsetof(C.NvDsProductObject{}.shape) - unsafe.Offsetof(C.NvDsProductObjectExt{}.shape)]byte
)
