//go:build dsabi80 && !deepstream

package preprocess

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
// #cgo CXXFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
