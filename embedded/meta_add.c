//go:build !deepstream

/* nvds_add_*: attach an acquired entry to its container (appended, so lists
 * keep insertion order). Counters: num_frames_in_batch, num_obj_meta and
 * num_labels grow by one per add. Silent no-op for NULL, a released entry, a
 * wrong kind, an entry already attached, or a container of another batch. */
#include "meta_internal.h"

void nvds_add_frame_meta_to_batch(NvDsBatchMeta *batch_meta,
                                  NvDsFrameMeta *frame_meta)
{
  if (batch_meta)
    meta_attach(batch_meta, META_PARENT_BATCH, &batch_meta->frame_meta_list,
                frame_meta, META_KIND_FRAME, &batch_meta->num_frames_in_batch);
}

/* obj_parent is stored as obj_meta->parent (any object, or NULL). */
void nvds_add_obj_meta_to_frame(NvDsFrameMeta *frame_meta,
                                NvDsObjectMeta *obj_meta,
                                NvDsObjectMeta *obj_parent)
{
  if (frame_meta &&
      meta_attach(frame_meta, META_KIND_FRAME, &frame_meta->obj_meta_list,
                  obj_meta, META_KIND_OBJ, &frame_meta->num_obj_meta))
    obj_meta->parent = obj_parent;
}

void nvds_add_classifier_meta_to_object(NvDsObjectMeta *obj_meta,
                                        NvDsClassifierMeta *classifier_meta)
{
  if (obj_meta)
    meta_attach(obj_meta, META_KIND_OBJ, &obj_meta->classifier_meta_list,
                classifier_meta, META_KIND_CLASSIFIER, NULL);
}

void nvds_add_classifier_meta_to_roi(NvDsRoiMeta *roi_meta,
                                     NvDsClassifierMeta *classifier_meta)
{
  if (roi_meta)
    meta_attach(roi_meta, META_PARENT_EXTERNAL, &roi_meta->classifier_meta_list,
                classifier_meta, META_KIND_CLASSIFIER, NULL);
}

void nvds_add_label_info_meta_to_classifier(NvDsClassifierMeta *classifier_meta,
                                            NvDsLabelInfo *label_info_meta)
{
  if (classifier_meta)
    meta_attach(classifier_meta, META_KIND_CLASSIFIER,
                &classifier_meta->label_info_list, label_info_meta,
                META_KIND_LABEL, &classifier_meta->num_labels);
}

void nvds_add_display_meta_to_frame(NvDsFrameMeta *frame_meta,
                                    NvDsDisplayMeta *display_meta)
{
  if (frame_meta)
    meta_attach(frame_meta, META_KIND_FRAME, &frame_meta->display_meta_list,
                display_meta, META_KIND_DISPLAY, NULL);
}

void nvds_add_user_meta_to_batch(NvDsBatchMeta *batch_meta,
                                 NvDsUserMeta *user_meta)
{
  if (batch_meta)
    meta_attach(batch_meta, META_PARENT_BATCH,
                &batch_meta->batch_user_meta_list, user_meta, META_KIND_USER,
                NULL);
}

void nvds_add_user_meta_to_frame(NvDsFrameMeta *frame_meta,
                                 NvDsUserMeta *user_meta)
{
  if (frame_meta)
    meta_attach(frame_meta, META_KIND_FRAME, &frame_meta->frame_user_meta_list,
                user_meta, META_KIND_USER, NULL);
}

void nvds_add_user_meta_to_obj(NvDsObjectMeta *obj_meta,
                               NvDsUserMeta *user_meta)
{
  if (obj_meta)
    meta_attach(obj_meta, META_KIND_OBJ, &obj_meta->obj_user_meta_list,
                user_meta, META_KIND_USER, NULL);
}

void nvds_add_user_meta_to_roi(NvDsRoiMeta *roi_meta, NvDsUserMeta *user_meta)
{
  if (roi_meta)
    meta_attach(roi_meta, META_PARENT_EXTERNAL, &roi_meta->roi_user_meta_list,
                user_meta, META_KIND_USER, NULL);
}
