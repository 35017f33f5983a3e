/* surface_internal.h: private state of the embedded NvBufSurface runtime,
 * shared by the surface_*.c files (libnvbufsurface.so). Not installed. */
#ifndef GO_DEEPSTREAM_EMBEDDED_SURFACE_INTERNAL_H
#define GO_DEEPSTREAM_EMBEDDED_SURFACE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "nvbufsurface.h"
#include "nvbufsurface_embedded.h"

/* Internal symbols stay out of the shared library's exported ABI. */
#define NVBS_INTERNAL __attribute__((visibility("hidden")))

/* Frames start on this boundary inside the surface's one memory block. */
#define NVBS_ALIGN ((uint64_t)NVBUFSURFACE_EMBEDDED_ALIGN)

/* Per-frame layout of one surface; identical for every frame of a batch. */
typedef struct {
    uint32_t num_planes;
    uint32_t width[NVBUF_MAX_PLANES];
    uint32_t height[NVBUF_MAX_PLANES];
    uint32_t pitch[NVBUF_MAX_PLANES];
    uint32_t offset[NVBUF_MAX_PLANES];
    uint32_t psize[NVBUF_MAX_PLANES];
    uint32_t bpp[NVBUF_MAX_PLANES];
    /* Bytes of pixel data in one row of each plane (<= pitch). */
    uint32_t row_bytes[NVBUF_MAX_PLANES];
    /* Bytes of one frame: the planes plus, for size-requested surfaces,
     * the extra room asked for. */
    uint32_t data_size;
} NvbsGeometry;

/* A surface created by this runtime. The public NvBufSurface is the first
 * member so the pointer handed out is the allocation itself; the runtime
 * reads geometry and addresses only from the private fields, so edits to
 * the public struct can never make it touch memory outside the block. */
typedef struct {
    NvBufSurface pub;
    NvBufSurfaceParams *list;        /* = pub.surfaceList as created */
    NvBufSurfaceParamsEx *listex;    /* paramex of each frame */
    uint32_t batch;
    NvBufSurfaceMemType mem_type;    /* resolved: never NVBUF_MEM_DEFAULT */
    NvBufSurfaceAllocateParams alloc_params; /* as given, for cloning */
    NvbsGeometry geo;
    size_t frame_stride;             /* bytes between frame starts */
    uint8_t *block;                  /* batch * frame_stride bytes */
    uint32_t *map_count;             /* [batch][NVBUF_MAX_PLANES] refcounts */
} NvbsSurface;

/* surface_format.c */
NVBS_INTERNAL int nvbs_geometry(NvBufSurfaceColorFormat format, uint32_t width,
                                uint32_t height, int no_padding, NvbsGeometry *geo);
NVBS_INTERNAL void nvbs_geometry_raw(uint32_t size, NvbsGeometry *geo);
NVBS_INTERNAL int nvbs_plan(const NvBufSurfaceCreateParams *params, int no_padding,
                            NvbsGeometry *geo, NvBufSurfaceMemType *mem_type);

/* surface_registry.c */
NVBS_INTERNAL void nvbs_lock(void);
NVBS_INTERNAL void nvbs_unlock(void);
NVBS_INTERNAL void nvbs_register(NvbsSurface *s);
NVBS_INTERNAL NvbsSurface *nvbs_unregister(NvBufSurface *surf);
NVBS_INTERNAL NvbsSurface *nvbs_lookup_locked(const NvBufSurface *surf);
NVBS_INTERNAL NvbsSurface *nvbs_lookup(const NvBufSurface *surf);
NVBS_INTERNAL void nvbs_count_surfaces(int64_t delta);
NVBS_INTERNAL void nvbs_count_mappings(int64_t delta);
NVBS_INTERNAL int nvbs_block_holds_locked(uintptr_t a, size_t len);
NVBS_INTERNAL int nvbs_range(const NvbsSurface *s, int index, int plane,
                             uint32_t *i0, uint32_t *i1, uint32_t *p0, uint32_t *p1);

/* surface_create.c */
NVBS_INTERNAL NvBufSurface *nvbs_clone(const NvBufSurface *src);

/* Start of frame i's data. */
static inline uint8_t *nvbs_frame(const NvbsSurface *s, uint32_t i)
{
    return s->block + (size_t)i * s->frame_stride;
}

/* Start of plane p of frame i. */
static inline uint8_t *nvbs_plane(const NvbsSurface *s, uint32_t i, uint32_t p)
{
    return nvbs_frame(s, i) + s->geo.offset[p];
}

static inline uint64_t nvbs_align_up(uint64_t v, uint64_t a)
{
    return (v + a - 1) / a * a;
}

#endif /* GO_DEEPSTREAM_EMBEDDED_SURFACE_INTERNAL_H */
