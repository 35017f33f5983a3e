/* nvds_obj_encode_embedded.h: go-deepstream additions to the embedded JPEG
 * object encoder (nvds_obj_encode.h, libnvds_batch_jpegenc).
 *
 * NOT AN SDK HEADER. Written by hand for go-deepstream; nothing declared here
 * exists in the DeepStream SDK. Code that must also build against the real
 * SDK uses these only under `#ifdef NVDS_EMBEDDED_RUNTIME`. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_OBJ_ENCODE_EMBEDDED_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_OBJ_ENCODE_EMBEDDED_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Encoder contexts created by nvds_obj_enc_create_context and not yet
 * destroyed, process-wide. */
int64_t nvds_obj_enc_embedded_live_contexts(void);

/* NvDsObjEncOutParams payloads (NVDS_CROP_IMAGE_META user metas, and their
 * copies) not yet released, process-wide. */
int64_t nvds_obj_enc_embedded_live_outputs(void);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_OBJ_ENCODE_EMBEDDED_H */
