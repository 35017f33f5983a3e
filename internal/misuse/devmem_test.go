//go:build !deepstream

package misuse

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/standin"
	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/devmem"
)

// A hurried port of the CuPy sample keeps the device array of a frame
// beyond its probe and changes it after the pipeline has stopped and its
// buffer pools have freed the frames. On the embedded runtime the emulated
// device pointer is host memory, so a plain write would be a use after
// free; devmem refuses it with ErrNotDeviceMemory. (On the SDK the same
// bug is CUDA's illegal-address error at best.)
func TestDevmemArrayKeptPastItsBuffer(t *testing.T) {
	r := inChild(t, func() {
		gst.Init(nil)
		if err := standin.Register(); err != nil {
			panic(err)
		}
		p, err := gst.NewPipelineFromString("videotestsrc num-buffers=3 ! video/x-raw,width=64,height=48 " +
			"! nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA ! fakesink name=sink")
		if err != nil {
			panic(err)
		}
		sink, err := p.GetElementByName("sink")
		if err != nil {
			panic(err)
		}
		var mu sync.Mutex
		var kept []devmem.Array
		probe, err := gogst.AddObserver(sink.GetStaticPad("sink"), func(info nvds.ProbeInfo) {
			s, err := surface.FromBuffer(info.Buffer())
			if err != nil {
				panic(err)
			}
			d, err := s.Device(0)
			if err != nil {
				panic(err)
			}
			a, err := devmem.FromDevice(d)
			if err != nil {
				panic(err)
			}
			if err := a.ScaleChannel(0, 0.5, 0.5); err != nil {
				panic(fmt.Sprintf("misuse: in the probe: %v", err))
			}
			mu.Lock()
			kept = append(kept, a)
			mu.Unlock()
		})
		if err != nil {
			panic(err)
		}
		bus := p.GetPipelineBus()
		_ = p.SetState(gst.StatePlaying)
		msg := bus.TimedPopFiltered(gst.ClockTime(30*time.Second), gst.MessageEOS|gst.MessageError)
		if msg == nil || msg.Type() != gst.MessageEOS {
			panic("misuse: the pipeline did not reach EOS")
		}
		_ = p.SetState(gst.StateNull)
		probe.Remove()
		p, sink, bus, msg = nil, nil, nil, nil
		for range 5 { // the pools go with the pipeline's last reference
			runtime.GC()
			time.Sleep(20 * time.Millisecond)
		}
		mu.Lock()
		defer mu.Unlock()
		if len(kept) != 3 {
			panic(fmt.Sprintf("misuse: %d frames seen, want 3", len(kept)))
		}
		for i, a := range kept {
			if err := a.ScaleChannel(0, 0.5, 0.5); !errors.Is(err, devmem.ErrNotDeviceMemory) {
				panic(fmt.Sprintf("misuse: frame %d changed after its pipeline went: %v", i, err))
			}
			if err := a.CopyToHost(make([]byte, a.PackedLen())); !errors.Is(err, devmem.ErrNotDeviceMemory) {
				panic(fmt.Sprintf("misuse: frame %d read after its pipeline went: %v", i, err))
			}
		}
	})
	expectClean(t, r)
}
