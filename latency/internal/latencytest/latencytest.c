/* latencytest.c: leak counters for the latency tests,
 * in C because the counters are C-only embedded-runtime API. */
#include "latencytest.go.h"
#ifdef NVDS_EMBEDDED_RUNTIME
#include "nvds_embedded.h"
#endif

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
