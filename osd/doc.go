// Package osd is the on-screen-display side of go-deepstream: what pyds's
// NvOSD_* classes and display-meta idioms are to Python. The parameter
// views themselves live in package nvds (nvll_osd_struct.h); this package
// gives them short names (osd.RectParams, osd.TextParams, ...), adds
// colour values, a mask allocator, and Drawer, which adds texts, boxes,
// lines, arrows and circles to a frame and takes a new display meta from
// the pool whenever the current one is full.
//
// Everything here is pure Go over nvds's views: no cgo call beyond the
// pool acquire and attach that nvds makes.
package osd
