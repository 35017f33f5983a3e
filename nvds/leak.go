package nvds

import "github.com/go-deepstream/go-deepstream/internal/leak"

// The probe handles alive (see liveHandles), in the module's leak registry
// for the tests.
func init() { leak.Register("nvds.probe_handles", liveHandles.Load) }
