package main

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/devmem"
)

// frameKey names a frame of a stream.
type frameKey struct{ stream, frame int }

// tintCheck compares frames after the sample's probe with copies taken
// before it.
type tintCheck struct {
	mu       sync.Mutex
	before   map[frameKey][]byte
	checked  map[string]int // frames compared, per place
	bad      []string       // first differences
	changed  int            // red bytes the tint changed
	readErrs []error
}

// readFrames copies every frame of the buffer's surface, in batch order,
// through the device API, with its key.
func (c *tintCheck) readFrames(info nvds.ProbeInfo, each func(frameKey, []byte)) {
	batch, err := info.BatchMeta()
	if err == nil {
		var s surface.Surface
		if s, err = surface.FromBuffer(info.Buffer()); err == nil {
			for frame := range batch.Frames() {
				var d surface.DeviceBuffer
				if d, err = s.Device(int(frame.BatchID())); err != nil {
					break
				}
				if s.MemType() != surface.MemCUDADevice {
					err = fmt.Errorf("memory type %v, want CUDA device (the default on dGPU)", s.MemType())
					break
				}
				var a devmem.Array
				if a, err = devmem.FromDevice(d); err != nil {
					break
				}
				b := make([]byte, a.PackedLen())
				if err = a.CopyToHost(b); err != nil {
					break
				}
				each(frameKey{int(frame.PadIndex()), int(frame.FrameNum())}, b)
			}
		}
	}
	if err != nil {
		c.mu.Lock()
		c.readErrs = append(c.readErrs, err)
		c.mu.Unlock()
	}
}

// compare checks got against the copy taken before the probe: red is
// (x+1)/2 rounded down (0.5*x + 0.5 in uint8), the other channels as they
// were.
func (c *tintCheck) compare(where string, k frameKey, got []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	want, ok := c.before[k]
	if !ok || len(want) != len(got) {
		c.bad = append(c.bad, fmt.Sprintf("%s: frame %v not seen before the probe (or of another size)", where, k))
		return
	}
	c.checked[where]++
	for i, x := range want {
		w := x
		if i%4 == 0 {
			w = byte((int(x) + 1) / 2)
			if w != x {
				c.changed++
			}
		}
		if got[i] != w && len(c.bad) < 5 {
			c.bad = append(c.bad, fmt.Sprintf("%s: frame %v pixel %d channel %d: %d became %d, want %d", where, k, i/4, i%4, x, got[i], w))
			return
		}
	}
}

// The tint is in the frames downstream: a probe after the sample's, on
// the tiler's sink, and, with one stream (one tile of the muxer's size, so
// the tiler copies pixels unscaled), a probe on the tiler's source find
// the red channel at 0.5*x + 0.5 and the other channels unchanged, in
// every frame of every stream, read through the device API. Scenes are
// drawn (seed logged).
func TestTintSeenDownstream(t *testing.T) {
	testmain.Slow(t)
	cfg := samplestest.DrawScene(t, samplestest.SceneRange{
		Sizes:     [][2]int{{640, 360}, {320, 240}, {480, 270}},
		Densities: []samplestest.Density{samplestest.DensityDefault, samplestest.DensityCrowded},
		Frames:    []int{6, 10},
	})
	clip, _ := samplestest.TempClip(t, cfg)
	for _, n := range []int{1, 2} {
		t.Run(fmt.Sprintf("%d streams", n), func(t *testing.T) {
			sources := make([]string, n)
			for i := range sources {
				sources[i] = "file://" + clip
			}
			a, err := build(sources)
			require.NoError(t, err)
			defer a.close()
			c := &tintCheck{before: map[frameKey][]byte{}, checked: map[string]int{}}
			sink := a.tiler.GetStaticPad("sink")
			// Probes run in the order they were added.
			p1, err := gogst.AddObserver(sink, func(info nvds.ProbeInfo) {
				c.readFrames(info, func(k frameKey, b []byte) {
					c.mu.Lock()
					c.before[k] = b
					c.mu.Unlock()
				})
			})
			require.NoError(t, err)
			defer p1.Remove()
			p2, err := gogst.AddOperator(sink, a.prober.tilerSinkPadBufferProbe)
			require.NoError(t, err)
			defer p2.Remove()
			p3, err := gogst.AddObserver(sink, func(info nvds.ProbeInfo) {
				c.readFrames(info, func(k frameKey, b []byte) { c.compare("tiler sink", k, b) })
			})
			require.NoError(t, err)
			defer p3.Remove()
			if n == 1 {
				p4, err := gogst.AddObserver(a.tiler.GetStaticPad("src"), func(info nvds.ProbeInfo) {
					c.readFrames(info, func(k frameKey, b []byte) { c.compare("tiler src", k, b) })
				})
				require.NoError(t, err)
				defer p4.Remove()
			}
			require.NoError(t, a.play())

			require.Empty(t, c.readErrs)
			require.Empty(t, c.bad)
			require.Equal(t, n*cfg.Frames, c.checked["tiler sink"])
			if n == 1 {
				require.Equal(t, cfg.Frames, c.checked["tiler src"])
			}
			require.Greater(t, c.changed, 0, "the tint changed red bytes")
		})
	}
}
