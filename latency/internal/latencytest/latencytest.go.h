/* latencytest.go.h: buffers (gods_new_buffer of cshim.go.h) and the
 * embedded runtime's leak counters for the latency tests. Written for
 * go-deepstream; test-only. */
#ifndef GO_DEEPSTREAM_LATENCYTEST_GO_H
#define GO_DEEPSTREAM_LATENCYTEST_GO_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "gstnvdsmeta.h"
#include "cshim.go.h"

/* NvDsMeta (GstMeta) attached to buffers right now, from the embedded
 * runtime's counters; -1 with the SDK. */
gint64 latencytest_live_gst_metas(void);

/* User-meta pool entries allocated right now; -1 with the SDK. */
gint64 latencytest_live_user_metas(void);

#endif
