/* surface_test.c: the embedded runtime's NvBufSurface API, exercised the way
 * an SDK program would call it (it links against libnvbufsurface.so). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nvbufsurface.h"
#include "nvbufsurface_embedded.h"

static int passed, failed;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) {                                                              \
            passed++;                                                            \
        } else {                                                                 \
            failed++;                                                            \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

#define ALIGN NVBUFSURFACE_EMBEDDED_ALIGN

static uint32_t align_up(uint32_t v)
{
    return (v + ALIGN - 1) / ALIGN * ALIGN;
}

static NvBufSurfaceCreateParams params_of(NvBufSurfaceColorFormat fmt, uint32_t w, uint32_t h,
                                          NvBufSurfaceMemType mt)
{
    NvBufSurfaceCreateParams p;
    memset(&p, 0, sizeof p);
    p.width = w;
    p.height = h;
    p.colorFormat = fmt;
    p.layout = NVBUF_LAYOUT_PITCH;
    p.memType = mt;
    return p;
}

/* Expected layout of one plane, computed independently of the runtime. */
typedef struct {
    uint32_t w, h, bpp;
} PlaneSpec;

typedef struct {
    NvBufSurfaceColorFormat fmt;
    const char *name;
    uint32_t planes;
    PlaneSpec p[3];
} FormatSpec;

/* Plane sizes at 641x361: chroma planes round odd sizes up. */
static const FormatSpec specs[] = {
    {NVBUF_COLOR_FORMAT_RGBA, "RGBA", 1, {{641, 361, 4}}},
    {NVBUF_COLOR_FORMAT_BGRA, "BGRA", 1, {{641, 361, 4}}},
    {NVBUF_COLOR_FORMAT_RGB, "RGB", 1, {{641, 361, 3}}},
    {NVBUF_COLOR_FORMAT_GRAY8, "GRAY8", 1, {{641, 361, 1}}},
    {NVBUF_COLOR_FORMAT_NV12, "NV12", 2, {{641, 361, 1}, {321, 181, 2}}},
    {NVBUF_COLOR_FORMAT_YUV420, "I420", 3, {{641, 361, 1}, {321, 181, 1}, {321, 181, 1}}},
};

static void test_layouts(void)
{
    for (size_t k = 0; k < sizeof specs / sizeof specs[0]; k++) {
        const FormatSpec *fs = &specs[k];
        NvBufSurfaceCreateParams p = params_of(fs->fmt, 641, 361, NVBUF_MEM_SYSTEM);
        p.gpuId = 3;
        NvBufSurface *s = NULL;
        CHECK(NvBufSurfaceCreate(&s, 3, &p) == 0);
        if (!s)
            continue;
        CHECK(s->batchSize == 3);
        CHECK(s->numFilled == 0);
        CHECK(s->gpuId == 3);
        CHECK(s->memType == NVBUF_MEM_SYSTEM);
        for (uint32_t i = 0; i < s->batchSize; i++) {
            NvBufSurfaceParams *f = &s->surfaceList[i];
            CHECK(f->width == 641 && f->height == 361);
            CHECK(f->colorFormat == fs->fmt);
            CHECK(f->layout == NVBUF_LAYOUT_PITCH);
            CHECK(f->dataPtr != NULL);
            CHECK((uintptr_t)f->dataPtr % ALIGN == 0);
            CHECK(f->planeParams.num_planes == fs->planes);
            uint32_t off = 0;
            for (uint32_t pl = 0; pl < fs->planes; pl++) {
                const PlaneSpec *ps = &fs->p[pl];
                uint32_t pitch = align_up(ps->w * ps->bpp);
                CHECK(f->planeParams.width[pl] == ps->w);
                CHECK(f->planeParams.height[pl] == ps->h);
                CHECK(f->planeParams.bytesPerPix[pl] == ps->bpp);
                CHECK(f->planeParams.pitch[pl] == pitch);
                CHECK(f->planeParams.offset[pl] == off);
                CHECK(f->planeParams.psize[pl] == pitch * ps->h);
                off += pitch * ps->h;
            }
            CHECK(f->pitch == f->planeParams.pitch[0]);
            CHECK(f->dataSize == off);
            if (i > 0) {
                uint8_t *prev = s->surfaceList[i - 1].dataPtr;
                CHECK((uint8_t *)f->dataPtr >= prev + s->surfaceList[i - 1].dataSize);
            }
        }
        CHECK(strcmp(nvbufsurface_embedded_format_to_string(fs->fmt), fs->name) == 0);
        CHECK(nvbufsurface_embedded_format_from_string(fs->name) == fs->fmt);
        CHECK(NvBufSurfaceDestroy(s) == 0);
    }

    /* Fixed numbers, so the formula above cannot drift with the runtime. */
    NvBufSurfaceCreateParams p = params_of(NVBUF_COLOR_FORMAT_RGBA, 641, 361, NVBUF_MEM_SYSTEM);
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == 0);
    CHECK(s->surfaceList[0].pitch == 3072 && s->surfaceList[0].dataSize == 1108992);
    NvBufSurfaceDestroy(s);
    p = params_of(NVBUF_COLOR_FORMAT_NV12, 641, 361, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == 0);
    CHECK(s->surfaceList[0].planeParams.pitch[1] == 1024);
    CHECK(s->surfaceList[0].planeParams.offset[1] == 369664);
    CHECK(s->surfaceList[0].dataSize == 555008);
    NvBufSurfaceDestroy(s);

    CHECK(nvbufsurface_embedded_format_to_string(NVBUF_COLOR_FORMAT_NV12_709_ER) != NULL &&
          strcmp(nvbufsurface_embedded_format_to_string(NVBUF_COLOR_FORMAT_NV12_709_ER), "NV12") == 0);
    CHECK(nvbufsurface_embedded_format_from_string("NOPE") == NVBUF_COLOR_FORMAT_INVALID);
    CHECK(nvbufsurface_embedded_format_from_string(NULL) == NVBUF_COLOR_FORMAT_INVALID);
}

static void test_allocate_packed(void)
{
    NvBufSurfaceAllocateParams ap;
    memset(&ap, 0, sizeof ap);
    ap.params = params_of(NVBUF_COLOR_FORMAT_NV12, 641, 361, NVBUF_MEM_CUDA_UNIFIED);
    ap.disablePitchPadding = true;
    ap.displayscanformat = NVBUF_DISPLAYSCANFORMAT_INTERLACED;
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceAllocate(&s, 2, &ap) == 0);
    NvBufSurfaceParams *f = &s->surfaceList[0];
    CHECK(f->planeParams.pitch[0] == 641);
    CHECK(f->planeParams.pitch[1] == 642);
    CHECK(f->planeParams.offset[1] == 641 * 361);
    CHECK(f->dataSize == 641 * 361 + 642 * 181);
    CHECK(f->paramex != NULL && f->paramex->planeParamsex.scanformat[0] == NVBUF_DISPLAYSCANFORMAT_INTERLACED);
    CHECK(NvBufSurfaceAllocate(&s, 2, NULL) == -1);
    CHECK(NvBufSurfaceDestroy(s) == 0);
}

static void test_memtypes(void)
{
    NvBufSurfaceCreateParams p = params_of(NVBUF_COLOR_FORMAT_RGBA, 64, 48, NVBUF_MEM_DEFAULT);
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == 0);
    CHECK(s->memType == NVBUF_MEM_CUDA_DEVICE);
    /* Device memory: no CPU mapping, as on dGPU; dataPtr is still host memory. */
    CHECK(NvBufSurfaceMap(s, 0, 0, NVBUF_MAP_READ) == -1);
    CHECK(s->surfaceList[0].mappedAddr.addr[0] == NULL);
    CHECK(NvBufSurfaceMemSet(s, 0, 0, 7) == 0);
    CHECK(((uint8_t *)s->surfaceList[0].dataPtr)[0] == 7);
    CHECK(NvBufSurfaceSyncForCpu(s, 0, 0) == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 0);
    NvBufSurfaceDestroy(s);

    NvBufSurfaceMemType ok[] = {NVBUF_MEM_SYSTEM, NVBUF_MEM_CUDA_PINNED, NVBUF_MEM_CUDA_UNIFIED};
    for (size_t k = 0; k < 3; k++) {
        p.memType = ok[k];
        CHECK(NvBufSurfaceCreate(&s, 1, &p) == 0);
        CHECK(s->memType == ok[k]);
        CHECK(NvBufSurfaceMap(s, 0, 0, NVBUF_MAP_READ_WRITE) == 0);
        CHECK(NvBufSurfaceUnMap(s, 0, 0) == 0);
        NvBufSurfaceDestroy(s);
    }
    NvBufSurfaceMemType bad[] = {NVBUF_MEM_SURFACE_ARRAY, NVBUF_MEM_HANDLE, (NvBufSurfaceMemType)99};
    for (size_t k = 0; k < 3; k++) {
        p.memType = bad[k];
        s = NULL;
        CHECK(NvBufSurfaceCreate(&s, 1, &p) == -1 && s == NULL);
    }
}

static void test_map_rw(void)
{
    NvBufSurfaceCreateParams p = params_of(NVBUF_COLOR_FORMAT_NV12, 641, 361, NVBUF_MEM_SYSTEM);
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceCreate(&s, 2, &p) == 0);

    CHECK(NvBufSurfaceMap(s, -1, -1, NVBUF_MAP_WRITE) == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 4);
    for (uint32_t i = 0; i < 2; i++) {
        NvBufSurfaceParams *f = &s->surfaceList[i];
        for (uint32_t pl = 0; pl < 2; pl++) {
            uint8_t *a = f->mappedAddr.addr[pl];
            CHECK(a == (uint8_t *)f->dataPtr + f->planeParams.offset[pl]);
            for (uint32_t y = 0; y < f->planeParams.height[pl]; y++)
                for (uint32_t x = 0; x < f->planeParams.width[pl] * f->planeParams.bytesPerPix[pl]; x++)
                    a[y * f->planeParams.pitch[pl] + x] = (uint8_t)(x + y + i * 7 + pl * 13);
        }
    }
    CHECK(NvBufSurfaceSyncForDevice(s, -1, -1) == 0);
    CHECK(NvBufSurfaceUnMap(s, -1, -1) == 0);
    CHECK(s->surfaceList[1].mappedAddr.addr[1] == NULL);
    CHECK(nvbufsurface_embedded_live_mappings() == 0);

    CHECK(NvBufSurfaceMap(s, 1, 1, NVBUF_MAP_READ) == 0);
    CHECK(NvBufSurfaceSyncForCpu(s, 1, 1) == 0);
    NvBufSurfaceParams *f = &s->surfaceList[1];
    uint8_t *a = f->mappedAddr.addr[1];
    int same = 1;
    for (uint32_t y = 0; y < f->planeParams.height[1]; y++)
        for (uint32_t x = 0; x < f->planeParams.width[1] * 2; x++)
            same &= a[y * f->planeParams.pitch[1] + x] == (uint8_t)(x + y + 7 + 13);
    CHECK(same);

    /* Refcounting: the address stays until the last UnMap. */
    CHECK(NvBufSurfaceMap(s, 1, 1, NVBUF_MAP_READ) == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 2);
    CHECK(NvBufSurfaceUnMap(s, 1, 1) == 0);
    CHECK(f->mappedAddr.addr[1] == a);
    CHECK(NvBufSurfaceUnMap(s, 1, 1) == 0);
    CHECK(f->mappedAddr.addr[1] == NULL);
    CHECK(NvBufSurfaceUnMap(s, 1, 1) == -1);

    /* All-or-nothing: UnMap(-1) with a plane not mapped changes nothing. */
    CHECK(NvBufSurfaceMap(s, 0, 0, NVBUF_MAP_READ) == 0);
    CHECK(NvBufSurfaceUnMap(s, 0, -1) == -1);
    CHECK(s->surfaceList[0].mappedAddr.addr[0] != NULL);
    CHECK(nvbufsurface_embedded_live_mappings() == 1);
    CHECK(NvBufSurfaceUnMap(s, 0, 0) == 0);

    /* Destroy drops mappings still held. */
    CHECK(NvBufSurfaceMap(s, -1, 0, NVBUF_MAP_READ) == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 2);
    CHECK(NvBufSurfaceDestroy(s) == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 0);
}

static void test_memset(void)
{
    NvBufSurfaceCreateParams p = params_of(NVBUF_COLOR_FORMAT_NV12, 641, 361, NVBUF_MEM_SYSTEM);
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceCreate(&s, 2, &p) == 0);
    CHECK(NvBufSurfaceMemSet(s, 0, 1, 0x80) == 0);
    NvBufSurfaceParams *f = &s->surfaceList[0];
    uint8_t *base = f->dataPtr;
    int ok = 1;
    for (uint32_t k = 0; k < f->planeParams.psize[0]; k++)
        ok &= base[k] == 0;
    for (uint32_t k = 0; k < f->planeParams.psize[1]; k++)
        ok &= base[f->planeParams.offset[1] + k] == 0x80;
    CHECK(ok);
    CHECK(((uint8_t *)s->surfaceList[1].dataPtr)[f->planeParams.offset[1]] == 0);
    CHECK(NvBufSurfaceMemSet(s, -1, -1, 0x11) == 0);
    CHECK(((uint8_t *)s->surfaceList[1].dataPtr)[s->surfaceList[1].dataSize - 1] == 0x11);
    CHECK(NvBufSurfaceMemSet(s, 2, 0, 0) == -1);
    CHECK(NvBufSurfaceMemSet(s, 0, 2, 0) == -1);
    CHECK(NvBufSurfaceMemSet(NULL, 0, 0, 0) == -1);
    NvBufSurfaceDestroy(s);
}

static void test_copy(void)
{
    NvBufSurfaceCreateParams p = params_of(NVBUF_COLOR_FORMAT_RGBA, 641, 361, NVBUF_MEM_SYSTEM);
    NvBufSurface *src = NULL, *dst = NULL, *other = NULL;
    CHECK(NvBufSurfaceCreate(&src, 2, &p) == 0);
    NvBufSurfaceAllocateParams ap;
    memset(&ap, 0, sizeof ap);
    ap.params = params_of(NVBUF_COLOR_FORMAT_RGBA, 641, 361, NVBUF_MEM_CUDA_DEVICE);
    ap.disablePitchPadding = true;
    CHECK(NvBufSurfaceAllocate(&dst, 2, &ap) == 0);
    CHECK(dst->surfaceList[0].pitch == 641 * 4);

    for (uint32_t i = 0; i < 2; i++) {
        uint8_t *d = src->surfaceList[i].dataPtr;
        for (uint32_t y = 0; y < 361; y++)
            for (uint32_t x = 0; x < 641 * 4; x++)
                d[y * src->surfaceList[i].pitch + x] = (uint8_t)(x * 3 + y + i);
    }
    CHECK(NvBufSurfaceCopy(src, dst) == 0);
    int same = 1;
    for (uint32_t i = 0; i < 2; i++) {
        const uint8_t *a = src->surfaceList[i].dataPtr, *b = dst->surfaceList[i].dataPtr;
        for (uint32_t y = 0; y < 361; y++)
            same &= memcmp(a + y * src->surfaceList[i].pitch, b + y * dst->surfaceList[i].pitch,
                           641 * 4) == 0;
    }
    CHECK(same);

    /* Mismatches: size, format, batch. */
    p = params_of(NVBUF_COLOR_FORMAT_RGBA, 640, 361, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&other, 2, &p) == 0);
    CHECK(NvBufSurfaceCopy(src, other) == -1);
    NvBufSurfaceDestroy(other);
    p = params_of(NVBUF_COLOR_FORMAT_BGRA, 641, 361, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&other, 2, &p) == 0);
    CHECK(NvBufSurfaceCopy(src, other) == -1);
    NvBufSurfaceDestroy(other);
    p = params_of(NVBUF_COLOR_FORMAT_RGBA, 641, 361, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&other, 1, &p) == 0);
    CHECK(NvBufSurfaceCopy(src, other) == -1);
    NvBufSurfaceDestroy(other);
    CHECK(NvBufSurfaceCopy(NULL, dst) == -1);
    CHECK(NvBufSurfaceCopy(src, NULL) == -1);

    NvBufSurfaceDestroy(src);
    NvBufSurfaceDestroy(dst);
}

static void test_raw(void)
{
    NvBufSurfaceCreateParams p = params_of(NVBUF_COLOR_FORMAT_NV12, 641, 361, NVBUF_MEM_CUDA_DEVICE);
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceCreate(&s, 2, &p) == 0);
    uint32_t w = 321, h = 181, row = w * 2;
    unsigned char *in = malloc(row * h), *out = calloc(1, row * h);
    for (uint32_t k = 0; k < row * h; k++)
        in[k] = (unsigned char)(k * 7 + 1);
    CHECK(Raw2NvBufSurface(in, 1, 1, w, h, s) == 0);
    const uint8_t *plane = (uint8_t *)s->surfaceList[1].dataPtr + s->surfaceList[1].planeParams.offset[1];
    CHECK(memcmp(plane + s->surfaceList[1].planeParams.pitch[1], in + row, row) == 0);
    CHECK(NvBufSurface2Raw(s, 1, 1, w, h, out) == 0);
    CHECK(memcmp(in, out, row * h) == 0);
    /* A smaller region is the top-left corner, tightly packed. */
    memset(out, 0, row * h);
    CHECK(NvBufSurface2Raw(s, 1, 1, 10, 2, out) == 0);
    CHECK(memcmp(out, in, 20) == 0 && memcmp(out + 20, in + row, 20) == 0);

    CHECK(NvBufSurface2Raw(s, 2, 0, 10, 10, out) == -1);
    CHECK(NvBufSurface2Raw(s, 0, 2, 10, 10, out) == -1);
    CHECK(NvBufSurface2Raw(s, 0, 1, 322, 10, out) == -1);
    CHECK(NvBufSurface2Raw(s, 0, 1, 10, 182, out) == -1);
    CHECK(NvBufSurface2Raw(s, 0, 0, 0, 10, out) == -1);
    CHECK(NvBufSurface2Raw(s, 0, 0, 10, 10, NULL) == -1);
    CHECK(Raw2NvBufSurface(NULL, 0, 0, 10, 10, s) == -1);
    CHECK(Raw2NvBufSurface(in, 0, 0, 10, 10, NULL) == -1);
    CHECK(Raw2NvBufSurface(in, (unsigned int)-1, 0, 10, 10, s) == -1);
    free(in);
    free(out);
    NvBufSurfaceDestroy(s);
}

static void test_map_params_and_raw_size(void)
{
    NvBufSurfaceCreateParams p = params_of(NVBUF_COLOR_FORMAT_YUV420, 641, 361, NVBUF_MEM_SYSTEM);
    p.gpuId = 1;
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceCreate(&s, 2, &p) == 0);
    NvBufSurfaceMapParams mp;
    CHECK(NvBufSurfaceGetMapParams(s, 1, &mp) == 0);
    CHECK(mp.num_planes == 3 && mp.gpuId == 1 && mp.memType == NVBUF_MEM_SYSTEM);
    CHECK(mp.colorFormat == NVBUF_COLOR_FORMAT_YUV420 && mp.layout == NVBUF_LAYOUT_PITCH);
    CHECK(mp.totalSize == s->surfaceList[1].dataSize);
    CHECK(mp.planes[2].offset == s->surfaceList[1].planeParams.offset[2]);
    CHECK(mp.planes[1].pitch == 512);
    CHECK(NvBufSurfaceGetMapParams(s, 2, &mp) == -1);
    CHECK(NvBufSurfaceGetMapParams(s, -1, &mp) == -1);
    CHECK(NvBufSurfaceGetMapParams(s, 0, NULL) == -1);
    NvBufSurfaceDestroy(s);

    /* size with no colour format: a raw block of that many bytes. */
    p = params_of(NVBUF_COLOR_FORMAT_INVALID, 0, 0, NVBUF_MEM_SYSTEM);
    p.size = 1000;
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == 0);
    CHECK(s->surfaceList[0].dataSize == 1000 && s->surfaceList[0].planeParams.num_planes == 1);
    CHECK(NvBufSurfaceMap(s, 0, 0, NVBUF_MAP_READ_WRITE) == 0);
    ((uint8_t *)s->surfaceList[0].mappedAddr.addr[0])[999] = 5;
    CHECK(NvBufSurfaceUnMap(s, 0, -1) == 0);
    NvBufSurfaceDestroy(s);
    /* size with a format: a minimum frame size. */
    p = params_of(NVBUF_COLOR_FORMAT_GRAY8, 16, 16, NVBUF_MEM_SYSTEM);
    p.size = 100000;
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == 0);
    CHECK(s->surfaceList[0].dataSize == 100000 && s->surfaceList[0].planeParams.psize[0] == 512 * 16);
    NvBufSurfaceDestroy(s);
}

static void test_bad_input(void)
{
    NvBufSurfaceCreateParams p = params_of(NVBUF_COLOR_FORMAT_RGBA, 64, 48, NVBUF_MEM_SYSTEM);
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceCreate(NULL, 1, &p) == -1);
    CHECK(NvBufSurfaceCreate(&s, 1, NULL) == -1);
    CHECK(NvBufSurfaceCreate(&s, 0, &p) == -1);
    p.layout = NVBUF_LAYOUT_BLOCK_LINEAR;
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == -1);
    p = params_of(NVBUF_COLOR_FORMAT_INVALID, 64, 48, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == -1);
    p = params_of((NvBufSurfaceColorFormat)NVBUF_COLOR_FORMAT_LAST, 64, 48, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == -1);
    p = params_of(NVBUF_COLOR_FORMAT_RGBA, 0, 48, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == -1);
    p = params_of(NVBUF_COLOR_FORMAT_RGBA, 0xFFFFFFFFu, 0xFFFFFFFFu, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&s, 1, &p) == -1);
    p = params_of(NVBUF_COLOR_FORMAT_RGBA, 4096, 4096, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&s, 0xFFFFFFFFu, &p) == -1);
    CHECK(s == NULL);
    CHECK(nvbufsurface_embedded_check_params(&p) == 0);
    CHECK(nvbufsurface_embedded_check_params(NULL) == -1);

    p = params_of(NVBUF_COLOR_FORMAT_NV12, 64, 48, NVBUF_MEM_SYSTEM);
    CHECK(NvBufSurfaceCreate(&s, 2, &p) == 0);
    CHECK(NvBufSurfaceMap(NULL, 0, 0, NVBUF_MAP_READ) == -1);
    CHECK(NvBufSurfaceMap(s, 2, 0, NVBUF_MAP_READ) == -1);
    CHECK(NvBufSurfaceMap(s, -2, 0, NVBUF_MAP_READ) == -1);
    CHECK(NvBufSurfaceMap(s, 0, 2, NVBUF_MAP_READ) == -1);
    CHECK(NvBufSurfaceMap(s, 0, 0, (NvBufSurfaceMemMapFlags)7) == -1);
    CHECK(NvBufSurfaceUnMap(NULL, 0, 0) == -1);
    CHECK(NvBufSurfaceUnMap(s, 0, 5) == -1);
    CHECK(NvBufSurfaceSyncForCpu(NULL, 0, 0) == -1);
    CHECK(NvBufSurfaceSyncForCpu(s, 2, 0) == -1);
    CHECK(NvBufSurfaceSyncForDevice(s, 0, 2) == -1);
    CHECK(NvBufSurfaceSyncForDevice(s, -1, -1) == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 0);

    /* A struct the runtime did not create is refused, not dereferenced. */
    NvBufSurface fake;
    memset(&fake, 0, sizeof fake);
    fake.batchSize = 1;
    fake.surfaceList = s->surfaceList;
    CHECK(NvBufSurfaceMap(&fake, 0, 0, NVBUF_MAP_READ) == -1);
    CHECK(NvBufSurfaceMemSet(&fake, 0, 0, 1) == -1);
    CHECK(NvBufSurfaceCopy(&fake, s) == -1);
    CHECK(NvBufSurfaceDestroy(&fake) == -1);
    /* Nor is a surface whose surfaceList was replaced. */
    NvBufSurfaceParams *list = s->surfaceList;
    s->surfaceList = NULL;
    CHECK(NvBufSurfaceMap(s, 0, 0, NVBUF_MAP_READ) == -1);
    s->surfaceList = list;

    /* Not supported by the embedded runtime. */
    void *ptr = NULL;
    CHECK(NvBufSurfaceFromFd(3, &ptr) == -1);
    CHECK(NvBufSurfaceImport(&s, NULL) == -1);
    CHECK(NvBufSurfaceMapEglImage(s, 0) == -1);
    CHECK(NvBufSurfaceUnMapEglImage(s, 0) == -1);
#if NVDS_VERSION_MAJOR >= 8
    NvBufSurfaceDeviceInfo info;
    CHECK(NvBufSurfaceGetDeviceInfo(&info) == -1);
    CHECK(NvBufSurfaceMapCudaBuffer(s, 0) == -1);
    CHECK(NvBufSurfaceUnMapCudaBuffer(s, 0) == -1);
    CHECK(NvBufSurfaceMapNvmmBuffer(s, 0) == -1);
    CHECK(NvBufSurfaceUnMapNvmmBuffer(s, 0) == -1);
    CHECK(s->isImportedBuf == false);
    CHECK(s->surfaceList[0].cudaBuffer == NULL);
#endif
#if NVDS_VERSION_MAJOR >= 9
    NvBufSurfaceGPUL2SyncParams l2;
    memset(&l2, 0, sizeof l2);
    CHECK(NvBufSurfaceSyncGpuL2CacheForDevice(s, 0, &l2) == -1);
#endif

    CHECK(NvBufSurfaceDestroy(s) == 0);
    CHECK(NvBufSurfaceDestroy(s) == -1); /* double destroy */
    CHECK(NvBufSurfaceDestroy(NULL) == -1);
}

/* Emulated device memory: a range is accepted only inside a live
 * surface's block, and the lock taken by begin is released by end (the
 * Destroy after it would deadlock otherwise). */
static void test_device_range(void)
{
    NvBufSurfaceCreateParams p;
    memset(&p, 0, sizeof p);
    p.width = 64;
    p.height = 16;
    p.colorFormat = NVBUF_COLOR_FORMAT_RGBA;
    p.layout = NVBUF_LAYOUT_PITCH;
    p.memType = NVBUF_MEM_DEFAULT;
    NvBufSurface *s = NULL;
    CHECK(NvBufSurfaceCreate(&s, 2, &p) == 0);
    CHECK(s->memType == NVBUF_MEM_CUDA_DEVICE);
    NvBufSurfaceParams *f = &s->surfaceList[1];
    CHECK(nvbufsurface_embedded_device_begin(f->dataPtr, f->dataSize) == 0);
    nvbufsurface_embedded_device_end();
    CHECK(nvbufsurface_embedded_device_begin(s->surfaceList[0].dataPtr, 1) == 0);
    nvbufsurface_embedded_device_end();
    int local = 0;
    CHECK(nvbufsurface_embedded_device_begin(&local, sizeof local) == -1);
    CHECK(nvbufsurface_embedded_device_begin(f->dataPtr, 1 << 30) == -1);
    CHECK(nvbufsurface_embedded_device_begin((const char *)f->dataPtr + 8, SIZE_MAX) == -1);
    CHECK(nvbufsurface_embedded_device_begin(NULL, 4) == -1);
    CHECK(nvbufsurface_embedded_device_begin(f->dataPtr, 0) == -1);
    void *kept = f->dataPtr;
    CHECK(NvBufSurfaceDestroy(s) == 0);
    CHECK(nvbufsurface_embedded_device_begin(kept, 4) == -1);
}

int main(void)
{
    test_layouts();
    test_allocate_packed();
    test_memtypes();
    test_map_rw();
    test_memset();
    test_copy();
    test_raw();
    test_map_params_and_raw_size();
    test_bad_input();
    test_device_range();
    CHECK(nvbufsurface_embedded_live_surfaces() == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 0);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
