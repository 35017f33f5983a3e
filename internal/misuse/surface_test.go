package misuse

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/surface"
)

// Issue #10 item 1: a probe on a video/x-raw pad hands surface.FromBuffer
// an ordinary system-memory frame. It used to be accepted whenever its
// pixels looked like a header (BatchSize read the pixels) and Params(0)
// then crashed with SIGSEGV. Now it is ErrNotSurface, for any pixels.
func TestFromBufferOnVideoFrame(t *testing.T) {
	r := inChild(t, func() {
		seed := uint64(time.Now().UnixNano())
		fmt.Println("seed", seed) // in the child's output, which a failure shows
		gst.Init(nil)
		rng := rand.New(rand.NewPCG(seed, 1))
		frame := make([]byte, 640*480*4)
		for fill := range 64 {
			for i := range frame {
				frame[i] = byte(1 + rng.IntN(255))
			}
			if fill%2 == 1 { // a single repeated byte, as the report did
				b := byte(1 + rng.IntN(255))
				for i := range frame {
					frame[i] = b
				}
			}
			buf := gst.NewBufferFromBytes(frame)
			s, err := surface.FromBuffer(gogst.BufferPointer(buf))
			if !errors.Is(err, surface.ErrNotSurface) {
				panic(fmt.Sprintf("misuse: frame %d (seed %d) accepted as a surface: %v", fill, seed, err))
			}
			if _, err := s.Params(0); !errors.Is(err, surface.ErrNotSurface) {
				panic(fmt.Sprintf("misuse: Params(0) of a refused surface: %v", err))
			}
			runtime.KeepAlive(buf)
		}
	})
	expectClean(t, r)
}
