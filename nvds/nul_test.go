package nvds_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// TestStringSettersRefuseNUL holds the module's one NUL rule to every
// string setter (stringSetters): a string with a NUL byte is refused with
// an error wrapping nvds.ErrNUL, and the field keeps what it held.
func TestStringSettersRefuseNUL(t *testing.T) {
	testmain.NoLeaks(t)
	for _, tc := range stringSetters(t) {
		t.Run(tc.name, func(t *testing.T) {
			if tc.get != nil {
				require.NoError(t, tc.set("kept"))
			}
			assert.ErrorIs(t, tc.set("a\x00b"), nvds.ErrNUL)
			if tc.get != nil {
				assert.Equal(t, "kept", tc.get(), "a refused string writes nothing")
			}
		})
	}
}
