package callbacks

// #include "callbacks.go.h"
import "C"

import "github.com/go-deepstream/go-deepstream/internal/leak"

// The payloads alive, in the module's leak registry for the tests:
// "callbacks.go_handles" counts Go payload values attached to a user meta
// not yet released, "callbacks.c_payloads" the C-layout payloads (CMeta)
// allocated and not yet released. Both return to zero once every batch meta
// holding payloads has been destroyed.
func init() {
	leak.Register("callbacks.go_handles", liveHandles.Load)
	leak.Register("callbacks.c_payloads", func() int64 { return int64(C.gods_callbacks_live_c_payloads()) })
}
