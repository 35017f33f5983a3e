/* opticalflow.go.h: C glue of package opticalflow (nvds_opticalflow_meta.h).
 * Written for go-deepstream. */
#ifndef GO_DEEPSTREAM_OPTICALFLOW_GO_H
#define GO_DEEPSTREAM_OPTICALFLOW_GO_H

#include <stddef.h>
#include <gst/gst.h>

#include "nvdsmeta.h"
#include "nvds_opticalflow_meta.h"

/* Layout of NvOFFlowVector, which Go mirrors as FlowVector; checked at
 * compile time on the Go side. */
enum {
    GODS_FLOW_VECTOR_SIZE = sizeof(NvOFFlowVector),
    GODS_FLOW_VECTOR_X = offsetof(NvOFFlowVector, flowx),
    GODS_FLOW_VECTOR_Y = offsetof(NvOFFlowVector, flowy)
};

#endif /* GO_DEEPSTREAM_OPTICALFLOW_GO_H */
