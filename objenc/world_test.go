package objenc_test

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/scene"
	"github.com/go-deepstream/go-deepstream/surface"
)

// world is one frame of a synthetic scene in a surface, with a batch meta
// holding a frame meta and an object meta per scene object.
type world struct {
	seed  int64
	surf  surface.Surface
	batch nvds.BatchMeta
	frame nvds.FrameMeta
	src   *image.RGBA // the scene's pixels, as written into the surface
	objs  []nvds.ObjectMeta
	boxes []image.Rectangle // each object's box, in the frame
}

// newWorld renders frame 5 of the scene of seed at w x h into a new
// surface of format (RGBA or NV12) and memory type; everything is freed
// when the test ends.
func newWorld(t testing.TB, seed int64, w, h int, format surface.ColorFormat, mem surface.MemType) *world {
	t.Helper()
	sc := scene.Generate(scene.Config{Seed: seed, Width: w, Height: h, Frames: 10, Vehicles: 6, TwoWheelers: 2, People: 4, Faces: true})
	src := image.NewRGBA(image.Rect(0, 0, w, h))
	truth := sc.Render(5, src)

	o, err := surface.Create(1, surface.CreateParams{Width: w, Height: h, ColorFormat: format, MemType: surface.MemSystem})
	require.NoError(t, err, "seed %d", seed)
	t.Cleanup(func() { require.NoError(t, o.Destroy()) })
	require.NoError(t, o.SetNumFilled(1))
	writePixels(t, o.Surface(), src)
	surf := o.Surface()
	if mem != surface.MemSystem {
		dev, err := surface.Create(1, surface.CreateParams{Width: w, Height: h, ColorFormat: format, MemType: mem})
		require.NoError(t, err)
		t.Cleanup(func() { require.NoError(t, dev.Destroy()) })
		require.NoError(t, dev.SetNumFilled(1))
		require.NoError(t, surface.Copy(dev.Surface(), surf))
		surf = dev.Surface()
	}

	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	t.Cleanup(owned.Release)
	batch := owned.Meta()
	pf, err := batch.AcquireFrameMeta()
	require.NoError(t, err)
	frame := batch.AddFrame(pf)
	frame.SetBatchID(0)
	frame.SetFrameNum(5)
	wd := &world{seed: seed, surf: surf, batch: batch, frame: frame, src: src}
	for _, ob := range truth.Objects {
		if ob.Box.Empty() {
			continue
		}
		b := ob.Box
		wd.add(t, float32(b.Left), float32(b.Top), float32(b.Width), float32(b.Height))
	}
	require.NotEmpty(t, wd.objs, "seed %d: no objects in frame 5", seed)
	return wd
}

// add attaches an object with the box (left, top, width, height).
func (wd *world) add(t testing.TB, left, top, width, height float32) nvds.ObjectMeta {
	obj, err := wd.frame.NewObject(nvds.ObjectMeta{})
	require.NoError(t, err)
	r := obj.RectParams()
	r.SetLeft(left)
	r.SetTop(top)
	r.SetWidth(width)
	r.SetHeight(height)
	x0, y0 := int(left), int(top)
	wd.objs = append(wd.objs, obj)
	wd.boxes = append(wd.boxes, image.Rect(x0, y0, x0+int(width), y0+int(height)).Intersect(wd.src.Rect))
	return obj
}

// writePixels stores src in frame 0 of s: RGBA as is, NV12 as BT.601
// studio-range YUV 4:2:0 (chroma of the top-left pixel of each 2x2 block).
func writePixels(t testing.TB, s surface.Surface, src *image.RGBA) {
	t.Helper()
	m, err := s.Map(0, surface.AllPlanes, surface.MapWrite)
	require.NoError(t, err)
	defer m.Close()
	switch f := m.Params().ColorFormat(); f {
	case surface.ColorFormatRGBA:
		dst, err := m.RGBA()
		require.NoError(t, err)
		draw.Draw(dst, dst.Rect, src, image.Point{}, draw.Src)
	case surface.ColorFormatNV12:
		yp, err := m.PlaneBytes(0)
		require.NoError(t, err)
		uv, err := m.PlaneBytes(1)
		require.NoError(t, err)
		p0, _ := m.Params().Plane(0)
		p1, _ := m.Params().Plane(1)
		for y := range src.Rect.Dy() {
			for x := range src.Rect.Dx() {
				c := src.RGBAAt(x, y)
				Y, Cb, Cr := studioYCbCr(c)
				yp[y*p0.Pitch+x] = Y
				if x%2 == 0 && y%2 == 0 {
					o := (y/2)*p1.Pitch + x
					uv[o], uv[o+1] = Cb, Cr
				}
			}
		}
	default:
		t.Fatalf("writePixels: %v", f)
	}
	require.NoError(t, m.SyncForDevice())
}

// studioYCbCr is BT.601 studio range (Y 16..235, C 16..240).
func studioYCbCr(c color.RGBA) (uint8, uint8, uint8) {
	r, g, b := float64(c.R), float64(c.G), float64(c.B)
	y := 16 + (65.481*r+128.553*g+24.966*b)/255
	cb := 128 + (-37.797*r-74.203*g+112.0*b)/255
	cr := 128 + (112.0*r-93.786*g-18.214*b)/255
	return clamp8(y), clamp8(cb), clamp8(cr)
}

func clamp8(v float64) uint8 { return uint8(max(0, min(255, math.Round(v)))) }

// psnr compares img with ref (same size) over R, G and B, in dB.
func psnr(ref, img image.Image) float64 {
	b := ref.Bounds()
	ib := img.Bounds()
	var se float64
	for y := range b.Dy() {
		for x := range b.Dx() {
			r0, g0, b0, _ := ref.At(b.Min.X+x, b.Min.Y+y).RGBA()
			r1, g1, b1, _ := img.At(ib.Min.X+x, ib.Min.Y+y).RGBA()
			for _, d := range []float64{float64(r0>>8) - float64(r1>>8), float64(g0>>8) - float64(g1>>8), float64(b0>>8) - float64(b1>>8)} {
				se += d * d
			}
		}
	}
	mse := se / float64(3*b.Dx()*b.Dy())
	if mse == 0 {
		return math.Inf(1)
	}
	return 10 * math.Log10(255*255/mse)
}

// bilinear resizes src to w x h, mapping pixel centres onto pixel centres
// with taps clamped at the edges: the reference the scaled crops are
// compared with.
func bilinear(src *image.RGBA, w, h int) *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	sw, sh := src.Rect.Dx(), src.Rect.Dy()
	sx, sy := float64(sw)/float64(w), float64(sh)/float64(h)
	for y := range h {
		fy := max(0, (float64(y)+0.5)*sy-0.5)
		y0 := int(fy)
		y1 := min(y0+1, sh-1)
		wy := fy - float64(y0)
		for x := range w {
			fx := max(0, (float64(x)+0.5)*sx-0.5)
			x0 := int(fx)
			x1 := min(x0+1, sw-1)
			wx := fx - float64(x0)
			var px [4]uint8
			for k := range 3 {
				at := func(xx, yy int) float64 {
					return float64(src.Pix[src.PixOffset(src.Rect.Min.X+xx, src.Rect.Min.Y+yy)+k])
				}
				top := at(x0, y0)*(1-wx) + at(x1, y0)*wx
				bot := at(x0, y1)*(1-wx) + at(x1, y1)*wx
				px[k] = clamp8(top*(1-wy) + bot*wy)
			}
			px[3] = 255
			copy(dst.Pix[dst.PixOffset(x, y):], px[:])
		}
	}
	return dst
}
