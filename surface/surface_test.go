package surface_test

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"sync"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/internal/surfacetest"
)

// newBuffer makes a DeepStream-style buffer and drops it when the test ends.
func newBuffer(t testing.TB, batch, w, h int, f surface.ColorFormat, mem surface.MemType) (unsafe.Pointer, surface.Surface) {
	t.Helper()
	buf := surfacetest.NewBuffer(batch, w, h, int32(f), int32(mem))
	require.NotNil(t, buf, "runtime refused %dx%d %v %v", w, h, f, mem)
	t.Cleanup(func() { surfacetest.Unref(buf) })
	s, err := surface.FromBuffer(buf)
	require.NoError(t, err)
	return buf, s
}

func TestFromBuffer(t *testing.T) {
	_, s := newBuffer(t, 2, 64, 48, surface.ColorFormatRGBA, surface.MemSystem)
	require.False(t, s.IsNil())
	require.Equal(t, 2, s.BatchSize())
	require.Equal(t, 2, s.NumFilled())
	require.Equal(t, surface.MemSystem, s.MemType())
	p, err := s.Params(1)
	require.NoError(t, err)
	require.Equal(t, 64, p.Width())
	require.Equal(t, 48, p.Height())
	require.Equal(t, surface.ColorFormatRGBA, p.ColorFormat())
	require.Equal(t, surface.LayoutPitch, p.Layout())
	require.GreaterOrEqual(t, p.Pitch(), 4*64)
	require.Equal(t, 1, p.NumPlanes())
	pl, err := p.Plane(0)
	require.NoError(t, err)
	require.Equal(t, surface.Plane{Width: 64, Height: 48, Pitch: p.Pitch(), Offset: pl.Offset, Size: pl.Size, BytesPerPixel: 4}, pl)
	require.GreaterOrEqual(t, pl.Size, pl.Pitch*pl.Height)
	require.Nil(t, p.MappedAddr(0), "not mapped yet")

	n := 0
	for i, f := range s.Frames() {
		require.Equal(t, n, i)
		require.Equal(t, 64, f.Width())
		n++
	}
	require.Equal(t, 2, n)
	require.Equal(t, s, surface.FromUnsafePointer(s.UnsafePointer()))
}

func TestFromBufferMisuse(t *testing.T) {
	_, err := surface.FromBuffer(nil)
	require.ErrorIs(t, err, nvds.ErrNilBuffer)

	small := surfacetest.NewPlainBuffer(8)
	defer surfacetest.Unref(small)
	_, err = surface.FromBuffer(small)
	require.ErrorIs(t, err, surface.ErrNotSurface)

	// Big enough to hold the struct, but zeros: no surface list.
	zeros := surfacetest.NewPlainBuffer(4096)
	defer surfacetest.Unref(zeros)
	_, err = surface.FromBuffer(zeros)
	require.ErrorIs(t, err, surface.ErrNotSurface)

	var zero surface.Surface
	_, err = zero.Map(0, 0, surface.MapRead)
	require.ErrorIs(t, err, surface.ErrNotSurface)
	_, err = zero.Params(0)
	require.ErrorIs(t, err, surface.ErrNotSurface)
	for range zero.Frames() {
		t.Fatal("zero surface has frames")
	}
}

func TestRGBAWriteThroughImageReadBackThroughMapping(t *testing.T) {
	testmain.NoLeaks(t)
	_, s := newBuffer(t, 1, 320, 240, surface.ColorFormatRGBA, surface.MemSystem)

	m, err := s.Map(0, 0, surface.MapReadWrite)
	require.NoError(t, err)
	img, err := m.RGBA()
	require.NoError(t, err)
	p, _ := s.Params(0)
	require.Equal(t, p.Pitch(), img.Stride, "Stride is the pitch")
	require.Equal(t, image.Rect(0, 0, 320, 240), img.Bounds())
	require.Equal(t, p.MappedAddr(0), unsafe.Pointer(&img.Pix[0]), "Pix is the mapped memory, not a copy")

	red := color.RGBA{R: 255, A: 255}
	draw.Draw(img, image.Rect(10, 20, 30, 40), image.NewUniform(red), image.Point{}, draw.Src)
	img.SetRGBA(319, 239, color.RGBA{R: 1, G: 2, B: 3, A: 4})
	require.NoError(t, m.SyncForDevice())
	require.NoError(t, m.Close())

	m, err = s.Map(0, 0, surface.MapRead)
	require.NoError(t, err)
	defer m.Close()
	require.NoError(t, m.SyncForCPU())
	b := m.Bytes()
	require.Len(t, b, p.Pitch()*240)
	px := func(x, y int) []byte { o := y*p.Pitch() + 4*x; return b[o : o+4] }
	require.Equal(t, []byte{255, 0, 0, 255}, px(10, 20))
	require.Equal(t, []byte{255, 0, 0, 255}, px(29, 39))
	require.Equal(t, []byte{0, 0, 0, 0}, px(30, 40))
	require.Equal(t, []byte{1, 2, 3, 4}, px(319, 239))
}

func TestRGBAEncodesLiveFrame(t *testing.T) {
	testmain.NoLeaks(t)
	_, s := newBuffer(t, 1, 33, 17, surface.ColorFormatRGBA, surface.MemCUDAUnified)
	m, err := s.Map(0, surface.AllPlanes, surface.MapReadWrite)
	require.NoError(t, err)
	defer m.Close()
	img, err := m.RGBA()
	require.NoError(t, err)
	for y := range 17 {
		for x := range 33 {
			img.SetRGBA(x, y, color.RGBA{uint8(x * 7), uint8(y * 13), uint8(x + y), 255})
		}
	}
	var enc bytes.Buffer
	require.NoError(t, png.Encode(&enc, img))
	dec, err := png.Decode(&enc)
	require.NoError(t, err)
	for y := range 17 {
		for x := range 33 {
			require.Equal(t, img.RGBAAt(x, y), color.RGBAModel.Convert(dec.At(x, y)))
		}
	}

	cp, err := m.CopyRGBA()
	require.NoError(t, err)
	require.Equal(t, 4*33, cp.Stride, "a copy is tightly packed")
	require.NoError(t, m.Close())
	require.Equal(t, color.RGBA{uint8(5 * 7), uint8(3 * 13), 8, 255}, cp.RGBAAt(5, 3), "the copy outlives the mapping")

	cp2, err := s.CopyRGBA(0)
	require.NoError(t, err)
	require.Equal(t, cp.Pix, cp2.Pix)
}

func TestMappingMisuse(t *testing.T) {
	testmain.NoLeaks(t)
	_, s := newBuffer(t, 2, 64, 32, surface.ColorFormatRGBA, surface.MemSystem)

	_, err := s.Map(2, 0, surface.MapRead)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = s.Map(-1, 0, surface.MapRead)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = s.Map(0, 1, surface.MapRead)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = s.Map(0, 0, surface.MapMode(7))
	require.Error(t, err)
	_, err = s.Params(2)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = s.Device(0)
	require.ErrorIs(t, err, surface.ErrUnsupportedMemory, "system memory has no CUDA pointer")

	m, err := s.Map(1, 0, surface.MapRead)
	require.NoError(t, err)
	_, err = m.PlaneBytes(1)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = m.GrayPlane(-1)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	_, err = m.YCbCr()
	require.ErrorIs(t, err, surface.ErrUnsupportedFormat)
	require.NoError(t, m.Close())
	require.NoError(t, m.Close(), "Close is idempotent")
	require.Nil(t, m.Bytes())
	_, err = m.RGBA()
	require.ErrorIs(t, err, surface.ErrClosed)
	_, err = m.PlaneBytes(0)
	require.ErrorIs(t, err, surface.ErrClosed)
	_, err = m.AppendPlane(nil, 0)
	require.ErrorIs(t, err, surface.ErrClosed)
	require.ErrorIs(t, m.SyncForCPU(), surface.ErrClosed)
	require.ErrorIs(t, m.SyncForDevice(), surface.ErrClosed)

	var nilMapping *surface.Mapping
	require.NoError(t, nilMapping.Close())

	// A layout the CPU cannot walk.
	surfacetest.SetLayout(s.UnsafePointer(), 0, int32(surface.LayoutBlockLinear))
	m, err = s.Map(0, 0, surface.MapRead)
	require.NoError(t, err)
	_, err = m.RGBA()
	require.ErrorIs(t, err, surface.ErrUnsupportedLayout)
	_, err = m.GrayPlane(0)
	require.ErrorIs(t, err, surface.ErrUnsupportedLayout)
	require.NotNil(t, m.Bytes(), "raw bytes stay readable")
	require.NoError(t, m.Close())
	surfacetest.SetLayout(s.UnsafePointer(), 0, int32(surface.LayoutPitch))

	var e *nvds.Error
	_, err = s.Map(5, 0, surface.MapRead)
	require.True(t, errors.As(err, &e))
	require.Equal(t, "surface.Surface.Map", e.Op)
}

func TestDeviceMemory(t *testing.T) {
	testmain.NoLeaks(t)
	_, s := newBuffer(t, 1, 64, 32, surface.ColorFormatRGBA, surface.MemCUDADevice)
	_, err := s.Map(0, 0, surface.MapRead)
	require.ErrorIs(t, err, surface.ErrUnsupportedMemory)
	_, err = s.CopyRGBA(0)
	require.ErrorIs(t, err, surface.ErrUnsupportedMemory)

	d, err := s.Device(0)
	require.NoError(t, err)
	p, _ := s.Params(0)
	require.Equal(t, p.DataPtr(), d.Ptr)
	require.NotZero(t, d.Ptr)
	require.Equal(t, p.DataSize(), d.Size)
	require.Equal(t, surface.MemCUDADevice, d.MemType)
	require.Equal(t, 64, d.Width)
	require.Equal(t, p.Pitch(), d.Pitch)
	require.Equal(t, 1, d.NumPlanes)
	shape, strides, err := d.HWC()
	require.NoError(t, err)
	require.Equal(t, [3]int{32, 64, 4}, shape)
	require.Equal(t, [3]int{p.Pitch(), 4, 1}, strides)

	_, nv := newBuffer(t, 1, 64, 32, surface.ColorFormatNV12, surface.MemCUDAUnified)
	d, err = nv.Device(0)
	require.NoError(t, err)
	require.Equal(t, 2, d.NumPlanes)
	require.Equal(t, 16, d.Planes[1].Height)
	_, _, err = d.HWC()
	require.ErrorIs(t, err, surface.ErrUnsupportedFormat)
}

func TestNV12Planes(t *testing.T) {
	testmain.NoLeaks(t)
	_, s := newBuffer(t, 1, 64, 48, surface.ColorFormatNV12, surface.MemSystem)
	m, err := s.Map(0, surface.AllPlanes, surface.MapReadWrite)
	require.NoError(t, err)
	defer m.Close()
	_, err = m.RGBA()
	require.ErrorIs(t, err, surface.ErrUnsupportedFormat)
	_, err = m.YCbCr()
	require.ErrorIs(t, err, surface.ErrUnsupportedFormat, "NV12 interleaves chroma")

	y, err := m.GrayPlane(0)
	require.NoError(t, err)
	require.Equal(t, image.Rect(0, 0, 64, 48), y.Bounds())
	uv, err := m.GrayPlane(1)
	require.NoError(t, err)
	require.Equal(t, image.Rect(0, 0, 64, 24), uv.Bounds(), "32 U,V pairs per row")
	y.SetGray(5, 6, color.Gray{200})
	uv.SetGray(11, 3, color.Gray{77})

	yb, err := m.PlaneBytes(0)
	require.NoError(t, err)
	require.Equal(t, byte(200), yb[6*y.Stride+5])
	uvb, err := m.PlaneBytes(1)
	require.NoError(t, err)
	require.Equal(t, byte(77), uvb[3*uv.Stride+11])

	packed, err := m.AppendPlane([]byte{9}, 1)
	require.NoError(t, err)
	require.Len(t, packed, 1+64*24)
	require.Equal(t, byte(77), packed[1+3*64+11])
}

func TestI420AsYCbCr(t *testing.T) {
	testmain.NoLeaks(t)
	for _, f := range []surface.ColorFormat{surface.ColorFormatYUV420, surface.ColorFormatYVU420} {
		t.Run(f.String(), func(t *testing.T) {
			_, s := newBuffer(t, 1, 40, 30, f, surface.MemSystem)
			one, err := s.Map(0, 0, surface.MapRead)
			require.NoError(t, err)
			_, err = one.YCbCr()
			require.ErrorIs(t, err, surface.ErrNotMapped, "chroma planes are not mapped")
			require.NoError(t, one.Close())

			m, err := s.Map(0, surface.AllPlanes, surface.MapReadWrite)
			require.NoError(t, err)
			defer m.Close()
			img, err := m.YCbCr()
			require.NoError(t, err)
			require.Equal(t, image.YCbCrSubsampleRatio420, img.SubsampleRatio)
			require.Equal(t, image.Rect(0, 0, 40, 30), img.Bounds())
			img.Y[img.YOffset(3, 4)] = 10
			img.Cb[img.COffset(3, 4)] = 20
			img.Cr[img.COffset(3, 4)] = 30
			require.Equal(t, color.YCbCr{10, 20, 30}, img.YCbCrAt(3, 4))

			u, v := 1, 2
			if f == surface.ColorFormatYVU420 {
				u, v = 2, 1
			}
			p1, _ := m.PlaneBytes(u)
			p2, _ := m.PlaneBytes(v)
			pp, _ := m.Params().Plane(1)
			require.Equal(t, byte(20), p1[2*pp.Pitch+1])
			require.Equal(t, byte(30), p2[2*pp.Pitch+1])
		})
	}
}

func TestBatchFramesAreSeparate(t *testing.T) {
	testmain.NoLeaks(t)
	_, s := newBuffer(t, 4, 16, 16, surface.ColorFormatRGBA, surface.MemSystem)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m, err := s.Map(i, 0, surface.MapReadWrite)
			if err != nil {
				t.Error(err)
				return
			}
			defer m.Close()
			img, err := m.RGBA()
			if err != nil {
				t.Error(err)
				return
			}
			draw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{uint8(i), 0, 0, 255}), image.Point{}, draw.Src)
		}()
	}
	wg.Wait()
	for i := range 4 {
		cp, err := s.CopyRGBA(i)
		require.NoError(t, err)
		require.Equal(t, color.RGBA{uint8(i), 0, 0, 255}, cp.RGBAAt(15, 15), "frame %d", i)
	}
}

func TestStrings(t *testing.T) {
	require.Equal(t, "RGBA", surface.ColorFormatRGBA.String())
	require.Equal(t, "NV12_709_ER", surface.ColorFormatNV12_709ER.String())
	require.Equal(t, "ColorFormat(9999)", surface.ColorFormat(9999).String())
	require.Equal(t, "cuda-unified", surface.MemCUDAUnified.String())
	require.Equal(t, "pitch", surface.LayoutPitch.String())
	require.Equal(t, "read-write", surface.MapReadWrite.String())
}

func benchmarkMapRGBA(b *testing.B, w, h int) {
	_, s := newBuffer(b, 1, w, h, surface.ColorFormatRGBA, surface.MemCUDAUnified)
	b.ReportAllocs()
	var sink byte
	for b.Loop() {
		m, err := s.Map(0, 0, surface.MapReadWrite)
		if err != nil {
			b.Fatal(err)
		}
		img, err := m.RGBA()
		if err != nil {
			b.Fatal(err)
		}
		sink += img.Pix[len(img.Pix)-1]
		m.Close()
	}
	_ = sink
}

// BenchmarkMapRGBA maps a frame, views it as *image.RGBA and unmaps: the
// cost must not depend on the frame size.
func BenchmarkMapRGBA(b *testing.B) {
	for _, sz := range [][2]int{{640, 360}, {1920, 1080}, {3840, 2160}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) { benchmarkMapRGBA(b, sz[0], sz[1]) })
	}
}

// BenchmarkCopyRGBA is the copying accessor, for contrast.
func BenchmarkCopyRGBA(b *testing.B) {
	for _, sz := range [][2]int{{640, 360}, {1920, 1080}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			_, s := newBuffer(b, 1, sz[0], sz[1], surface.ColorFormatRGBA, surface.MemCUDAUnified)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.CopyRGBA(0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
