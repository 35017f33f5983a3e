/* nvdscustomusermeta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSCUSTOMUSERMETA_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSCUSTOMUSERMETA_H

#include "nvds_version.h"
#include <nvdsmeta.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NVDS_CUSTOM_PAYLOAD NVDS_CUSTOM_PAYLOAD;

struct _NVDS_CUSTOM_PAYLOAD {
  uint32_t payloadType;
  uint32_t payloadSize;
  uint8_t *payload;
};

#define NVDS_USER_CUSTOM_META (nvds_get_user_meta_type("NVIDIA.USER.CUSTOM_META"))

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSCUSTOMUSERMETA_H */
