//go:build dsabi80 && !deepstream

package osd

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
