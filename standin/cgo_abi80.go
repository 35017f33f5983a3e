//go:build dsabi80 && !deepstream

package standin

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=80
import "C"
