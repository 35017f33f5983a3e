//go:build !deepstream

/* objenc_context.c: the JPEG object encoder of nvds_obj_encode.h
 * (libnvds_batch_jpegenc) on the CPU: contexts, nvds_obj_enc_process and
 * the NVDS_CROP_IMAGE_META payloads it attaches.
 *
 * The SDK queues crops for the GPU's JPEG engine and nvds_obj_enc_finish
 * waits for them; here the crop is cut, scaled and encoded (libjpeg)
 * inside nvds_obj_enc_process, so finish has nothing left to wait for.
 * What a caller sees after finish is the same: the file written and/or
 * the user meta attached. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "objenc_internal.h"

static gint live_contexts; /* atomic */
static gint live_outputs;  /* atomic */

int64_t nvds_obj_enc_embedded_live_contexts(void) { return g_atomic_int_get(&live_contexts); }
int64_t nvds_obj_enc_embedded_live_outputs(void) { return g_atomic_int_get(&live_outputs); }

/* nvds_obj_enc_create_context: a context for GPU gpu_id (recorded only;
 * the CPU encoder has no device). */
NvDsObjEncCtxHandle nvds_obj_enc_create_context(int gpu_id)
{
    NvDsObjEncCtxHandle ctx = g_new0(struct _NvDsObjEncCtx, 1);
    ctx->gpu_id = gpu_id;
    g_atomic_int_inc(&live_contexts);
    return ctx;
}

/* nvds_obj_enc_destroy_context: frees ctx; NULL is ignored. Crops already
 * attached as user meta stay valid: they belong to their metas. */
void nvds_obj_enc_destroy_context(NvDsObjEncCtxHandle ctx)
{
    if (!ctx)
        return;
    g_free(ctx);
    g_atomic_int_add(&live_contexts, -1);
}

/* nvds_obj_enc_finish: every crop is complete when nvds_obj_enc_process
 * returns, so there is nothing to wait for. */
void nvds_obj_enc_finish(NvDsObjEncCtxHandle ctx) {}

/* ---- the NVDS_CROP_IMAGE_META payload ---------------------------------- */

static NvDsObjEncOutParams *out_new(uint8_t *jpeg, uint64_t len)
{
    NvDsObjEncOutParams *o = g_new0(NvDsObjEncOutParams, 1);
    o->outBuffer = jpeg;
    o->outLen = len;
    g_atomic_int_inc(&live_outputs);
    return o;
}

static void out_free(NvDsObjEncOutParams *o)
{
    if (!o)
        return;
    free(o->outBuffer);
    g_free(o);
    g_atomic_int_add(&live_outputs, -1);
}

/* Copy function: a deep copy, JPEG bytes included, so a copied meta
 * outlives the buffer it was copied from. */
static gpointer out_copy_func(gpointer data, gpointer user_data)
{
    const NvDsUserMeta *u = data;
    const NvDsObjEncOutParams *src = u ? u->user_meta_data : NULL;
    if (!src)
        return NULL;
    uint8_t *jpeg = NULL;
    if (src->outBuffer && src->outLen > 0) {
        jpeg = malloc(src->outLen);
        if (!jpeg)
            return NULL;
        memcpy(jpeg, src->outBuffer, src->outLen);
    }
    return out_new(jpeg, jpeg ? src->outLen : 0);
}

static void out_release_func(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    if (!u)
        return;
    out_free(u->user_meta_data);
    u->user_meta_data = NULL;
}

int objenc_attach(NvDsFrameMeta *frame, NvDsObjectMeta *obj, uint8_t *jpeg, uint64_t len)
{
    NvDsBatchMeta *batch = frame->base_meta.batch_meta;
    NvDsUserMeta *u = batch ? nvds_acquire_user_meta_from_pool(batch) : NULL;
    if (!u) {
        free(jpeg);
        return -1;
    }
    u->user_meta_data = out_new(jpeg, len);
    u->base_meta.meta_type = NVDS_CROP_IMAGE_META;
    u->base_meta.copy_func = out_copy_func;
    u->base_meta.release_func = out_release_func;
    if (obj)
        nvds_add_user_meta_to_obj(obj, u);
    else
        nvds_add_user_meta_to_frame(frame, u);
    return 0;
}

/* ---- nvds_obj_enc_process ---------------------------------------------- */

/* Writes len bytes to path; 0 or -1. */
static int save_file(const char *path, const uint8_t *data, unsigned long len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = fwrite(data, 1, len, f);
    int rc = fclose(f);
    return n == len && rc == 0 ? 0 : -1;
}

/* The crop of (left, top, width, height), in whole pixels as the SDK
 * takes them (truncated), clipped to the frame; false when nothing is left
 * or a value is not a number. */
static bool crop_rect(const NvOSD_RectParams *r, int fw, int fh, int *x, int *y, int *w, int *h)
{
    float v[4] = {r->left, r->top, r->width, r->height};
    for (int i = 0; i < 4; i++)
        if (!(v[i] > -1e9f && v[i] < 1e9f))
            return false;
    long x0 = (long)v[0], y0 = (long)v[1];
    long x1 = x0 + (long)v[2], y1 = y0 + (long)v[3];
    x0 = x0 < 0 ? 0 : x0;
    y0 = y0 < 0 ? 0 : y0;
    x1 = x1 > fw ? fw : x1;
    y1 = y1 > fh ? fh : y1;
    if (x1 <= x0 || y1 <= y0)
        return false;
    *x = (int)x0, *y = (int)y0, *w = (int)(x1 - x0), *h = (int)(y1 - y0);
    return true;
}

/* nvds_obj_enc_process: encodes obj's box (or, with isFrame, the whole
 * frame) of frame batch_id of surf as a JPEG, saved to fileNameImg when
 * saveImg, attached as NVDS_CROP_IMAGE_META user meta of obj (of frame
 * with isFrame) when attachUsrMeta. Returns false, and saves and attaches
 * nothing, on a missing argument, a frame outside the batch, a box outside
 * the frame, an unsupported colour format or memory type, an empty file
 * name or a file that cannot be written. objNum and calcEncodeTime
 * (the SDK's numbering and timing logs) change nothing here. */
bool nvds_obj_enc_process(NvDsObjEncCtxHandle ctx, NvDsObjEncUsrArgs *args, NvBufSurface *surf,
                          NvDsObjectMeta *obj, NvDsFrameMeta *frame)
{
    if (!ctx || !args || !surf || !frame || (!args->isFrame && !obj) || !surf->surfaceList)
        return false;
    if (args->saveImg && (args->fileNameImg[0] == '\0' ||
                          strnlen(args->fileNameImg, sizeof args->fileNameImg) == sizeof args->fileNameImg))
        return false;
    if (!args->saveImg && !args->attachUsrMeta)
        return true;
    if (frame->batch_id >= surf->batchSize)
        return false;
    const NvBufSurfaceParams *fp = &surf->surfaceList[frame->batch_id];
    int x = 0, y = 0, w = (int)fp->width, h = (int)fp->height;
    if (!args->isFrame && !crop_rect(&obj->rect_params, w, h, &x, &y, &w, &h))
        return false;
    int ow = w, oh = h;
    if (args->scaleImg) {
        ow = args->scaledWidth, oh = args->scaledHeight;
        if (ow <= 0 || oh <= 0 || ow > OBJENC_MAX_SIDE || oh > OBJENC_MAX_SIDE)
            return false;
    }
    if (w > OBJENC_MAX_SIDE || h > OBJENC_MAX_SIDE)
        return false;
    int quality = args->quality <= 0 ? OBJENC_DEFAULT_QUALITY : args->quality > 100 ? 100 : args->quality;

    ObjencImage crop = {0}, scaled = {0};
    if (objenc_extract(surf, frame->batch_id, x, y, w, h, &crop) != 0)
        return false;
    const ObjencImage *img = &crop;
    if (ow != w || oh != h) {
        int rc = objenc_scale(&crop, ow, oh, &scaled);
        free(crop.pix);
        if (rc != 0)
            return false;
        img = &scaled;
    }
    uint8_t *jpeg = NULL;
    unsigned long len = 0;
    int rc = objenc_jpeg(img, quality, &jpeg, &len);
    free(img->pix);
    if (rc != 0)
        return false;
    if (args->saveImg && save_file(args->fileNameImg, jpeg, len) != 0) {
        free(jpeg);
        return false;
    }
    if (args->attachUsrMeta) {
        if (objenc_attach(frame, args->isFrame ? NULL : obj, jpeg, len) != 0)
            return false;
    } else {
        free(jpeg);
    }
    __atomic_fetch_add(&ctx->encoded, 1, __ATOMIC_RELAXED);
    return true;
}
