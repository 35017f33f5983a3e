//go:build !deepstream

package devmem_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/devmem"
	"github.com/go-deepstream/go-deepstream/surface/internal/surfacetest"
)

// newSurface returns a new buffer's surface; the buffer is released at the
// end of the test.
func newSurface(t testing.TB, batch, w, h int, f surface.ColorFormat, mem surface.MemType) (unsafe.Pointer, surface.Surface) {
	t.Helper()
	buf := surfacetest.NewBuffer(batch, w, h, int32(f), int32(mem))
	require.NotNil(t, buf, "runtime refused %dx%d %v %v", w, h, f, mem)
	t.Cleanup(func() { surfacetest.Unref(buf) })
	s, err := surface.FromBuffer(buf)
	require.NoError(t, err)
	return buf, s
}

func randomBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

var channels = map[surface.ColorFormat]int{
	surface.ColorFormatRGBA: 4, surface.ColorFormatBGRx: 4, surface.ColorFormatRGB: 3, surface.ColorFormatGray8: 1,
}

// As on a dGPU, the default memory type is CUDA device memory: the CPU
// cannot map it, Device describes it.
func TestDefaultMemoryIsDevice(t *testing.T) {
	_, s := newSurface(t, 1, 64, 32, surface.ColorFormatRGBA, surface.MemDefault)
	require.Equal(t, surface.MemCUDADevice, s.MemType())
	_, err := s.Map(0, 0, surface.MapRead)
	require.ErrorIs(t, err, surface.ErrUnsupportedMemory)
	d, err := s.Device(0)
	require.NoError(t, err)
	a, err := devmem.FromDevice(d)
	require.NoError(t, err)
	require.Equal(t, [3]int{32, 64, 4}, a.Shape())
	require.Equal(t, [3]int{d.Pitch, 4, 1}, a.Strides())
	require.Greater(t, d.Pitch, 64*4, "the runtime pads rows as the SDK does")
	require.Equal(t, "emulated", devmem.Backend())
}

// The Python sample's change, 0.5*x + 0.5 on one channel, and random
// scales, over a range of seeds, sizes, formats, memory types and batch
// frames: the changed channel holds the computed bytes, every other
// channel, frame and the rows' padding are unchanged. A unified-memory
// surface is read back through a CPU mapping too, a reader independent of
// this package.
func TestScaleChannel(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 12))
	formats := []surface.ColorFormat{surface.ColorFormatRGBA, surface.ColorFormatBGRx, surface.ColorFormatRGB, surface.ColorFormatGray8}
	mems := []surface.MemType{surface.MemDefault, surface.MemCUDADevice, surface.MemCUDAUnified, surface.MemCUDAPinned}
	for k := range 24 {
		w, h := 1+r.IntN(300), 1+r.IntN(200)
		f, mem := formats[r.IntN(len(formats))], mems[r.IntN(len(mems))]
		batch := 1 + r.IntN(3)
		index := r.IntN(batch)
		nc := channels[f]
		c := r.IntN(nc)
		scale, offset := 0.5, 0.5
		if k%2 == 1 {
			scale, offset = r.Float64()*4-2, r.Float64()*300-50
		}
		name := fmt.Sprintf("seed %d case %d: %dx%d %v %v batch %d frame %d channel %d, %.3f*x%+.3f",
			seed, k, w, h, f, mem, batch, index, c, scale, offset)
		_, s := newSurface(t, batch, w, h, f, mem)
		arrays := make([]devmem.Array, batch)
		before := make([][]byte, batch)
		for i := range batch {
			d, err := s.Device(i)
			require.NoError(t, err, name)
			arrays[i], err = devmem.FromDevice(d)
			require.NoError(t, err, name)
			before[i] = randomBytes(r, w*h*nc)
			require.NoError(t, arrays[i].CopyFromHost(before[i]), name)
		}
		require.NoError(t, arrays[index].ScaleChannel(c, scale, offset), name)
		require.NoError(t, devmem.Synchronize())
		for i := range batch {
			after := make([]byte, arrays[i].PackedLen())
			require.NoError(t, arrays[i].CopyToHost(after), name)
			for p := 0; p < w*h; p++ {
				for ch := range nc {
					x, got := before[i][p*nc+ch], after[p*nc+ch]
					want := x
					if i == index && ch == c {
						want = cast(scale*float64(x) + offset)
						if scale == 0.5 && offset == 0.5 {
							require.Equal(t, byte((int(x)+1)/2), want, "the sample's change is (x+1)/2 rounded down")
						}
					}
					if got != want {
						t.Fatalf("%s: frame %d pixel %d channel %d: %d became %d, want %d", name, i, p, ch, x, got, want)
					}
				}
			}
			if mem == surface.MemCUDAUnified {
				checkMapped(t, s, i, after, w, h, nc, name)
			}
		}
	}
}

// cast converts as CUDA does a float to uint8: toward zero, saturated.
func cast(v float64) byte {
	v = math.Trunc(v)
	if v < 0 {
		return 0
	}
	if v > 255 {
		return 255
	}
	return byte(v)
}

// checkMapped reads frame i through a CPU mapping: the pixels are packed's,
// the rows' padding is still the runtime's zeros.
func checkMapped(t *testing.T, s surface.Surface, i int, packed []byte, w, h, nc int, name string) {
	t.Helper()
	m, err := s.Map(i, 0, surface.MapRead)
	require.NoError(t, err, name)
	defer m.Close()
	b := m.Bytes()
	pitch := len(b) / h
	for y := range h {
		require.Equal(t, packed[y*w*nc:(y+1)*w*nc], b[y*pitch:y*pitch+w*nc], "%s: frame %d row %d", name, i, y)
		for x := w * nc; x < pitch; x++ {
			require.Zero(t, b[y*pitch+x], "%s: frame %d row %d padding byte %d", name, i, y, x)
		}
	}
}

// ScaleTable is the conversion the doc states.
func TestScaleTable(t *testing.T) {
	lut := devmem.ScaleTable(0.5, 0.5)
	for x := range 256 {
		require.Equal(t, byte((x+1)/2), lut[x], "x=%d", x)
	}
	lut = devmem.ScaleTable(-1, 10.9)
	require.Equal(t, byte(10), lut[0])
	require.Equal(t, byte(0), lut[11], "negative clamps to 0")
	lut = devmem.ScaleTable(2, 0)
	require.Equal(t, byte(254), lut[127])
	require.Equal(t, byte(255), lut[128], "over 255 clamps to 255")
}

// Misuse gives errors that say what is wrong, and changes nothing.
func TestMisuse(t *testing.T) {
	_, s := newSurface(t, 2, 40, 30, surface.ColorFormatRGB, surface.MemCUDADevice)
	d, err := s.Device(1)
	require.NoError(t, err)
	a, err := devmem.FromDevice(d)
	require.NoError(t, err)
	orig := make([]byte, a.PackedLen())
	for i := range orig {
		orig[i] = byte(i * 7)
	}
	require.NoError(t, a.CopyFromHost(orig))

	for _, c := range []int{-1, 3, 4, 1 << 30} {
		err := a.ScaleChannel(c, 0.5, 0.5)
		require.ErrorIs(t, err, nvds.ErrOutOfRange, "channel %d", c)
		require.ErrorContains(t, err, fmt.Sprintf("channel %d of 3", c))
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		require.ErrorIs(t, a.ScaleChannel(0, v, 0), devmem.ErrValue)
		require.ErrorIs(t, a.ScaleChannel(0, 1, v), devmem.ErrValue)
	}
	for _, n := range []int{0, 1, a.PackedLen() - 1, a.PackedLen() + 1} {
		buf := make([]byte, n)
		err := a.CopyToHost(buf)
		require.ErrorIs(t, err, devmem.ErrSize, "len %d", n)
		require.ErrorContains(t, err, "devmem.Array.CopyToHost")
		require.ErrorIs(t, a.CopyFromHost(buf), devmem.ErrSize, "len %d", n)
	}
	got := make([]byte, a.PackedLen())
	require.NoError(t, a.CopyToHost(got))
	require.Equal(t, orig, got, "failed calls changed nothing")

	// Formats and layouts without a packed 8-bit view.
	_, nv12 := newSurface(t, 1, 64, 32, surface.ColorFormatNV12, surface.MemCUDADevice)
	dn, err := nv12.Device(0)
	require.NoError(t, err)
	_, err = devmem.FromDevice(dn)
	require.ErrorIs(t, err, surface.ErrUnsupportedFormat)
	bl := d
	bl.Layout = surface.LayoutBlockLinear
	_, err = devmem.FromDevice(bl)
	require.ErrorIs(t, err, surface.ErrUnsupportedLayout)

	// A description larger than its allocation, a zero DeviceBuffer.
	big := d
	big.Height = d.Size/d.Pitch + 2
	_, err = devmem.FromDevice(big)
	require.ErrorIs(t, err, devmem.ErrSize)
	require.ErrorContains(t, err, "allocation has")
	_, err = devmem.FromDevice(surface.DeviceBuffer{})
	require.ErrorIs(t, err, devmem.ErrSize)
	require.ErrorContains(t, err, "zero DeviceBuffer")

	// A zero Array is a programming error.
	var zero devmem.Array
	require.PanicsWithValue(t, "devmem: Array.ScaleChannel on a zero Array (FromDevice failed or was not called)",
		func() { _ = zero.ScaleChannel(0, 1, 0) })
	require.PanicsWithValue(t, "devmem: Array.CopyToHost on a zero Array (FromDevice failed or was not called)",
		func() { _ = zero.CopyToHost(nil) })
	require.Panics(t, func() { _ = a.MapChannel(0, nil) })
}

// On the embedded runtime an address outside every live surface is
// refused, not dereferenced: a frame kept after its buffer went, a Go
// slice passed off as a frame, a size that reaches past the surface.
func TestEmulationRefusesForeignMemory(t *testing.T) {
	buf := surfacetest.NewBuffer(1, 32, 16, int32(surface.ColorFormatRGBA), int32(surface.MemCUDADevice))
	require.NotNil(t, buf)
	s, err := surface.FromBuffer(buf)
	require.NoError(t, err)
	d, err := s.Device(0)
	require.NoError(t, err)
	a, err := devmem.FromDevice(d)
	require.NoError(t, err)
	require.NoError(t, a.ScaleChannel(0, 0.5, 0.5))
	surfacetest.Unref(buf) // the surface is destroyed
	err = a.ScaleChannel(0, 0.5, 0.5)
	require.ErrorIs(t, err, devmem.ErrNotDeviceMemory)
	require.ErrorContains(t, err, "devmem.Array.ScaleChannel")
	require.ErrorIs(t, a.CopyToHost(make([]byte, a.PackedLen())), devmem.ErrNotDeviceMemory)

	host := make([]byte, 32*16*4)
	forged := surface.DeviceBuffer{Ptr: uintptr(unsafe.Pointer(&host[0])), Size: len(host), Layout: surface.LayoutPitch,
		ColorFormat: surface.ColorFormatRGBA, Width: 32, Height: 16, Pitch: 32 * 4}
	f, err := devmem.FromDevice(forged)
	require.NoError(t, err, "the description is consistent")
	require.ErrorIs(t, f.ScaleChannel(1, 2, 1), devmem.ErrNotDeviceMemory)
	require.ErrorIs(t, f.CopyFromHost(make([]byte, f.PackedLen())), devmem.ErrNotDeviceMemory)
	require.Equal(t, make([]byte, len(host)), host, "nothing written")

	_, s2 := newSurface(t, 1, 32, 16, surface.ColorFormatRGBA, surface.MemCUDADevice)
	d2, err := s2.Device(0)
	require.NoError(t, err)
	d2.Size = 0 // unknown: FromDevice cannot check, the runtime does
	d2.Height = 1000
	long, err := devmem.FromDevice(d2)
	require.NoError(t, err)
	require.ErrorIs(t, long.ScaleChannel(0, 1, 1), devmem.ErrNotDeviceMemory)
}
