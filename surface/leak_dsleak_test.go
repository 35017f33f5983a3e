//go:build dsleak

package surface_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/surface"
)

func TestLeakedMappingIsReported(t *testing.T) {
	_, s := newBuffer(t, 1, 16, 16, surface.ColorFormatRGBA, surface.MemSystem)
	before := surface.LeakedMappings()
	func() {
		_, err := s.Map(0, 0, surface.MapRead) // never closed
		require.NoError(t, err)
	}()
	for range 50 {
		runtime.GC()
		if surface.LeakedMappings() > before {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("leaked mapping not reported")
}
