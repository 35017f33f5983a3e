//go:build dsabi71 && !deepstream

package analytics

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=71
// #cgo CXXFLAGS: -DDS_EMBEDDED_ABI=71
import "C"
