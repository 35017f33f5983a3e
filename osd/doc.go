// Package osd is the on-screen-display side of go-deepstream: what pyds's
// display-meta idioms are to Python. The parameter views themselves
// (nvds.TextParams, nvds.RectParams, ...) live in package nvds, beside the
// metadata that holds them; this package adds colour values, a mask
// allocator, and Drawer, which adds texts, boxes, lines, arrows and circles
// to a frame and takes a new display meta from the pool whenever the
// current one is full.
//
// The package is pure Go over nvds's views: no cgo call beyond the pool
// acquire and attach that nvds makes.
package osd
