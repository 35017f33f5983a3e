package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"os"
	"path/filepath"
	"sync"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/nvds"
)

const (
	// saveEvery: the first object's mask is saved on frames whose number
	// is a multiple of it.
	saveEvery = 30
	// jpegQuality is OpenCV's default, which the Python sample uses.
	jpegQuality = 95
)

// prober is the probe's state.
type prober struct {
	folder string
	perf   *dsapp.PerfData

	mu  sync.Mutex
	err error // first error saving a mask
}

func newProber(folder string, streams int) *prober {
	return &prober{folder: folder, perf: dsapp.NewPerfData(streams)}
}

// tilerSinkPadBufferProbe prints each frame's object count, counts the
// frame for its stream's frame rate and, on every 30th frame, saves the
// first object's mask resized to its rectangle and binarised.
func (p *prober) tilerSinkPadBufferProbe(info nvds.ProbeInfo) {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return
	}
	for frame := range batch.Frames() {
		frameNumber := frame.FrameNum()
		if frameNumber%saveEvery == 0 {
			for obj := range frame.Objects() {
				r := obj.RectParams()
				// The rectangle's size rounded down, as math.floor.
				w, h := int(math.Floor(float64(r.Width()))), int(math.Floor(float64(r.Height())))
				path := filepath.Join(p.folder, fmt.Sprintf("stream_%d", frame.PadIndex()), fmt.Sprintf("frame_%d.jpg", frameNumber))
				if err := saveMask(path, obj.MaskParams(), w, h); err != nil {
					p.fail(err)
				}
				break // the first object only
			}
		}
		fmt.Println("Frame Number=", frameNumber, "Number of Objects=", frame.NumObjMeta())
		p.perf.Update(int(frame.PadIndex()))
	}
}

// resizeMask is the Python resize_mask: the mask scaled to w x h (each
// target pixel (x, y) reads the mask at (x, y) times the size ratio,
// interpolated between the four cells around that point) and binarised:
// 0 below the mask's threshold, 255 from it on.
func resizeMask(m nvds.MaskParams, w, h int) (*image.Gray, error) {
	src := m.Data()
	mw, mh := int(m.Width()), int(m.Height())
	if src == nil || mw == 0 || mh == 0 || len(src) < mw*mh {
		return nil, fmt.Errorf("the object has no %dx%d mask", mw, mh)
	}
	if w <= 0 || h <= 0 {
		return nil, fmt.Errorf("the object's rectangle is %dx%d", w, h)
	}
	threshold := float64(m.Threshold())
	dst := image.NewGray(image.Rect(0, 0, w, h))
	ratioH, ratioW := float64(mh)/float64(h), float64(mw)/float64(w)
	clip := func(v float64, hi int) int { return int(min(max(v, 0), float64(hi))) }
	for y := range h {
		y0 := float64(y) * ratioH
		top, bottom := clip(math.Floor(y0), mh-1), clip(math.Ceil(y0), mh-1)
		for x := range w {
			x0 := float64(x) * ratioW
			left, right := clip(math.Floor(x0), mw-1), clip(math.Ceil(x0), mw-1)
			lt, rt := float64(src[top*mw+left]), float64(src[top*mw+right])
			lb, rb := float64(src[bottom*mw+left]), float64(src[bottom*mw+right])
			topLerp := lt + (rt-lt)*(x0-float64(left))
			bottomLerp := lb + (rb-lb)*(x0-float64(left))
			if topLerp+(bottomLerp-topLerp)*(y0-float64(top)) >= threshold {
				dst.Pix[y*dst.Stride+x] = 255
			}
		}
	}
	return dst, nil
}

// saveMask writes m, resized to w x h and binarised, as a JPEG at path.
func saveMask(path string, m nvds.MaskParams, w, h int) error {
	img, err := resizeMask(m, w, h)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
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
		fmt.Fprintln(os.Stderr, "Error saving mask:", err)
	}
}

func (p *prober) writeErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}
