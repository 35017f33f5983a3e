//go:build dsabi80 && !deepstream

package tracker

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
