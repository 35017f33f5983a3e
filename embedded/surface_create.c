//go:build !deepstream

/* surface_create.c: NvBufSurfaceCreate, NvBufSurfaceAllocate and
 * NvBufSurfaceDestroy of the embedded runtime.
 *
 * Every memory type is backed by zeroed host memory, so a CPU element can
 * work on surfaceList[i].dataPtr whatever the type; the type is still
 * recorded and NvBufSurfaceMap follows the dGPU rules for it. A batch lives
 * in one page-aligned block, frames NVBUFSURFACE_EMBEDDED_ALIGN apart. */
#include <stdlib.h>
#include <string.h>

#include "surface_internal.h"

/* Refuse anything above 1 TiB up front: no frame store needs it, and the
 * allocator (and the sanitizers' allocators) must never be asked for it. */
#define NVBS_MAX_BYTES ((uint64_t)1 << 40)

/* Fills frame i's public parameters from the private layout. */
static void fill_frame(NvbsSurface *s, uint32_t i, const NvBufSurfaceAllocateParams *ap)
{
    const NvbsGeometry *g = &s->geo;
    NvBufSurfaceParams *f = &s->list[i];
    NvBufSurfaceParamsEx *x = &s->listex[i];
    int raw = ap->params.colorFormat == NVBUF_COLOR_FORMAT_INVALID;

    f->width = raw ? g->width[0] : ap->params.width;
    f->height = raw ? g->height[0] : ap->params.height;
    f->pitch = g->pitch[0];
    f->colorFormat = ap->params.colorFormat;
    f->layout = NVBUF_LAYOUT_PITCH;
    f->bufferDesc = 0; /* no dmabuf fd behind host memory */
    f->dataSize = g->data_size;
    f->dataPtr = nvbs_frame(s, i);
    f->planeParams.num_planes = g->num_planes;
    for (uint32_t p = 0; p < g->num_planes; p++) {
        f->planeParams.width[p] = g->width[p];
        f->planeParams.height[p] = g->height[p];
        f->planeParams.pitch[p] = g->pitch[p];
        f->planeParams.offset[p] = g->offset[p];
        f->planeParams.psize[p] = g->psize[p];
        f->planeParams.bytesPerPix[p] = g->bpp[p];
        x->planeParamsex.scanformat[p] = ap->displayscanformat;
    }
    f->paramex = x;
    x->startofvaliddata = 0;
    x->sizeofvaliddatainbytes = (int32_t)(g->data_size > INT32_MAX ? INT32_MAX : g->data_size);
    x->chromaSubsampling = ap->chromaSubsampling;
}

/* create_surface: the one allocation path behind Create and Allocate.
 * Validates everything before allocating, so failure leaves nothing. */
static int create_surface(NvBufSurface **surf, uint32_t batch,
                          const NvBufSurfaceAllocateParams *ap)
{
    if (!surf || !ap || batch == 0)
        return -1;
    NvbsGeometry geo;
    NvBufSurfaceMemType mem_type;
    if (nvbs_plan(&ap->params, ap->disablePitchPadding, &geo, &mem_type))
        return -1;

    uint64_t stride = nvbs_align_up(geo.data_size, NVBS_ALIGN);
    uint64_t head = sizeof(NvbsSurface) +
                    (uint64_t)batch * (sizeof(NvBufSurfaceParams) + sizeof(NvBufSurfaceParamsEx) +
                                       NVBUF_MAX_PLANES * sizeof(uint32_t));
    if (stride > NVBS_MAX_BYTES || head > NVBS_MAX_BYTES ||
        (uint64_t)batch * stride > NVBS_MAX_BYTES - head)
        return -1;

    /* Header, frame list, paramex list and map counts share one
     * allocation; the arrays follow the header in that order. */
    NvbsSurface *s = calloc(1, (size_t)head);
    if (!s)
        return -1;
    void *block = NULL;
    if (posix_memalign(&block, 4096, (size_t)(batch * stride)) != 0) {
        free(s);
        return -1;
    }
    memset(block, 0, (size_t)(batch * stride));

    s->list = (NvBufSurfaceParams *)(s + 1);
    s->listex = (NvBufSurfaceParamsEx *)(s->list + batch);
    s->map_count = (uint32_t *)(s->listex + batch);
    s->batch = batch;
    s->mem_type = mem_type;
    s->alloc_params = *ap;
    s->geo = geo;
    s->frame_stride = (size_t)stride;
    s->block = block;

    s->pub.gpuId = ap->params.gpuId;
    s->pub.batchSize = batch;
    s->pub.numFilled = 0; /* as the SDK: the producer sets it */
    s->pub.isContiguous = ap->params.isContiguous;
    s->pub.memType = mem_type;
    s->pub.surfaceList = s->list;
    for (uint32_t i = 0; i < batch; i++)
        fill_frame(s, i, ap);

    nvbs_register(s);
    *surf = &s->pub;
    return 0;
}

/* NvBufSurfaceCreate: allocates a batch of batchSize frames described by
 * params; see nvbs_plan for what is accepted. numFilled starts at 0. */
int NvBufSurfaceCreate(NvBufSurface **surf, uint32_t batchSize, NvBufSurfaceCreateParams *params)
{
    if (!params)
        return -1;
    NvBufSurfaceAllocateParams ap;
    memset(&ap, 0, sizeof ap);
    ap.params = *params;
    ap.displayscanformat = NVBUF_DISPLAYSCANFORMAT_PROGRESSIVE;
    ap.chromaSubsampling.chromaLocHoriz = NVBUFSURFACE_CHROMA_SUBSAMPLING_HORIZ_DEFAULT;
    ap.chromaSubsampling.chromaLocVert = NVBUFSURFACE_CHROMA_SUBSAMPLING_VERT_DEFAULT;
    return create_surface(surf, batchSize, &ap);
}

/* NvBufSurfaceAllocate: NvBufSurfaceCreate with the extended parameters.
 * disablePitchPadding gives tightly packed rows and planes; the scan format
 * and chroma siting are recorded in each frame's paramex; memtag is ignored. */
int NvBufSurfaceAllocate(NvBufSurface **surf, uint32_t batchSize,
                         NvBufSurfaceAllocateParams *paramsext)
{
    return create_surface(surf, batchSize, paramsext);
}

/* NvBufSurfaceDestroy: frees a surface of this runtime, dropping any CPU
 * mappings still held (as the SDK does). -1 for NULL, foreign or already
 * destroyed surfaces. */
int NvBufSurfaceDestroy(NvBufSurface *surf)
{
    NvbsSurface *s = nvbs_unregister(surf);
    if (!s)
        return -1;
    free(s->block);
    free(s);
    return 0;
}

/* nvbs_clone: a new surface with src's creation parameters and a copy of
 * its pixels and numFilled (deep copy of a GstMemory); NULL on failure. */
NvBufSurface *nvbs_clone(const NvBufSurface *src)
{
    NvbsSurface *s = nvbs_lookup(src);
    if (!s)
        return NULL;
    NvBufSurfaceAllocateParams ap = s->alloc_params;
    NvBufSurface *dst = NULL;
    if (create_surface(&dst, s->batch, &ap))
        return NULL;
    if (NvBufSurfaceCopy((NvBufSurface *)src, dst)) {
        NvBufSurfaceDestroy(dst);
        return NULL;
    }
    dst->numFilled = src->numFilled;
    return dst;
}
