//go:build !deepstream

/* objenc_jpeg.c: the embedded object encoder's JPEG step: libjpeg(-turbo)
 * writing a packed crop to memory. libjpeg reports errors by calling
 * error_exit, which must not return: it jumps back here instead of
 * exiting the process. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include <jpeglib.h>

#include "objenc_internal.h"

typedef struct {
    struct jpeg_error_mgr mgr;
    jmp_buf env;
} ErrorJump;

static void error_jump(j_common_ptr cinfo)
{
    longjmp(((ErrorJump *)cinfo->err)->env, 1);
}

/* Warnings (corrupt-data notices) are for decoders; stay silent. */
static void no_output(j_common_ptr cinfo) {}

/* Runs libjpeg; the setjmp lives here so that the caller's *mem, which
 * libjpeg reallocates as output grows, is never an indeterminate local
 * after a longjmp. */
static int compress(const ObjencImage *img, int quality, unsigned char **mem, unsigned long *size)
{
    struct jpeg_compress_struct cinfo;
    ErrorJump err;

    cinfo.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = error_jump;
    err.mgr.output_message = no_output;
    if (setjmp(err.env)) {
        jpeg_destroy_compress(&cinfo);
        return -1;
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, mem, size);
    cinfo.image_width = (JDIMENSION)img->width;
    cinfo.image_height = (JDIMENSION)img->height;
    cinfo.input_components = img->channels;
    cinfo.in_color_space = img->channels == 1 ? JCS_GRAYSCALE : img->ycc ? JCS_YCbCr : JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    size_t stride = (size_t)img->width * img->channels;
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = (JSAMPROW)(img->pix + cinfo.next_scanline * stride);
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    return 0;
}

int objenc_jpeg(const ObjencImage *img, int quality, uint8_t **out, unsigned long *len)
{
    unsigned char *mem = NULL;
    unsigned long size = 0;
    if (compress(img, quality, &mem, &size) != 0) {
        free(mem); /* the mem destination's buffer, if it made one */
        return -1;
    }
    *out = mem;
    *len = size;
    return 0;
}
