package callbacks_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
)

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
