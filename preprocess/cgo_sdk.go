//go:build deepstream

package preprocess

// The installed SDK. Another prefix: put -I<prefix>/sources/includes in
// CGO_CFLAGS and -L<prefix>/lib in CGO_LDFLAGS; they are searched first.

/*
#cgo CFLAGS: -I/opt/nvidia/deepstream/deepstream/sources/includes
#cgo CXXFLAGS: -std=c++17 -I/opt/nvidia/deepstream/deepstream/sources/includes
#cgo LDFLAGS: -L/opt/nvidia/deepstream/deepstream/lib -Wl,-rpath,/opt/nvidia/deepstream/deepstream/lib -lnvdsgst_meta -lnvds_meta
#cgo pkg-config: gstreamer-1.0
*/
import "C"
