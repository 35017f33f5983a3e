/* nvds_obj_encode.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_OBJ_ENCODE_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_OBJ_ENCODE_H

#include "nvds_version.h"
#include <sys/time.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef FILE_NAME_SIZE
#define FILE_NAME_SIZE 1024
#endif

typedef struct _NvDsObjEncOutParams NvDsObjEncOutParams;
typedef struct _NvDsObjEncUsrArgs NvDsObjEncUsrArgs;

typedef struct _NvDsObjEncCtx *NvDsObjEncCtxHandle;

struct _NvDsObjEncOutParams {
  uint8_t *outBuffer;
  uint64_t outLen;
};
struct _NvDsObjEncUsrArgs {
  bool saveImg;
  bool attachUsrMeta;
  bool scaleImg;
  int scaledWidth;
  int scaledHeight;
  char fileNameImg[FILE_NAME_SIZE];
  int objNum;
  int quality;
  bool isFrame;
  bool calcEncodeTime;
};

NvDsObjEncCtxHandle nvds_obj_enc_create_context(int);
void nvds_obj_enc_destroy_context(NvDsObjEncCtxHandle);
void nvds_obj_enc_finish(NvDsObjEncCtxHandle);
bool nvds_obj_enc_process(NvDsObjEncCtxHandle, NvDsObjEncUsrArgs *, NvBufSurface *, NvDsObjectMeta *, NvDsFrameMeta *);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_OBJ_ENCODE_H */
