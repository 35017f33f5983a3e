/* gstnvdsbufferpool.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GSTNVDSBUFFERPOOL_H
#define GO_DEEPSTREAM_EMBEDDED_GSTNVDSBUFFERPOOL_H

#include "nvds_version.h"
#include <gst/gst.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GST_BUFFER_POOL_OPTION_NVDS_META "GstBufferPoolOptionNvDsMeta"
#define GST_NVDS_MEMORY_TYPE "nvds"

typedef struct _GstNvDsBufferPool GstNvDsBufferPool;
typedef struct _GstNvDsBufferPoolClass GstNvDsBufferPoolClass;

typedef struct _GstNvDsBufferPoolPrivate GstNvDsBufferPoolPrivate;

struct _GstNvDsBufferPool {
  GstBufferPool bufferpool;
  GstNvDsBufferPoolPrivate *priv;
};
struct _GstNvDsBufferPoolClass {
  GstBufferPoolClass parent_class;
};

#define GST_TYPE_NVDS_BUFFER_POOL (gst_nvds_buffer_pool_get_type())

GType gst_nvds_buffer_pool_get_type(void);
GstBufferPool *gst_nvds_buffer_pool_new(void);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GSTNVDSBUFFERPOOL_H */
