/* standin_common.go.h: what the stand-in elements share (common.c): the
 * plugin's name, NVMM buffers and pools, the enums of shared properties,
 * default element names. */
#ifndef GO_DEEPSTREAM_STANDIN_COMMON_GO_H
#define GO_DEEPSTREAM_STANDIN_COMMON_GO_H

#include <gst/gst.h>

#include "nvbufsurface.h"

G_BEGIN_DECLS

/* The plugin name: that of libgstnvdsstandin.so, and the name register.c
 * and the decoder recognise as "ours" when a factory already exists. */
#define GODS_STANDIN_PLUGIN_NAME "nvdsstandin"

/* The caps feature of DeepStream's batched NvBufSurface buffers. */
#define GODS_STANDIN_FEATURE_NVMM "memory:NVMM"

/* The NvBufSurface of an NVMM buffer, NULL when buf holds none. */
NvBufSurface *gods_standin_buffer_surface(GstBuffer *buf);

/* TRUE when caps (first structure) carry the memory:NVMM feature. */
gboolean gods_standin_caps_is_nvmm(const GstCaps *caps);

/* The surface memory type for an nvbuf-memory-type property value. */
NvBufSurfaceMemType gods_standin_surface_memtype(gint prop);

/* A GstNvDsBufferPool for caps with batch frames per buffer of memory type
 * memtype (a property value), configured, and active when activate; NULL
 * on failure. */
GstBufferPool *gods_standin_pool_new(GstCaps *caps, guint batch, gint memtype, guint gpu_id, gboolean activate);

/* Deactivates and unrefs *pool, sets it NULL. */
void gods_standin_pool_clear(GstBufferPool **pool);

/* The GEnums of properties several elements share, with DeepStream's
 * values: nvbuf-memory-type, compute-hw, interpolation-method. */
GType gods_standin_memtype_enum_get_type(void);
GType gods_standin_compute_hw_enum_get_type(void);
GType gods_standin_interpolation_enum_get_type(void);

/* Called from an element's constructed: an element created without a
 * name gets <factory><n> ("nvinfer0"), as the real one does, rather than a
 * name derived from the stand-in's type. */
void gods_standin_default_name(GObject *object, const char *factory, gint *counter);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_COMMON_GO_H */
