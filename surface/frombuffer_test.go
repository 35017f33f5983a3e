package surface_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/internal/surfacetest"
)

// randomFrame is a width x height frame of bpp-byte pixels, every byte
// drawn from r and none zero (a frame of zeros would fail any check).
func randomFrame(r *rand.Rand, width, height, bpp int) []byte {
	b := make([]byte, width*height*bpp)
	for i := range b {
		b[i] = byte(1 + r.IntN(255))
	}
	return b
}

// An ordinary system-memory video frame (what a probe on a video/x-raw pad
// sees) is never taken for a surface, whatever its size and pixels: the
// old check read the pixels as a header and crashed in Params.
func TestFromBufferRefusesVideoFrames(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 7))
	sizes := []struct{ w, h, bpp int }{
		{640, 480, 4}, {320, 240, 4}, {1920, 1080, 4}, {16, 16, 4}, {640, 480, 3},
		{64, 48, 1}, {8, 8, 1}, {1, 1, 4}, {3, 3, 8},
	}
	for _, sz := range sizes {
		for range 4 {
			frame := randomFrame(r, sz.w, sz.h, sz.bpp)
			buf := surfacetest.NewBufferFrom(frame)
			s, err := surface.FromBuffer(buf)
			surfacetest.Unref(buf)
			require.ErrorIs(t, err, surface.ErrNotSurface, "seed %d, %dx%dx%d", seed, sz.w, sz.h, sz.bpp)
			require.True(t, s.IsNil())
			_, err = s.Params(0)
			require.ErrorIs(t, err, surface.ErrNotSurface)
		}
	}
}

// Index accessors are bounded by the batch, never by a guess.
func TestSurfaceIndexBounds(t *testing.T) {
	_, s := newBuffer(t, 3, 32, 16, surface.ColorFormatNV12, surface.MemSystem)
	for _, i := range []int{-1, 3, 4, 1 << 20, -1 << 31} {
		_, err := s.Params(i)
		require.Error(t, err, "Params(%d)", i)
		_, err = s.Map(i, 0, surface.MapRead)
		require.Error(t, err, "Map(%d)", i)
		_, err = s.Device(i)
		require.Error(t, err, "Device(%d)", i)
	}
	p, err := s.Params(2)
	require.NoError(t, err)
	for _, pl := range []int{-1, p.NumPlanes(), 4, 1 << 20} {
		_, err := p.Plane(pl)
		require.Error(t, err, "Plane(%d)", pl)
		require.Nil(t, p.MappedAddr(pl))
	}
}

// A zero Surface or Params (FromBuffer or Params failed and the error was
// ignored) panics with a message naming the misuse, not a bare nil
// dereference.
func TestZeroViewsNameTheMisuse(t *testing.T) {
	var s surface.Surface
	require.PanicsWithValue(t, "surface: Surface.BatchSize on a zero Surface (FromBuffer failed or was not called)",
		func() { s.BatchSize() })
	require.PanicsWithValue(t, "surface: Surface.MemType on a zero Surface (FromBuffer failed or was not called)",
		func() { s.MemType() })
	var p surface.Params
	require.PanicsWithValue(t, "surface: Params.Width on a zero Params (Surface.Params failed or was not called)",
		func() { p.Width() })
	require.PanicsWithValue(t, "surface: Params.NumPlanes on a zero Params (Surface.Params failed or was not called)",
		func() { _, _ = p.Plane(0) })
	require.Nil(t, p.MappedAddr(-1), "an out-of-range plane is nil before the view is read")
}
