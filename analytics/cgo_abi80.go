//go:build dsabi80 && !deepstream

package analytics

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
// #cgo CXXFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
