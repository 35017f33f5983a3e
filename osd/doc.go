// Package osd is the on-screen-display side of go-deepstream: what pyds's
// NvOSD_* classes and display-meta idioms are to Python. The parameter
// views themselves live in package nvds (nvll_osd_struct.h); this package
// gives them short names (osd.RectParams, osd.TextParams, ...), adds
// colour values, a mask allocator, and Drawer, which adds texts, boxes,
// lines, arrows and circles to a frame and takes a new display meta from
// the pool whenever the current one is full.
//
// Drawer and the mask allocator are Go over nvds's views: no cgo call
// beyond the pool acquire and attach that nvds makes. The package also has
// views of NvOSD_Color_info and of nvll_osd_api.h's NvOSD_Frame*Params,
// which no binding passes to a drawing function but pyds exposes.
package osd
