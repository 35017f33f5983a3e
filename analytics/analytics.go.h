/* analytics.go.h: C glue of package analytics (nvds_analytics_meta.h, a
 * C++ header, reached through analytics_shim.go.h). Written for
 * go-deepstream. */
#ifndef GO_DEEPSTREAM_ANALYTICS_GO_H
#define GO_DEEPSTREAM_ANALYTICS_GO_H

#include "nvds_version.h"
#include "analytics_shim.go.h"

/* Whether the analytics user-meta types are fixed enum values (8.0 on) or
 * registered from descriptor strings (7.x). */
#if NVDS_VERSION_MAJOR >= 8
enum { GODS_ANALYTICS_FIXED_TYPES = 1 };
#else
enum { GODS_ANALYTICS_FIXED_TYPES = 0 };
#endif

#endif /* GO_DEEPSTREAM_ANALYTICS_GO_H */
