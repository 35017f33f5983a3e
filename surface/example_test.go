package surface_test

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"

	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/internal/surfacetest"
)

// Drawing on the live frame: what a pad probe after nvvideoconvert (RGBA,
// nvbuf-memory-type=3) does with each frame of the batch.
func ExampleMapping_RGBA() {
	buf := surfacetest.NewBuffer(1, 64, 32, int32(surface.ColorFormatRGBA), int32(surface.MemCUDAUnified))
	defer surfacetest.Unref(buf)

	s, err := surface.FromBuffer(buf)
	if err != nil {
		panic(err)
	}
	m, err := s.Map(0, 0, surface.MapReadWrite)
	if err != nil {
		panic(err)
	}
	defer m.Close()
	img, err := m.RGBA()
	if err != nil {
		panic(err)
	}
	draw.Draw(img, image.Rect(8, 8, 16, 16), image.NewUniform(color.RGBA{G: 255, A: 255}), image.Point{}, draw.Src)
	if err := m.SyncForDevice(); err != nil {
		panic(err)
	}
	p, _ := s.Params(0)
	fmt.Println(img.Bounds(), img.Stride == p.Pitch(), img.RGBAAt(10, 10))
	// Output: (0,0)-(64,32) true {0 255 0 255}
}
