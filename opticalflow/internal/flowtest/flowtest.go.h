/* flowtest.go.h: optical-flow metadata in C memory for tests. Written for
 * go-deepstream. */
#ifndef GO_DEEPSTREAM_FLOWTEST_GO_H
#define GO_DEEPSTREAM_FLOWTEST_GO_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "nvds_opticalflow_meta.h"
#include "cshim.go.h"

/* Makes user an NVDS_OPTICAL_FLOW_META owning a copy of rows*cols vectors
 * (xy: flowx, flowy pairs), with copy and release functions. */
void gods_flowtest_fill(NvDsUserMeta *user, guint rows, guint cols, const short *xy, gulong frame_num);

#endif
