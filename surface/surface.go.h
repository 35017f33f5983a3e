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

/* The NvBufSurface a DeepStream video buffer carries. In DeepStream the
 * mapped bytes of such a buffer are the NvBufSurface struct itself, so this
 * maps the buffer for reading, takes the pointer and unmaps again; the
 * surface stays valid for as long as the buffer lives. Returns NULL when buf
 * is not a GstBuffer, cannot be mapped, is too small to hold the struct, or
 * what it holds is not a plausible surface (no surface list, an empty batch,
 * more frames filled than allocated). One cgo call instead of three. */
static inline NvBufSurface *gods_surface_from_buffer(GstBuffer *buf)
{
    GstMapInfo info;
    NvBufSurface *surf = NULL;
    if (buf == NULL || !GST_IS_BUFFER(buf))
        return NULL;
    if (!gst_buffer_map(buf, &info, GST_MAP_READ))
        return NULL;
    if (info.size >= sizeof(NvBufSurface) && info.data != NULL) {
        surf = (NvBufSurface *)info.data;
        if (surf->surfaceList == NULL || surf->batchSize == 0 || surf->numFilled > surf->batchSize)
            surf = NULL;
    }
    gst_buffer_unmap(buf, &info);
    return surf;
}

#endif /* GO_DEEPSTREAM_SURFACE_GO_H */
