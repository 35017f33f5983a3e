// Package surface is the Go API over DeepStream's NvBufSurface
// (nvbufsurface.h): the frames of a batch, zero-copy.
//
// # Getting a surface
//
// A DeepStream video buffer (memory:NVMM caps) carries one NvBufSurface: the
// buffer's mapped memory is the struct itself. FromBuffer reads it from a
// GstBuffer* (gogst.BufferPointer for go-gst). The Surface, and every Params
// view taken from it, is borrowed: valid only while the buffer is alive and
// inside the probe or callback that produced it. Frame i of the batch is the
// frame whose FrameMeta.BatchID is i.
//
// # Pixels
//
// Map maps one frame (one plane, or AllPlanes) for the CPU and returns a
// *Mapping, the only owned value here: Close releases it, is safe on nil
// and idempotent, and must run on every path (defer m.Close()). Everything a
// Mapping hands out points into the mapped memory, no copy:
//
//   - Bytes and PlaneBytes: Pitch x Height bytes per plane;
//   - RGBA: an RGBA frame as *image.RGBA with Stride = pitch, so image/draw
//     and the image encoders work on the live frame;
//   - GrayPlane: one plane as *image.Gray (NV12 luma, NV12 interleaved
//     chroma, GRAY8);
//   - YCbCr: I420/YV12/YUV444 as *image.YCbCr.
//
// Writes through these are what downstream elements see; call SyncForDevice
// after writing and SyncForCPU before reading memory a device wrote. All of
// them are invalid after Close. Accessors that copy say so: CopyRGBA,
// AppendPlane.
//
// On dGPU, only CUDA unified (and pinned, and system) memory has a CPU
// mapping: set nvbuf-memory-type=3 (NVBUF_MEM_CUDA_UNIFIED) on the element
// upstream, as pyds's get_nvds_buf_surface requires. Device memory gives
// ErrUnsupportedMemory from Map; Device describes it instead (CUDA pointer,
// pitch, size, layout, planes) for CUDA code, with no CUDA dependency here.
//
// # Costs
//
// Map, RGBA and Close cost two cgo calls and two small allocations,
// whatever the frame size. Reading a field of a view is a memory read, not
// a cgo call.
//
// Building with the dsleak tag records where each Mapping was made and
// reports, through LeakedMappings and on stderr, any that the garbage
// collector finds still open. It never unmaps on its own.
package surface
