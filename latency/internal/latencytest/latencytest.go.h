/* latencytest.go.h: buffers (gods_new_buffer of cshim.go.h) for the
 * latency tests. Written for go-deepstream; test-only. */
#ifndef GO_DEEPSTREAM_LATENCYTEST_GO_H
#define GO_DEEPSTREAM_LATENCYTEST_GO_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "gstnvdsmeta.h"
#include "cshim.go.h"

#endif
