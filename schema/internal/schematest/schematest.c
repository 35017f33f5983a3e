/* Test helpers for package schema: copies through the runtime, never Go. */
#include "schematest.go.h"

void schematest_copy_frame_user_meta(NvDsFrameMeta *src, NvDsFrameMeta *dst)
{
  nvds_copy_frame_user_meta_list(src->frame_user_meta_list, dst);
}

GstBuffer *schematest_new_buffer(void)
{
  if (!gst_is_initialized())
    gst_init(NULL, NULL);
  return gst_buffer_new();
}

GstBuffer *schematest_copy_buffer(GstBuffer *buf) { return gst_buffer_copy(buf); }

void schematest_unref_buffer(GstBuffer *buf) { gst_buffer_unref(buf); }
