/* analyticstest.c: GStreamer set-up for the analytics tests (gst_init must
 * run before the first buffer). */
#include "analyticstest.h"

GstBuffer *analyticstest_new_buffer(void)
{
    gst_init(NULL, NULL);
    return gst_buffer_new();
}
