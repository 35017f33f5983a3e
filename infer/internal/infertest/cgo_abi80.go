//go:build dsabi80 && !deepstream

package infertest

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
