/* nvds_mask_utils.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_MASK_UTILS_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_MASK_UTILS_H

#include "nvds_version.h"
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct CUstream_st *cudaStream_t;

bool nvds_mask_utils_resize_to_binary_argb32(float *src, uint32_t *dst, uint32_t src_width, uint32_t src_height, uint32_t dst_width, uint32_t dst_height, uint32_t channel, float threshold, uint32_t argb32_px, uint32_t interpolation, cudaStream_t stream);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_MASK_UTILS_H */
