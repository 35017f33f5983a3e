//go:build !dsleak

package surface_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/surface"
)

func TestLeakTrackingOffWithoutTag(t *testing.T) {
	require.Equal(t, 0, surface.LeakedMappings())
}
