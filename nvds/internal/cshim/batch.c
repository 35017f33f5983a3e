/* Batch-meta attachment as nvstreammux does it. */
#include "cshim.h"

NvDsMeta *cshim_attach_batch_meta(GstBuffer *buffer, NvDsBatchMeta *batch)
{
    if (!GST_IS_BUFFER(buffer) || !gst_buffer_is_writable(buffer) || !batch)
        return NULL;
    NvDsMeta *meta = gst_buffer_add_nvds_meta(buffer, batch, NULL,
                                              nvds_batch_meta_copy_func,
                                              nvds_batch_meta_release_func);
    if (meta)
        meta->meta_type = NVDS_BATCH_GST_META;
    return meta;
}
