/* schematest.go.h: C that copies metadata the way DeepStream elements do,
 * for package schema's tests only. */
#ifndef GO_DEEPSTREAM_SCHEMATEST_H
#define GO_DEEPSTREAM_SCHEMATEST_H

#include <gst/gst.h>

#include "nvdsmeta.h"

/* nvds_copy_frame_user_meta_list(src->frame_user_meta_list, dst). */
void schematest_copy_frame_user_meta(NvDsFrameMeta *src, NvDsFrameMeta *dst);

/* gst_init once, then gst_buffer_new. */
GstBuffer *schematest_new_buffer(void);

/* gst_buffer_copy and gst_buffer_unref. */
GstBuffer *schematest_copy_buffer(GstBuffer *buf);
void schematest_unref_buffer(GstBuffer *buf);

#endif
