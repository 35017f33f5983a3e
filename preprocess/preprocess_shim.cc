// preprocess_shim.cc: the C interface of preprocess_shim.go.h over the C++
// structs of nvdspreprocess_meta.h. C++ because they hold std::vector and
// std::string; no exception crosses into C or Go.
#include <new>

#include <gst/gst.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "nvdspreprocess_meta.h"
#include "preprocess_shim.go.h"
#include "preprocess.go.h"

namespace {

using Batch = GstNvDsPreProcessBatchMeta;
using Tensor = NvDsPreProcessTensorMeta;

Batch *clone(const Batch &src)
{
    Batch *b = new Batch(src);
    b->tensor_meta = nullptr;
    try {
        if (src.tensor_meta) {
            b->tensor_meta = new Tensor(*src.tensor_meta);
            // A held tensor owner (gods_preprocess_batch_hold_tensor) is
            // shared by the copy.
            if (b->tensor_meta->private_data)
                gst_mini_object_ref(static_cast<GstMiniObject *>(b->tensor_meta->private_data));
        }
    } catch (...) {
        delete b;
        throw;
    }
    return b;
}

void destroy(Batch *b)
{
    if (!b)
        return;
    if (b->tensor_meta && b->tensor_meta->private_data)
        gst_mini_object_unref(static_cast<GstMiniObject *>(b->tensor_meta->private_data));
    delete b->tensor_meta;
    delete b;
}

gpointer copy_batch(gpointer data, gpointer) noexcept
{
    const NvDsUserMeta *u = static_cast<const NvDsUserMeta *>(data);
    if (!u || !u->user_meta_data)
        return nullptr;
    try {
        return clone(*static_cast<const Batch *>(u->user_meta_data));
    } catch (...) {
        return nullptr;
    }
}

void release_batch(gpointer data, gpointer) noexcept
{
    NvDsUserMeta *u = static_cast<NvDsUserMeta *>(data);
    if (!u)
        return;
    destroy(static_cast<Batch *>(u->user_meta_data));
    u->user_meta_data = nullptr;
}

} // namespace

extern "C" int gods_preprocess_batch_view(const void *batch, GodsPreprocessBatch *out)
{
    if (!batch || !out)
        return -1;
    const Batch *b = static_cast<const Batch *>(batch);
    out->target_ids = b->target_unique_ids.data();
    out->n_target_ids = b->target_unique_ids.size();
    out->rois = const_cast<NvDsRoiMeta *>(b->roi_vector.data());
    out->n_rois = b->roi_vector.size();
    out->tensor_meta = b->tensor_meta;
    out->private_data = b->private_data;
    return 0;
}

extern "C" int gods_preprocess_tensor_view(const void *tensor, GodsPreprocessTensor *out)
{
    if (!tensor || !out)
        return -1;
    const Tensor *t = static_cast<const Tensor *>(tensor);
    out->raw_tensor_buffer = t->raw_tensor_buffer;
    out->buffer_size = t->buffer_size;
    out->shape = t->tensor_shape.data();
    out->ndims = t->tensor_shape.size();
    out->data_type = static_cast<int>(t->data_type);
    out->name = t->tensor_name.data();
    out->name_len = t->tensor_name.size();
    out->gpu_id = t->gpu_id;
    out->private_data = t->private_data;
    out->meta_id = t->meta_id;
#if GODS_PREPROCESS_HAS_MAINTAIN_ASPECT_RATIO
    out->maintain_aspect_ratio = t->maintain_aspect_ratio;
#else
    out->maintain_aspect_ratio = FALSE; /* the field is new in 7.1 */
#endif
    return 0;
}

extern "C" void *gods_preprocess_batch_new(const guint64 *ids, size_t n_ids, const NvDsRoiMeta *rois, size_t n_rois)
{
    try {
        Batch *b = new Batch();
        b->tensor_meta = nullptr;
        b->private_data = nullptr;
        if (n_ids)
            b->target_unique_ids.assign(ids, ids + n_ids);
        if (n_rois)
            b->roi_vector.assign(rois, rois + n_rois);
        return b;
    } catch (...) {
        return nullptr;
    }
}

extern "C" int gods_preprocess_batch_set_tensor(void *batch, void *raw, guint64 size, const int *shape,
                                                size_t ndims, int data_type, const char *name, guint gpu_id,
                                                guint meta_id, gboolean maintain_aspect_ratio)
{
    try {
        Tensor *t = new Tensor();
        t->raw_tensor_buffer = raw;
        t->buffer_size = size;
        if (ndims)
            t->tensor_shape.assign(shape, shape + ndims);
        t->data_type = static_cast<NvDsDataType>(data_type);
        if (name)
            t->tensor_name = name;
        t->gpu_id = gpu_id;
        t->private_data = nullptr;
        t->meta_id = meta_id;
#if GODS_PREPROCESS_HAS_MAINTAIN_ASPECT_RATIO
        t->maintain_aspect_ratio = maintain_aspect_ratio;
#else
        (void)maintain_aspect_ratio; /* the field is new in 7.1 */
#endif
        Batch *b = static_cast<Batch *>(batch);
        if (b->tensor_meta && b->tensor_meta->private_data)
            gst_mini_object_unref(static_cast<GstMiniObject *>(b->tensor_meta->private_data));
        delete b->tensor_meta;
        b->tensor_meta = t;
        return 0;
    } catch (...) {
        return -1;
    }
}

extern "C" int gods_preprocess_batch_hold_tensor(void *batch, void *owner)
{
    Batch *b = static_cast<Batch *>(batch);
    if (!b || !b->tensor_meta) {
        if (owner)
            gst_mini_object_unref(static_cast<GstMiniObject *>(owner));
        return -1;
    }
    if (b->tensor_meta->private_data)
        gst_mini_object_unref(static_cast<GstMiniObject *>(b->tensor_meta->private_data));
    b->tensor_meta->private_data = owner;
    return 0;
}

extern "C" void gods_preprocess_batch_free(void *batch)
{
    destroy(static_cast<Batch *>(batch));
}

extern "C" void gods_preprocess_attach_batch(NvDsUserMeta *user, void *batch)
{
    user->user_meta_data = batch;
    user->base_meta.meta_type = NVDS_PREPROCESS_BATCH_META;
    user->base_meta.copy_func = copy_batch;
    user->base_meta.release_func = release_batch;
}
