/* analyticstest.go.h: analytics' test fixture. Its only C is the shared
 * gods_new_buffer of cshim.go.h (gst_init must run before the first
 * buffer); test-only. */
#ifndef GO_DEEPSTREAM_ANALYTICSTEST_GO_H
#define GO_DEEPSTREAM_ANALYTICSTEST_GO_H

#include <gst/gst.h>

#include "cshim.go.h"

#endif
