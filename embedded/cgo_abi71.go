//go:build dsabi71 && !deepstream

package embedded

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=71
import "C"
