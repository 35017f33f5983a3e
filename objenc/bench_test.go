package objenc_test

import (
	"image"
	"image/jpeg"
	"io"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/objenc"
	"github.com/go-deepstream/go-deepstream/surface"
)

// BenchmarkProcess encodes 10 object crops of a 1280x720 RGBA scene frame
// per iteration, attaching each to its object, and reports crops/s. The
// metas are cleared every iteration, as buffers going downstream are.
func BenchmarkProcess(b *testing.B) {
	for _, bc := range []struct {
		name string
		args objenc.Args
	}{
		{"attach", objenc.Args{AttachUserMeta: true, Quality: 80}},
		{"attach-scaled-128", objenc.Args{AttachUserMeta: true, Quality: 80, Scale: true, ScaledWidth: 128, ScaledHeight: 128}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			wd := newWorld(b, 11, 1280, 720, surface.ColorFormatRGBA, surface.MemSystem)
			for len(wd.objs) < 10 {
				i := len(wd.objs)
				wd.add(b, float32(40+110*i), 200, 100, 160)
			}
			objs := wd.objs[:10]
			ctx := newContext(b)
			b.ResetTimer()
			for range b.N {
				for _, obj := range objs {
					if err := ctx.Process(wd.surf, wd.frame, obj, bc.args); err != nil {
						b.Fatal(err)
					}
				}
				require.NoError(b, ctx.Finish())
				for _, obj := range objs {
					obj.ClearUserMeta()
				}
			}
			b.ReportMetric(float64(b.N*len(objs))/b.Elapsed().Seconds(), "crops/s")
		})
	}
}

// BenchmarkImageJPEG is the baseline: the same 10 crops copied out of the
// frame and encoded by Go's image/jpeg (what the redaction sample did
// before it used the encoder), in crops/s.
func BenchmarkImageJPEG(b *testing.B) {
	wd := newWorld(b, 11, 1280, 720, surface.ColorFormatRGBA, surface.MemSystem)
	for len(wd.boxes) < 10 {
		i := len(wd.boxes)
		wd.add(b, float32(40+110*i), 200, 100, 160)
	}
	boxes := wd.boxes[:10]
	b.ResetTimer()
	for range b.N {
		for _, box := range boxes {
			crop := image.NewRGBA(image.Rect(0, 0, box.Dx(), box.Dy()))
			for y := range box.Dy() {
				o := wd.src.PixOffset(box.Min.X, box.Min.Y+y)
				copy(crop.Pix[y*crop.Stride:], wd.src.Pix[o:o+4*box.Dx()])
			}
			if err := jpeg.Encode(io.Discard, crop, &jpeg.Options{Quality: 80}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(boxes))/b.Elapsed().Seconds(), "crops/s")
}
