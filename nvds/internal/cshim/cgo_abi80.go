//go:build dsabi80 && !deepstream

package cshim

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
