//go:build !deepstream

/* nvds_acquire_*_from_pool: take a reset entry from a batch meta's pool.
 *
 * Every acquired entry is zeroed, then base_meta.batch_meta is the batch,
 * base_meta.meta_type the kind's NvDsMetaType (NVDS_USER_META for user meta,
 * which the caller then overwrites) and, for objects, object_id is
 * UNTRACKED_OBJECT_ID. An entry stays in use (pool full_list) until it is
 * removed from its parent, cleared, or the batch meta is destroyed. All
 * return NULL for a NULL or invalid batch meta. */
#include "meta_internal.h"

NvDsFrameMeta *nvds_acquire_frame_meta_from_pool(NvDsBatchMeta *batch_meta)
{
  return meta_pool_acquire(batch_meta, META_KIND_FRAME);
}

NvDsObjectMeta *nvds_acquire_obj_meta_from_pool(NvDsBatchMeta *batch_meta)
{
  return meta_pool_acquire(batch_meta, META_KIND_OBJ);
}

NvDsClassifierMeta *
nvds_acquire_classifier_meta_from_pool(NvDsBatchMeta *batch_meta)
{
  return meta_pool_acquire(batch_meta, META_KIND_CLASSIFIER);
}

NvDsDisplayMeta *nvds_acquire_display_meta_from_pool(NvDsBatchMeta *batch_meta)
{
  return meta_pool_acquire(batch_meta, META_KIND_DISPLAY);
}

NvDsUserMeta *nvds_acquire_user_meta_from_pool(NvDsBatchMeta *batch_meta)
{
  return meta_pool_acquire(batch_meta, META_KIND_USER);
}

NvDsLabelInfo *nvds_acquire_label_info_meta_from_pool(NvDsBatchMeta *batch_meta)
{
  return meta_pool_acquire(batch_meta, META_KIND_LABEL);
}
