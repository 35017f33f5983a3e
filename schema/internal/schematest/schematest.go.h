/* schematest.go.h: schema's test fixture. Its C is the shared helpers of
 * cshim.go.h (gods_copy_frame_user_meta, gods_new_buffer), which copy
 * metadata through the runtime as DeepStream elements do; test-only. */
#ifndef GO_DEEPSTREAM_SCHEMATEST_GO_H
#define GO_DEEPSTREAM_SCHEMATEST_GO_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "cshim.go.h"

#endif
