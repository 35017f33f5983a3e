//go:build dsabi71 && !deepstream

package tracker

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=71
import "C"
