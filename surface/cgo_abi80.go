//go:build dsabi80 && !deepstream

package surface

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
