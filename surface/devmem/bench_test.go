//go:build !deepstream

package devmem_test

import (
	"testing"

	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/devmem"
)

// The sample's per-frame work on a 1920x1080 RGBA frame: ScaleChannel
// and Synchronize (on the embedded runtime: the range check under the
// surface lock and one pass over the red bytes), and a full copy to host.
func BenchmarkScaleChannel1080p(b *testing.B) {
	_, s := newSurface(b, 1, 1920, 1080, surface.ColorFormatRGBA, surface.MemDefault)
	d, err := s.Device(0)
	if err != nil {
		b.Fatal(err)
	}
	a, err := devmem.FromDevice(d)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(a.PackedLen()))
	for b.Loop() {
		if err := a.ScaleChannel(0, 0.5, 0.5); err != nil {
			b.Fatal(err)
		}
		if err := devmem.Synchronize(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCopyToHost1080p(b *testing.B) {
	_, s := newSurface(b, 1, 1920, 1080, surface.ColorFormatRGBA, surface.MemDefault)
	d, err := s.Device(0)
	if err != nil {
		b.Fatal(err)
	}
	a, err := devmem.FromDevice(d)
	if err != nil {
		b.Fatal(err)
	}
	dst := make([]byte, a.PackedLen())
	b.SetBytes(int64(len(dst)))
	for b.Loop() {
		if err := a.CopyToHost(dst); err != nil {
			b.Fatal(err)
		}
	}
}
