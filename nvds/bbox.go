package nvds

// #include "cshim.go.h"
import "C"

// Rect is a box in pixels (NvBbox_Coords and the geometry of
// NvOSD_RectParams): a plain Go value, copied on read.
type Rect struct {
	Left, Top, Width, Height float32
}

// BBoxInfo is a borrowed view of an NvDsComp_BboxInfo. It is valid only
// while the buffer that carries it is alive and inside the probe or
// callback that produced it.
type BBoxInfo struct{ p *C.NvDsComp_BboxInfo }

// Coords returns org_bbox_coords.
func (b BBoxInfo) Coords() Rect {
	c := &b.c().org_bbox_coords
	return Rect{float32(c.left), float32(c.top), float32(c.width), float32(c.height)}
}

// SetCoords writes org_bbox_coords.
func (b BBoxInfo) SetCoords(r Rect) {
	c := &b.c().org_bbox_coords
	c.left, c.top, c.width, c.height = C.float(r.Left), C.float(r.Top), C.float(r.Width), C.float(r.Height)
}
