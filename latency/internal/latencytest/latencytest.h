/* latencytest.h: buffers for the latency tests. Written for go-deepstream. */
#ifndef GO_DEEPSTREAM_LATENCYTEST_H
#define GO_DEEPSTREAM_LATENCYTEST_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "gstnvdsmeta.h"

/* An empty buffer (GStreamer initialised first). */
GstBuffer *latencytest_new_buffer(void);

#endif
