package surface

// #include "surface.go.h"
import "C"

import "github.com/go-deepstream/go-deepstream/nvds"

// Copy copies every frame and plane of src into dst; wraps
// NvBufSurfaceCopy. Both must have the same batch size, colour format and
// frame size (pitches may differ). It works on every memory type, device
// memory included, without a CPU mapping.
func Copy(dst, src Surface) error {
	const op = "surface.Copy"
	if dst.p == nil || src.p == nil {
		return opError(op, ErrNotSurface, "")
	}
	if C.NvBufSurfaceCopy(src.p, dst.p) != 0 {
		return opError(op, nil, "NvBufSurfaceCopy returned -1 (batch size, colour format or frame size differ)")
	}
	return nil
}

// MemSet fills plane (AllPlanes for every plane) of frame index (-1 for
// every frame) with value, padding included; wraps NvBufSurfaceMemSet.
func (s Surface) MemSet(index, plane int, value byte) error {
	const op = "surface.Surface.MemSet"
	if s.p == nil {
		return opError(op, ErrNotSurface, "")
	}
	if index != -1 {
		if err := s.check(op, index); err != nil {
			return err
		}
	}
	if plane != AllPlanes && (plane < 0 || plane >= C.NVBUF_MAX_PLANES) {
		return opError(op, nvds.ErrOutOfRange, "plane outside the frame")
	}
	if C.NvBufSurfaceMemSet(s.p, C.int(index), C.int(plane), C.uint8_t(value)) != 0 {
		return opError(op, nil, "NvBufSurfaceMemSet returned -1")
	}
	return nil
}
