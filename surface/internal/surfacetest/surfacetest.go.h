/* surfacetest.go.h: DeepStream-style video buffers for tests. Written for
 * go-deepstream. */
#ifndef GO_DEEPSTREAM_SURFACETEST_GO_H
#define GO_DEEPSTREAM_SURFACETEST_GO_H

#include <stdint.h>
#include <gst/gst.h>

#include "nvbufsurface.h"

/* A buffer owning a new surface of batch frames (all filled) in pitch
 * layout; NULL when the parameters are refused. */
GstBuffer *gods_surfacetest_new_buffer(uint32_t batch, uint32_t width, uint32_t height, int format, int mem_type);

/* A buffer of size zero bytes of ordinary system memory. */
GstBuffer *gods_surfacetest_plain_buffer(gsize size);

#endif
