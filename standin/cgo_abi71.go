//go:build dsabi71 && !deepstream

package standin

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=71
import "C"
