//go:build !deepstream

/* nvds_clear_*_list: remove several entries from one container at once.
 *
 * meta_list is usually the container's own list (then the container's list
 * ends up NULL and its counter 0), but may be any list of entries: each one
 * attached to the container is removed as by nvds_remove_*; others are
 * skipped; a separate meta_list itself is left to the caller. */
#include "meta_internal.h"

void nvds_clear_frame_meta_list(NvDsBatchMeta *batch_meta,
                                NvDsFrameMetaList *meta_list)
{
  if (batch_meta)
    meta_clear(batch_meta, META_PARENT_BATCH, &batch_meta->frame_meta_list,
               meta_list, META_KIND_FRAME, &batch_meta->num_frames_in_batch);
}

void nvds_clear_obj_meta_list(NvDsFrameMeta *frame_meta,
                              NvDsObjectMetaList *meta_list)
{
  if (frame_meta)
    meta_clear(frame_meta, META_KIND_FRAME, &frame_meta->obj_meta_list,
               meta_list, META_KIND_OBJ, &frame_meta->num_obj_meta);
}

void nvds_clear_classifier_meta_list(NvDsObjectMeta *obj_meta,
                                     NvDsClassifierMetaList *meta_list)
{
  if (obj_meta)
    meta_clear(obj_meta, META_KIND_OBJ, &obj_meta->classifier_meta_list,
               meta_list, META_KIND_CLASSIFIER, NULL);
}

void nvds_clear_label_info_meta_list(NvDsClassifierMeta *classifier_meta,
                                     NvDsLabelInfoList *meta_list)
{
  if (classifier_meta)
    meta_clear(classifier_meta, META_KIND_CLASSIFIER,
               &classifier_meta->label_info_list, meta_list, META_KIND_LABEL,
               &classifier_meta->num_labels);
}

void nvds_clear_display_meta_list(NvDsFrameMeta *frame_meta,
                                  NvDisplayMetaList *meta_list)
{
  if (frame_meta)
    meta_clear(frame_meta, META_KIND_FRAME, &frame_meta->display_meta_list,
               meta_list, META_KIND_DISPLAY, NULL);
}

void nvds_clear_batch_user_meta_list(NvDsBatchMeta *batch_meta,
                                     NvDsUserMetaList *meta_list)
{
  if (batch_meta)
    meta_clear(batch_meta, META_PARENT_BATCH,
               &batch_meta->batch_user_meta_list, meta_list, META_KIND_USER,
               NULL);
}

void nvds_clear_frame_user_meta_list(NvDsFrameMeta *frame_meta,
                                     NvDsUserMetaList *meta_list)
{
  if (frame_meta)
    meta_clear(frame_meta, META_KIND_FRAME, &frame_meta->frame_user_meta_list,
               meta_list, META_KIND_USER, NULL);
}

void nvds_clear_obj_user_meta_list(NvDsObjectMeta *object_meta,
                                   NvDsUserMetaList *meta_list)
{
  if (object_meta)
    meta_clear(object_meta, META_KIND_OBJ, &object_meta->obj_user_meta_list,
               meta_list, META_KIND_USER, NULL);
}

/* Low-level: returns every element of meta_list that is an in-use entry of
 * meta_pool (a pool of batch_meta) to that pool, with its sub-meta, without
 * unlinking it from any parent, and frees meta_list's nodes. Returns the list
 * of the elements it did not release (NULL normally); the caller stores it
 * in place of meta_list and fixes the owner's counter. For a NULL/invalid
 * batch or a foreign pool, returns meta_list untouched. */
NvDsMetaList *nvds_clear_meta_list(NvDsBatchMeta *batch_meta,
                                   NvDsMetaList *meta_list,
                                   NvDsMetaPool *meta_pool)
{
  BatchPriv *b = meta_batch_priv(batch_meta);
  MetaPool *p = NULL;
  if (!b || !meta_pool)
    return meta_list;
  for (int k = 0; k < META_KIND_COUNT; k++)
    if (&b->pools[k].pub == meta_pool)
      p = &b->pools[k];
  if (!p)
    return meta_list;
  meta_lock(b);
  GList *rest = NULL;
  for (GList *l = meta_list; l; l = l->next) {
    MetaSlot *s = meta_pool_slot(p, l->data);
    if (s && s->in_use)
      meta_release_tree(b, p->kind, l->data);
    else
      rest = g_list_prepend(rest, l->data);
  }
  g_list_free(meta_list);
  meta_unlock(b);
  return g_list_reverse(rest);
}
