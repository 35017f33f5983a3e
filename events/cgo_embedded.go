//go:build !deepstream

package events

/*
#cgo CFLAGS: -I${SRCDIR}/../embedded/include -std=gnu11 -Wall
#cgo pkg-config: gstreamer-1.0
*/
import "C"

import (
	// The embedded runtime provides the SDK's C symbols.
	_ "github.com/go-deepstream/go-deepstream/embedded"
)
