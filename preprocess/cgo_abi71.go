//go:build dsabi71 && !deepstream

package preprocess

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=71
// #cgo CXXFLAGS: -DDS_EMBEDDED_ABI=71
import "C"
