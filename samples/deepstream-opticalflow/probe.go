package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"os"
	"path/filepath"
	"sync"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/opticalflow"
)

// jpegQuality is OpenCV's default, which cv2.imwrite uses.
const jpegQuality = 95

// prober is the probe's state: the output folder and the first error
// saving a picture.
type prober struct {
	folder string
	flow   []float32 // reused between frames

	mu  sync.Mutex
	err error
}

func newProber(folder string) *prober { return &prober{folder: folder} }

// ofvisualQueueSrcPadBufferProbe prints each frame's number and saves the
// coloured flow of each frame that has flow meta. The Python app keeps its
// got_visual flag across the frames of a batch, so a frame without flow
// would be saved with the previous frame's picture; here a frame is saved
// only with its own flow.
func (p *prober) ofvisualQueueSrcPadBufferProbe(info nvds.ProbeInfo) {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Println("Unable to get GstBuffer ")
		return
	}
	for frame := range batch.Frames() {
		var visual *image.RGBA
		for m := range nvds.Payloads(frame.UserMeta(), opticalflow.FromUser) {
			p.flow = m.AppendFloats(p.flow[:0])
			visual = visualizeOpticalFlowVectors(p.flow, m.Rows(), m.Cols())
		}
		fmt.Println("Frame Number=", frame.FrameNum())
		if visual != nil {
			path := filepath.Join(p.folder, fmt.Sprintf("stream_%d", frame.PadIndex()), fmt.Sprintf("frame_%d.jpg", frame.FrameNum()))
			if err := saveJPEG(path, visual); err != nil {
				p.fail(err)
			}
		}
	}
}

// visualizeOpticalFlowVectors colours rows x cols flow vectors (x, y
// pairs) as the Python sample does with OpenCV: hue the direction
// (cartToPolar's angle, in OpenCV's 0-180 hue units), full saturation,
// value the magnitude scaled min-max to 0-255, converted to RGB and
// inverted (255 - each channel), so that no motion is white. OpenCV writes
// the BGR array; the image here holds the same colours as RGB.
func visualizeOpticalFlowVectors(flow []float32, rows, cols int) *image.RGBA {
	n := rows * cols
	mag := make([]float64, n)
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := range n {
		x, y := float64(flow[2*i]), float64(flow[2*i+1])
		mag[i] = math.Hypot(x, y)
		lo, hi = min(lo, mag[i]), max(hi, mag[i])
	}
	scale := 0.0
	if hi-lo > 1e-16 {
		scale = 255 / (hi - lo)
	}
	img := image.NewRGBA(image.Rect(0, 0, cols, rows))
	for i := range n {
		ang := math.Atan2(float64(flow[2*i+1]), float64(flow[2*i]))
		if ang < 0 {
			ang += 2 * math.Pi
		}
		h := uint8(ang * 180 / math.Pi / 2) // numpy's float-to-uint8 cast truncates
		v := uint8((mag[i] - lo) * scale)
		r, g, b := hsvToRGB(h, v)
		o := 4 * i
		img.Pix[o], img.Pix[o+1], img.Pix[o+2], img.Pix[o+3] = 255-r, 255-g, 255-b, 255
	}
	return img
}

// hsvToRGB is OpenCV's 8-bit HSV to RGB at full saturation: h in 2-degree
// units (0-180), v 0-255.
func hsvToRGB(h, v uint8) (r, g, b uint8) {
	hh := float64(h) / 30 // sixths of the circle
	if hh >= 6 {
		hh -= 6
	}
	sector := int(hh)
	f := hh - float64(sector)
	val := float64(v) / 255
	p, q, t := 0.0, val*(1-f), val*f
	var rf, gf, bf float64
	switch sector {
	case 0:
		rf, gf, bf = val, t, p
	case 1:
		rf, gf, bf = q, val, p
	case 2:
		rf, gf, bf = p, val, t
	case 3:
		rf, gf, bf = p, q, val
	case 4:
		rf, gf, bf = t, p, val
	default:
		rf, gf, bf = val, p, q
	}
	round := func(x float64) uint8 { return uint8(math.Round(x * 255)) }
	return round(rf), round(gf), round(bf)
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
		fmt.Fprintln(os.Stderr, "Error saving flow picture:", err)
	}
}

func (p *prober) writeErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}
