package nvds

// #include "cshim.go.h"
import "C"

import (
	"fmt"
	"unsafe"
)

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
func (m MaskParams) Threshold() float32 { return float32(m.c().threshold) }

// SetThreshold writes threshold.
func (m MaskParams) SetThreshold(v float32) { m.c().threshold = C.float(v) }

// Width is width, in mask cells.
func (m MaskParams) Width() uint32 { return uint32(m.c().width) }

// SetWidth sets width. It does not resize data (AllocData does both), so
// while data is allocated it refuses, with ErrOutOfRange and changing
// nothing, a width whose width*height floats would not fit in it: copies of
// the object meta read that many.
func (m MaskParams) SetWidth(v uint32) error {
	p := m.c()
	if err := m.fits("nvds.MaskParams.SetWidth", uint64(v)*uint64(p.height)*4); err != nil {
		return err
	}
	p.width = C.uint(v)
	return nil
}

// Height is height, in mask cells.
func (m MaskParams) Height() uint32 { return uint32(m.c().height) }

// SetHeight sets height, with SetWidth's rule: ErrOutOfRange, changing
// nothing, when width*height floats would not fit in the allocated data.
func (m MaskParams) SetHeight(v uint32) error {
	p := m.c()
	if err := m.fits("nvds.MaskParams.SetHeight", uint64(p.width)*uint64(v)*4); err != nil {
		return err
	}
	p.height = C.uint(v)
	return nil
}

// Size is size: the byte size of data.
func (m MaskParams) Size() uint32 { return uint32(m.c().size) }

// SetSize writes size, which copies of the object meta take as the number
// of bytes of data to duplicate. It may shrink, never grow: a size beyond
// the allocated data (any size > 0 when data is NULL) gives ErrOutOfRange
// and changes nothing. AllocData makes a larger mask.
func (m MaskParams) SetSize(v uint32) error {
	if err := m.fits("nvds.MaskParams.SetSize", uint64(v)); err != nil {
		return err
	}
	m.c().size = C.uint(v)
	return nil
}

// capacity is how many bytes of data Go may let C read: 0 without data,
// else size, or width*height floats when size is 0 (the rule copies
// follow). It never exceeds the real allocation: AllocData sets it, and the
// setters only let it shrink.
func (m MaskParams) capacity() uint64 {
	p := m.c()
	switch {
	case p.data == nil:
		return 0
	case p.size != 0:
		return uint64(p.size)
	}
	return uint64(p.width) * uint64(p.height) * 4
}

// fits returns ErrOutOfRange unless bytes of data fit in the allocation.
// Without data, only the dimensions are free (nothing is read).
func (m MaskParams) fits(op string, bytes uint64) error {
	if m.c().data == nil && op != "nvds.MaskParams.SetSize" {
		return nil
	}
	if c := m.capacity(); bytes > c {
		return &Error{Op: op, Err: ErrOutOfRange,
			Msg: fmt.Sprintf("%d bytes of mask, %d allocated (AllocData makes a larger mask)", bytes, c)}
	}
	return nil
}

// Data returns data as a writable zero-copy slice of width*height float32
// values, row by row, or nil when data is NULL. When size is set and holds
// fewer values, the slice is cut to size/4 so it never reaches past the
// allocation. The slice is valid as long as the view, and only until
// AllocData or ClearData replaces data.
func (m MaskParams) Data() []float32 {
	if m.c().data == nil {
		return nil
	}
	n := uint64(m.c().width) * uint64(m.c().height)
	if s := uint64(m.c().size) / 4; m.c().size != 0 && s < n {
		n = s
	}
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(m.c().data)), n)
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
	m.c().width, m.c().height, m.c().size = C.uint(width), C.uint(height), C.uint(bytes)
	if bytes != 0 {
		m.c().data = (*C.float)(C.g_malloc0(C.gsize(bytes)))
	}
	return m.Data(), nil
}

// ClearData g_frees data and stores NULL with size 0; width and height are
// kept.
func (m MaskParams) ClearData() {
	C.g_free(C.gpointer(unsafe.Pointer(m.c().data)))
	m.c().data = nil
	m.c().size = 0
}
