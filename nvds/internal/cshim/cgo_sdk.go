//go:build deepstream

package cshim

/*
#cgo CFLAGS: -I/opt/nvidia/deepstream/deepstream/sources/includes -std=gnu11 -Wall
#cgo pkg-config: gstreamer-1.0
*/
import "C"
