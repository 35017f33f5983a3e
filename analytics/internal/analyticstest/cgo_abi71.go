//go:build dsabi71 && !deepstream

package analyticstest

// #cgo CFLAGS: -DDS_EMBEDDED_ABI=71
import "C"
