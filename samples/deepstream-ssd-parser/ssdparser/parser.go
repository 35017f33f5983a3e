package ssdparser

import (
	"errors"
	"fmt"

	"github.com/go-deepstream/go-deepstream/infer"
)

// Detection is one parsed object, as NvDsInferObjectDetectionInfo: a box
// normalised to the frame (0 to 1) and its class and score.
type Detection struct {
	ClassID                  uint32
	Left, Top, Width, Height float32
	Confidence               float32
}

// DetectionParams holds the number of classes and each class's score
// threshold (the Python DetectionParam).
type DetectionParams struct {
	Thresholds []float32 // indexed by class id; its length is the class count
}

// NewDetectionParams returns params for classes classes sharing one
// threshold.
func NewDetectionParams(classes int, threshold float32) DetectionParams {
	t := make([]float32, classes)
	for i := range t {
		t[i] = threshold
	}
	return DetectionParams{Thresholds: t}
}

// BoxSizeParams drops boxes too small to keep (the Python BoxSizeParam):
// a box is kept when its size on a ScreenWidth x ScreenHeight screen
// exceeds MinWidth x MinHeight.
type BoxSizeParams struct {
	ScreenWidth, ScreenHeight int
	MinWidth, MinHeight       int
}

// Sufficient reports whether a box of the normalised width and height is
// large enough.
func (p BoxSizeParams) Sufficient(width, height float32) bool {
	return float32(p.ScreenWidth)*width > float32(p.MinWidth) && float32(p.ScreenHeight)*height > float32(p.MinHeight)
}

// NMSParams are the clustering's settings (the Python NmsParam): at most
// TopK boxes in all (0: no limit) and the largest IoU two boxes of one
// class may have.
type NMSParams struct {
	TopK         int
	IoUThreshold float32
}

// DefaultNMSParams are the Python NmsParam's defaults.
var DefaultNMSParams = NMSParams{TopK: 20, IoUThreshold: 0.4}

// ErrMissingLayers is returned when a tensor meta lacks one of the SSD's
// four FLOAT layers.
var ErrMissingLayers = errors.New("some layers missing in output tensors")

// Layer names of the TF SSD's outputs.
const (
	LayerNumDetections = "num_detections"
	LayerScores        = "detection_scores"
	LayerClasses       = "detection_classes"
	LayerBoxes         = "detection_boxes"
)

// findLayer returns the FLOAT layer called name (the Python layer_finder).
func findLayer(t infer.TensorMeta, name string) (infer.Layer, bool) {
	for _, l := range t.Layers() {
		if l.DataType() == infer.DataTypeFloat32 && l.Name() == name {
			return l, true
		}
	}
	return infer.Layer{}, false
}

// Outputs are the SSD's output layers read as float32 slices (views of
// the tensor meta's host buffers: valid while the meta is).
type Outputs struct {
	NumDetections []float32 // may be empty: no detections
	Scores        []float32
	Classes       []float32
	Boxes         []float32 // 4 per detection
	// MaxDetections is the classes layer's first dimension, the bound
	// num_detections is clipped to.
	MaxDetections int
}

// ReadOutputs finds the four layers in t (wraps pyds.get_nvds_LayerInfo
// through infer.TensorMeta.Layers). ErrMissingLayers when one is absent.
func ReadOutputs(t infer.TensorMeta) (Outputs, error) {
	var out Outputs
	layers := map[string]*[]float32{
		LayerNumDetections: &out.NumDetections, LayerScores: &out.Scores,
		LayerClasses: &out.Classes, LayerBoxes: &out.Boxes,
	}
	for _, name := range []string{LayerNumDetections, LayerScores, LayerClasses, LayerBoxes} {
		l, ok := findLayer(t, name)
		if !ok {
			return Outputs{}, ErrMissingLayers
		}
		v, err := l.Float32s()
		if err != nil {
			return Outputs{}, fmt.Errorf("ssdparser: layer %s: %w", name, err)
		}
		*layers[name] = v
		if name == LayerClasses {
			if shape := l.Dims().Shape(); len(shape) > 0 {
				out.MaxDetections = int(shape[0])
			}
		}
	}
	return out, nil
}

// Parse reads the SSD's layers from t and returns the detections that
// pass det and size, clustered with nms (the Python
// nvds_infer_parse_custom_tf_ssd).
func Parse(t infer.TensorMeta, det DetectionParams, size BoxSizeParams, nms NMSParams) ([]Detection, error) {
	out, err := ReadOutputs(t)
	if err != nil {
		return nil, err
	}
	return out.Parse(det, size, nms), nil
}

// Parse is Parse on outputs already read.
func (o Outputs) Parse(det DetectionParams, size BoxSizeParams, nms NMSParams) []Detection {
	n := 0
	if len(o.NumDetections) > 0 {
		n = min(max(int(o.NumDetections[0]), 0), o.MaxDetections)
	}
	// A layer shorter than it claims is read no further than it goes.
	n = min(n, len(o.Scores), len(o.Classes), len(o.Boxes)/4)
	var objs []Detection
	for i := range n {
		if d, ok := o.detection(i, det, size); ok {
			objs = append(objs, d)
		}
	}
	if len(objs) == 0 {
		return objs
	}
	return ClusterNMS(objs, nms)
}

// detection is detection i, when it passes (the Python make_nodi).
func (o Outputs) detection(i int, det DetectionParams, size BoxSizeParams) (Detection, bool) {
	score, class := o.Scores[i], o.Classes[i]
	if class < 0 || int(class) >= len(det.Thresholds) || score < det.Thresholds[int(class)] {
		return Detection{}, false
	}
	y1, x1 := clip01(o.Boxes[4*i]), clip01(o.Boxes[4*i+1])
	y2, x2 := clip01(o.Boxes[4*i+2]), clip01(o.Boxes[4*i+3])
	d := Detection{ClassID: uint32(class), Confidence: score, Left: x1, Top: y1, Width: x2 - x1, Height: y2 - y1}
	if !size.Sufficient(d.Width, d.Height) {
		return Detection{}, false
	}
	return d, true
}

func clip01(v float32) float32 { return max(min(v, 1), 0) }
