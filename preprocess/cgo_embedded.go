//go:build !deepstream

package preprocess

/*
#cgo CFLAGS: -I${SRCDIR}/../embedded/include
#cgo CXXFLAGS: -std=c++17 -I${SRCDIR}/../embedded/include
#cgo pkg-config: gstreamer-1.0
*/
import "C"

import (
	// The embedded runtime provides the SDK's C symbols.
	_ "github.com/go-deepstream/go-deepstream/embedded"
)
