/* create.go.h: C glue of package surface for the surfaces Go creates and
 * the Jetson-only calls (NvBufSurfaceCreate, NvBufSurfaceFromFd,
 * NvBufSurfaceMapEglImage). Written for go-deepstream. */
#ifndef GO_DEEPSTREAM_SURFACE_CREATE_GO_H
#define GO_DEEPSTREAM_SURFACE_CREATE_GO_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "nvds_version.h"
#include "nvbufsurface.h"

/* Whether the headers in use are go-deepstream's embedded runtime, which
 * has no dmabuf fds and no EGL (the calls return -1 there). */
#ifdef NVDS_EMBEDDED_RUNTIME
#define GODS_SURFACE_EMBEDDED 1
#else
#define GODS_SURFACE_EMBEDDED 0
#endif

/* Whether the headers are an aarch64 (Jetson) build's: EGL images and
 * dmabuf surfaces exist only there. */
#if defined(__aarch64__)
#define GODS_SURFACE_AARCH64 1
#else
#define GODS_SURFACE_AARCH64 0
#endif

/* NvBufSurfaceCreate with params filled field by field (the struct grows
 * padding in 8.0, which Go need not know). */
static inline int gods_surface_create(NvBufSurface **surf, uint32_t batch, uint32_t gpu, uint32_t width,
                                      uint32_t height, uint32_t size, bool contiguous, int format,
                                      int layout, int mem_type)
{
    NvBufSurfaceCreateParams p;
    memset(&p, 0, sizeof p);
    p.gpuId = gpu;
    p.width = width;
    p.height = height;
    p.size = size;
    p.isContiguous = contiguous;
    p.colorFormat = (NvBufSurfaceColorFormat)format;
    p.layout = (NvBufSurfaceLayout)layout;
    p.memType = (NvBufSurfaceMemType)mem_type;
    return NvBufSurfaceCreate(surf, batch, &p);
}

/* NvBufSurfaceFromFd: the surface behind a dmabuf fd, or NULL. */
static inline NvBufSurface *gods_surface_from_fd(int fd)
{
    void *buf = NULL;
    if (NvBufSurfaceFromFd(fd, &buf) != 0)
        return NULL;
    return (NvBufSurface *)buf;
}

#endif
