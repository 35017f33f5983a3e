/* latencytest.c: GStreamer set-up and leak counters for the latency tests,
 * in C because the counters are C-only embedded-runtime API. */
#include "latencytest.h"
#ifdef NVDS_EMBEDDED_RUNTIME
#include "nvds_embedded.h"
#endif

GstBuffer *latencytest_new_buffer(void)
{
    gst_init(NULL, NULL);
    return gst_buffer_new();
}

gint64 latencytest_live_gst_metas(void)
{
#ifdef NVDS_EMBEDDED_RUNTIME
    return nvds_embedded_live_count(NVDS_EMBEDDED_GST_META);
#else
    return -1;
#endif
}

gint64 latencytest_live_user_metas(void)
{
#ifdef NVDS_EMBEDDED_RUNTIME
    return nvds_embedded_live_count(NVDS_EMBEDDED_USER_META_ENTRIES);
#else
    return -1;
#endif
}
