//go:build deepstream && !cuda

package devmem_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/devmem"
)

// Built against the SDK without -tags cuda the package touches no memory:
// every operation says why it cannot run. (The address is never
// dereferenced.)
func TestNoCUDA(t *testing.T) {
	require.Equal(t, "none", devmem.Backend())
	a, err := devmem.FromDevice(surface.DeviceBuffer{Ptr: 0x1000, Size: 64 * 4 * 2, Layout: surface.LayoutPitch,
		ColorFormat: surface.ColorFormatRGBA, Width: 64, Height: 2, Pitch: 64 * 4})
	require.NoError(t, err)
	require.ErrorIs(t, a.ScaleChannel(0, 0.5, 0.5), devmem.ErrNoCUDA)
	require.ErrorIs(t, a.CopyToHost(make([]byte, a.PackedLen())), devmem.ErrNoCUDA)
	require.ErrorIs(t, a.CopyFromHost(make([]byte, a.PackedLen())), devmem.ErrNoCUDA)
	require.ErrorIs(t, devmem.Synchronize(), devmem.ErrNoCUDA)
}
