//go:build !deepstream

/* bufferpool.c: GstNvDsBufferPool (gstnvdsbufferpool.h) of the embedded
 * runtime: a GstBufferPool whose buffers follow the NvBufSurface-in-
 * GstBuffer convention, each owning one batched surface.
 *
 * Configuration, as DeepStream elements write it:
 *   gst_buffer_pool_config_set_params(config, caps, sizeof(NvBufSurface), min, max)
 *     caps: fixed video/x-raw (memory:NVMM or not): width, height, format;
 *   and in the same structure (all optional):
 *     "memtype"          guint    NvBufSurfaceMemType, default NVBUF_MEM_DEFAULT
 *     "gpu-id"           guint    default 0
 *     "batch-size"       guint    frames per surface, default 1
 *     "contiguous-alloc" gboolean sets isContiguous
 *     "bl-output"        guint    non-zero asks for block-linear: refused.
 * The pool forces the buffer size to sizeof(NvBufSurface), so buffers are
 * recycled whatever size the caller put in the config. */
#include "gstnvdsbufferpool.h"
#include "nvbufsurface_embedded.h"

GST_DEBUG_CATEGORY_STATIC(nvds_pool_debug);
#define GST_CAT_DEFAULT nvds_pool_debug

/* The generated header declares the type only; this is its one accessor. */
#define POOL_PRIV(pool) (((GstNvDsBufferPool *)(pool))->priv)

struct _GstNvDsBufferPoolPrivate {
    NvBufSurfaceCreateParams params;
    guint batch_size;
};

G_DEFINE_TYPE_WITH_PRIVATE(GstNvDsBufferPool, gst_nvds_buffer_pool, GST_TYPE_BUFFER_POOL)

/* Reads an unsigned config field, accepting a non-negative gint too (C
 * callers often pass plain int literals); absent keeps *out. FALSE when the
 * field exists with an unusable type or value. */
static gboolean config_uint(const GstStructure *config, const char *key, guint *out)
{
    const GValue *v = gst_structure_get_value(config, key);
    if (!v)
        return TRUE;
    if (G_VALUE_HOLDS_UINT(v)) {
        *out = g_value_get_uint(v);
        return TRUE;
    }
    if (G_VALUE_HOLDS_INT(v) && g_value_get_int(v) >= 0) {
        *out = (guint)g_value_get_int(v);
        return TRUE;
    }
    return FALSE;
}

/* set_config: parses caps and the DeepStream fields, rejects what
 * NvBufSurfaceCreate would refuse (without allocating), then stores the
 * config with the buffer size fixed to sizeof(NvBufSurface). */
static gboolean gst_nvds_buffer_pool_set_config(GstBufferPool *pool, GstStructure *config)
{
    GstNvDsBufferPoolPrivate *priv = POOL_PRIV(pool);
    GstCaps *caps = NULL;
    guint size = 0, min = 0, max = 0;
    if (!gst_buffer_pool_config_get_params(config, &caps, &size, &min, &max) || !caps) {
        GST_WARNING_OBJECT(pool, "config has no caps");
        return FALSE;
    }

    NvBufSurfaceCreateParams params = {0};
    if (nvbufsurface_embedded_params_from_caps(caps, &params)) {
        GST_WARNING_OBJECT(pool, "unsupported caps %" GST_PTR_FORMAT, caps);
        return FALSE;
    }
    guint memtype = NVBUF_MEM_DEFAULT, gpu_id = 0, batch = 1, bl = 0;
    gboolean contiguous = FALSE;
    if (!config_uint(config, "memtype", &memtype) || !config_uint(config, "gpu-id", &gpu_id) ||
        !config_uint(config, "batch-size", &batch) || !config_uint(config, "bl-output", &bl)) {
        GST_WARNING_OBJECT(pool, "bad memtype, gpu-id, batch-size or bl-output");
        return FALSE;
    }
    gst_structure_get_boolean(config, "contiguous-alloc", &contiguous);
    params.memType = (NvBufSurfaceMemType)memtype;
    params.gpuId = gpu_id;
    params.isContiguous = contiguous;
    params.layout = bl ? NVBUF_LAYOUT_BLOCK_LINEAR : NVBUF_LAYOUT_PITCH;
    if (batch == 0 || nvbufsurface_embedded_check_params(&params)) {
        GST_WARNING_OBJECT(pool, "surface parameters refused (memtype %u, batch %u, bl %u)",
                           memtype, batch, bl);
        return FALSE;
    }
    priv->params = params;
    priv->batch_size = batch;

    gst_caps_ref(caps); /* the config owns caps; keep them across the reset */
    gst_buffer_pool_config_set_params(config, caps, sizeof(NvBufSurface), min, max);
    gst_caps_unref(caps);
    return GST_BUFFER_POOL_CLASS(gst_nvds_buffer_pool_parent_class)->set_config(pool, config);
}

/* alloc_buffer: one new surface of batch-size frames per buffer, wrapped
 * so that freeing the buffer destroys it. numFilled starts at 0; the
 * producer sets it. */
static GstFlowReturn gst_nvds_buffer_pool_alloc_buffer(GstBufferPool *pool, GstBuffer **buffer,
                                                       GstBufferPoolAcquireParams *params)
{
    GstNvDsBufferPoolPrivate *priv = POOL_PRIV(pool);
    NvBufSurface *surf = NULL;
    if (NvBufSurfaceCreate(&surf, priv->batch_size, &priv->params)) {
        GST_ERROR_OBJECT(pool, "NvBufSurfaceCreate failed");
        return GST_FLOW_ERROR;
    }
    *buffer = nvbufsurface_embedded_buffer_new(surf);
    return *buffer ? GST_FLOW_OK : GST_FLOW_ERROR;
}

static void gst_nvds_buffer_pool_class_init(GstNvDsBufferPoolClass *klass)
{
    GstBufferPoolClass *pc = GST_BUFFER_POOL_CLASS(klass);
    pc->set_config = gst_nvds_buffer_pool_set_config;
    pc->alloc_buffer = gst_nvds_buffer_pool_alloc_buffer;
    GST_DEBUG_CATEGORY_INIT(nvds_pool_debug, "nvdsbufferpool", 0,
                            "go-deepstream embedded NvDs buffer pool");
}

static void gst_nvds_buffer_pool_init(GstNvDsBufferPool *self)
{
    self->priv = gst_nvds_buffer_pool_get_instance_private(self);
    self->priv->batch_size = 1;
}

/* gst_nvds_buffer_pool_new: a new, unconfigured pool; the caller owns the
 * (non-floating) reference, as with gst_buffer_pool_new(). */
GstBufferPool *gst_nvds_buffer_pool_new(void)
{
    GstBufferPool *pool = g_object_new(GST_TYPE_NVDS_BUFFER_POOL, NULL);
    gst_object_ref_sink(pool);
    return pool;
}
