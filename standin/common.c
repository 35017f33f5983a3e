//go:build !deepstream

/* common.c: helpers the stand-in elements share: NVMM buffers and pools,
 * and the enums of shared properties. */
#include "gstnvdsbufferpool.h"
#include "nvbufsurface_embedded.h"
#include "standin_common.go.h"

NvBufSurface *gods_standin_buffer_surface(GstBuffer *buf)
{
    if (!buf || gst_buffer_n_memory(buf) != 1)
        return NULL;
    return nvbufsurface_embedded_buffer_get_surface(buf);
}

gboolean gods_standin_caps_is_nvmm(const GstCaps *caps)
{
    if (!caps || gst_caps_get_size(caps) == 0)
        return FALSE;
    GstCapsFeatures *f = gst_caps_get_features(caps, 0);
    return f && gst_caps_features_contains(f, GODS_STANDIN_FEATURE_NVMM);
}

NvBufSurfaceMemType gods_standin_surface_memtype(gint prop)
{
    /* 4 (surface array, Jetson) has no embedded surfaces: host memory of
     * the default type instead. */
    return prop >= 0 && prop <= 3 ? (NvBufSurfaceMemType)prop : NVBUF_MEM_DEFAULT;
}

GstBufferPool *gods_standin_pool_new(GstCaps *caps, guint batch, gint memtype, guint gpu_id, gboolean activate)
{
    GstBufferPool *pool = gst_nvds_buffer_pool_new();
    GstStructure *config = gst_buffer_pool_get_config(pool);
    gst_buffer_pool_config_set_params(config, caps, sizeof(NvBufSurface), 2, 0);
    gst_structure_set(config, "memtype", G_TYPE_UINT, (guint)gods_standin_surface_memtype(memtype), "gpu-id", G_TYPE_UINT,
                      gpu_id, "batch-size", G_TYPE_UINT, batch, NULL);
    if (!gst_buffer_pool_set_config(pool, config) || (activate && !gst_buffer_pool_set_active(pool, TRUE))) {
        gst_object_unref(pool);
        return NULL;
    }
    return pool;
}

void gods_standin_pool_clear(GstBufferPool **pool)
{
    if (!*pool)
        return;
    gst_buffer_pool_set_active(*pool, FALSE);
    gst_object_unref(*pool);
    *pool = NULL;
}

/* ---- enums of the properties several elements share (DeepStream values) ---- */

GType gods_standin_memtype_enum_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Default memory allocated, specific to particular platform", "nvbuf-mem-default"},
        {1, "Allocate Pinned/Host cuda memory", "nvbuf-mem-cuda-pinned"},
        {2, "Allocate Device cuda memory", "nvbuf-mem-cuda-device"},
        {3, "Allocate Unified cuda memory", "nvbuf-mem-cuda-unified"},
        {4, "Allocate Surface Array memory (Jetson; system memory here)", "nvbuf-mem-surface-array"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinNvBufMemoryType", values));
    return t;
}

GType gods_standin_compute_hw_enum_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Default, GPU for Tesla, VIC for Jetson", "Default"},
        {1, "GPU", "GPU"},
        {2, "VIC", "VIC"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinComputeHW", values));
    return t;
}

GType gods_standin_interpolation_enum_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Nearest", "Nearest"},   {1, "Bilinear", "Bilinear"}, {2, "Algo-1", "Algo-1"}, {3, "Algo-2", "Algo-2"},
        {4, "Algo-3", "Algo-3"},     {5, "Algo-4", "Algo-4"},     {6, "Default", "Default"}, {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinInterpolationMethod", values));
    return t;
}

void gods_standin_default_name(GObject *object, const char *factory, gint *counter)
{
    /* GstObject names an unnamed object after its type while it is
     * constructed ("standininfer0"): rename it after the factory
     * ("nvinfer0"), as the real element's default name is. */
    gchar *type = g_ascii_strdown(G_OBJECT_TYPE_NAME(object) + 3, -1);
    const gchar *name = GST_OBJECT_NAME(object);
    if (name && g_str_has_prefix(name, type)) {
        gchar *n = g_strdup_printf("%s%d", factory, g_atomic_int_add(counter, 1));
        gst_object_set_name(GST_OBJECT(object), n);
        g_free(n);
    }
    g_free(type);
}
