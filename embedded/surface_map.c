//go:build !deepstream

/* surface_map.c: CPU mapping (NvBufSurfaceMap/UnMap), cache sync and
 * NvBufSurfaceGetMapParams of the embedded runtime.
 *
 * Mapping follows the dGPU SDK: SYSTEM, CUDA_PINNED and CUDA_UNIFIED
 * surfaces map, CUDA_DEVICE ones (also what DEFAULT resolves to) return -1,
 * even though every type is host memory here. Maps are refcounted per frame
 * and plane: each successful Map must be matched by an UnMap; the address
 * stays in mappedAddr.addr[plane] until the last UnMap. Calls with -1
 * (all frames / all planes) are all-or-nothing. */
#include <string.h>

#include "surface_internal.h"

/* Whether the dGPU SDK would give a CPU mapping of this memory type. */
static int mappable(NvBufSurfaceMemType t)
{
    return t == NVBUF_MEM_SYSTEM || t == NVBUF_MEM_CUDA_PINNED || t == NVBUF_MEM_CUDA_UNIFIED;
}

/* NvBufSurfaceMap: maps frame `index`, plane `plane` (-1: all) for the CPU.
 * The flag must be a valid NvBufSurfaceMemMapFlags value; host memory is
 * always readable and writable, so it is not enforced further. */
int NvBufSurfaceMap(NvBufSurface *surf, int index, int plane, NvBufSurfaceMemMapFlags type)
{
    if (type != NVBUF_MAP_READ && type != NVBUF_MAP_WRITE && type != NVBUF_MAP_READ_WRITE)
        return -1;
    int rc = -1;
    nvbs_lock();
    NvbsSurface *s = nvbs_lookup_locked(surf);
    uint32_t i0, i1, p0, p1;
    if (!s || !mappable(s->mem_type) || nvbs_range(s, index, plane, &i0, &i1, &p0, &p1))
        goto out;
    for (uint32_t i = i0; i < i1; i++)
        for (uint32_t p = p0; p < p1; p++)
            if (s->map_count[i * NVBUF_MAX_PLANES + p] == UINT32_MAX)
                goto out;
    for (uint32_t i = i0; i < i1; i++) {
        for (uint32_t p = p0; p < p1; p++) {
            if (s->map_count[i * NVBUF_MAX_PLANES + p]++ == 0)
                s->list[i].mappedAddr.addr[p] = nvbs_plane(s, i, p);
        }
    }
    nvbs_count_mappings((int64_t)(i1 - i0) * (p1 - p0));
    rc = 0;
out:
    nvbs_unlock();
    return rc;
}

/* NvBufSurfaceUnMap: releases one map reference of each targeted frame and
 * plane (-1: all). Fails, changing nothing, when any of them is not mapped,
 * so an unbalanced UnMap is reported rather than ignored. */
int NvBufSurfaceUnMap(NvBufSurface *surf, int index, int plane)
{
    int rc = -1;
    nvbs_lock();
    NvbsSurface *s = nvbs_lookup_locked(surf);
    uint32_t i0, i1, p0, p1;
    if (!s || nvbs_range(s, index, plane, &i0, &i1, &p0, &p1))
        goto out;
    for (uint32_t i = i0; i < i1; i++)
        for (uint32_t p = p0; p < p1; p++)
            if (s->map_count[i * NVBUF_MAX_PLANES + p] == 0)
                goto out;
    for (uint32_t i = i0; i < i1; i++) {
        for (uint32_t p = p0; p < p1; p++) {
            if (--s->map_count[i * NVBUF_MAX_PLANES + p] == 0)
                s->list[i].mappedAddr.addr[p] = NULL;
        }
    }
    nvbs_count_mappings(-(int64_t)(i1 - i0) * (p1 - p0));
    rc = 0;
out:
    nvbs_unlock();
    return rc;
}

/* Shared argument check of the two sync calls. */
static int check_sync(NvBufSurface *surf, int index, int plane)
{
    NvbsSurface *s = nvbs_lookup(surf);
    uint32_t i0, i1, p0, p1;
    if (!s || nvbs_range(s, index, plane, &i0, &i1, &p0, &p1))
        return -1;
    return 0;
}

/* NvBufSurfaceSyncForCpu: CPU and "device" share host memory, so there is
 * never anything to sync: 0 for valid arguments (mapped or not), else -1. */
int NvBufSurfaceSyncForCpu(NvBufSurface *surf, int index, int plane)
{
    return check_sync(surf, index, plane);
}

/* NvBufSurfaceSyncForDevice: same as NvBufSurfaceSyncForCpu. */
int NvBufSurfaceSyncForDevice(NvBufSurface *surf, int index, int plane)
{
    return check_sync(surf, index, plane);
}

/* NvBufSurfaceGetMapParams: describes frame `index` (no -1) as the SDK does
 * for export: planes, sizes, memory type, layout and colour format. fd is 0
 * (no dmabuf behind host memory). */
int NvBufSurfaceGetMapParams(const NvBufSurface *surf, int index, NvBufSurfaceMapParams *params)
{
    NvbsSurface *s = nvbs_lookup(surf);
    if (!s || !params || index < 0 || (uint32_t)index >= s->batch)
        return -1;
    const NvbsGeometry *g = &s->geo;
    memset(params, 0, sizeof *params);
    params->num_planes = g->num_planes;
    params->gpuId = s->pub.gpuId;
    params->fd = 0;
    params->totalSize = g->data_size;
    params->memType = s->mem_type;
    params->layout = NVBUF_LAYOUT_PITCH;
    params->scanformat = s->alloc_params.displayscanformat;
    params->colorFormat = s->alloc_params.params.colorFormat;
    params->chromaSubsampling = s->alloc_params.chromaSubsampling;
    for (uint32_t p = 0; p < g->num_planes; p++) {
        params->planes[p].width = g->width[p];
        params->planes[p].height = g->height[p];
        params->planes[p].pitch = g->pitch[p];
        params->planes[p].offset = g->offset[p];
        params->planes[p].psize = g->psize[p];
    }
    return 0;
}
