package surface_test

import (
	"fmt"

	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/internal/surfacetest"
)

// The frames of a batched NV12 buffer, as nvstreammux outputs them: one
// NvBufSurface, one Params per frame, two planes each. A probe reads the
// luma of frame 1 in place through a mapping of plane 0.
func ExampleSurface_Frames() {
	buf := surfacetest.NewBuffer(2, 64, 32, int32(surface.ColorFormatNV12), int32(surface.MemCUDAUnified))
	defer surfacetest.Unref(buf)

	s, err := surface.FromBuffer(buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.NumFilled(), "frames of", s.BatchSize(), "in", s.MemType())
	for i, f := range s.Frames() {
		fmt.Printf("frame %d: %dx%d %v, %d planes\n", i, f.Width(), f.Height(), f.ColorFormat(), f.NumPlanes())
		for p := range f.NumPlanes() {
			pl, _ := f.Plane(p)
			fmt.Printf("  plane %d: %dx%d, %d bytes per pixel\n", p, pl.Width, pl.Height, pl.BytesPerPixel)
		}
	}

	m, err := s.Map(1, 0, surface.MapReadWrite)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer m.Close()
	luma, err := m.GrayPlane(0)
	if err != nil {
		fmt.Println(err)
		return
	}
	luma.Pix[luma.PixOffset(3, 2)] = 200 // a write the next element sees
	if err := m.SyncForDevice(); err != nil {
		fmt.Println(err)
		return
	}
	pitch := m.Params().Pitch()
	fmt.Println("luma", luma.Bounds(), "pixel (3,2):", m.Bytes()[2*pitch+3])
	// Output:
	// 2 frames of 2 in cuda-unified
	// frame 0: 64x32 NV12, 2 planes
	//   plane 0: 64x32, 1 bytes per pixel
	//   plane 1: 32x16, 2 bytes per pixel
	// frame 1: 64x32 NV12, 2 planes
	//   plane 0: 64x32, 1 bytes per pixel
	//   plane 1: 32x16, 2 bytes per pixel
	// luma (0,0)-(64,32) pixel (3,2): 200
}
