package schema_test

import (
	"maps"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
)

// liveCounts reports what the C runtime has alive; nil where the backend
// cannot tell (the installed SDK).
var liveCounts func() map[string]int64

// noLeaks makes t fail unless, once everything t set up has been cleaned
// up, the runtime and this package's allocations are back to where they
// were. Call it first in a test so its cleanup runs last.
func noLeaks(t testing.TB) {
	t.Helper()
	msgs, payloads := schema.LiveEventMsgs(), schema.LivePayloads()
	var before map[string]int64
	if liveCounts != nil {
		before = liveCounts()
		delete(before, "user_meta_types")
	}
	t.Cleanup(func() {
		if n := schema.LiveEventMsgs(); n != msgs {
			t.Errorf("event messages leaked: %d before, %d after", msgs, n)
		}
		if n := schema.LivePayloads(); n != payloads {
			t.Errorf("payloads leaked: %d before, %d after", payloads, n)
		}
		if liveCounts != nil {
			after := liveCounts()
			delete(after, "user_meta_types")
			if !maps.Equal(before, after) {
				t.Errorf("runtime objects leaked:\nbefore %v\nafter  %v", before, after)
			}
		}
	})
}

// twoFrames is a batch with two frames, released when the test ends.
func twoFrames(t testing.TB) (*nvds.OwnedBatchMeta, nvds.FrameMeta, nvds.FrameMeta) {
	t.Helper()
	owned, err := nvds.NewBatchMeta(2)
	require.NoError(t, err)
	t.Cleanup(owned.Release)
	b := owned.Meta()
	var f [2]nvds.FrameMeta
	for i := range f {
		p, err := b.AcquireFrameMeta()
		require.NoError(t, err)
		f[i] = b.AddFrame(p)
	}
	return owned, f[0], f[1]
}
