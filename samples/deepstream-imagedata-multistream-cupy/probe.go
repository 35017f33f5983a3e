package main

import (
	"fmt"
	"os"
	"sync"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/surface"
	"github.com/go-deepstream/go-deepstream/surface/devmem"
)

const (
	classVehicle = 0
	classPerson  = 2

	// The tint: the red channel (0 in RGBA) becomes 0.5*x + 0.5.
	redChannel = 0
	tintScale  = 0.5
	tintOffset = 0.5
)

// prober is the probe's state.
type prober struct {
	perf *dsapp.PerfData

	mu  sync.Mutex
	err error // the first error changing a frame
}

// tilerSinkPadBufferProbe counts each frame's vehicles and people, halves
// its red channel in device memory (the blue tint of the Python sample),
// waits for the device, prints the count line and counts the frame for its
// stream's frame rate.
func (p *prober) tilerSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	var surf surface.Surface
	for frame := range batch.Frames() {
		var vehicles, people int
		for obj := range frame.Objects() {
			switch obj.ClassID() {
			case classVehicle:
				vehicles++
			case classPerson:
				people++
			}
		}
		if surf.IsNil() {
			surf, err = surface.FromBuffer(info.Buffer())
		}
		if err == nil {
			err = tint(surf, int(frame.BatchID()))
		}
		if err != nil {
			p.fail(err)
		}
		fmt.Println("Frame Number=", frame.FrameNum(), "Number of Objects=", frame.NumObjMeta(),
			"Vehicle_count=", vehicles, "Person_count=", people)
		p.perf.Update(int(frame.PadIndex()))
	}
	return nvds.ProbeOK
}

// tint changes frame index of surf in place on the device, as the Python
// sample does with a CuPy array over get_nvds_buf_surface_gpu's pointer,
// and synchronizes.
func tint(surf surface.Surface, index int) error {
	d, err := surf.Device(index)
	if err != nil {
		return err
	}
	a, err := devmem.FromDevice(d)
	if err != nil {
		return err
	}
	if err := a.ScaleChannel(redChannel, tintScale, tintOffset); err != nil {
		return err
	}
	return devmem.Synchronize()
}

func (p *prober) fail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err == nil {
		p.err = err
		fmt.Fprintln(os.Stderr, "Error modifying frame:", err)
	}
}

func (p *prober) writeErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}
