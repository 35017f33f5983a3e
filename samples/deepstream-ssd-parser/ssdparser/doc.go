// Package ssdparser is deepstream-ssd-parser's output parser (the Python
// sample's ssd_parser.py and nms.py): it turns the raw output layers of an
// SSD detector of TF's object-detection models, attached by nvinferserver as
// NvDsInferTensorMeta, into object boxes, and clusters them per class with
// non-maximum suppression.
//
// The layers are num_detections [1], detection_scores [N],
// detection_classes [N] and detection_boxes [N, 4] (ymin, xmin, ymax, xmax,
// normalised), all FLOAT. Parse keeps the detections whose class is below
// the class count and whose score reaches the class's threshold, clips
// their boxes to the frame, drops boxes not larger than the minimum size in
// screen pixels, and runs NMS.
package ssdparser
