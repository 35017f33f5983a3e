package schema_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
)

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
