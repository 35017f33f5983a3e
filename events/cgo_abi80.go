//go:build dsabi80 && !deepstream

package events

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
