//go:build !deepstream

/* The batch meta's own copy/release functions, as used for the NvDsMeta that
 * carries it on a GstBuffer. */
#include "meta_internal.h"

/* Deep copy of a batch meta: a new batch meta of the same max_frames_in_batch
 * holding copies of all frames (with objects, classifiers, labels, display
 * and user meta) and batch user meta; num_frames_in_batch, misc_batch_info,
 * reserved and base_meta.uContext are copied as values. The source is
 * locked while it is read. user_data is unused. NULL for NULL/invalid. */
gpointer nvds_batch_meta_copy_func(gpointer data, gpointer user_data)
{
  BatchPriv *src = meta_batch_priv(data);
  if (!src)
    return NULL;
  meta_lock(src);
  NvDsBatchMeta *dst = nvds_create_batch_meta(src->pub.max_frames_in_batch);
  nvds_copy_frame_meta_list(src->pub.frame_meta_list, dst);
  nvds_copy_batch_user_meta_list(src->pub.batch_user_meta_list, dst);
  dst->num_frames_in_batch = src->pub.num_frames_in_batch;
  dst->base_meta.uContext = src->pub.base_meta.uContext;
  memcpy(dst->misc_batch_info, src->pub.misc_batch_info,
         sizeof(dst->misc_batch_info));
  memcpy(dst->reserved, src->pub.reserved, sizeof(dst->reserved));
  meta_unlock(src);
  return dst;
}

/* Destroys the batch meta (nvds_destroy_batch_meta); user_data is unused. */
void nvds_batch_meta_release_func(gpointer data, gpointer user_data)
{
  nvds_destroy_batch_meta(data);
}
