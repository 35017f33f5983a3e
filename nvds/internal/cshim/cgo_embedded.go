//go:build !deepstream

package cshim

/*
#cgo CFLAGS: -I${SRCDIR}/../../../embedded/include -std=gnu11 -Wall
#cgo pkg-config: gstreamer-1.0
*/
import "C"
