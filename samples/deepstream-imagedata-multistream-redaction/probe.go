package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/objenc"
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
	savedCount []int           // frames seen per stream (the Python saved_count)
	enc        *objenc.Context // the JPEG object encoder that saves the crops

	mu  sync.Mutex
	err error // first error saving a crop
}

func newProber(folder string, streams int, enc *objenc.Context) *prober {
	return &prober{folder: folder, perf: dsapp.NewPerfData(streams), savedCount: make([]int, streams), enc: enc}
}

// tilerSinkPadBufferProbe redacts faces and shades people, counts them,
// and on every 10th frame of a stream saves the first face as a JPEG crop
// (cut from the unredacted frame: nvdsosd paints later), through the
// object encoder, which cuts and encodes it from the frame itself.
func (p *prober) tilerSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	var surf surface.Surface
	queued := false
	for frame := range batch.Frames() {
		stream := int(frame.PadIndex())
		if stream >= len(p.savedCount) {
			continue
		}
		var counts [3]int
		var face nvds.ObjectMeta // the face to save, if any
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
				if p.savedCount[stream]%saveEvery == 0 && face.IsNil() {
					face = obj
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
		if !face.IsNil() {
			if err := p.saveFace(&surf, info, frame, face, stream); err != nil {
				p.fail(err)
			} else {
				queued = true
			}
		}
		p.savedCount[stream]++
	}
	// The crops are written once the encoder has finished them.
	if queued {
		if err := p.enc.Finish(); err != nil {
			p.fail(err)
		}
	}
	return nvds.ProbeOK
}

// saveFace queues face's crop for out_crops/stream_<stream>/frame_<n>.jpg,
// reading the batch's surface into *surf the first time.
func (p *prober) saveFace(surf *surface.Surface, info nvds.ProbeInfo, frame nvds.FrameMeta, face nvds.ObjectMeta, stream int) error {
	if surf.IsNil() {
		s, err := surface.FromBuffer(info.Buffer())
		if err != nil {
			return err
		}
		*surf = s
	}
	path := filepath.Join(p.folder, fmt.Sprintf("stream_%d", stream), fmt.Sprintf("frame_%d.jpg", frame.FrameNum()))
	return p.enc.Process(*surf, frame, face, objenc.Args{SaveImage: true, FileName: path, Quality: jpegQuality})
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
