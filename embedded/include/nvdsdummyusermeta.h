/* nvdsdummyusermeta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSDUMMYUSERMETA_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSDUMMYUSERMETA_H

#include "nvds_version.h"
#include <nvdsmeta.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _payload_type {
  NVDS_PAYLOAD_TYPE_DUMMY_BBOX = 12289,
} payload_type;

typedef struct faceboxes faceboxes;

struct faceboxes {
  float x;
  float y;
  float width;
  float height;
};

#define NVDS_DUMMY_BBOX_META (nvds_get_user_meta_type("NVIDIA.DUMMY.BBOX.META"))

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSDUMMYUSERMETA_H */
