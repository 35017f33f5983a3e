/* bufferpool_test.c: GstNvDsBufferPool and the NvBufSurface-in-GstBuffer
 * helpers of the embedded runtime, used as a DeepStream element uses them. */
#include <stdio.h>
#include <string.h>

#include <gst/gst.h>

#include "gstnvdsbufferpool.h"
#include "nvbufsurface.h"
#include "nvbufsurface_embedded.h"

static int passed, failed;

/* Sanitizer hooks (unused by plain builds). GLib allocates its first quark
 * table in a library constructor and deliberately drops it when gst_init's
 * quarks outgrow it, so every gst_init program "leaks" 16 KiB from _dl_init.
 * GLib has no frame pointers, so the full (slow) unwinder is needed for the
 * suppression to see _dl_init. Nothing of ours runs from a constructor. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "fast_unwind_on_malloc=0";
}

const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:_dl_init\n";
}

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) {                                                              \
            passed++;                                                            \
        } else {                                                                 \
            failed++;                                                            \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

/* A pool configured the way DeepStream elements configure theirs. */
static GstBufferPool *make_pool(const char *caps_str, guint size, guint min, guint max,
                                guint memtype, guint batch, gboolean *configured)
{
    GstBufferPool *pool = gst_nvds_buffer_pool_new();
    GstStructure *config = gst_buffer_pool_get_config(pool);
    GstCaps *caps = gst_caps_from_string(caps_str);
    gst_buffer_pool_config_set_params(config, caps, size, min, max);
    gst_structure_set(config, "memtype", G_TYPE_UINT, memtype, "gpu-id", G_TYPE_UINT, 0u,
                      "batch-size", G_TYPE_UINT, batch, NULL);
    *configured = gst_buffer_pool_set_config(pool, config);
    gst_caps_unref(caps);
    return pool;
}

/* Reads the NvBufSurface of a buffer the DeepStream way: map, cast, unmap. */
static NvBufSurface *surface_by_map(GstBuffer *buf)
{
    GstMapInfo info;
    if (!gst_buffer_map(buf, &info, GST_MAP_READ))
        return NULL;
    NvBufSurface *s = info.size == sizeof(NvBufSurface) ? (NvBufSurface *)info.data : NULL;
    gst_buffer_unmap(buf, &info);
    return s;
}

static void test_rgba_pool(void)
{
    gboolean ok = FALSE;
    GstBufferPool *pool = make_pool("video/x-raw(memory:NVMM), format=RGBA, width=64, height=48",
                                    sizeof(NvBufSurface), 2, 2, NVBUF_MEM_CUDA_UNIFIED, 1, &ok);
    CHECK(ok);
    CHECK(GST_IS_BUFFER_POOL(pool));
    CHECK(G_TYPE_CHECK_INSTANCE_TYPE(pool, GST_TYPE_NVDS_BUFFER_POOL));
    CHECK(gst_buffer_pool_set_active(pool, TRUE));
    CHECK(nvbufsurface_embedded_live_surfaces() == 2);

    GstBuffer *buf = NULL;
    CHECK(gst_buffer_pool_acquire_buffer(pool, &buf, NULL) == GST_FLOW_OK);
    CHECK(gst_buffer_n_memory(buf) == 1);
    CHECK(gst_memory_is_type(gst_buffer_peek_memory(buf, 0), GST_NVDS_MEMORY_TYPE));
    NvBufSurface *s = surface_by_map(buf);
    CHECK(s != NULL);
    CHECK(s == nvbufsurface_embedded_buffer_get_surface(buf));
    CHECK(s->batchSize == 1 && s->numFilled == 0 && s->gpuId == 0);
    CHECK(s->memType == NVBUF_MEM_CUDA_UNIFIED);
    NvBufSurfaceParams *f = &s->surfaceList[0];
    CHECK(f->width == 64 && f->height == 48);
    CHECK(f->colorFormat == NVBUF_COLOR_FORMAT_RGBA);
    CHECK(f->layout == NVBUF_LAYOUT_PITCH);
    CHECK(f->pitch == 512 && f->dataSize == 512 * 48);
    CHECK(f->planeParams.num_planes == 1 && f->planeParams.bytesPerPix[0] == 4);

    /* A probe maps, writes, unmaps; the pixels live in the surface. */
    CHECK(NvBufSurfaceMap(s, 0, 0, NVBUF_MAP_READ_WRITE) == 0);
    ((uint8_t *)f->mappedAddr.addr[0])[5] = 42;
    CHECK(NvBufSurfaceSyncForDevice(s, 0, 0) == 0);
    CHECK(NvBufSurfaceUnMap(s, 0, 0) == 0);
    CHECK(((uint8_t *)f->dataPtr)[5] == 42);

    /* Recycling: the released buffer (and its surface) comes back. */
    GstBuffer *first = buf;
    gst_buffer_unref(buf);
    GstBuffer *a = NULL, *b = NULL, *c = NULL;
    CHECK(gst_buffer_pool_acquire_buffer(pool, &a, NULL) == GST_FLOW_OK);
    CHECK(gst_buffer_pool_acquire_buffer(pool, &b, NULL) == GST_FLOW_OK);
    CHECK(a == first || b == first);
    CHECK(nvbufsurface_embedded_buffer_get_surface(a == first ? a : b) == s);
    GstBufferPoolAcquireParams dontwait = {.flags = GST_BUFFER_POOL_ACQUIRE_FLAG_DONTWAIT};
    CHECK(gst_buffer_pool_acquire_buffer(pool, &c, &dontwait) == GST_FLOW_EOS);
    CHECK(nvbufsurface_embedded_live_surfaces() == 2);

    /* Shutdown with one buffer still out: GstBufferPool frees everything
     * once that buffer comes back. */
    gst_buffer_unref(a);
    CHECK(gst_buffer_pool_set_active(pool, FALSE));
    CHECK(nvbufsurface_embedded_live_surfaces() == 2);
    gst_buffer_unref(b);
    CHECK(nvbufsurface_embedded_live_surfaces() == 0);
    gst_object_unref(pool);
}

static void test_nv12_batched_pool(void)
{
    gboolean ok = FALSE;
    /* Caller puts a wrong size: the pool still recycles its buffers. */
    GstBufferPool *pool = make_pool("video/x-raw, format=NV12, width=641, height=361", 0, 1, 3,
                                    NVBUF_MEM_DEFAULT, 4, &ok);
    CHECK(ok);
    GstStructure *config = gst_buffer_pool_get_config(pool);
    guint size = 0;
    CHECK(gst_buffer_pool_config_get_params(config, NULL, &size, NULL, NULL));
    CHECK(size == sizeof(NvBufSurface));
    gst_structure_free(config);

    CHECK(gst_buffer_pool_set_active(pool, TRUE));
    GstBuffer *buf = NULL;
    CHECK(gst_buffer_pool_acquire_buffer(pool, &buf, NULL) == GST_FLOW_OK);
    NvBufSurface *s = nvbufsurface_embedded_buffer_get_surface(buf);
    CHECK(s != NULL);
    CHECK(s->batchSize == 4);
    CHECK(s->memType == NVBUF_MEM_CUDA_DEVICE); /* DEFAULT on dGPU */
    for (uint32_t i = 0; i < 4; i++) {
        NvBufSurfaceParams *f = &s->surfaceList[i];
        CHECK(f->colorFormat == NVBUF_COLOR_FORMAT_NV12);
        CHECK(f->planeParams.num_planes == 2);
        CHECK(f->planeParams.width[1] == 321 && f->planeParams.height[1] == 181);
        CHECK(f->planeParams.pitch[0] == 1024 && f->planeParams.pitch[1] == 1024);
    }
    CHECK(NvBufSurfaceMap(s, 0, 0, NVBUF_MAP_READ) == -1); /* device memory */
    s->numFilled = 4;
    GstBuffer *first = buf;
    gst_buffer_unref(buf);
    buf = NULL;
    CHECK(gst_buffer_pool_acquire_buffer(pool, &buf, NULL) == GST_FLOW_OK);
    CHECK(buf == first);
    CHECK(nvbufsurface_embedded_buffer_get_surface(buf) == s);
    gst_buffer_unref(buf);
    CHECK(nvbufsurface_embedded_live_surfaces() == 1);
    CHECK(gst_buffer_pool_set_active(pool, FALSE));
    CHECK(nvbufsurface_embedded_live_surfaces() == 0);
    gst_object_unref(pool);
}

static void test_bad_configs(void)
{
    gboolean ok = TRUE;
    GstBufferPool *pool;
    const char *rgba = "video/x-raw, format=RGBA, width=64, height=48";

    pool = make_pool("video/x-raw, format=ABCD, width=64, height=48", 0, 1, 1, 0, 1, &ok);
    CHECK(!ok);
    gst_object_unref(pool);
    pool = make_pool("video/x-raw, format=RGBA, width=0, height=48", 0, 1, 1, 0, 1, &ok);
    CHECK(!ok);
    gst_object_unref(pool);
    pool = make_pool("audio/x-raw, format=S16LE", 0, 1, 1, 0, 1, &ok);
    CHECK(!ok);
    gst_object_unref(pool);
    pool = make_pool(rgba, 0, 1, 1, NVBUF_MEM_SURFACE_ARRAY, 1, &ok);
    CHECK(!ok);
    gst_object_unref(pool);
    pool = make_pool(rgba, 0, 1, 1, 0, 0, &ok);
    CHECK(!ok);
    gst_object_unref(pool);

    /* No caps at all. */
    pool = gst_nvds_buffer_pool_new();
    GstStructure *config = gst_buffer_pool_get_config(pool);
    gst_buffer_pool_config_set_params(config, NULL, sizeof(NvBufSurface), 1, 1);
    CHECK(!gst_buffer_pool_set_config(pool, config));
    gst_object_unref(pool);

    /* Block-linear, and a field of the wrong type. */
    pool = gst_nvds_buffer_pool_new();
    GstCaps *caps = gst_caps_from_string(rgba);
    config = gst_buffer_pool_get_config(pool);
    gst_buffer_pool_config_set_params(config, caps, sizeof(NvBufSurface), 1, 1);
    gst_structure_set(config, "bl-output", G_TYPE_UINT, 1u, NULL);
    CHECK(!gst_buffer_pool_set_config(pool, config));
    config = gst_buffer_pool_get_config(pool);
    gst_buffer_pool_config_set_params(config, caps, sizeof(NvBufSurface), 1, 1);
    gst_structure_set(config, "bl-output", G_TYPE_UINT, 0u, "memtype", G_TYPE_STRING, "cuda", NULL);
    CHECK(!gst_buffer_pool_set_config(pool, config));
    /* Plain int fields, as some C callers write them, are accepted. */
    config = gst_buffer_pool_get_config(pool);
    gst_buffer_pool_config_set_params(config, caps, sizeof(NvBufSurface), 1, 1);
    gst_structure_set(config, "memtype", G_TYPE_INT, (int)NVBUF_MEM_SYSTEM, "batch-size", G_TYPE_INT,
                      2, NULL);
    CHECK(gst_buffer_pool_set_config(pool, config));
    CHECK(gst_buffer_pool_set_active(pool, TRUE));
    GstBuffer *buf = NULL;
    CHECK(gst_buffer_pool_acquire_buffer(pool, &buf, NULL) == GST_FLOW_OK);
    NvBufSurface *s = nvbufsurface_embedded_buffer_get_surface(buf);
    CHECK(s && s->memType == NVBUF_MEM_SYSTEM && s->batchSize == 2);
    gst_buffer_unref(buf);
    CHECK(gst_buffer_pool_set_active(pool, FALSE));
    gst_caps_unref(caps);
    gst_object_unref(pool);
    CHECK(nvbufsurface_embedded_live_surfaces() == 0);
}

static void test_buffer_helpers(void)
{
    NvBufSurfaceCreateParams p;
    memset(&p, 0, sizeof p);
    GstCaps *caps = gst_caps_from_string("video/x-raw(memory:NVMM), format=RGBA, width=32, height=16");
    CHECK(nvbufsurface_embedded_params_from_caps(caps, &p) == 0);
    gst_caps_unref(caps);
    CHECK(p.width == 32 && p.height == 16 && p.colorFormat == NVBUF_COLOR_FORMAT_RGBA);
    p.memType = NVBUF_MEM_SYSTEM;
    caps = gst_caps_from_string("video/x-raw, format=RGBA");
    CHECK(nvbufsurface_embedded_params_from_caps(caps, &p) == -1);
    gst_caps_unref(caps);
    CHECK(nvbufsurface_embedded_params_from_caps(NULL, &p) == -1);

    GstBuffer *buf = nvbufsurface_embedded_buffer_create(2, &p);
    CHECK(buf != NULL);
    NvBufSurface *s = nvbufsurface_embedded_buffer_get_surface(buf);
    CHECK(s && s->numFilled == 2 && s->batchSize == 2);
    CHECK(surface_by_map(buf) == s);
    ((uint8_t *)s->surfaceList[1].dataPtr)[3] = 99;

    /* Shallow copy shares the surface; make_writable keeps it too. */
    GstBuffer *shallow = gst_buffer_copy(buf);
    CHECK(nvbufsurface_embedded_buffer_get_surface(shallow) == s);
    gst_buffer_ref(buf);
    GstBuffer *w = gst_buffer_make_writable(buf);
    CHECK(w != buf);
    CHECK(nvbufsurface_embedded_buffer_get_surface(w) == s);
    CHECK(nvbufsurface_embedded_live_surfaces() == 1);

    /* Deep copy clones the surface and its pixels. */
    GstBuffer *deep = gst_buffer_copy_deep(buf);
    NvBufSurface *d = nvbufsurface_embedded_buffer_get_surface(deep);
    CHECK(d != NULL && d != s);
    CHECK(d && d->numFilled == 2 && ((uint8_t *)d->surfaceList[1].dataPtr)[3] == 99);
    CHECK(nvbufsurface_embedded_live_surfaces() == 2);

    gst_buffer_unref(buf);
    CHECK(nvbufsurface_embedded_live_surfaces() == 2); /* still held by shallow and w */
    gst_buffer_unref(shallow);
    gst_buffer_unref(w);
    CHECK(nvbufsurface_embedded_live_surfaces() == 1);
    gst_buffer_unref(deep);
    CHECK(nvbufsurface_embedded_live_surfaces() == 0);

    /* Buffers not following the convention, and foreign surfaces. */
    GstBuffer *plain = gst_buffer_new_allocate(NULL, sizeof(NvBufSurface), NULL);
    CHECK(nvbufsurface_embedded_buffer_get_surface(plain) == NULL);
    gst_buffer_unref(plain);
    CHECK(nvbufsurface_embedded_buffer_get_surface(NULL) == NULL);
    NvBufSurface fake;
    memset(&fake, 0, sizeof fake);
    CHECK(nvbufsurface_embedded_buffer_new(&fake) == NULL);
    CHECK(nvbufsurface_embedded_buffer_new(NULL) == NULL);
    p.width = 0;
    CHECK(nvbufsurface_embedded_buffer_create(1, &p) == NULL);
    CHECK(nvbufsurface_embedded_buffer_create(1, NULL) == NULL);

    /* A mapping left behind is counted until the surface goes. */
    p.width = 32;
    buf = nvbufsurface_embedded_buffer_create(1, &p);
    s = nvbufsurface_embedded_buffer_get_surface(buf);
    CHECK(NvBufSurfaceMap(s, 0, -1, NVBUF_MAP_READ) == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 1);
    gst_buffer_unref(buf);
    CHECK(nvbufsurface_embedded_live_mappings() == 0);
}

int main(int argc, char **argv)
{
    gst_init(&argc, &argv);
    test_rgba_pool();
    test_nv12_batched_pool();
    test_bad_configs();
    test_buffer_helpers();
    CHECK(nvbufsurface_embedded_live_surfaces() == 0);
    CHECK(nvbufsurface_embedded_live_mappings() == 0);
    gst_deinit();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
