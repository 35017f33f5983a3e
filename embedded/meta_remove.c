//go:build !deepstream

/* nvds_remove_*: unlink an entry from its container and return it, with all
 * its sub-meta, to the pools (user meta: release_func called once; strings
 * and masks g_free'd). Counters shrink by one. Removing an object also clears
 * the parent pointer of the frame's objects that pointed to it. Silent no-op
 * unless the entry is in use and was added to exactly this container. */
#include "meta_internal.h"

void nvds_remove_frame_meta_from_batch(NvDsBatchMeta *batch_meta,
                                       NvDsFrameMeta *frame_meta)
{
  if (batch_meta)
    meta_detach(batch_meta, META_PARENT_BATCH, &batch_meta->frame_meta_list,
                frame_meta, META_KIND_FRAME, &batch_meta->num_frames_in_batch);
}

void nvds_remove_obj_meta_from_frame(NvDsFrameMeta *frame_meta,
                                     NvDsObjectMeta *obj_meta)
{
  if (frame_meta)
    meta_detach(frame_meta, META_KIND_FRAME, &frame_meta->obj_meta_list,
                obj_meta, META_KIND_OBJ, &frame_meta->num_obj_meta);
}

void nvds_remove_classifier_meta_from_obj(NvDsObjectMeta *obj_meta,
                                          NvDsClassifierMeta *classifier_meta)
{
  if (obj_meta)
    meta_detach(obj_meta, META_KIND_OBJ, &obj_meta->classifier_meta_list,
                classifier_meta, META_KIND_CLASSIFIER, NULL);
}

void nvds_remove_classifier_meta_from_roi(NvDsRoiMeta *roi_meta,
                                          NvDsClassifierMeta *classifier_meta)
{
  if (roi_meta)
    meta_detach(roi_meta, META_PARENT_EXTERNAL, &roi_meta->classifier_meta_list,
                classifier_meta, META_KIND_CLASSIFIER, NULL);
}

void nvds_remove_label_info_meta_from_classifier(
    NvDsClassifierMeta *classifier_meta, NvDsLabelInfo *label_info_meta)
{
  if (classifier_meta)
    meta_detach(classifier_meta, META_KIND_CLASSIFIER,
                &classifier_meta->label_info_list, label_info_meta,
                META_KIND_LABEL, &classifier_meta->num_labels);
}

void nvds_remove_display_meta_from_frame(NvDsFrameMeta *frame_meta,
                                         NvDsDisplayMeta *display_meta)
{
  if (frame_meta)
    meta_detach(frame_meta, META_KIND_FRAME, &frame_meta->display_meta_list,
                display_meta, META_KIND_DISPLAY, NULL);
}

void nvds_remove_user_meta_from_batch(NvDsBatchMeta *batch_meta,
                                      NvDsUserMeta *user_meta)
{
  if (batch_meta)
    meta_detach(batch_meta, META_PARENT_BATCH,
                &batch_meta->batch_user_meta_list, user_meta, META_KIND_USER,
                NULL);
}

void nvds_remove_user_meta_from_frame(NvDsFrameMeta *frame_meta,
                                      NvDsUserMeta *user_meta)
{
  if (frame_meta)
    meta_detach(frame_meta, META_KIND_FRAME, &frame_meta->frame_user_meta_list,
                user_meta, META_KIND_USER, NULL);
}

void nvds_remove_user_meta_from_object(NvDsObjectMeta *obj_meta,
                                       NvDsUserMeta *user_meta)
{
  if (obj_meta)
    meta_detach(obj_meta, META_KIND_OBJ, &obj_meta->obj_user_meta_list,
                user_meta, META_KIND_USER, NULL);
}

void nvds_remove_user_meta_from_roi(NvDsRoiMeta *roi_meta,
                                    NvDsUserMeta *user_meta)
{
  if (roi_meta)
    meta_detach(roi_meta, META_PARENT_EXTERNAL, &roi_meta->roi_user_meta_list,
                user_meta, META_KIND_USER, NULL);
}
