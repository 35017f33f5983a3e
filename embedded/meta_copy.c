//go:build !deepstream

/* nvds_copy_*_meta: copy one entry's content into another entry.
 *
 * dst must be an in-use pooled entry of the same kind and src an entry whose
 * base_meta.meta_type is that kind; otherwise (or when src == dst) nothing
 * happens. dst keeps its own base_meta, its lists (sub-meta are copied by the
 * nvds_copy_*_list functions) and its list counters (num_obj_meta,
 * num_labels), and for objects its parent (which may belong to another
 * batch). Owned memory is duplicated: display_text, mask data and
 * pResult_label; what dst owned before is g_free'd. font_name, classifier_type
 * and the frame's sensor strings are copied as pointers (never owned). */
#include "meta_internal.h"

/* dst's batch, locked, when dst/src are a valid pair of the kind. */
static BatchPriv *copy_begin(gconstpointer src, gpointer dst, MetaKind kind,
                             NvDsMetaType type)
{
  BatchPriv *b = NULL;
  if (!src || src == dst ||
      ((const NvDsBaseMeta *)src)->meta_type != type ||
      !meta_slot_of(dst, kind, &b))
    return NULL;
  meta_lock(b);
  return b;
}

static char *dup_text(const char *s)
{
  return s ? g_strdup(s) : NULL;
}

void nvds_copy_frame_meta(NvDsFrameMeta *src_frame_meta,
                          NvDsFrameMeta *dst_frame_meta)
{
  BatchPriv *b = copy_begin(src_frame_meta, dst_frame_meta, META_KIND_FRAME,
                            NVDS_FRAME_META);
  if (!b)
    return;
  NvDsFrameMeta keep = *dst_frame_meta;
  *dst_frame_meta = *src_frame_meta;
  dst_frame_meta->base_meta = keep.base_meta;
  dst_frame_meta->num_obj_meta = keep.num_obj_meta;
  dst_frame_meta->obj_meta_list = keep.obj_meta_list;
  dst_frame_meta->display_meta_list = keep.display_meta_list;
  dst_frame_meta->frame_user_meta_list = keep.frame_user_meta_list;
  meta_unlock(b);
}

void nvds_copy_obj_meta(NvDsObjectMeta *src_object_meta,
                        NvDsObjectMeta *dst_object_meta)
{
  NvDsObjectMeta *src = src_object_meta, *dst = dst_object_meta;
  BatchPriv *b = copy_begin(src, dst, META_KIND_OBJ, NVDS_OBJ_META);
  if (!b)
    return;
  g_free(dst->text_params.display_text);
  g_free(dst->mask_params.data);
  NvDsObjectMeta keep = *dst;
  *dst = *src;
  dst->base_meta = keep.base_meta;
  dst->parent = keep.parent;
  dst->classifier_meta_list = keep.classifier_meta_list;
  dst->obj_user_meta_list = keep.obj_user_meta_list;
  dst->text_params.display_text = dup_text(src->text_params.display_text);
  /* size is in bytes; when unset, assume width x height floats. */
  gsize n = src->mask_params.size
                ? src->mask_params.size
                : (gsize)src->mask_params.width * src->mask_params.height *
                      sizeof(float);
  dst->mask_params.data = NULL;
  if (src->mask_params.data && n) {
    dst->mask_params.data = g_malloc(n);
    memcpy(dst->mask_params.data, src->mask_params.data, n);
  }
  meta_unlock(b);
}

void nvds_copy_classifier_meta(NvDsClassifierMeta *src_classifier_meta,
                               NvDsClassifierMeta *dst_classifier_meta)
{
  BatchPriv *b = copy_begin(src_classifier_meta, dst_classifier_meta,
                            META_KIND_CLASSIFIER, NVDS_CLASSIFIER_META);
  if (!b)
    return;
  NvDsClassifierMeta keep = *dst_classifier_meta;
  *dst_classifier_meta = *src_classifier_meta;
  dst_classifier_meta->base_meta = keep.base_meta;
  dst_classifier_meta->num_labels = keep.num_labels;
  dst_classifier_meta->label_info_list = keep.label_info_list;
  meta_unlock(b);
}

void nvds_copy_label_info_meta(NvDsLabelInfo *src_label_info,
                               NvDsLabelInfo *dst_label_info)
{
  BatchPriv *b = copy_begin(src_label_info, dst_label_info, META_KIND_LABEL,
                            NVDS_LABEL_INFO_META);
  if (!b)
    return;
  g_free(dst_label_info->pResult_label);
  NvDsBaseMeta base = dst_label_info->base_meta;
  *dst_label_info = *src_label_info;
  dst_label_info->base_meta = base;
  dst_label_info->pResult_label = dup_text(src_label_info->pResult_label);
  meta_unlock(b);
}

void nvds_copy_display_meta(NvDsDisplayMeta *src_display_meta,
                            NvDsDisplayMeta *dst_display_meta)
{
  BatchPriv *b = copy_begin(src_display_meta, dst_display_meta,
                            META_KIND_DISPLAY, NVDS_DISPLAY_META);
  if (!b)
    return;
  for (int i = 0; i < MAX_ELEMENTS_IN_DISPLAY_META; i++)
    g_free(dst_display_meta->text_params[i].display_text);
  NvDsBaseMeta base = dst_display_meta->base_meta;
  *dst_display_meta = *src_display_meta;
  dst_display_meta->base_meta = base;
  for (int i = 0; i < MAX_ELEMENTS_IN_DISPLAY_META; i++)
    dst_display_meta->text_params[i].display_text =
        dup_text(src_display_meta->text_params[i].display_text);
  meta_unlock(b);
}
