/* latencytest.h: buffers for the latency tests. Written for go-deepstream. */
#ifndef GO_DEEPSTREAM_LATENCYTEST_H
#define GO_DEEPSTREAM_LATENCYTEST_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "gstnvdsmeta.h"

/* An empty buffer (GStreamer initialised first). */
GstBuffer *latencytest_new_buffer(void);

/* NvDsMeta (GstMeta) attached to buffers right now, from the embedded
 * runtime's counters; -1 with the SDK. */
gint64 latencytest_live_gst_metas(void);

/* User-meta pool entries allocated right now; -1 with the SDK. */
gint64 latencytest_live_user_metas(void);

#endif
