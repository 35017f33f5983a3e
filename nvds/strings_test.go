package nvds_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/go-deepstream/go-deepstream/nvds"
)

func TestFixedStringHelpers(t *testing.T) {
	field := []byte("xxxxxxxx")
	assert.NoError(t, nvds.SetFixedString(field, "abc"))
	assert.Equal(t, []byte("abc\x00\x00\x00\x00\x00"), field, "tail cleared")
	assert.Equal(t, "abc", nvds.FixedString(field))

	assert.ErrorIs(t, nvds.SetFixedString(field, "ééééé"), nvds.ErrTruncated)
	assert.Equal(t, "ééé", nvds.FixedString(field), "7 bytes fit, cut at a rune boundary")
	assert.Zero(t, field[len(field)-1])

	assert.ErrorIs(t, nvds.SetFixedString(nil, ""), nvds.ErrTruncated, "no room for the NUL")
	assert.Equal(t, "full", nvds.FixedString([]byte("full")), "no NUL: the whole array")
}
