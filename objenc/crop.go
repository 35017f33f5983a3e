package objenc

// #include "objenc.go.h"
import "C"

import (
	"bytes"
	"image"
	"image/jpeg"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Crop is a borrowed view of an NvDsObjEncOutParams: one encoded JPEG, the
// payload of an NVDS_CROP_IMAGE_META user meta. It is valid only while the
// buffer that carries it is alive and inside the probe or callback that
// produced it.
type Crop struct{ p *C.NvDsObjEncOutParams }

// CropFromUser returns the crop a user meta carries, and false when the
// meta is not of type nvds.MetaTypeCropImage or carries no payload. With
// nvds.Payloads it ranges over an object's or frame's crops:
//
//	for crop := range nvds.Payloads(obj.UserMeta(), objenc.CropFromUser) { ... }
func CropFromUser(u nvds.UserMeta) (Crop, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeCropImage || u.Data() == nil {
		return Crop{}, false
	}
	return Crop{(*C.NvDsObjEncOutParams)(u.Data())}, true
}

// CropFromUnsafePointer wraps an NvDsObjEncOutParams* obtained elsewhere
// (borrowed).
func CropFromUnsafePointer(p unsafe.Pointer) Crop { return Crop{(*C.NvDsObjEncOutParams)(p)} }

// UnsafePointer returns the NvDsObjEncOutParams*.
func (c Crop) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(c.p) }

// IsNil reports whether the view holds no crop.
func (c Crop) IsNil() bool { return c.p == nil }

// Len is outLen: the JPEG's size in bytes.
func (c Crop) Len() int {
	if c.p == nil || c.p.outBuffer == nil {
		return 0
	}
	return int(c.p.outLen)
}

// Bytes is the JPEG (outBuffer, outLen bytes) as a slice over the meta's
// memory, no copy: what pyds's NvDsObjEncOutParams.outBuffer() gives.
// Do not write through it; it is invalid once the meta is released.
func (c Crop) Bytes() []byte {
	n := c.Len()
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(c.p.outBuffer)), n)
}

// CopyBytes returns a copy of the JPEG that outlives the meta.
func (c Crop) CopyBytes() []byte { return bytes.Clone(c.Bytes()) }

// Decode decodes the JPEG (image/jpeg) into a new image.
func (c Crop) Decode() (image.Image, error) {
	if c.Len() == 0 {
		return nil, opError("objenc.Crop.Decode", nvds.ErrNilMeta, "no JPEG bytes")
	}
	return jpeg.Decode(bytes.NewReader(c.Bytes()))
}
