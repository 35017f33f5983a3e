//go:build !deepstream

/* Batch meta lifetime and read helpers. */
#include <stdio.h>

#include "meta_internal.h"

/* Creates a batch meta with one pool per kind, pre-filled (see meta_pool.c:
 * max_batch_size frames and display metas, 8x objects, 4x classifier, label
 * and user metas). base_meta.batch_meta points to the batch itself and its
 * copy/release funcs are nvds_batch_meta_copy_func/release_func. Never NULL;
 * max_batch_size 0 is accepted (pools pre-filled as for 1). */
NvDsBatchMeta *nvds_create_batch_meta(guint max_batch_size)
{
  BatchPriv *b = g_new0(BatchPriv, 1);
  NvDsBatchMeta *bm = &b->pub;
  b->magic = META_BATCH_MAGIC;
  bm->base_meta.batch_meta = bm;
  bm->base_meta.meta_type = NVDS_BATCH_META;
  bm->base_meta.copy_func = nvds_batch_meta_copy_func;
  bm->base_meta.release_func = nvds_batch_meta_release_func;
  bm->max_frames_in_batch = max_batch_size;
  g_rec_mutex_init(&bm->meta_mutex);
  meta_pools_init(b, max_batch_size);
  bm->frame_meta_pool = &b->pools[META_KIND_FRAME].pub;
  bm->obj_meta_pool = &b->pools[META_KIND_OBJ].pub;
  bm->classifier_meta_pool = &b->pools[META_KIND_CLASSIFIER].pub;
  bm->display_meta_pool = &b->pools[META_KIND_DISPLAY].pub;
  bm->user_meta_pool = &b->pools[META_KIND_USER].pub;
  bm->label_info_meta_pool = &b->pools[META_KIND_LABEL].pub;
  nvds_embedded_count_add(NVDS_EMBEDDED_BATCH_META, 1);
  return bm;
}

/* Frees the batch meta and every entry of its pools, attached or not; each
 * user meta still in use gets its release_func called once, strings and
 * masks are g_free'd. TRUE on success; FALSE (nothing done) for NULL or a
 * pointer that is not a live batch meta of this runtime. Must not race with
 * other users of the batch. */
gboolean nvds_destroy_batch_meta(NvDsBatchMeta *batch_meta)
{
  BatchPriv *b = meta_batch_priv(batch_meta);
  if (!b)
    return FALSE;
  meta_pools_destroy(b);
  g_list_free(batch_meta->frame_meta_list);
  g_list_free(batch_meta->batch_user_meta_list);
  g_rec_mutex_clear(&batch_meta->meta_mutex);
  b->magic = 0;
  batch_meta->base_meta.meta_type = NVDS_INVALID_META;
  g_free(b);
  nvds_embedded_count_add(NVDS_EMBEDDED_BATCH_META, -1);
  return TRUE;
}

/* Prints the batch's frame count and each pool's size and usage to stdout.
 * FALSE for NULL or an invalid batch meta. */
gboolean nvds_get_current_metadata_info(NvDsBatchMeta *batch_meta)
{
  BatchPriv *b = meta_batch_priv(batch_meta);
  if (!b)
    return FALSE;
  meta_lock(b);
  printf("batch meta %p: max_frames_in_batch %u, num_frames_in_batch %u\n",
         (void *)batch_meta, batch_meta->max_frames_in_batch,
         batch_meta->num_frames_in_batch);
  for (int k = 0; k < META_KIND_COUNT; k++) {
    NvDsMetaPool *p = &b->pools[k].pub;
    printf("  %-10s pool: %u elements of %u bytes, %u in use, %u free\n",
           meta_kind_label((MetaKind)k), p->max_elements_in_pool,
           p->element_size, p->num_full_elements, p->num_empty_elements);
  }
  meta_unlock(b);
  fflush(stdout);
  return TRUE;
}

/* The index-th frame meta of the list (0-based); NULL when out of range. */
NvDsFrameMeta *nvds_get_nth_frame_meta(NvDsFrameMetaList *frame_meta_list,
                                       guint index)
{
  return g_list_nth_data(frame_meta_list, index);
}
