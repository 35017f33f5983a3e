/* latencytest.c: GStreamer set-up for the latency tests. */
#include "latencytest.h"

GstBuffer *latencytest_new_buffer(void)
{
    gst_init(NULL, NULL);
    return gst_buffer_new();
}
