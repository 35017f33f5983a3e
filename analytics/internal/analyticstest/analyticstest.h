/* analyticstest.h: buffers for the analytics tests. Written for
 * go-deepstream. */
#ifndef GO_DEEPSTREAM_ANALYTICSTEST_H
#define GO_DEEPSTREAM_ANALYTICSTEST_H

#include <gst/gst.h>

/* An empty buffer (GStreamer initialised first). */
GstBuffer *analyticstest_new_buffer(void);

#endif
