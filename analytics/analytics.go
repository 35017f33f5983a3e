// Package analytics is the Go API over DeepStream's nvdsanalytics metadata
// (nvds_analytics_meta.h): per-object ROI, overcrowding, line-crossing and
// direction status (NvDsAnalyticsObjInfo) and per-frame counts
// (NvDsAnalyticsFrameMeta).
//
// The SDK declares these structs in C++ with std::string, std::vector and
// std::unordered_map members, so no C view of them is possible. A small C++
// shim (analytics_shim.cc, with the C interface analytics_shim.go.h) reads
// them into Go values and builds them from Go values, one cgo call each
// way. Reading copies, by necessity; the Go values stay valid after the
// probe returns.
//
// The user-meta types differ by release: fixed NvDsMetaType values from
// DeepStream 8.0 on, types registered from the descriptor strings
// "NVIDIA.DSANALYTICSFRAME.USER_META" and "NVIDIA.DSANALYTICSOBJ.USER_META"
// in 7.x. FrameMetaType and ObjMetaType return the right one for the
// release compiled against; FrameInfoFromUser and ObjInfoFromUser check it.
//
// AttachFrameInfo and AttachObjInfo attach metadata exactly as the
// nvdsanalytics element does (same C++ structs, copy and release
// functions), for stand-in elements and tests; C code does the same with
// the constructors in analytics_shim.go.h.
package analytics

/*
#cgo nocallback gods_analytics_frame_encode
#cgo nocallback gods_analytics_obj_encode
#cgo noescape gods_analytics_frame_encode
#cgo noescape gods_analytics_obj_encode
#cgo nocallback gods_analytics_frame_decode
#cgo nocallback gods_analytics_obj_decode
#cgo noescape gods_analytics_frame_decode
#cgo noescape gods_analytics_obj_decode
#include "analytics.go.h"
*/
import "C"

import (
	"encoding/binary"
	"errors"
	"sync"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// FixedMetaTypes reports whether the release compiled against has fixed
// analytics user-meta types (8.0 and later) rather than types registered
// from descriptor strings (7.x).
const FixedMetaTypes = C.GODS_ANALYTICS_FIXED_TYPES != 0

var (
	frameType = sync.OnceValue(func() nvds.MetaType { return nvds.MetaType(C.gods_analytics_frame_meta_type()) })
	objType   = sync.OnceValue(func() nvds.MetaType { return nvds.MetaType(C.gods_analytics_obj_meta_type()) })
)

// FrameMetaType is NVDS_USER_FRAME_META_NVDSANALYTICS: the user-meta type
// of frame analytics. In 7.x the first call registers the descriptor with
// nvds_get_user_meta_type; the value is cached.
func FrameMetaType() nvds.MetaType { return frameType() }

// ObjMetaType is NVDS_USER_OBJ_META_NVDSANALYTICS: the user-meta type of
// object analytics.
func ObjMetaType() nvds.MetaType { return objType() }

// ErrMalformed: the shim could not rebuild a C++ struct (a bug, or memory
// exhausted).
var ErrMalformed = errors.New("analytics: could not build the C++ metadata")

// FrameInfo is a copy of an NvDsAnalyticsFrameMeta.
type FrameInfo struct {
	UniqueID      uint32            // unique_id: the nvdsanalytics instance
	OCStatus      map[string]bool   // ocStatus: overcrowding, per ROI
	ObjInROICount map[string]uint32 // objInROIcnt: objects in each ROI
	LCCurrCount   map[string]uint64 // objLCCurrCnt: crossings this frame, per line
	LCCumCount    map[string]uint64 // objLCCumCnt: crossings so far, per line
	ObjCount      map[int]uint32    // objCnt: objects per class ID
}

// ObjInfo is a copy of an NvDsAnalyticsObjInfo.
type ObjInfo struct {
	UniqueID  uint32   // unique_id: the nvdsanalytics instance
	ROIStatus []string // roiStatus: ROIs the object is in
	OCStatus  []string // ocStatus: overcrowded ROIs the object is in
	LCStatus  []string // lcStatus: lines the object crossed this frame
	DirStatus string   // dirStatus: direction the object moves in
	ObjStatus string   // objStatus
}

// FrameInfoFromUser reads the frame analytics a user meta of type
// FrameMetaType carries into Go values; false for any other user meta.
func FrameInfoFromUser(u nvds.UserMeta) (FrameInfo, bool) {
	if u.IsNil() || u.Data() == nil || u.MetaType() != FrameMetaType() {
		return FrameInfo{}, false
	}
	var stack [512]byte
	buf := stack[:]
	n := frameEncode(u.Data(), buf)
	if n > len(buf) {
		buf = make([]byte, n)
		n = frameEncode(u.Data(), buf)
	}
	return decodeFrame(buf[:n])
}

// ObjInfoFromUser reads the object analytics a user meta of type
// ObjMetaType carries into Go values; false for any other user meta.
func ObjInfoFromUser(u nvds.UserMeta) (ObjInfo, bool) {
	if u.IsNil() || u.Data() == nil || u.MetaType() != ObjMetaType() {
		return ObjInfo{}, false
	}
	var stack [256]byte
	buf := stack[:]
	n := objEncode(u.Data(), buf)
	if n > len(buf) {
		buf = make([]byte, n)
		n = objEncode(u.Data(), buf)
	}
	return decodeObj(buf[:n])
}

// AttachFrameInfo builds an NvDsAnalyticsFrameMeta from v and attaches it
// to the frame as user meta of type FrameMetaType, with the copy and
// release functions nvdsanalytics uses: one pool acquire, one shim call,
// one attach.
func AttachFrameInfo(f nvds.FrameMeta, v FrameInfo) (nvds.UserMeta, error) {
	if f.IsNil() {
		return nvds.UserMeta{}, &nvds.Error{Op: "analytics.AttachFrameInfo", Err: nvds.ErrNilMeta}
	}
	b := encodeFrame(make([]byte, 0, 256), v)
	meta := C.gods_analytics_frame_decode((*C.uint8_t)(unsafe.SliceData(b)), C.size_t(len(b)))
	if meta == nil {
		return nvds.UserMeta{}, &nvds.Error{Op: "analytics.AttachFrameInfo", Err: ErrMalformed}
	}
	pu, err := f.Batch().AcquireUserMeta()
	if err != nil {
		C.gods_analytics_frame_free(meta)
		return nvds.UserMeta{}, err
	}
	C.gods_analytics_attach_frame((*C.NvDsUserMeta)(pu.Meta().UnsafePointer()), meta)
	return f.AddUserMeta(pu), nil
}

// AttachObjInfo builds an NvDsAnalyticsObjInfo from v and attaches it to
// the object as user meta of type ObjMetaType, as AttachFrameInfo does.
func AttachObjInfo(o nvds.ObjectMeta, v ObjInfo) (nvds.UserMeta, error) {
	if o.IsNil() {
		return nvds.UserMeta{}, &nvds.Error{Op: "analytics.AttachObjInfo", Err: nvds.ErrNilMeta}
	}
	b := encodeObj(make([]byte, 0, 128), v)
	meta := C.gods_analytics_obj_decode((*C.uint8_t)(unsafe.SliceData(b)), C.size_t(len(b)))
	if meta == nil {
		return nvds.UserMeta{}, &nvds.Error{Op: "analytics.AttachObjInfo", Err: ErrMalformed}
	}
	pu, err := o.Base().Batch().AcquireUserMeta()
	if err != nil {
		C.gods_analytics_obj_free(meta)
		return nvds.UserMeta{}, err
	}
	C.gods_analytics_attach_obj((*C.NvDsUserMeta)(pu.Meta().UnsafePointer()), meta)
	return o.AddUserMeta(pu), nil
}

func frameEncode(meta unsafe.Pointer, buf []byte) int {
	return int(C.gods_analytics_frame_encode(meta, (*C.uint8_t)(unsafe.SliceData(buf)), C.size_t(len(buf))))
}

func objEncode(meta unsafe.Pointer, buf []byte) int {
	return int(C.gods_analytics_obj_encode(meta, (*C.uint8_t)(unsafe.SliceData(buf)), C.size_t(len(buf))))
}

// The flat encoding of analytics_shim.go.h.

func putStr(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s)))
	return append(b, s...)
}

func encodeFrame(b []byte, v FrameInfo) []byte {
	le := binary.LittleEndian
	b = le.AppendUint32(b, v.UniqueID)
	b = le.AppendUint32(b, uint32(len(v.OCStatus)))
	for k, x := range v.OCStatus {
		b = putStr(b, k)
		if x {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	b = le.AppendUint32(b, uint32(len(v.ObjInROICount)))
	for k, x := range v.ObjInROICount {
		b = le.AppendUint32(putStr(b, k), x)
	}
	b = le.AppendUint32(b, uint32(len(v.LCCurrCount)))
	for k, x := range v.LCCurrCount {
		b = le.AppendUint64(putStr(b, k), x)
	}
	b = le.AppendUint32(b, uint32(len(v.LCCumCount)))
	for k, x := range v.LCCumCount {
		b = le.AppendUint64(putStr(b, k), x)
	}
	b = le.AppendUint32(b, uint32(len(v.ObjCount)))
	for k, x := range v.ObjCount {
		b = le.AppendUint32(le.AppendUint32(b, uint32(int32(k))), x)
	}
	return b
}

func encodeObj(b []byte, v ObjInfo) []byte {
	le := binary.LittleEndian
	b = le.AppendUint32(b, v.UniqueID)
	for _, list := range [][]string{v.ROIStatus, v.OCStatus, v.LCStatus} {
		b = le.AppendUint32(b, uint32(len(list)))
		for _, s := range list {
			b = putStr(b, s)
		}
	}
	b = putStr(b, v.DirStatus)
	return putStr(b, v.ObjStatus)
}

// reader decodes the flat encoding; ok turns false on a short read.
type reader struct {
	b  []byte
	ok bool
}

func (r *reader) take(n int) []byte {
	if !r.ok || len(r.b) < n {
		r.ok = false
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) u8() uint8 {
	if v := r.take(1); v != nil {
		return v[0]
	}
	return 0
}

func (r *reader) u32() uint32 {
	if v := r.take(4); v != nil {
		return binary.LittleEndian.Uint32(v)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if v := r.take(8); v != nil {
		return binary.LittleEndian.Uint64(v)
	}
	return 0
}

func (r *reader) str() string { return string(r.take(int(r.u32()))) }

// count reads an entry count, bounded by the bytes left (each entry takes
// at least min bytes), so a corrupt count cannot make a huge map.
func (r *reader) count(least int) int {
	n := int(r.u32())
	if n*least > len(r.b) {
		r.ok = false
		return 0
	}
	return n
}

func decodeFrame(b []byte) (FrameInfo, bool) {
	r := reader{b: b, ok: true}
	v := FrameInfo{UniqueID: r.u32()}
	n := r.count(5)
	v.OCStatus = make(map[string]bool, n)
	for range n {
		k := r.str()
		v.OCStatus[k] = r.u8() != 0
	}
	n = r.count(8)
	v.ObjInROICount = make(map[string]uint32, n)
	for range n {
		k := r.str()
		v.ObjInROICount[k] = r.u32()
	}
	n = r.count(12)
	v.LCCurrCount = make(map[string]uint64, n)
	for range n {
		k := r.str()
		v.LCCurrCount[k] = r.u64()
	}
	n = r.count(12)
	v.LCCumCount = make(map[string]uint64, n)
	for range n {
		k := r.str()
		v.LCCumCount[k] = r.u64()
	}
	n = r.count(8)
	v.ObjCount = make(map[int]uint32, n)
	for range n {
		k := int(int32(r.u32()))
		v.ObjCount[k] = r.u32()
	}
	return v, r.ok && len(r.b) == 0
}

func decodeObj(b []byte) (ObjInfo, bool) {
	r := reader{b: b, ok: true}
	v := ObjInfo{UniqueID: r.u32()}
	for _, dst := range []*[]string{&v.ROIStatus, &v.OCStatus, &v.LCStatus} {
		n := r.count(4)
		if n > 0 {
			*dst = make([]string, 0, n)
		}
		for range n {
			*dst = append(*dst, r.str())
		}
	}
	v.DirStatus = r.str()
	v.ObjStatus = r.str()
	return v, r.ok && len(r.b) == 0
}
