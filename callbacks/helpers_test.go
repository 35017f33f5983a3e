package callbacks_test

import (
	"maps"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// liveCounts reports what the C runtime has alive; nil where the backend
// cannot tell (the installed SDK).
var liveCounts func() map[string]int64

// noLeaks makes t fail unless, once everything t set up has been cleaned
// up, the runtime, the Go handles and the C payloads are back to what they
// were. Call it first in a test so its cleanup runs last.
func noLeaks(t testing.TB) {
	t.Helper()
	handles, cpayloads := callbacks.LiveHandles(), callbacks.LiveCPayloads()
	var before map[string]int64
	if liveCounts != nil {
		before = liveCounts()
		delete(before, "user_meta_types") // a registry that only grows
	}
	t.Cleanup(func() {
		if h := callbacks.LiveHandles(); h != handles {
			t.Errorf("Go payload handles leaked: %d before, %d after", handles, h)
		}
		if c := callbacks.LiveCPayloads(); c != cpayloads {
			t.Errorf("C payloads leaked: %d before, %d after", cpayloads, c)
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

// scene is a batch with one frame holding one object, and a second frame
// to copy into.
type scene struct {
	owned          *nvds.OwnedBatchMeta
	batch          nvds.BatchMeta
	frame, frame2  nvds.FrameMeta
	object, objec2 nvds.ObjectMeta
}

func newScene(t testing.TB) *scene {
	t.Helper()
	owned, err := nvds.NewBatchMeta(2)
	require.NoError(t, err)
	t.Cleanup(owned.Release)
	s := &scene{owned: owned, batch: owned.Meta()}
	s.frame, s.object = addFrame(t, s.batch)
	s.frame2, s.objec2 = addFrame(t, s.batch)
	return s
}

func addFrame(t testing.TB, b nvds.BatchMeta) (nvds.FrameMeta, nvds.ObjectMeta) {
	t.Helper()
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	f := b.AddFrame(pf)
	po, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	return f, f.AddObject(po, nvds.ObjectMeta{})
}

func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}
