/* nvbufsurface_embedded.h: go-deepstream additions to the embedded
 * NvBufSurface runtime.
 *
 * NOT AN SDK HEADER. Written by hand for go-deepstream; nothing declared here
 * exists in the DeepStream SDK. Code that must also build against the real
 * SDK uses these only under `#ifdef NVDS_EMBEDDED_RUNTIME`.
 *
 * What it adds:
 *  - leak accounting (live surfaces, live CPU mappings), read by tests;
 *  - the NvBufSurface-in-GstBuffer convention as helpers: a GstBuffer holding
 *    one GstMemory of type GST_NVDS_MEMORY_TYPE whose mapped data is the
 *    NvBufSurface struct itself;
 *  - caps <-> NvBufSurfaceCreateParams glue shared by the buffer pool and the
 *    stand-in elements. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVBUFSURFACE_EMBEDDED_H
#define GO_DEEPSTREAM_EMBEDDED_NVBUFSURFACE_EMBEDDED_H

#include <gst/gst.h>

#include "nvbufsurface.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Alignment, in bytes, of every plane pitch, plane offset and frame start of
 * a surface created by the embedded runtime (unless
 * NvBufSurfaceAllocateParams.disablePitchPadding is set, which gives
 * tightly packed rows and planes). 512 mimics the padding of the dGPU SDK,
 * so code that wrongly assumes pitch == width * bytesPerPix fails here too. */
#define NVBUFSURFACE_EMBEDDED_ALIGN 512

/* Number of surfaces created by NvBufSurfaceCreate/Allocate and not yet
 * destroyed, process-wide. */
gint64 nvbufsurface_embedded_live_surfaces(void);

/* Number of outstanding NvBufSurfaceMap references (one per frame and plane
 * mapped, per call) not yet released by NvBufSurfaceUnMap or by destroying
 * the surface, process-wide. */
gint64 nvbufsurface_embedded_live_mappings(void);

/* Emulated device memory. Every surface of this runtime is host memory,
 * also the CUDA_DEVICE (and DEFAULT) ones the dGPU SDK keeps on the GPU.
 * Code that emulates a CUDA operation on such a frame's dataPtr calls
 * begin first: it returns 0, holding the runtime's surface lock, when
 * [ptr, ptr + len) lies inside the memory of one live surface, and -1
 * (no lock held) otherwise, so a stale or forged address is refused
 * rather than dereferenced. end releases the lock; no other NvBufSurface
 * function may be called in between. */
int nvbufsurface_embedded_device_begin(const void *ptr, size_t len);
void nvbufsurface_embedded_device_end(void);

/* Returns 0 when NvBufSurfaceCreate would accept params (memory type, layout,
 * colour format and size), -1 otherwise. Allocates nothing. */
int nvbufsurface_embedded_check_params(const NvBufSurfaceCreateParams *params);

/* Wraps surf in a new GstBuffer holding one GstMemory of type
 * GST_NVDS_MEMORY_TYPE whose mapped data is surf itself. Takes ownership:
 * the surface is destroyed when the last buffer (or shared memory) using it
 * goes. Returns NULL, and takes nothing, when surf was not created by this
 * runtime. */
GstBuffer *nvbufsurface_embedded_buffer_new(NvBufSurface *surf);

/* Creates a surface (NvBufSurfaceCreate) and wraps it as
 * nvbufsurface_embedded_buffer_new does. numFilled is set to batchSize.
 * Returns NULL on bad params. */
GstBuffer *nvbufsurface_embedded_buffer_create(uint32_t batchSize,
                                               const NvBufSurfaceCreateParams *params);

/* The NvBufSurface carried by buf: maps its single GST_NVDS_MEMORY_TYPE
 * memory read-only, takes the pointer, unmaps. The pointer stays valid while
 * buf (or another holder of that memory) lives. NULL when buf does not
 * follow the convention: not exactly one memory, memory of another
 * allocator (never mapped), or a surface this runtime does not hold. */
NvBufSurface *nvbufsurface_embedded_buffer_get_surface(GstBuffer *buf);

/* GStreamer video format name ("RGBA", "NV12", "I420", ...) to colour
 * format; NVBUF_COLOR_FORMAT_INVALID when unknown or NULL. */
NvBufSurfaceColorFormat nvbufsurface_embedded_format_from_string(const char *format);

/* Colour format to its GStreamer video format name; NULL when there is none.
 * Colorimetry variants (_ER, _709, _2020) map to their base format's name. */
const char *nvbufsurface_embedded_format_to_string(NvBufSurfaceColorFormat format);

/* Fills width, height and colorFormat of params from the first structure of
 * video caps (features such as memory:NVMM are ignored) and sets layout to
 * pitch; other fields are left alone. Returns 0, or -1 when caps are not
 * fixed video caps of a supported format. */
int nvbufsurface_embedded_params_from_caps(const GstCaps *caps,
                                           NvBufSurfaceCreateParams *params);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVBUFSURFACE_EMBEDDED_H */
