//go:build !deepstream

package surface_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/internal/surfacetest"
)

// On the embedded runtime a surface is proven by its memory (the runtime's
// allocator and registry), so even a byte-exact copy of a real surface's
// header, live pointers included, in ordinary memory is refused. (With the
// SDK such a forgery cannot be told apart; see docs/surface.md.)
func TestFromBufferRefusesForgedHeader(t *testing.T) {
	_, s := newBuffer(t, 2, 64, 48, surface.ColorFormatRGBA, surface.MemSystem)
	forged := surfacetest.StructBytes(s.UnsafePointer())
	require.Len(t, forged, surfacetest.StructSize)
	buf := surfacetest.NewBufferFrom(forged)
	defer surfacetest.Unref(buf)
	_, err := surface.FromBuffer(buf)
	require.ErrorIs(t, err, surface.ErrNotSurface)
}

// A buffer holding a surface memory plus anything else is not DeepStream's
// convention.
func TestFromBufferRefusesExtraMemory(t *testing.T) {
	buf := surfacetest.NewMultiMemoryBuffer(64, 48, int32(surface.ColorFormatRGBA), int32(surface.MemSystem), 16)
	require.NotNil(t, buf)
	defer surfacetest.Unref(buf)
	_, err := surface.FromBuffer(buf)
	require.ErrorIs(t, err, surface.ErrNotSurface)
}

// FuzzFromBuffer: arbitrary bytes in an ordinary buffer are never a
// surface, and never a crash. The committed corpus
// (testdata/fuzz/FuzzFromBuffer) holds plausible headers of both struct
// sizes (7.x and 8.0+), over-filled and huge batches, and pixels.
func FuzzFromBuffer(f *testing.F) {
	f.Add([]byte{})
	f.Add(make([]byte, surfacetest.StructSize))
	f.Add(make([]byte, 640*4))
	f.Fuzz(func(t *testing.T, data []byte) {
		buf := surfacetest.NewBufferFrom(data)
		defer surfacetest.Unref(buf)
		s, err := surface.FromBuffer(buf)
		require.ErrorIs(t, err, surface.ErrNotSurface)
		require.True(t, s.IsNil())
		for range s.Frames() {
			t.Fatal("a refused surface has frames")
		}
	})
}
