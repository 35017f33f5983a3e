//go:build dsabi80 && !deepstream

package cbench

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
