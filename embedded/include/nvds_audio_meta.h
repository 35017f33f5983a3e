/* nvds_audio_meta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_AUDIO_META_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_AUDIO_META_H

#include "nvds_version.h"
#include "glib.h"
#include "gmodule.h"
#include <nvdsmeta.h>
#include <nvbufaudio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NvDsAudioFrameMeta NvDsAudioFrameMeta;

struct _NvDsAudioFrameMeta {
  NvDsBaseMeta base_meta;
  guint pad_index;
  guint batch_id;
  gint frame_num;
  guint64 buf_pts;
  guint64 ntp_timestamp;
  guint source_id;
  gint num_samples_per_frame;
  guint sample_rate;
  guint num_channels;
  NvBufAudioFormat format;
  NvBufAudioLayout layout;
  gboolean bInferDone;
  gint class_id;
  gfloat confidence;
  gchar class_label[MAX_LABEL_SIZE];
  NvDsClassifierMetaList *classifier_meta_list;
  NvDsUserMetaList *frame_user_meta_list;
  gint64 misc_frame_info[MAX_USER_FIELDS];
  gint64 reserved[MAX_RESERVED_FIELDS];
};

NvDsAudioFrameMeta *nvds_acquire_audio_frame_meta_from_pool(NvDsBatchMeta *batch_meta);
void nvds_add_audio_frame_meta_to_audio_batch(NvDsBatchMeta *batch_meta, NvDsAudioFrameMeta *frame_meta);
void nvds_add_classifier_meta_to_audio_frame(NvDsAudioFrameMeta *frame_meta, NvDsClassifierMeta *classifier_meta);
void nvds_add_user_meta_to_audio_batch(NvDsBatchMeta *batch_meta, NvDsUserMeta *user_meta);
void nvds_add_user_meta_to_audio_frame(NvDsAudioFrameMeta *frame_meta, NvDsUserMeta *user_meta);
gpointer nvds_audio_batch_meta_copy_func(gpointer data, gpointer user_data);
void nvds_audio_batch_meta_release_func(gpointer data, gpointer user_data);
void nvds_clear_audio_batch_user_meta_list(NvDsBatchMeta *batch_meta, NvDsUserMetaList *meta_list);
void nvds_clear_audio_classifier_meta_list(NvDsAudioFrameMeta *frame_meta, NvDsClassifierMetaList *meta_list);
void nvds_clear_audio_frame_meta_list(NvDsBatchMeta *batch_meta, NvDsFrameMetaList *meta_list);
void nvds_clear_audio_frame_user_meta_list(NvDsAudioFrameMeta *frame_meta, NvDsUserMetaList *meta_list);
void nvds_copy_audio_batch_user_meta_list(NvDsUserMetaList *src_user_meta_list, NvDsBatchMeta *dst_batch_meta);
void nvds_copy_audio_classification_list(NvDsClassifierMetaList *src_classifier_meta_list, NvDsAudioFrameMeta *dst_frame_meta);
void nvds_copy_audio_frame_meta(NvDsAudioFrameMeta *src_frame_meta, NvDsAudioFrameMeta *dst_frame_meta);
void nvds_copy_audio_frame_meta_list(NvDsFrameMetaList *src_frame_meta_list, NvDsBatchMeta *dst_batch_meta);
void nvds_copy_audio_frame_user_meta_list(NvDsUserMetaList *src_user_meta_list, NvDsAudioFrameMeta *dst_frame_meta);
NvDsBatchMeta *nvds_create_audio_batch_meta(guint max_batch_size);
gboolean nvds_destroy_audio_batch_meta(NvDsBatchMeta *batch_meta);
NvDsAudioFrameMeta *nvds_get_nth_audio_frame_meta(NvDsFrameMetaList *frame_meta_list, guint index);
void nvds_remove_audio_frame_meta_from_audio_batch(NvDsBatchMeta *batch_meta, NvDsAudioFrameMeta *frame_meta);
void nvds_remove_classifier_meta_from_audio_frame(NvDsAudioFrameMeta *frame_meta, NvDsClassifierMeta *classifier_meta);
void nvds_remove_user_meta_from_audio_batch(NvDsBatchMeta *batch_meta, NvDsUserMeta *user_meta);
void nvds_remove_user_meta_from_audio_frame(NvDsAudioFrameMeta *frame_meta, NvDsUserMeta *user_meta);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_AUDIO_META_H */
