package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"sync"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/surface"
)

// PeopleNet's class ids (1 is Bag, which the probe leaves alone).
const (
	classPerson = 0
	classFace   = 2
)

const (
	// saveEvery: a stream's frame is considered for saving every this
	// many frames.
	saveEvery = 10
	// jpegQuality is OpenCV's default, which the Python sample uses.
	jpegQuality = 95
)

// prober is the probe's state.
type prober struct {
	folder     string
	perf       *dsapp.PerfData
	savedCount []int // frames seen per stream (the Python saved_count)

	mu  sync.Mutex
	err error // first error saving a crop
}

func newProber(folder string, streams int) *prober {
	return &prober{folder: folder, perf: dsapp.NewPerfData(streams), savedCount: make([]int, streams)}
}

// tilerSinkPadBufferProbe redacts faces and shades people, counts them,
// and on every 10th frame of a stream saves the first face as a JPEG crop.
func (p *prober) tilerSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	var surf surface.Surface
	for frame := range batch.Frames() {
		stream := int(frame.PadIndex())
		if stream >= len(p.savedCount) {
			continue
		}
		var counts [3]int
		var crop *image.RGBA
		for obj := range frame.Objects() {
			c := obj.ClassID()
			if c >= 0 && int(c) < len(counts) {
				counts[c]++
			}
			r := obj.RectParams()
			switch c {
			case classFace:
				r.SetBorderWidth(0)
				r.SetHasBgColor(true)
				r.BgColor().Set(0, 0, 0, 1)
				if p.savedCount[stream]%saveEvery == 0 && crop == nil {
					if surf.IsNil() {
						if surf, err = surface.FromBuffer(info.Buffer()); err != nil {
							p.fail(err)
							continue
						}
					}
					if crop, err = cropObject(surf, int(frame.BatchID()), obj); err != nil {
						p.fail(err)
					}
				}
			case classPerson:
				r.SetBorderWidth(0)
				r.SetHasBgColor(true)
				r.BgColor().Set(0, 0, 0, 0.5)
			}
		}
		fmt.Println("Frame Number=", frame.FrameNum(), "Number of Objects=", frame.NumObjMeta(),
			"Face_count=", counts[classFace], "Person_count=", counts[classPerson])
		p.perf.Update(stream)
		if crop != nil {
			path := filepath.Join(p.folder, fmt.Sprintf("stream_%d", stream), fmt.Sprintf("frame_%d.jpg", frame.FrameNum()))
			if err := saveJPEG(path, crop); err != nil {
				p.fail(err)
			}
		}
		p.savedCount[stream]++
	}
	return nvds.ProbeOK
}

// cropObject copies the object's box, clipped to the frame, out of frame
// index of surf (the Python crop_object and np.array copy).
func cropObject(surf surface.Surface, index int, obj nvds.ObjectMeta) (*image.RGBA, error) {
	m, err := surf.Map(index, 0, surface.MapRead)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	if err := m.SyncForCPU(); err != nil {
		return nil, err
	}
	img, err := m.RGBA()
	if err != nil {
		return nil, err
	}
	r := obj.RectParams()
	box := image.Rect(int(r.Left()), int(r.Top()), int(r.Left())+int(r.Width()), int(r.Top())+int(r.Height())).Intersect(img.Rect)
	if box.Empty() {
		return nil, fmt.Errorf("object box %v outside the %v frame", box, img.Rect)
	}
	dst := image.NewRGBA(image.Rect(0, 0, box.Dx(), box.Dy()))
	for y := range box.Dy() {
		o := img.PixOffset(box.Min.X, box.Min.Y+y)
		copy(dst.Pix[y*dst.Stride:y*dst.Stride+4*box.Dx()], img.Pix[o:o+4*box.Dx()])
	}
	return dst, nil
}

func saveJPEG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = jpeg.Encode(f, img, &jpeg.Options{Quality: jpegQuality})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func (p *prober) fail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err == nil {
		p.err = err
		fmt.Fprintln(os.Stderr, "Error saving crop:", err)
	}
}

func (p *prober) writeErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}
