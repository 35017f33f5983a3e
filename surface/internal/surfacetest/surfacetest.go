// Package surfacetest builds DeepStream-style video buffers for the tests of
// package surface and of packages that read frames: a GstBuffer whose one
// memory maps to a new NvBufSurface, as nvvideoconvert produces. cgo is not
// allowed in _test.go files, so the C lives here.
package surfacetest

/*
#include <string.h>
#include <gst/gst.h>
#include "nvbufsurface.h"
#ifdef NVDS_EMBEDDED_RUNTIME
#include "nvbufsurface_embedded.h"
#endif

static void surfacetest_init(void)
{
    gst_init(NULL, NULL);
}

#ifndef NVDS_EMBEDDED_RUNTIME
static void surfacetest_destroy(gpointer surf)
{
    NvBufSurfaceDestroy((NvBufSurface *)surf);
}
#endif

// A buffer owning a new surface of batch frames, all filled. With the SDK
// the buffer wraps the struct itself, which is what DeepStream's buffer
// pools hand out; the embedded runtime has its own allocator for that.
static GstBuffer *surfacetest_new_buffer(uint32_t batch, uint32_t width, uint32_t height,
                                         int format, int mem_type)
{
    NvBufSurfaceCreateParams params;
    memset(&params, 0, sizeof params);
    params.width = width;
    params.height = height;
    params.colorFormat = (NvBufSurfaceColorFormat)format;
    params.layout = NVBUF_LAYOUT_PITCH;
    params.memType = (NvBufSurfaceMemType)mem_type;
    surfacetest_init();
#ifdef NVDS_EMBEDDED_RUNTIME
    return nvbufsurface_embedded_buffer_create(batch, &params);
#else
    NvBufSurface *surf = NULL;
    if (NvBufSurfaceCreate(&surf, batch, &params) != 0)
        return NULL;
    surf->numFilled = batch;
    return gst_buffer_new_wrapped_full(GST_MEMORY_FLAG_READONLY, surf, sizeof(NvBufSurface), 0,
                                       sizeof(NvBufSurface), surf, surfacetest_destroy);
#endif
}

static GstBuffer *surfacetest_plain_buffer(gsize size)
{
    surfacetest_init();
    return gst_buffer_new_allocate(NULL, size, NULL);
}

static int64_t surfacetest_live_mappings(void)
{
#ifdef NVDS_EMBEDDED_RUNTIME
    return nvbufsurface_embedded_live_mappings();
#else
    return -1;
#endif
}

static int64_t surfacetest_live_surfaces(void)
{
#ifdef NVDS_EMBEDDED_RUNTIME
    return nvbufsurface_embedded_live_surfaces();
#else
    return -1;
#endif
}
*/
import "C"

import "unsafe"

// NewBuffer returns a new GstBuffer* carrying an NvBufSurface of batch
// frames of width x height in colour format (an NvBufSurfaceColorFormat
// value) and memory type memType (NvBufSurfaceMemType), all filled, in pitch
// layout. nil when the runtime refuses the parameters. Release it with
// Unref.
func NewBuffer(batch, width, height int, format, memType int32) unsafe.Pointer {
	return unsafe.Pointer(C.surfacetest_new_buffer(C.uint32_t(batch), C.uint32_t(width), C.uint32_t(height), C.int(format), C.int(memType)))
}

// NewPlainBuffer returns a GstBuffer* of size bytes of ordinary system
// memory: not a DeepStream buffer.
func NewPlainBuffer(size int) unsafe.Pointer {
	return unsafe.Pointer(C.surfacetest_plain_buffer(C.gsize(size)))
}

// Unref drops a buffer made here.
func Unref(buffer unsafe.Pointer) { C.gst_buffer_unref((*C.GstBuffer)(buffer)) }

// SetLayout overwrites surfaceList[index].layout of the surface at surf, to
// test how readers treat layouts the runtime does not create.
func SetLayout(surf unsafe.Pointer, index int, layout int32) {
	s := (*C.NvBufSurface)(surf)
	list := unsafe.Slice(s.surfaceList, s.batchSize)
	list[index].layout = C.NvBufSurfaceLayout(layout)
}

// LiveMappings is the embedded runtime's count of outstanding
// NvBufSurfaceMap references; -1 against the SDK, which has no such count.
func LiveMappings() int64 { return int64(C.surfacetest_live_mappings()) }

// LiveSurfaces is the embedded runtime's count of surfaces not yet
// destroyed; -1 against the SDK.
func LiveSurfaces() int64 { return int64(C.surfacetest_live_surfaces()) }
