package infer

// #include "infer.go.h"
import "C"

import "unsafe"

// HasDetectionRotation reports whether the headers the package is compiled
// against have NvDsInferObjectDetectionInfo.rotation_angle (DeepStream 9.0
// and later).
const HasDetectionRotation = detectionRotationOffset >= 0

const detectionRotationOffset = C.GODS_DETECTION_ROTATION_OFFSET

// ObjectDetectionInfo is a view of an NvDsInferObjectDetectionInfo (alias
// NvDsInferParseObjectInfo): one box as a custom bounding-box parser fills
// it in. It is valid as long as the memory it points to, which its
// producer owns.
type ObjectDetectionInfo struct {
	p *C.NvDsInferObjectDetectionInfo
}

// ObjectDetectionInfoFromUnsafePointer wraps an
// NvDsInferObjectDetectionInfo* (borrowed).
func ObjectDetectionInfoFromUnsafePointer(p unsafe.Pointer) ObjectDetectionInfo {
	return ObjectDetectionInfo{(*C.NvDsInferObjectDetectionInfo)(p)}
}

// ObjectDetectionInfoAt wraps element i of a C array of
// NvDsInferObjectDetectionInfo starting at p, using the struct size of the
// headers compiled against (it grows in 9.0).
func ObjectDetectionInfoAt(p unsafe.Pointer, i int) ObjectDetectionInfo {
	return ObjectDetectionInfo{(*C.NvDsInferObjectDetectionInfo)(unsafe.Add(p, i*C.GODS_DETECTION_INFO_SIZE))}
}

// UnsafePointer returns the NvDsInferObjectDetectionInfo*.
func (d ObjectDetectionInfo) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(d.p) }

// ClassID is classId.
func (d ObjectDetectionInfo) ClassID() uint32 { return uint32(d.p.classId) }

// SetClassID writes classId.
func (d ObjectDetectionInfo) SetClassID(v uint32) { d.p.classId = C.uint(v) }

// Left is left; Left, Top, Width and Height are the box, in the
// network's input resolution.
func (d ObjectDetectionInfo) Left() float32 { return float32(d.p.left) }

// SetLeft writes left.
func (d ObjectDetectionInfo) SetLeft(v float32) { d.p.left = C.float(v) }

// Top is top.
func (d ObjectDetectionInfo) Top() float32 { return float32(d.p.top) }

// SetTop writes top.
func (d ObjectDetectionInfo) SetTop(v float32) { d.p.top = C.float(v) }

// Width is width.
func (d ObjectDetectionInfo) Width() float32 { return float32(d.p.width) }

// SetWidth writes width.
func (d ObjectDetectionInfo) SetWidth(v float32) { d.p.width = C.float(v) }

// Height is height.
func (d ObjectDetectionInfo) Height() float32 { return float32(d.p.height) }

// SetHeight writes height.
func (d ObjectDetectionInfo) SetHeight(v float32) { d.p.height = C.float(v) }

// DetectionConfidence is detectionConfidence.
func (d ObjectDetectionInfo) DetectionConfidence() float32 { return float32(d.p.detectionConfidence) }

// SetDetectionConfidence writes detectionConfidence.
func (d ObjectDetectionInfo) SetDetectionConfidence(v float32) {
	d.p.detectionConfidence = C.float(v)
}

// RotationAngle is rotation_angle (DeepStream 9.0 and later); 0 against
// older headers. See HasDetectionRotation.
func (d ObjectDetectionInfo) RotationAngle() float32 {
	if !HasDetectionRotation {
		return 0
	}
	return *d.rotation()
}

// SetRotationAngle writes rotation_angle; it does nothing against headers
// older than 9.0.
func (d ObjectDetectionInfo) SetRotationAngle(v float32) {
	if HasDetectionRotation {
		*d.rotation() = v
	}
}

func (d ObjectDetectionInfo) rotation() *float32 {
	return (*float32)(unsafe.Add(unsafe.Pointer(d.p), detectionRotationOffset))
}

// Attribute is a view of an NvDsInferAttribute: one classifier output as
// a custom classifier parser fills it in. It is valid as long as the memory
// it points to.
type Attribute struct{ p *C.NvDsInferAttribute }

// AttributeFromUnsafePointer wraps an NvDsInferAttribute* (borrowed).
func AttributeFromUnsafePointer(p unsafe.Pointer) Attribute {
	return Attribute{(*C.NvDsInferAttribute)(p)}
}

// Index is attributeIndex: which classifier output this is.
func (a Attribute) Index() uint32 { return uint32(a.p.attributeIndex) }

// Value is attributeValue: the class chosen.
func (a Attribute) Value() uint32 { return uint32(a.p.attributeValue) }

// Confidence is attributeConfidence.
func (a Attribute) Confidence() float32 { return float32(a.p.attributeConfidence) }

// Label is attributeLabel (a copy; "" when NULL).
func (a Attribute) Label() string {
	if a.p.attributeLabel == nil {
		return ""
	}
	return C.GoString(a.p.attributeLabel)
}
