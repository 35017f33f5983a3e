/* surfacetest.c: creates surfaces and wraps them in GstBuffers the way
 * DeepStream's buffer pools do. C, not Go: with the SDK the buffer's
 * destroy notify must be a C function. */
#include <string.h>

#include "surfacetest.go.h"
#ifdef NVDS_EMBEDDED_RUNTIME
#include "nvbufsurface_embedded.h"
#endif

static void gods_surfacetest_init(void)
{
    gst_init(NULL, NULL);
}

#ifndef NVDS_EMBEDDED_RUNTIME
static void gods_surfacetest_destroy(gpointer surf)
{
    NvBufSurfaceDestroy((NvBufSurface *)surf);
}
#endif

/* With the SDK the buffer wraps the struct itself, which is what
 * DeepStream's buffer pools hand out; the embedded runtime has its own
 * allocator for that. */
GstBuffer *gods_surfacetest_new_buffer(uint32_t batch, uint32_t width, uint32_t height,
                                  int format, int mem_type)
{
    NvBufSurfaceCreateParams params;
    memset(&params, 0, sizeof params);
    params.width = width;
    params.height = height;
    params.colorFormat = (NvBufSurfaceColorFormat)format;
    params.layout = NVBUF_LAYOUT_PITCH;
    params.memType = (NvBufSurfaceMemType)mem_type;
    gods_surfacetest_init();
#ifdef NVDS_EMBEDDED_RUNTIME
    return nvbufsurface_embedded_buffer_create(batch, &params);
#else
    NvBufSurface *surf = NULL;
    if (NvBufSurfaceCreate(&surf, batch, &params) != 0)
        return NULL;
    surf->numFilled = batch;
    return gst_buffer_new_wrapped_full(GST_MEMORY_FLAG_READONLY, surf, sizeof(NvBufSurface), 0,
                                       sizeof(NvBufSurface), surf, gods_surfacetest_destroy);
#endif
}

GstBuffer *gods_surfacetest_plain_buffer(gsize size)
{
    gods_surfacetest_init();
    GstBuffer *buf = gst_buffer_new_allocate(NULL, size, NULL);
    if (buf)
        gst_buffer_memset(buf, 0, 0, size);
    return buf;
}
