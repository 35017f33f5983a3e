/* infer.go.h: C glue of package infer (nvdsinfer.h, gstnvdsinfer.h).
 * Written for go-deepstream. */
#ifndef GO_DEEPSTREAM_INFER_GO_H
#define GO_DEEPSTREAM_INFER_GO_H

#include <stddef.h>
#include <gst/gst.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "nvdsinfer.h"
#include "gstnvdsinfer.h"

/* NvDsInferLayerInfo keeps its dims in an anonymous union (inferDims, with
 * the old name dims as alias), which cgo shows only as bytes. Its offset is
 * a compile-time constant, so Go reads the dims as plain memory. */
enum { GODS_LAYER_DIMS_OFFSET = offsetof(NvDsInferLayerInfo, inferDims) };

/* rotation_angle exists in NvDsInferObjectDetectionInfo from DeepStream 9.0
 * on; -1 before. */
#if NVDS_VERSION_MAJOR >= 9
enum { GODS_DETECTION_ROTATION_OFFSET = offsetof(NvDsInferObjectDetectionInfo, rotation_angle) };
#else
enum { GODS_DETECTION_ROTATION_OFFSET = -1 };
#endif

/* Size of one NvDsInferObjectDetectionInfo (it grows in 9.0), for walking
 * arrays of them. */
enum { GODS_DETECTION_INFO_SIZE = sizeof(NvDsInferObjectDetectionInfo) };

#endif /* GO_DEEPSTREAM_INFER_GO_H */
