//go:build !deepstream

/* surface_gst.c: the NvBufSurface-in-GstBuffer convention of DeepStream.
 *
 * A DeepStream video buffer carries one GstMemory whose mapped bytes are the
 * NvBufSurface struct itself (gst_buffer_map yields an NvBufSurface*). Here
 * that memory comes from a small GstAllocator of type GST_NVDS_MEMORY_TYPE
 * whose memory owns one surface and destroys it when freed. Sharing (shallow
 * buffer copies, make_writable) keeps the same surface alive through the
 * parent memory; deep copies clone the surface and its pixels. */
#include <string.h>

#include "gstnvdsbufferpool.h"
#include "surface_internal.h"

typedef struct {
    GstMemory mem;
    NvBufSurface *surf;
    gboolean owns; /* FALSE for shared sub-memories: the parent owns */
} NvbsMemory;

typedef struct {
    GstAllocator parent;
} NvBufSurfaceEmbeddedAllocator;

typedef struct {
    GstAllocatorClass parent_class;
} NvBufSurfaceEmbeddedAllocatorClass;

GType nvbufsurface_embedded_allocator_get_type(void) NVBS_INTERNAL;
G_DEFINE_TYPE(NvBufSurfaceEmbeddedAllocator, nvbufsurface_embedded_allocator, GST_TYPE_ALLOCATOR)

/* gst_allocator_alloc() cannot work: a surface needs create parameters.
 * Memory is made only by nvbufsurface_embedded_buffer_new. */
static GstMemory *nvbs_alloc(GstAllocator *allocator, gsize size, GstAllocationParams *params)
{
    return NULL;
}

/* Frees the memory and, when it owns one, its surface. */
static void nvbs_free(GstAllocator *allocator, GstMemory *mem)
{
    NvbsMemory *m = (NvbsMemory *)mem;
    if (m->owns)
        NvBufSurfaceDestroy(m->surf);
    g_free(m);
}

/* Mapping yields the NvBufSurface struct (GStreamer adds mem->offset). */
static gpointer nvbs_mem_map(GstMemory *mem, gsize maxsize, GstMapFlags flags)
{
    return ((NvbsMemory *)mem)->surf;
}

static void nvbs_mem_unmap(GstMemory *mem)
{
}

/* Builds a memory around surf; parent (may be NULL) keeps the owner alive. */
static NvbsMemory *memory_wrap(GstAllocator *allocator, NvBufSurface *surf, gboolean owns,
                               GstMemory *parent, gsize offset, gsize size)
{
    NvbsMemory *m = g_new0(NvbsMemory, 1);
    gst_memory_init(GST_MEMORY_CAST(m), parent ? GST_MINI_OBJECT_FLAG_LOCK_READONLY : 0,
                    allocator, parent, sizeof(NvBufSurface), 7, offset, size);
    m->surf = surf;
    m->owns = owns;
    return m;
}

/* Deep copy: a new surface with the same parameters and pixels. Only whole
 * memories can be copied; a sub-range of an NvBufSurface struct means
 * nothing. */
static GstMemory *nvbs_mem_copy(GstMemory *mem, gssize offset, gssize size)
{
    NvbsMemory *m = (NvbsMemory *)mem;
    if (mem->offset != 0 || offset != 0 || (size != -1 && (gsize)size != mem->size))
        return NULL;
    NvBufSurface *copy = nvbs_clone(m->surf);
    if (!copy)
        return NULL;
    return GST_MEMORY_CAST(
        memory_wrap(mem->allocator, copy, TRUE, NULL, 0, sizeof(NvBufSurface)));
}

/* Shallow share: same surface, owned by the root memory, which the shared
 * memory references as its parent. */
static GstMemory *nvbs_mem_share(GstMemory *mem, gssize offset, gssize size)
{
    NvbsMemory *m = (NvbsMemory *)mem;
    GstMemory *root = mem->parent ? mem->parent : mem;
    if (size == -1)
        size = (gssize)mem->size - offset;
    return GST_MEMORY_CAST(
        memory_wrap(mem->allocator, m->surf, FALSE, root, mem->offset + offset, (gsize)size));
}

/* Two memories never form one contiguous span: each is a separate struct. */
static gboolean nvbs_mem_is_span(GstMemory *mem1, GstMemory *mem2, gsize *offset)
{
    return FALSE;
}

static void nvbufsurface_embedded_allocator_class_init(NvBufSurfaceEmbeddedAllocatorClass *klass)
{
    GstAllocatorClass *ac = GST_ALLOCATOR_CLASS(klass);
    ac->alloc = nvbs_alloc;
    ac->free = nvbs_free;
}

static void nvbufsurface_embedded_allocator_init(NvBufSurfaceEmbeddedAllocator *self)
{
    GstAllocator *a = GST_ALLOCATOR_CAST(self);
    a->mem_type = GST_NVDS_MEMORY_TYPE;
    a->mem_map = nvbs_mem_map;
    a->mem_unmap = nvbs_mem_unmap;
    /* Cast: GStreamer releases differ on gssize vs gsize for the size
     * argument; both are pointer-sized. */
    a->mem_copy = (GstMemoryCopyFunction)nvbs_mem_copy;
    a->mem_share = (GstMemoryShareFunction)nvbs_mem_share;
    a->mem_is_span = nvbs_mem_is_span;
    GST_OBJECT_FLAG_SET(a, GST_ALLOCATOR_FLAG_CUSTOM_ALLOC);
}

/* The process-wide allocator instance, made on first use and kept for the
 * process (flagged so GStreamer's leak tracer does not report it). */
static GstAllocator *nvbs_allocator(void)
{
    static GstAllocator *instance;
    if (g_once_init_enter(&instance)) {
        GstAllocator *a = g_object_new(nvbufsurface_embedded_allocator_get_type(), NULL);
        gst_object_ref_sink(a);
        GST_OBJECT_FLAG_SET(a, GST_OBJECT_FLAG_MAY_BE_LEAKED);
        g_once_init_leave(&instance, a);
    }
    return instance;
}

/* nvbufsurface_embedded_buffer_new: the convention's buffer for surf, which
 * it takes over; refuses surfaces this runtime does not know. */
GstBuffer *nvbufsurface_embedded_buffer_new(NvBufSurface *surf)
{
    if (!nvbs_lookup(surf))
        return NULL;
    NvbsMemory *m = memory_wrap(nvbs_allocator(), surf, TRUE, NULL, 0, sizeof(NvBufSurface));
    GstBuffer *buf = gst_buffer_new();
    gst_buffer_append_memory(buf, GST_MEMORY_CAST(m));
    return buf;
}

/* nvbufsurface_embedded_buffer_create: create + wrap in one call, with the
 * whole batch marked filled, for tests and stand-in sources. */
GstBuffer *nvbufsurface_embedded_buffer_create(uint32_t batchSize,
                                               const NvBufSurfaceCreateParams *params)
{
    if (!params)
        return NULL;
    NvBufSurfaceCreateParams p = *params;
    NvBufSurface *surf = NULL;
    if (NvBufSurfaceCreate(&surf, batchSize, &p))
        return NULL;
    surf->numFilled = batchSize;
    return nvbufsurface_embedded_buffer_new(surf);
}

/* nvbufsurface_embedded_buffer_get_surface: reads the surface pointer the
 * way DeepStream code does (map, take data, unmap), but only once the
 * buffer is proven to follow the convention: exactly one memory, of type
 * GST_NVDS_MEMORY_TYPE, made by this runtime's allocator (checked before
 * mapping, so memory of any other allocator is never mapped or read),
 * covering the whole struct, whose surface is one this runtime created and
 * still holds (the registry). */
NvBufSurface *nvbufsurface_embedded_buffer_get_surface(GstBuffer *buf)
{
    if (!buf || !GST_IS_BUFFER(buf) || gst_buffer_n_memory(buf) != 1)
        return NULL;
    GstMemory *mem = gst_buffer_peek_memory(buf, 0);
    if (!mem || !mem->allocator || !gst_memory_is_type(mem, GST_NVDS_MEMORY_TYPE) ||
        !G_TYPE_CHECK_INSTANCE_TYPE(mem->allocator, nvbufsurface_embedded_allocator_get_type()))
        return NULL;
    GstMapInfo info;
    if (!gst_buffer_map(buf, &info, GST_MAP_READ))
        return NULL;
    NvBufSurface *surf = info.size == sizeof(NvBufSurface) ? (NvBufSurface *)info.data : NULL;
    gst_buffer_unmap(buf, &info);
    return surf && nvbs_lookup(surf) ? surf : NULL;
}

/* nvbufsurface_embedded_params_from_caps: width, height and format of fixed
 * video/x-raw caps, with or without the memory:NVMM feature. */
int nvbufsurface_embedded_params_from_caps(const GstCaps *caps, NvBufSurfaceCreateParams *params)
{
    if (!caps || !params || !GST_IS_CAPS(caps) || gst_caps_get_size(caps) < 1)
        return -1;
    const GstStructure *st = gst_caps_get_structure(caps, 0);
    gint width = 0, height = 0;
    if (!gst_structure_has_name(st, "video/x-raw") ||
        !gst_structure_get_int(st, "width", &width) ||
        !gst_structure_get_int(st, "height", &height) || width <= 0 || height <= 0)
        return -1;
    NvBufSurfaceColorFormat f =
        nvbufsurface_embedded_format_from_string(gst_structure_get_string(st, "format"));
    if (f == NVBUF_COLOR_FORMAT_INVALID)
        return -1;
    params->width = (uint32_t)width;
    params->height = (uint32_t)height;
    params->colorFormat = f;
    params->layout = NVBUF_LAYOUT_PITCH;
    return 0;
}
