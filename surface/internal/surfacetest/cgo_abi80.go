//go:build dsabi80 && !deepstream

package surfacetest

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
