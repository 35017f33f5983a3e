package surface_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/surface"
)

// create makes an owned surface and destroys it when the test ends.
func create(t testing.TB, batch int, p surface.CreateParams) *surface.OwnedSurface {
	t.Helper()
	o, err := surface.Create(batch, p)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, o.Destroy()) })
	return o
}

// planeRows returns plane p of frame i's pixel rows (no padding), copied.
func planeRows(t testing.TB, s surface.Surface, i, p int) []byte {
	t.Helper()
	m, err := s.Map(i, surface.AllPlanes, surface.MapRead)
	require.NoError(t, err)
	defer m.Close()
	b, err := m.AppendPlane(nil, p)
	require.NoError(t, err)
	return b
}

// fill writes random bytes over every plane of frame i.
func fill(t testing.TB, s surface.Surface, i int, rng *rand.Rand) {
	t.Helper()
	m, err := s.Map(i, surface.AllPlanes, surface.MapWrite)
	require.NoError(t, err)
	defer m.Close()
	for p := range m.Params().NumPlanes() {
		b, err := m.PlaneBytes(p)
		require.NoError(t, err)
		for k := range b {
			b[k] = byte(rng.Uint32())
		}
	}
	require.NoError(t, m.SyncForDevice())
}

var createFormats = []surface.ColorFormat{surface.ColorFormatRGBA, surface.ColorFormatNV12, surface.ColorFormatGray8, surface.ColorFormatBGR}

func TestCreateDescribesTheFrames(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		rng := rand.New(rand.NewPCG(seed, 0))
		p := surface.CreateParams{
			Width: 2 * (1 + rng.IntN(200)), Height: 2 * (1 + rng.IntN(120)),
			ColorFormat: createFormats[rng.IntN(len(createFormats))], Layout: surface.LayoutPitch, MemType: surface.MemSystem,
		}
		batch := 1 + rng.IntN(4)
		o := create(t, batch, p)
		s := o.Surface()
		require.Equal(t, batch, s.BatchSize(), "seed %d", seed)
		require.Equal(t, 0, s.NumFilled(), "seed %d: NvBufSurfaceCreate leaves numFilled at 0", seed)
		require.NoError(t, o.SetNumFilled(batch))
		require.Equal(t, batch, s.NumFilled())
		require.Error(t, o.SetNumFilled(batch+1))
		for i, f := range s.Frames() {
			require.Equal(t, p.Width, f.Width(), "seed %d frame %d", seed, i)
			require.Equal(t, p.Height, f.Height(), "seed %d frame %d", seed, i)
			require.Equal(t, p.ColorFormat, f.ColorFormat(), "seed %d frame %d", seed, i)
		}
	}
}

func TestCreateRefusesBadParams(t *testing.T) {
	_, err := surface.Create(0, surface.CreateParams{Width: 4, Height: 4, ColorFormat: surface.ColorFormatRGBA})
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = surface.Create(1, surface.CreateParams{Width: -4, Height: 4, ColorFormat: surface.ColorFormatRGBA})
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = surface.Create(1, surface.CreateParams{Width: 0, Height: 0, ColorFormat: surface.ColorFormatRGBA})
	require.ErrorContains(t, err, "NvBufSurfaceCreate refused")
}

func TestOwnedSurfaceDestroy(t *testing.T) {
	o, err := surface.Create(1, surface.CreateParams{Width: 8, Height: 8, ColorFormat: surface.ColorFormatRGBA, MemType: surface.MemSystem})
	require.NoError(t, err)
	require.NoError(t, o.Destroy())
	require.NoError(t, o.Destroy(), "a second Destroy does nothing")
	require.PanicsWithValue(t, "surface: OwnedSurface used after Destroy", func() { o.Surface() })
	var nilOwned *surface.OwnedSurface
	require.NoError(t, nilOwned.Destroy())
	testmain.NoLeaks(t)
}

func TestMemSet(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		rng := rand.New(rand.NewPCG(seed, 1))
		f := createFormats[rng.IntN(len(createFormats))]
		o := create(t, 2, surface.CreateParams{Width: 2 * (1 + rng.IntN(64)), Height: 2 * (1 + rng.IntN(64)), ColorFormat: f, MemType: surface.MemSystem})
		s := o.Surface()
		v0, v1 := byte(rng.Uint32()), byte(rng.Uint32())
		require.NoError(t, s.MemSet(-1, surface.AllPlanes, v0))
		require.NoError(t, s.MemSet(1, 0, v1))
		for i := range 2 {
			np := must(s.Params(i)).NumPlanes()
			for p := range np {
				want := v0
				if i == 1 && p == 0 {
					want = v1
				}
				for k, b := range planeRows(t, s, i, p) {
					if b != want {
						t.Fatalf("seed %d %v frame %d plane %d byte %d: %d, want %d", seed, f, i, p, k, b, want)
					}
				}
			}
		}
	}
	var zero surface.Surface
	require.ErrorIs(t, zero.MemSet(0, 0, 1), surface.ErrNotSurface)
	o := create(t, 1, surface.CreateParams{Width: 4, Height: 4, ColorFormat: surface.ColorFormatRGBA, MemType: surface.MemSystem})
	require.ErrorIs(t, o.Surface().MemSet(1, 0, 1), nvds.ErrOutOfRange)
	require.ErrorIs(t, o.Surface().MemSet(0, 9, 1), nvds.ErrOutOfRange)
	require.Error(t, o.Surface().MemSet(0, 1, 1), "RGBA has one plane")
}

func TestCopyRoundTrip(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		rng := rand.New(rand.NewPCG(seed, 2))
		p := surface.CreateParams{Width: 2 * (1 + rng.IntN(100)), Height: 2 * (1 + rng.IntN(100)),
			ColorFormat: createFormats[rng.IntN(len(createFormats))], MemType: surface.MemSystem}
		batch := 1 + rng.IntN(3)
		src := create(t, batch, p).Surface()
		// The destination in device memory: Copy needs no mapping.
		dp := p
		dp.MemType = surface.MemCUDADevice
		dev := create(t, batch, dp).Surface()
		back := create(t, batch, p).Surface()
		for i := range batch {
			fill(t, src, i, rng)
		}
		require.NoError(t, surface.Copy(dev, src), "seed %d", seed)
		require.NoError(t, surface.Copy(back, dev), "seed %d", seed)
		for i := range batch {
			for pl := range must(src.Params(i)).NumPlanes() {
				require.Equal(t, planeRows(t, src, i, pl), planeRows(t, back, i, pl), "seed %d frame %d plane %d", seed, i, pl)
			}
		}
	}
	a := create(t, 1, surface.CreateParams{Width: 8, Height: 8, ColorFormat: surface.ColorFormatRGBA, MemType: surface.MemSystem}).Surface()
	b := create(t, 1, surface.CreateParams{Width: 8, Height: 8, ColorFormat: surface.ColorFormatNV12, MemType: surface.MemSystem}).Surface()
	require.ErrorContains(t, surface.Copy(b, a), "NvBufSurfaceCopy returned -1")
	require.ErrorIs(t, surface.Copy(surface.Surface{}, a), surface.ErrNotSurface)
}

func TestJetsonOnlyCalls(t *testing.T) {
	s := create(t, 1, surface.CreateParams{Width: 8, Height: 8, ColorFormat: surface.ColorFormatRGBA, MemType: surface.MemSystem}).Surface()
	for name, err := range map[string]error{
		"MapEglImage":   s.MapEglImage(0),
		"UnMapEglImage": s.UnMapEglImage(-1),
		"FromFd":        second(surface.FromFd(3)),
	} {
		require.ErrorIs(t, err, surface.ErrUnsupported, name)
		require.ErrorContains(t, err, "Jetson", name)
	}
	require.ErrorIs(t, s.MapEglImage(5), nvds.ErrOutOfRange, "the index is checked first")
	require.Nil(t, must(s.Params(0)).EGLImage())
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func second[T any](_ T, err error) error { return err }
