/* surface.go.h: C glue of package surface (nvbufsurface.h): wrappers cgo
 * cannot express directly. Written for go-deepstream. */
#ifndef GO_DEEPSTREAM_SURFACE_GO_H
#define GO_DEEPSTREAM_SURFACE_GO_H

#include <stddef.h>
#include <stdint.h>
#include <gst/gst.h>

#include "nvds_version.h"
#include "nvbufsurface.h"

/* NVBUF_COLOR_FORMAT_GRAY16_LE joined NvBufSurfaceColorFormat in DeepStream
 * 7.1; -1 (no surface has that format) against 7.0 headers. */
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
#define GODS_COLOR_FORMAT_GRAY16_LE NVBUF_COLOR_FORMAT_GRAY16_LE
#else
#define GODS_COLOR_FORMAT_GRAY16_LE (-1)
#endif

/* The largest batchSize FromBuffer accepts from the SDK. nvstreammux's
 * batch-size property stops at 1024; four times that leaves room for any
 * element that batches more, while a word of pixels read as a batch size
 * (almost any value) is refused. */
#define GODS_SURFACE_MAX_BATCH 4096

/* Whether surf's header is self-consistent: a surface list, a batch of 1 to
 * GODS_SURFACE_MAX_BATCH frames, no more frames filled than allocated. */
static inline int gods_surface_plausible(const NvBufSurface *surf)
{
    return surf != NULL && surf->surfaceList != NULL && surf->batchSize >= 1 &&
           surf->batchSize <= GODS_SURFACE_MAX_BATCH && surf->numFilled <= surf->batchSize;
}

#ifdef NVDS_EMBEDDED_RUNTIME
#include "nvbufsurface_embedded.h"

/* The embedded runtime proves a surface: the buffer must hold exactly one
 * memory of the runtime's own NVMM allocator, whose surface is one the
 * runtime created and still holds (nvbufsurface_embedded_buffer_get_surface
 * checks memory type, allocator and registry before it maps). An ordinary
 * system-memory buffer is never mapped, whatever its bytes. */
static inline NvBufSurface *gods_surface_from_buffer_embedded(GstBuffer *buf)
{
    if (buf == NULL || !GST_IS_BUFFER(buf))
        return NULL;
    NvBufSurface *surf = nvbufsurface_embedded_buffer_get_surface(buf);
    return gods_surface_plausible(surf) ? surf : NULL;
}
#endif

/* With the SDK the memory's allocator is NVIDIA's and cannot be asked, so
 * the buffer must look exactly like DeepStream's convention: one memory
 * whose mapped size is sizeof(NvBufSurface) (a video frame of pixels is
 * never that size), holding a plausible header. Maps for reading, takes
 * the pointer and unmaps: the surface lives as long as the buffer. One cgo
 * call instead of four. Compiled in every build, so the SDK's path is
 * type-checked on the embedded runtime too. */
static inline NvBufSurface *gods_surface_from_buffer_sdk(GstBuffer *buf)
{
    GstMapInfo info;
    NvBufSurface *surf = NULL;
    if (buf == NULL || !GST_IS_BUFFER(buf) || gst_buffer_n_memory(buf) != 1)
        return NULL;
    if (!gst_buffer_map(buf, &info, GST_MAP_READ))
        return NULL;
    if (info.size == sizeof(NvBufSurface) && info.data != NULL &&
        gods_surface_plausible((const NvBufSurface *)info.data))
        surf = (NvBufSurface *)info.data;
    gst_buffer_unmap(buf, &info);
    return surf;
}

/* The NvBufSurface buf carries, or NULL: proven by the runtime where it is
 * go-deepstream's own (the headers say so, whatever the Go build tags), by
 * the convention with NVIDIA's. */
static inline NvBufSurface *gods_surface_from_buffer(GstBuffer *buf)
{
#ifdef NVDS_EMBEDDED_RUNTIME
    return gods_surface_from_buffer_embedded(buf);
#else
    return gods_surface_from_buffer_sdk(buf);
#endif
}

#endif /* GO_DEEPSTREAM_SURFACE_GO_H */
