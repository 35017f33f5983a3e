// Package opticalflow is the Go API over DeepStream's optical-flow metadata
// (nvds_opticalflow_meta.h): the motion-vector field nvof attaches to each
// frame as user meta of type nvds.MetaTypeOpticalFlow.
//
// Vectors is the field itself, a []FlowVector over the meta's array (no
// copy); FlowVector has the memory layout of NvOFFlowVector, checked at
// compile time. AppendVectors is the copying twin, and AppendFloats the
// float32 copy that pyds's get_optical_flow_vectors returns. Views and
// slices are valid only while the buffer that carries them is alive and
// inside the probe or callback that produced them.
package opticalflow

// #include "opticalflow.go.h"
import "C"

import (
	"structs"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// FlowVector is one motion vector: NvOFFlowVector's memory layout (two C
// shorts, flowx then flowy), so a C array of them is a []FlowVector. The
// values are in S10.5 fixed point, as NVIDIA's optical-flow engine produces
// them: pixels times 32.
type FlowVector struct {
	_ structs.HostLayout
	X int16 // flowx
	Y int16 // flowy
}

// Pixels returns the vector in pixels (X/32, Y/32).
func (v FlowVector) Pixels() (dx, dy float32) { return float32(v.X) / 32, float32(v.Y) / 32 }

// FlowVector must stay NvOFFlowVector's layout: these fail to compile
// otherwise (a negative array length).
var (
	_ [unsafe.Sizeof(FlowVector{}) - C.GODS_FLOW_VECTOR_SIZE]struct{}
	_ [C.GODS_FLOW_VECTOR_SIZE - unsafe.Sizeof(FlowVector{})]struct{}
	_ [unsafe.Offsetof(FlowVector{}.X) - C.GODS_FLOW_VECTOR_X]struct{}
	_ [C.GODS_FLOW_VECTOR_X - unsafe.Offsetof(FlowVector{}.X)]struct{}
	_ [unsafe.Offsetof(FlowVector{}.Y) - C.GODS_FLOW_VECTOR_Y]struct{}
	_ [C.GODS_FLOW_VECTOR_Y - unsafe.Offsetof(FlowVector{}.Y)]struct{}
)

// Meta is a borrowed view of an NvDsOpticalFlowMeta. It is valid only while
// the buffer that carries it is alive and inside the probe or callback that
// produced it.
type Meta struct{ p *C.NvDsOpticalFlowMeta }

// FromUser returns the optical-flow meta a user meta carries, and false
// when it is of another type (or has no payload).
func FromUser(u nvds.UserMeta) (Meta, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypeOpticalFlow || u.Data() == nil {
		return Meta{}, false
	}
	return Meta{(*C.NvDsOpticalFlowMeta)(u.Data())}, true
}

// FromUnsafePointer wraps an NvDsOpticalFlowMeta* (borrowed).
func FromUnsafePointer(p unsafe.Pointer) Meta { return Meta{(*C.NvDsOpticalFlowMeta)(p)} }

// UnsafePointer returns the NvDsOpticalFlowMeta*.
func (m Meta) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(m.p) }

// IsNil reports whether the view holds no meta.
func (m Meta) IsNil() bool { return m.p == nil }

// Rows is rows: the number of rows of the vector grid (one vector per
// grid block, typically 4x4 pixels).
func (m Meta) Rows() int { return int(m.p.rows) }

// Cols is cols: the number of columns of the vector grid.
func (m Meta) Cols() int { return int(m.p.cols) }

// MVSize is mv_size, as the producer set it.
func (m Meta) MVSize() int { return int(m.p.mv_size) }

// CostSize is cost_size, as the producer set it.
func (m Meta) CostSize() int { return int(m.p.cost_size) }

// FrameNum is frame_num.
func (m Meta) FrameNum() uint64 { return uint64(m.p.frame_num) }

// Vectors is data: Rows*Cols vectors, row-major (grid cell r,c at
// r*Cols+c), over the meta's array: no copy. nil when there is no data.
func (m Meta) Vectors() []FlowVector {
	if m.p.data == nil {
		return nil
	}
	return unsafe.Slice((*FlowVector)(m.p.data), int(m.p.rows)*int(m.p.cols))
}

// At returns the vector of grid cell (row, col); ok is false outside the
// grid or without data.
func (m Meta) At(row, col int) (v FlowVector, ok bool) {
	if m.p.data == nil || row < 0 || col < 0 || row >= m.Rows() || col >= m.Cols() {
		return FlowVector{}, false
	}
	return *(*FlowVector)(unsafe.Add(m.p.data, (row*m.Cols()+col)*int(unsafe.Sizeof(FlowVector{})))), true
}

// AppendVectors appends a copy of the vectors to dst: the copying twin of
// Vectors, for keeping them after the probe returns.
func (m Meta) AppendVectors(dst []FlowVector) []FlowVector {
	return append(dst, m.Vectors()...)
}

// AppendFloats appends the vectors to dst as float32 pairs, flowx then
// flowy, in their raw S10.5 units (pixels times 32): what pyds's
// get_optical_flow_vectors returns (a copy, interleaved; the Python sample
// reshapes it to rows x cols x 2). Divide by 32 for pixels.
func (m Meta) AppendFloats(dst []float32) []float32 {
	for _, v := range m.Vectors() {
		dst = append(dst, float32(v.X), float32(v.Y))
	}
	return dst
}

// Cost is the cost (confidence) buffer, nil when the producer attached
// none. Its layout is the producer's; CostSize says how it sized it.
func (m Meta) Cost() unsafe.Pointer { return m.p.cost }
