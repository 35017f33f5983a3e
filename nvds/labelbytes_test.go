package nvds_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// LabelBytes is Label without the copy: the same bytes, up to the NUL,
// including a label that fills the array; a map lookup through it
// allocates nothing.
func TestLabelBytes(t *testing.T) {
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	defer owned.Release()
	b := owned.Meta()
	po, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	o := po.Meta()
	pl, err := b.AcquireLabelInfo()
	require.NoError(t, err)
	l := pl.Meta()

	full := strings.Repeat("z", nvds.MaxLabelSize-1)
	for _, s := range []string{"", "Car", "a longer label of more than 32 bytes", full} {
		require.NoError(t, o.SetLabel(s))
		require.NoError(t, l.SetLabel(s))
		assert.Equal(t, s, string(o.LabelBytes()))
		assert.Equal(t, o.Label(), string(o.LabelBytes()))
		assert.Equal(t, s, string(l.LabelBytes()))
		assert.Equal(t, len(s), cap(o.LabelBytes()), "capped at the label: appending cannot write into C")
	}
	table := map[string]int{full: 1}
	allocs := testing.AllocsPerRun(100, func() { _ = table[string(o.LabelBytes())] })
	assert.Zero(t, allocs)
}
