//go:build !deepstream

/* nvds_copy_*_list: deep-copy a list of entries, with their sub-meta, into a
 * container of (usually) another batch meta. Copies are acquired from the
 * destination's batch and appended through nvds_add_*, so counters follow.
 * Elements whose meta_type is not the list's kind are skipped. Reads of the
 * source are not locked; the destination batch is locked throughout. Only the
 * elements present at entry are copied, so a list may be copied into its own
 * container (duplicating it). */
#include "meta_internal.h"

/* Copies one user meta into a new entry of dst_batch; NULL when skipped.
 * The payload is copied by src's base_meta.copy_func(src, NULL), called once
 * per copy. Without copy_func: a payload nobody releases (no release_func)
 * is shared; one with a release_func cannot be copied safely and the entry
 * is skipped. meta_type, copy_func, release_func and uContext are carried. */
NvDsUserMeta *meta_copy_user(NvDsUserMeta *src, NvDsBatchMeta *dst_batch)
{
  if (!src || (!src->base_meta.copy_func && src->base_meta.release_func))
    return NULL;
  NvDsUserMeta *dst = nvds_acquire_user_meta_from_pool(dst_batch);
  if (!dst)
    return NULL;
  dst->user_meta_data = src->base_meta.copy_func
                            ? src->base_meta.copy_func(src, NULL)
                            : src->user_meta_data;
  dst->base_meta.meta_type = src->base_meta.meta_type;
  dst->base_meta.uContext = src->base_meta.uContext;
  dst->base_meta.copy_func = src->base_meta.copy_func;
  dst->base_meta.release_func = src->base_meta.release_func;
  return dst;
}

static gboolean is_kind(gconstpointer entry, NvDsMetaType type)
{
  return entry && ((const NvDsBaseMeta *)entry)->meta_type == type;
}

/* Locks the batch of a container (frame, object, classifier or batch). */
static BatchPriv *lock_container(gconstpointer container)
{
  BatchPriv *b = meta_entry_batch(container);
  meta_lock(b);
  return b;
}

void nvds_copy_batch_user_meta_list(NvDsUserMetaList *src_user_meta_list,
                                    NvDsBatchMeta *dst_batch_meta)
{
  BatchPriv *b = lock_container(dst_batch_meta);
  if (!b)
    return;
  for (GList *l = src_user_meta_list, *last = g_list_last(src_user_meta_list); l;
       l = l == last ? NULL : l->next) {
    NvDsUserMeta *u = meta_copy_user(l->data, dst_batch_meta);
    if (u)
      nvds_add_user_meta_to_batch(dst_batch_meta, u);
  }
  meta_unlock(b);
}

void nvds_copy_frame_user_meta_list(NvDsUserMetaList *src_user_meta_list,
                                    NvDsFrameMeta *dst_frame_meta)
{
  BatchPriv *b = lock_container(dst_frame_meta);
  if (!b)
    return;
  for (GList *l = src_user_meta_list, *last = g_list_last(src_user_meta_list); l;
       l = l == last ? NULL : l->next) {
    NvDsUserMeta *u = meta_copy_user(l->data, &b->pub);
    if (u)
      nvds_add_user_meta_to_frame(dst_frame_meta, u);
  }
  meta_unlock(b);
}

void nvds_copy_obj_user_meta_list(NvDsUserMetaList *src_user_meta_list,
                                  NvDsObjectMeta *dst_object_meta)
{
  BatchPriv *b = lock_container(dst_object_meta);
  if (!b)
    return;
  for (GList *l = src_user_meta_list, *last = g_list_last(src_user_meta_list); l;
       l = l == last ? NULL : l->next) {
    NvDsUserMeta *u = meta_copy_user(l->data, &b->pub);
    if (u)
      nvds_add_user_meta_to_obj(dst_object_meta, u);
  }
  meta_unlock(b);
}

void nvds_copy_label_info_list(NvDsLabelInfoList *src_label_info_list,
                               NvDsClassifierMeta *dst_classifier_meta)
{
  BatchPriv *b = lock_container(dst_classifier_meta);
  if (!b)
    return;
  for (GList *l = src_label_info_list, *last = g_list_last(src_label_info_list); l;
       l = l == last ? NULL : l->next) {
    if (!is_kind(l->data, NVDS_LABEL_INFO_META))
      continue;
    NvDsLabelInfo *dst = nvds_acquire_label_info_meta_from_pool(&b->pub);
    nvds_copy_label_info_meta(l->data, dst);
    nvds_add_label_info_meta_to_classifier(dst_classifier_meta, dst);
  }
  meta_unlock(b);
}

void nvds_copy_classification_list(NvDsClassifierMetaList *src_classifier_meta_list,
                                   NvDsObjectMeta *dst_object_meta)
{
  BatchPriv *b = lock_container(dst_object_meta);
  if (!b)
    return;
  for (GList *l = src_classifier_meta_list, *last = g_list_last(src_classifier_meta_list); l;
       l = l == last ? NULL : l->next) {
    NvDsClassifierMeta *src = l->data;
    if (!is_kind(src, NVDS_CLASSIFIER_META))
      continue;
    NvDsClassifierMeta *dst = nvds_acquire_classifier_meta_from_pool(&b->pub);
    nvds_copy_classifier_meta(src, dst);
    nvds_copy_label_info_list(src->label_info_list, dst);
    nvds_add_classifier_meta_to_object(dst_object_meta, dst);
  }
  meta_unlock(b);
}

void nvds_copy_display_meta_list(NvDisplayMetaList *src_display_meta_list,
                                 NvDsFrameMeta *dst_frame_meta)
{
  BatchPriv *b = lock_container(dst_frame_meta);
  if (!b)
    return;
  for (GList *l = src_display_meta_list, *last = g_list_last(src_display_meta_list); l;
       l = l == last ? NULL : l->next) {
    if (!is_kind(l->data, NVDS_DISPLAY_META))
      continue;
    NvDsDisplayMeta *dst = nvds_acquire_display_meta_from_pool(&b->pub);
    nvds_copy_display_meta(l->data, dst);
    nvds_add_display_meta_to_frame(dst_frame_meta, dst);
  }
  meta_unlock(b);
}

/* Parents are remapped: a copied object whose source parent is also in
 * src_obj_meta_list gets that object's copy as parent; any other parent
 * becomes NULL (never a pointer into the source batch). */
void nvds_copy_obj_meta_list(NvDsObjectMetaList *src_obj_meta_list,
                             NvDsFrameMeta *dst_frame_meta)
{
  BatchPriv *b = lock_container(dst_frame_meta);
  if (!b)
    return;
  GHashTable *copies = NULL; /* source object -> its copy */
  for (GList *l = src_obj_meta_list; l && !copies; l = l->next)
    if (is_kind(l->data, NVDS_OBJ_META) && ((NvDsObjectMeta *)l->data)->parent)
      copies = g_hash_table_new(g_direct_hash, g_direct_equal);
  for (GList *l = src_obj_meta_list, *last = g_list_last(src_obj_meta_list); l;
       l = l == last ? NULL : l->next) {
    NvDsObjectMeta *src = l->data;
    if (!is_kind(src, NVDS_OBJ_META))
      continue;
    NvDsObjectMeta *dst = nvds_acquire_obj_meta_from_pool(&b->pub);
    nvds_copy_obj_meta(src, dst);
    nvds_copy_classification_list(src->classifier_meta_list, dst);
    nvds_copy_obj_user_meta_list(src->obj_user_meta_list, dst);
    nvds_add_obj_meta_to_frame(dst_frame_meta, dst, NULL);
    if (copies)
      g_hash_table_insert(copies, src, dst);
  }
  if (copies) {
    GHashTableIter it;
    gpointer src, dst;
    g_hash_table_iter_init(&it, copies);
    while (g_hash_table_iter_next(&it, &src, &dst)) {
      NvDsObjectMeta *parent = ((NvDsObjectMeta *)src)->parent;
      if (parent)
        ((NvDsObjectMeta *)dst)->parent = g_hash_table_lookup(copies, parent);
    }
    g_hash_table_destroy(copies);
  }
  meta_unlock(b);
}

void nvds_copy_frame_meta_list(NvDsFrameMetaList *src_frame_meta_list,
                               NvDsBatchMeta *dst_batch_meta)
{
  BatchPriv *b = lock_container(dst_batch_meta);
  if (!b)
    return;
  for (GList *l = src_frame_meta_list, *last = g_list_last(src_frame_meta_list); l;
       l = l == last ? NULL : l->next) {
    NvDsFrameMeta *src = l->data;
    if (!is_kind(src, NVDS_FRAME_META))
      continue;
    NvDsFrameMeta *dst = nvds_acquire_frame_meta_from_pool(dst_batch_meta);
    nvds_copy_frame_meta(src, dst);
    nvds_copy_obj_meta_list(src->obj_meta_list, dst);
    nvds_copy_display_meta_list(src->display_meta_list, dst);
    nvds_copy_frame_user_meta_list(src->frame_user_meta_list, dst);
    nvds_add_frame_meta_to_batch(dst_batch_meta, dst);
  }
  meta_unlock(b);
}
