/* Batch-meta attachment as nvstreammux does it, and the one-call object
 * append that saves a cgo call per object on write paths. */
#include "cshim.go.h"

NvDsMeta *gods_attach_batch_meta(GstBuffer *buffer, NvDsBatchMeta *batch, int *err)
{
    *err = GODS_ATTACH_NOT_WRITABLE;
    if (!GST_IS_BUFFER(buffer) || !gst_buffer_is_writable(buffer) || !batch)
        return NULL;
    *err = GODS_ATTACH_HAS_BATCH;
    if (gst_buffer_get_nvds_batch_meta(buffer))
        return NULL;
    *err = GODS_ATTACH_OK;
    NvDsMeta *meta = gst_buffer_add_nvds_meta(buffer, batch, NULL,
                                              nvds_batch_meta_copy_func,
                                              nvds_batch_meta_release_func);
    if (meta)
        meta->meta_type = NVDS_BATCH_GST_META;
    return meta;
}

NvDsObjectMeta *gods_new_obj_meta(NvDsFrameMeta *frame, NvDsObjectMeta *parent)
{
    if (!frame || !frame->base_meta.batch_meta)
        return NULL;
    NvDsObjectMeta *obj = nvds_acquire_obj_meta_from_pool(frame->base_meta.batch_meta);
    if (obj)
        nvds_add_obj_meta_to_frame(frame, obj, parent);
    return obj;
}
