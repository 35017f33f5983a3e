/* objenc_test.c: the embedded runtime's JPEG object encoder
 * (nvds_obj_encode.h), exercised the way an SDK program would call it (it
 * links against libnvds_batch_jpegenc.so). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nvbufsurface.h"
#include "nvdsmeta.h"
#include "nvds_obj_encode.h"
#include "nvds_obj_encode_embedded.h"

static int passed, failed;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) {                                                              \
            passed++;                                                            \
        } else {                                                                 \
            failed++;                                                            \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

/* The JPEG's size from its baseline start-of-frame marker; 0 when the
 * bytes are not a JPEG (SOI ... EOI) with one. */
static int jpeg_size(const uint8_t *b, uint64_t n, int *w, int *h)
{
    if (n < 4 || b[0] != 0xFF || b[1] != 0xD8 || b[n - 2] != 0xFF || b[n - 1] != 0xD9)
        return 0;
    for (uint64_t i = 2; i + 9 < n; i++) {
        if (b[i] == 0xFF && b[i + 1] == 0xC0) {
            *h = b[i + 5] << 8 | b[i + 6];
            *w = b[i + 7] << 8 | b[i + 8];
            return 1;
        }
    }
    return 0;
}

/* The crop user metas in list. */
static int crops(NvDsUserMetaList *list, NvDsObjEncOutParams **first)
{
    int n = 0;
    for (; list; list = list->next) {
        NvDsUserMeta *u = list->data;
        if (u->base_meta.meta_type == NVDS_CROP_IMAGE_META) {
            if (n++ == 0 && first)
                *first = u->user_meta_data;
        }
    }
    return n;
}

int main(void)
{
    NvBufSurfaceCreateParams p;
    memset(&p, 0, sizeof p);
    p.width = 64, p.height = 48, p.colorFormat = NVBUF_COLOR_FORMAT_RGBA;
    p.layout = NVBUF_LAYOUT_PITCH, p.memType = NVBUF_MEM_SYSTEM;
    NvBufSurface *surf = NULL;
    CHECK(NvBufSurfaceCreate(&surf, 1, &p) == 0);
    surf->numFilled = 1;
    CHECK(NvBufSurfaceMemSet(surf, 0, 0, 200) == 0);

    NvDsBatchMeta *batch = nvds_create_batch_meta(1);
    NvDsFrameMeta *frame = nvds_acquire_frame_meta_from_pool(batch);
    nvds_add_frame_meta_to_batch(batch, frame);
    frame->batch_id = 0;
    NvDsObjectMeta *obj = nvds_acquire_obj_meta_from_pool(batch);
    nvds_add_obj_meta_to_frame(frame, obj, NULL);
    obj->rect_params.left = 4, obj->rect_params.top = 6;
    obj->rect_params.width = 20.7f, obj->rect_params.height = 10;
    NvDsObjectMeta *outside = nvds_acquire_obj_meta_from_pool(batch);
    nvds_add_obj_meta_to_frame(frame, outside, NULL);
    outside->rect_params.left = 70, outside->rect_params.width = 10, outside->rect_params.height = 10;

    NvDsObjEncCtxHandle ctx = nvds_obj_enc_create_context(0);
    CHECK(ctx != NULL);
    CHECK(nvds_obj_enc_embedded_live_contexts() == 1);
    NvDsObjEncUsrArgs args;
    memset(&args, 0, sizeof args);
    args.attachUsrMeta = true;
    args.quality = 90;

    /* An object: truncated box, attached to the object. */
    CHECK(nvds_obj_enc_process(ctx, &args, surf, obj, frame));
    /* Scaled, and the whole frame. */
    args.scaleImg = true, args.scaledWidth = 33, args.scaledHeight = 17;
    CHECK(nvds_obj_enc_process(ctx, &args, surf, obj, frame));
    args.scaleImg = false, args.isFrame = true;
    CHECK(nvds_obj_enc_process(ctx, &args, surf, NULL, frame));
    nvds_obj_enc_finish(ctx);
    CHECK(nvds_obj_enc_embedded_live_outputs() == 3);

    NvDsObjEncOutParams *out = NULL;
    int w = 0, h = 0;
    CHECK(crops(obj->obj_user_meta_list, &out) == 2);
    CHECK(out && jpeg_size(out->outBuffer, out->outLen, &w, &h) && w == 20 && h == 10);
    out = obj->obj_user_meta_list->next ? ((NvDsUserMeta *)obj->obj_user_meta_list->next->data)->user_meta_data : NULL;
    CHECK(out && jpeg_size(out->outBuffer, out->outLen, &w, &h) && w == 33 && h == 17);
    CHECK(crops(frame->frame_user_meta_list, &out) == 1);
    CHECK(out && jpeg_size(out->outBuffer, out->outLen, &w, &h) && w == 64 && h == 48);

    /* Refusals save and attach nothing. */
    args.isFrame = false;
    CHECK(!nvds_obj_enc_process(NULL, &args, surf, obj, frame));
    CHECK(!nvds_obj_enc_process(ctx, NULL, surf, obj, frame));
    CHECK(!nvds_obj_enc_process(ctx, &args, NULL, obj, frame));
    CHECK(!nvds_obj_enc_process(ctx, &args, surf, NULL, frame));
    CHECK(!nvds_obj_enc_process(ctx, &args, surf, outside, frame));
    args.saveImg = true;
    CHECK(!nvds_obj_enc_process(ctx, &args, surf, obj, frame)); /* no file name */
    snprintf(args.fileNameImg, sizeof args.fileNameImg, "/nonexistent-folder/crop.jpg");
    CHECK(!nvds_obj_enc_process(ctx, &args, surf, obj, frame));
    memset(args.fileNameImg, 'a', sizeof args.fileNameImg); /* unterminated */
    CHECK(!nvds_obj_enc_process(ctx, &args, surf, obj, frame));
    args.saveImg = false, args.scaleImg = true, args.scaledWidth = 0;
    CHECK(!nvds_obj_enc_process(ctx, &args, surf, obj, frame));
    nvds_obj_enc_finish(ctx);
    CHECK(crops(obj->obj_user_meta_list, NULL) == 2);
    CHECK(crops(outside->obj_user_meta_list, NULL) == 0);
    CHECK(nvds_obj_enc_embedded_live_outputs() == 3);

    /* Copies own their bytes; releasing frees every payload. */
    NvDsBatchMeta *copy = nvds_create_batch_meta(1);
    nvds_copy_frame_meta_list(batch->frame_meta_list, copy);
    CHECK(nvds_obj_enc_embedded_live_outputs() == 6);
    nvds_destroy_batch_meta(batch);
    CHECK(nvds_obj_enc_embedded_live_outputs() == 3);
    NvDsFrameMeta *cf = copy->frame_meta_list->data;
    CHECK(crops(cf->frame_user_meta_list, &out) == 1);
    CHECK(out && jpeg_size(out->outBuffer, out->outLen, &w, &h) && w == 64 && h == 48);
    nvds_destroy_batch_meta(copy);
    CHECK(nvds_obj_enc_embedded_live_outputs() == 0);

    nvds_obj_enc_destroy_context(ctx);
    nvds_obj_enc_destroy_context(NULL);
    CHECK(nvds_obj_enc_embedded_live_contexts() == 0);
    CHECK(NvBufSurfaceDestroy(surf) == 0);

    printf("objenc_test: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
