//go:build deepstream

package cbench

// The installed SDK, as in package nvds.

/*
#cgo CFLAGS: -I/opt/nvidia/deepstream/deepstream/sources/includes -std=gnu11 -O2 -Wall
#cgo LDFLAGS: -L/opt/nvidia/deepstream/deepstream/lib -Wl,-rpath,/opt/nvidia/deepstream/deepstream/lib -lnvdsgst_meta -lnvds_meta
#cgo pkg-config: gstreamer-1.0
*/
import "C"
