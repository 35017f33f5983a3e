package callbacks

// The functions C calls into Go. They live alone in this file because cgo
// allows only declarations in the preamble of a file with //export.

// #include <stdint.h>
import "C"

import "github.com/go-deepstream/go-deepstream/nvds"

// goCallbacksRelease drops the handle of a Go payload whose last user meta
// was released (gods_callbacks_go_release).
//
//export goCallbacksRelease
func goCallbacksRelease(handle C.uintptr_t) { releaseHandle(uintptr(handle)) }

// goCallbacksClone clones the value of a Go payload for a copy of its user
// meta (gods_callbacks_go_copy_clone); 0 leaves the copy without a payload.
//
//export goCallbacksClone
func goCallbacksClone(metaType C.int, handle C.uintptr_t) C.uintptr_t {
	return C.uintptr_t(cloneHandle(nvds.MetaType(metaType), uintptr(handle)))
}
