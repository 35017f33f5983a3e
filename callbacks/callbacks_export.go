package callbacks

// The functions C calls into Go. They live alone in this file because cgo
// allows only declarations in the preamble of a file with //export. Each
// runs under a cgoguard.Guard, as every //export function of the module
// does: a panic is recovered and logged (there is no caller to tell), so
// a copy or release of a buffer never takes the streaming thread down.

// #include <stdint.h>
import "C"

import (
	"github.com/go-deepstream/go-deepstream/internal/cgoguard"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// goCallbacksRelease drops the handle of a Go payload whose last user meta
// was released (gods_callbacks_go_release). A panic (an invalid handle)
// is logged; the payload's C record is freed by the caller either way.
//
//export goCallbacksRelease
func goCallbacksRelease(handle C.uintptr_t) {
	var g cgoguard.Guard
	defer g.Recover("callbacks: release of a Go payload", cgoguard.Log)
	releaseHandle(uintptr(handle))
	g.Done()
}

// goCallbacksClone clones the value of a Go payload for a copy of its user
// meta (gods_callbacks_go_copy_clone); 0 leaves the copy without a
// payload, which is also what a Clone that panics gives (logged).
//
//export goCallbacksClone
func goCallbacksClone(metaType C.int, handle C.uintptr_t) (out C.uintptr_t) {
	var g cgoguard.Guard
	defer g.Recover("callbacks: Clone of a Go payload", func(f cgoguard.Failure) {
		cgoguard.Log(f)
		out = 0
	})
	out = C.uintptr_t(cloneHandle(nvds.MetaType(metaType), uintptr(handle)))
	g.Done()
	return out
}
