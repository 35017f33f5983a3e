/* tracker.go.h: C glue of package tracker (nvds_tracker_meta.h). Written
 * for go-deepstream. */
#ifndef GO_DEEPSTREAM_TRACKER_GO_H
#define GO_DEEPSTREAM_TRACKER_GO_H

#include <stddef.h>
#include <gst/gst.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "nvds_tracker_meta.h"

/* ptWorldFeet exists in NvDsTargetMiscDataFrame from DeepStream 9.0 on; its
 * offset is a compile-time constant (-1 before), so Go reads it as plain
 * memory against every release's headers. */
#if NVDS_VERSION_MAJOR >= 9
enum { GODS_MISC_FRAME_WORLD_FEET_OFFSET = offsetof(NvDsTargetMiscDataFrame, ptWorldFeet) };
#else
enum { GODS_MISC_FRAME_WORLD_FEET_OFFSET = -1 };
#endif

#endif /* GO_DEEPSTREAM_TRACKER_GO_H */
