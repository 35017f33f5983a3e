//go:build dsabi71 && !deepstream

package events

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=71
import "C"
