package objenc

/*
#cgo noescape gods_objenc_set_file_name
#cgo nocallback gods_objenc_set_file_name
#include "objenc.go.h"
*/
import "C"

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/surface"
)

// Context is a JPEG object encoder (NvDsObjEncCtxHandle): the owned value
// of this package. Destroy releases it; it is safe on nil and idempotent,
// and any later use returns ErrClosed. A Context is safe for concurrent
// use; calls are serialised.
type Context struct {
	mu   sync.Mutex
	h    C.NvDsObjEncCtxHandle
	args *C.NvDsObjEncUsrArgs // C memory, reused by every Process
}

// live counts Contexts not yet destroyed, for the leak gate.
var live atomic.Int64

// NewContext creates an encoder on GPU gpuID; wraps
// nvds_obj_enc_create_context. The caller owns the result and must
// Destroy it.
func NewContext(gpuID int) (*Context, error) {
	const op = "objenc.NewContext"
	if gpuID < 0 || gpuID > math.MaxInt32 {
		return nil, opError(op, nvds.ErrOutOfRange, "GPU id must be 0 or more")
	}
	h := C.nvds_obj_enc_create_context(C.int(gpuID))
	if h == nil {
		return nil, opError(op, nil, "nvds_obj_enc_create_context returned NULL")
	}
	args := (*C.NvDsObjEncUsrArgs)(C.calloc(1, C.size_t(unsafe.Sizeof(C.NvDsObjEncUsrArgs{}))))
	live.Add(1)
	return &Context{h: h, args: args}, nil
}

// Destroy waits for queued crops and frees the encoder; wraps
// nvds_obj_enc_finish and nvds_obj_enc_destroy_context. Crops already
// attached as user meta stay valid: their metas own them. Safe on nil and
// when called twice.
func (c *Context) Destroy() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.h == nil {
		return
	}
	C.nvds_obj_enc_finish(c.h)
	C.nvds_obj_enc_destroy_context(c.h)
	C.free(unsafe.Pointer(c.args))
	c.h, c.args = nil, nil
	live.Add(-1)
}

// Finish waits until every crop queued by Process is encoded, saved and
// attached; wraps nvds_obj_enc_finish. Call it before reading the crops'
// user meta or files (in the same probe, before the buffer moves on).
func (c *Context) Finish() error {
	if c == nil {
		return opError("objenc.Context.Finish", ErrClosed, "nil Context")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.h == nil {
		return opError("objenc.Context.Finish", ErrClosed, "")
	}
	C.nvds_obj_enc_finish(c.h)
	return nil
}

// Process queues a JPEG of obj's box (RectParams, in whole pixels, clipped
// to the frame) in frame frame.BatchID() of surf, or of the whole frame
// when args.WholeFrame (obj may then be zero); wraps nvds_obj_enc_process.
// The JPEG is written to args.FileName and/or attached to obj (to frame
// with WholeFrame) as NVDS_CROP_IMAGE_META user meta, complete after
// Finish. surf, frame and obj are borrowed views of the buffer in the
// current probe.
//
// Bad input gives an error and queues nothing: a destroyed Context
// (ErrClosed), a zero surface (ErrNoSurface) or meta (nvds.ErrNilMeta), a
// frame outside the batch or a box with no pixel in the frame
// (nvds.ErrOutOfRange), invalid Args or a FileName whose folder does not
// exist (ErrBadArgs), and what the encoder itself refuses (ErrEncode).
func (c *Context) Process(surf surface.Surface, frame nvds.FrameMeta, obj nvds.ObjectMeta, args Args) error {
	const op = "objenc.Context.Process"
	if c == nil {
		return opError(op, ErrClosed, "nil Context")
	}
	quality, err := args.check(op)
	if err != nil {
		return err
	}
	if surf.IsNil() {
		return opError(op, ErrNoSurface, "")
	}
	if frame.IsNil() {
		return opError(op, nvds.ErrNilMeta, "zero FrameMeta")
	}
	if !args.WholeFrame && obj.IsNil() {
		return opError(op, nvds.ErrNilMeta, "zero ObjectMeta without WholeFrame")
	}
	index := int(frame.BatchID())
	if index >= surf.BatchSize() {
		return opError(op, nvds.ErrOutOfRange, fmt.Sprintf("frame batch id %d outside the surface's batch of %d", index, surf.BatchSize()))
	}
	if !args.WholeFrame {
		if err := checkBox(op, surf, index, obj); err != nil {
			return err
		}
	}
	if args.SaveImage {
		dir := filepath.Dir(args.FileName)
		if st, err := os.Stat(dir); err != nil {
			return opError(op, ErrBadArgs, fmt.Sprintf("FileName's folder: %v", err))
		} else if !st.IsDir() {
			return opError(op, ErrBadArgs, fmt.Sprintf("FileName's folder %s is not a folder", dir))
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.h == nil {
		return opError(op, ErrClosed, "")
	}
	a := c.args
	*a = C.NvDsObjEncUsrArgs{}
	a.saveImg = C.bool(args.SaveImage)
	a.attachUsrMeta = C.bool(args.AttachUserMeta)
	a.scaleImg = C.bool(args.Scale)
	if args.Scale {
		a.scaledWidth, a.scaledHeight = C.int(args.ScaledWidth), C.int(args.ScaledHeight)
	}
	if args.SaveImage {
		// C copies the bytes before returning: no allocation per call.
		C.gods_objenc_set_file_name(a, (*C.char)(unsafe.Pointer(unsafe.StringData(args.FileName))), C.size_t(len(args.FileName)))
	}
	a.objNum = C.int(args.ObjNum)
	a.quality = C.int(quality)
	a.isFrame = C.bool(args.WholeFrame)
	a.calcEncodeTime = C.bool(args.CalcEncodeTime)
	var o *C.NvDsObjectMeta
	if !args.WholeFrame {
		o = (*C.NvDsObjectMeta)(obj.UnsafePointer())
	}
	if !C.nvds_obj_enc_process(c.h, a, (*C.NvBufSurface)(surf.UnsafePointer()), o, (*C.NvDsFrameMeta)(frame.UnsafePointer())) {
		return opError(op, ErrEncode, "nvds_obj_enc_process returned false")
	}
	return nil
}

// checkBox fails when obj's box, truncated to whole pixels as the encoder
// takes it, has no pixel inside frame index of surf.
func checkBox(op string, surf surface.Surface, index int, obj nvds.ObjectMeta) error {
	p, err := surf.Params(index)
	if err != nil {
		return err
	}
	r := obj.RectParams()
	left, top, width, height := float64(r.Left()), float64(r.Top()), float64(r.Width()), float64(r.Height())
	for _, v := range []float64{left, top, width, height} {
		if math.IsNaN(v) || math.Abs(v) > 1e9 {
			return opError(op, nvds.ErrOutOfRange, "object box is not finite")
		}
	}
	x0, y0 := int(left), int(top)
	x1, y1 := min(x0+int(width), p.Width()), min(y0+int(height), p.Height())
	x0, y0 = max(x0, 0), max(y0, 0)
	if x1 <= x0 || y1 <= y0 {
		return opError(op, nvds.ErrOutOfRange, fmt.Sprintf("object box (%g,%g %gx%g) has no pixel in the %dx%d frame",
			left, top, width, height, p.Width(), p.Height()))
	}
	return nil
}
