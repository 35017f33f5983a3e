/* objenc_internal.h: private declarations of the embedded JPEG object
 * encoder (libnvds_batch_jpegenc), shared by the objenc_*.c files. Not
 * installed, not an SDK header. */
#ifndef GO_DEEPSTREAM_EMBEDDED_OBJENC_INTERNAL_H
#define GO_DEEPSTREAM_EMBEDDED_OBJENC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nvbufsurface.h"
#include "nvdsmeta.h"
#include "nvds_obj_encode.h"
#include "nvds_obj_encode_embedded.h"

#define OBJENC_INTERNAL __attribute__((visibility("hidden")))

/* Quality used when NvDsObjEncUsrArgs.quality is 0 or less (what the
 * DeepStream samples pass). */
#define OBJENC_DEFAULT_QUALITY 80

/* Largest side of an encoded image: JPEG's own limit. */
#define OBJENC_MAX_SIDE 65500

/* A context: nothing but statistics, since the CPU encoder works inside
 * nvds_obj_enc_process and keeps no queue. */
struct _NvDsObjEncCtx {
    int gpu_id;
    int64_t encoded; /* images encoded (atomic) */
};

/* A crop in a packed 8-bit buffer: 3 channels (RGB, or JFIF YCbCr when
 * ycc) or 1 (grey). */
typedef struct {
    uint8_t *pix;
    int width, height, channels;
    bool ycc;
} ObjencImage;

/* objenc_pixels.c: copies rectangle (x, y, w, h) of frame index of surf
 * into img (pix malloc'ed); 0, or -1 when the format, memory or mapping
 * is not supported. */
OBJENC_INTERNAL int objenc_extract(NvBufSurface *surf, uint32_t index, int x, int y, int w, int h,
                                   ObjencImage *img);
/* Bilinear resize of src into a new dst of w x h (pix malloc'ed). */
OBJENC_INTERNAL int objenc_scale(const ObjencImage *src, int w, int h, ObjencImage *dst);

/* objenc_jpeg.c: JPEG-encodes img at quality; *out is malloc'ed. */
OBJENC_INTERNAL int objenc_jpeg(const ObjencImage *img, int quality, uint8_t **out, unsigned long *len);

/* objenc_context.c: attaches a copy-owning NVDS_CROP_IMAGE_META holding
 * (jpeg, len) to obj, or to frame when obj is NULL; takes jpeg. */
OBJENC_INTERNAL int objenc_attach(NvDsFrameMeta *frame, NvDsObjectMeta *obj, uint8_t *jpeg, uint64_t len);

#endif
