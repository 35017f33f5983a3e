//go:build dsabi80 && !deepstream

package latencytest

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
