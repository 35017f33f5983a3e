package nvds

// #include "cshim.go.h"
import "C"

import "unsafe"

// MaskParams is a borrowed view of an NvOSD_MaskParams: an object's
// instance mask, width x height float32 scores that nvdsosd compares with
// threshold. It is valid only while the buffer that carries it is alive and
// inside the probe or callback that produced it.
type MaskParams struct{ p *C.NvOSD_MaskParams }

// MaskParamsFromUnsafePointer wraps an NvOSD_MaskParams*
// (borrowed), such as one inside a struct another package binds.
func MaskParamsFromUnsafePointer(p unsafe.Pointer) MaskParams {
	return MaskParams{(*C.NvOSD_MaskParams)(p)}
}

// UnsafePointer returns the NvOSD_MaskParams*.
func (m MaskParams) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(m.p) }

// IsNil reports whether the view holds no struct.
func (m MaskParams) IsNil() bool { return m.p == nil }

// Threshold is threshold: scores above it are inside the mask.
func (m MaskParams) Threshold() float32 { return float32(m.p.threshold) }

// SetThreshold writes threshold.
func (m MaskParams) SetThreshold(v float32) { m.p.threshold = C.float(v) }

// Width is width, in mask cells.
func (m MaskParams) Width() uint32 { return uint32(m.p.width) }

// SetWidth sets width. It does not resize data; AllocData does both.
func (m MaskParams) SetWidth(v uint32) { m.p.width = C.uint(v) }

// Height is height, in mask cells.
func (m MaskParams) Height() uint32 { return uint32(m.p.height) }

// SetHeight sets height. It does not resize data; AllocData does both.
func (m MaskParams) SetHeight(v uint32) { m.p.height = C.uint(v) }

// Size is size: the byte size of data.
func (m MaskParams) Size() uint32 { return uint32(m.p.size) }

// SetSize writes size.
func (m MaskParams) SetSize(v uint32) { m.p.size = C.uint(v) }

// Data returns data as a writable zero-copy slice of width*height float32
// values, row by row, or nil when data is NULL. When size is set and holds
// fewer values, the slice is cut to size/4 so it never reaches past the
// allocation. The slice is valid as long as the view, and only until
// AllocData or ClearData replaces data.
func (m MaskParams) Data() []float32 {
	if m.p.data == nil {
		return nil
	}
	n := uint64(m.p.width) * uint64(m.p.height)
	if s := uint64(m.p.size) / 4; m.p.size != 0 && s < n {
		n = s
	}
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(m.p.data)), n)
}

// AllocData replaces data with a zeroed g_malloc'ed array of width*height
// float32 values (the old one is g_freed), sets width, height and size, and
// returns the new array as Data does (pyds alloc_mask_array). DeepStream's
// object release and copy functions free and duplicate data with GLib's
// allocator. It returns ErrOutOfRange when width*height*4 does not fit in
// size's 32 bits.
func (m MaskParams) AllocData(width, height uint32) ([]float32, error) {
	bytes := uint64(width) * uint64(height) * 4
	if bytes > 1<<32-1 {
		return nil, &Error{Op: "nvds.MaskParams.AllocData", Err: ErrOutOfRange, Msg: "mask larger than 4 GiB"}
	}
	m.ClearData()
	m.p.width, m.p.height, m.p.size = C.uint(width), C.uint(height), C.uint(bytes)
	if bytes != 0 {
		m.p.data = (*C.float)(C.g_malloc0(C.gsize(bytes)))
	}
	return m.Data(), nil
}

// ClearData g_frees data and stores NULL with size 0; width and height are
// kept.
func (m MaskParams) ClearData() {
	C.g_free(C.gpointer(unsafe.Pointer(m.p.data)))
	m.p.data = nil
	m.p.size = 0
}
