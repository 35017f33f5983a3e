package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/go-deepstream/go-deepstream/infer"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/osd"
	"github.com/go-deepstream/go-deepstream/samples/deepstream-ssd-parser/ssdparser"
)

// probes holds what the two probes share: the labels and the parser's
// settings (the Python app builds these on every buffer).
type probes struct {
	labels     []string
	car        int // class ids counted on the frame
	person     int
	detection  ssdparser.DetectionParams
	boxSize    ssdparser.BoxSizeParams
	nms        ssdparser.NMSParams
	labelError error // car or person missing from the labels
}

func newProbes(labels []string) *probes {
	p := &probes{
		labels:    labels,
		detection: ssdparser.NewDetectionParams(classNB, accuracyAllClass),
		boxSize: ssdparser.BoxSizeParams{ScreenWidth: imageWidth, ScreenHeight: imageHeight,
			MinWidth: minBoxWidth, MinHeight: minBoxHeight},
		nms: ssdparser.NMSParams{TopK: topK, IoUThreshold: iouThreshold},
	}
	var errCar, errPerson error
	p.car, errCar = labelIndex(labels, "car")
	p.person, errPerson = labelIndex(labels, "person")
	p.labelError = errors.Join(errCar, errPerson)
	return p
}

// pgieSrcPadBufferProbe parses every frame's SSD tensor meta into objects
// and marks the frame inferred.
func (p *probes) pgieSrcPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	for frame := range batch.Frames() {
		for tensor := range nvds.Payloads(frame.UserMeta(), infer.TensorMetaFromUser) {
			objs, err := ssdparser.Parse(tensor, p.detection, p.boxSize, p.nms)
			if errors.Is(err, ssdparser.ErrMissingLayers) {
				fmt.Fprint(os.Stderr, "ERROR: some layers missing in output tensors\n")
			} else if err != nil {
				fmt.Fprintln(os.Stderr, "ERROR:", err)
			}
			for _, o := range objs {
				if err := p.addObjMetaToFrame(o, batch, frame); err != nil {
					fmt.Fprintln(os.Stderr, "Unable to add object meta:", err)
				}
			}
		}
		// The frame has been inferred on.
		frame.SetInferDone(true)
	}
	return nvds.ProbeOK
}

// addObjMetaToFrame adds one parsed object to frame: its box in the
// muxer's pixels, a red border, its label and score as display text.
func (p *probes) addObjMetaToFrame(o ssdparser.Detection, batch nvds.BatchMeta, frame nvds.FrameMeta) error {
	pending, err := batch.AcquireObjectMeta()
	if err != nil {
		return err
	}
	obj := pending.Meta()
	rect := obj.RectParams()
	// Truncated to whole pixels, as the Python app's int().
	left, top := float32(int(imageWidth*o.Left)), float32(int(imageHeight*o.Top))
	rect.SetRect(nvds.Rect{Left: left, Top: top,
		Width: float32(int(imageWidth * o.Width)), Height: float32(int(imageHeight * o.Height))})
	// A semi-transparent yellow background, off.
	rect.SetHasBgColor(false)
	rect.BgColor().Set(1, 1, 0, 0.4)
	rect.SetBorderWidth(3)
	rect.BorderColor().Set(1, 0, 0, 1)

	obj.SetConfidence(o.Confidence)
	obj.SetClassID(int32(o.ClassID))
	// No tracking id upon detection: a tracker would assign one.
	obj.SetObjectID(nvds.UntrackedObjectID)
	lbl := int(o.ClassID)
	if lbl >= len(p.labels) {
		lbl = 0
	}
	label := p.labels[lbl]
	txt := obj.TextParams()
	err = errors.Join(obj.SetLabel(label),
		txt.SetDisplayText(fmt.Sprintf("%s %04.3f", label, o.Confidence)),
		txt.FontParams().SetFontName("Serif"))
	txt.SetXOffset(uint32(left))
	txt.SetYOffset(uint32(max(0, int(top)-10)))
	txt.FontParams().SetFontSize(10)
	txt.FontParams().FontColor().Set(1, 1, 1, 1)
	txt.SetHasBgColor(true)
	txt.BgColor().Set(0, 0, 0, 1)
	// No parent. Attached even when a string was refused (a NUL in the
	// label file): the box and class are right.
	frame.AddObject(pending, nvds.ObjectMeta{})
	return err
}

// osdSinkPadBufferProbe counts each frame's objects by class and writes
// the frame number, object count, cars and people on the frame (white
// Serif 10 on black at 10,12), printing the same text.
func (p *probes) osdSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return nvds.ProbeOK
	}
	if p.labelError != nil {
		fmt.Fprintln(os.Stderr, "Unable to count:", p.labelError)
		return nvds.ProbeOK
	}
	for frame := range batch.Frames() {
		var counter [classNB]int
		for obj := range frame.Objects() {
			if c := obj.ClassID(); c >= 0 && int(c) < classNB {
				counter[c]++
			}
		}
		text := fmt.Sprintf("Frame Number=%d Number of Objects=%d Vehicle_count=%d Person_count=%d",
			frame.FrameNum(), frame.NumObjMeta(), counter[p.car], counter[p.person])
		label, err := osd.NewDrawer(frame).Text(10, 12, text, osd.DefaultTextStyle)
		if err != nil {
			fmt.Fprintln(os.Stderr, "Unable to add display text:", err)
			continue
		}
		fmt.Println(label.DisplayText())
	}
	return nvds.ProbeOK
}
