//go:build !deepstream

package embedded

/*
#cgo CFLAGS: -I${SRCDIR}/include -std=gnu11 -Wall -Wextra -Wno-unused-parameter
#cgo pkg-config: gstreamer-1.0 gstreamer-base-1.0
*/
import "C"
