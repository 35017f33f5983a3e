/* latency.go.h: C glue of package latency (nvds_latency_meta.h). Written
 * for go-deepstream. */
#ifndef GO_DEEPSTREAM_LATENCY_GO_H
#define GO_DEEPSTREAM_LATENCY_GO_H

#include <stddef.h>
#include <gst/gst.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "gstnvdsmeta.h"
#include "nvds_latency_meta.h"

/* nvds_get_latency_measurement_silent exists from DeepStream 9.0 on;
 * FALSE before. */
static inline gboolean gods_latency_silent(void)
{
#if NVDS_VERSION_MAJOR >= 9
    return nvds_get_latency_measurement_silent();
#else
    return FALSE;
#endif
}

/* Layout of NvDsFrameLatencyInfo, which Go mirrors as FrameLatency;
 * checked at compile time on the Go side. */
enum {
    GODS_FRAME_LATENCY_SIZE = sizeof(NvDsFrameLatencyInfo),
    GODS_FRAME_LATENCY_SOURCE = offsetof(NvDsFrameLatencyInfo, source_id),
    GODS_FRAME_LATENCY_FRAME = offsetof(NvDsFrameLatencyInfo, frame_num),
    GODS_FRAME_LATENCY_IN = offsetof(NvDsFrameLatencyInfo, comp_in_timestamp),
    GODS_FRAME_LATENCY_LATENCY = offsetof(NvDsFrameLatencyInfo, latency)
};

#endif /* GO_DEEPSTREAM_LATENCY_GO_H */
