package tracker

// #include "tracker.go.h"
import "C"

import "github.com/go-deepstream/go-deepstream/internal/leak"

// What this package's C glue built and has not freed, in the module's leak
// registry for the tests: past-frame (misc data) batches, whoever asked for
// them (the nvtracker stand-in, the test fixtures).
func init() {
	leak.Register("tracker.past_frame_batches", func() int64 { return int64(C.gods_tracker_live_misc()) })
}
