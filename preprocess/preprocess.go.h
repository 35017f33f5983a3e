/* preprocess.go.h: C glue of package preprocess (nvds_roi_meta.h, and the
 * C++ nvdspreprocess_meta.h through preprocess_shim.go.h). Written for
 * go-deepstream. */
#ifndef GO_DEEPSTREAM_PREPROCESS_GO_H
#define GO_DEEPSTREAM_PREPROCESS_GO_H

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "nvds_roi_meta.h"
#include "preprocess_shim.go.h"

/* NvDsDataType gained INT64 and UINT64 in 8.0 and FP16 moved; -1 and -2
 * stand for the values 7.x does not have. */
#if NVDS_VERSION_MAJOR >= 8
enum { GODS_DATA_TYPE_INT64 = NvDsDataType_INT64, GODS_DATA_TYPE_UINT64 = NvDsDataType_UINT64 };
#else
enum { GODS_DATA_TYPE_INT64 = -1, GODS_DATA_TYPE_UINT64 = -2 };
#endif

/* NvDsPreProcessTensorMeta.maintain_aspect_ratio is new in 7.1 (it took
 * what was tail padding in 7.0); preprocess_shim.cc reads and writes it
 * only where it exists. */
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
#define GODS_PREPROCESS_HAS_MAINTAIN_ASPECT_RATIO 1
#else
#define GODS_PREPROCESS_HAS_MAINTAIN_ASPECT_RATIO 0
#endif

#endif /* GO_DEEPSTREAM_PREPROCESS_GO_H */
