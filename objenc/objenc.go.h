/* objenc.go.h: C glue of package objenc (nvds_obj_encode.h). Written for
 * go-deepstream. */
#ifndef GO_DEEPSTREAM_OBJENC_GO_H
#define GO_DEEPSTREAM_OBJENC_GO_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <gst/gst.h>

#include "nvds_version.h"
#include "nvbufsurface.h"
#include "nvdsmeta.h"
#include "nvds_obj_encode.h"

/* NvDsObjEncUsrArgs.fileNameImg's size (FILE_NAME_SIZE). */
enum { GODS_OBJENC_FILE_NAME_SIZE = sizeof(((NvDsObjEncUsrArgs *)0)->fileNameImg) };

/* Copies name (len bytes, no NUL) into args->fileNameImg, NUL-terminated;
 * the caller checked that it fits. */
static inline void gods_objenc_set_file_name(NvDsObjEncUsrArgs *args, const char *name, size_t len)
{
    memcpy(args->fileNameImg, name, len);
    args->fileNameImg[len] = '\0';
}

#endif
