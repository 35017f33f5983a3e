//go:build !deepstream

/* gstnvdsmeta.h: the GstMeta (NvDsMeta) that carries DeepStream metadata,
 * usually the NvDsBatchMeta, on a GstBuffer. See docs/embedded-runtime.md. */
#include "gstnvdsmeta.h"
#include "meta_internal.h"
#include "nvds_audio_meta.h"

/* Registered without tags: the meta describes no memory or video property,
 * so generic elements (GstBaseTransform, videoconvert, ...) keep it. */
GType nvds_meta_api_get_type(void)
{
  static gsize api = 0;
  static const gchar *tags[] = {NULL};
  if (g_once_init_enter(&api))
    g_once_init_leave(&api, gst_meta_api_type_register("NvDsMetaAPI", tags));
  return (GType)api;
}

static gboolean nvds_meta_init(GstMeta *meta, gpointer params,
                               GstBuffer *buffer)
{
  NvDsMeta *m = (NvDsMeta *)meta;
  m->meta_data = m->user_data = NULL;
  m->meta_type = NVDS_GST_INVALID_META;
  m->copyfunc = m->gst_to_nvds_meta_transform_func = NULL;
  m->freefunc = m->gst_to_nvds_meta_release_func = NULL;
  nvds_embedded_count_add(NVDS_EMBEDDED_GST_META, 1);
  return TRUE;
}

/* freefunc(meta_data, user_data) runs exactly once, when set. */
static void nvds_meta_free(GstMeta *meta, GstBuffer *buffer)
{
  NvDsMeta *m = (NvDsMeta *)meta;
  NvDsMetaReleaseFunc release = m->freefunc;
  m->freefunc = NULL;
  if (release)
    release(m->meta_data, m->user_data);
  m->meta_data = NULL;
  nvds_embedded_count_add(NVDS_EMBEDDED_GST_META, -1);
}

/* Copy transforms (gst_buffer_copy, make_writable, GstBaseTransform) give
 * the new buffer its own meta_data from copyfunc(meta_data, user_data), with
 * the same user_data, functions and meta_type. Without copyfunc the pointer
 * is shared only when there is no freefunc either. Every other transform
 * (scale, ...) is refused: the metadata describes the frames it came with. */
static gboolean nvds_meta_transform(GstBuffer *dest, GstMeta *meta,
                                    GstBuffer *buffer, GQuark type,
                                    gpointer data)
{
  NvDsMeta *src = (NvDsMeta *)meta;
  gpointer copy;
  if (!GST_META_TRANSFORM_IS_COPY(type))
    return FALSE;
  if (src->copyfunc)
    copy = src->copyfunc(src->meta_data, src->user_data);
  else if (!src->freefunc)
    copy = src->meta_data;
  else
    return FALSE;
  if (src->meta_data && !copy)
    return FALSE;
  NvDsMeta *dst = gst_buffer_add_nvds_meta(dest, copy, src->user_data,
                                           src->copyfunc, src->freefunc);
  if (!dst) {
    if (src->copyfunc && src->freefunc)
      src->freefunc(copy, src->user_data);
    return FALSE;
  }
  dst->meta_type = src->meta_type;
  dst->gst_to_nvds_meta_transform_func = src->gst_to_nvds_meta_transform_func;
  dst->gst_to_nvds_meta_release_func = src->gst_to_nvds_meta_release_func;
  return TRUE;
}

const GstMetaInfo *nvds_meta_get_info(void)
{
  static const GstMetaInfo *info = NULL;
  if (g_once_init_enter(&info))
    g_once_init_leave(&info,
                      gst_meta_register(NVDS_META_API_TYPE, "NvDsMeta",
                                        sizeof(NvDsMeta), nvds_meta_init,
                                        nvds_meta_free, nvds_meta_transform));
  return info;
}

/* Attaches a new NvDsMeta holding meta_data/user_data and the copy/release
 * functions; meta_type starts as NVDS_GST_INVALID_META for the caller to set
 * (NVDS_BATCH_GST_META for a batch meta). NULL, without a warning, for a NULL
 * or non-writable buffer; meta_data then stays the caller's. */
NvDsMeta *gst_buffer_add_nvds_meta(GstBuffer *buffer, gpointer meta_data,
                                   gpointer user_data,
                                   NvDsMetaCopyFunc copy_func,
                                   NvDsMetaReleaseFunc release_func)
{
  if (!buffer || !GST_IS_BUFFER(buffer) || !gst_buffer_is_writable(buffer))
    return NULL;
  NvDsMeta *m = (NvDsMeta *)gst_buffer_add_meta(buffer, NVDS_META_INFO, NULL);
  if (!m)
    return NULL;
  m->meta_data = meta_data;
  m->user_data = user_data;
  m->copyfunc = copy_func;
  m->freefunc = release_func;
  return m;
}

/* The first NvDsMeta of the buffer (any meta_type); NULL if none/NULL. */
NvDsMeta *gst_buffer_get_nvds_meta(GstBuffer *buffer)
{
  if (!buffer || !GST_IS_BUFFER(buffer))
    return NULL;
  return (NvDsMeta *)gst_buffer_get_meta(buffer, NVDS_META_API_TYPE);
}

/* meta_data of the first NvDsMeta whose meta_type is NVDS_BATCH_GST_META;
 * NULL if none or for NULL. */
NvDsBatchMeta *gst_buffer_get_nvds_batch_meta(GstBuffer *buffer)
{
  gpointer state = NULL;
  GstMeta *meta;
  if (!buffer || !GST_IS_BUFFER(buffer))
    return NULL;
  while ((meta = gst_buffer_iterate_meta_filtered(buffer, &state,
                                                  NVDS_META_API_TYPE)))
    if (((NvDsMeta *)meta)->meta_type == NVDS_BATCH_GST_META)
      return ((NvDsMeta *)meta)->meta_data;
  return NULL;
}

/* Converts each NvDsMeta of src_gst_buffer that has a
 * gst_to_nvds_meta_transform_func (batch metas excluded) into a user meta of
 * batch_meta appended to *list: meta_type = the NvDsMeta's meta_type,
 * user_meta_data = transform(user_meta, user_data) called while
 * user_meta_data still holds the NvDsMeta's meta_data, copy_func = that
 * transform (same contract as a user meta copy_func), release_func =
 * gst_to_nvds_meta_release_func. */
static void copy_gst_meta(GstBuffer *src, NvDsBatchMeta *batch_meta,
                          gpointer container, int parent_kind, GList **list)
{
  gpointer state = NULL;
  GstMeta *meta;
  if (!src || !GST_IS_BUFFER(src) || !meta_batch_priv(batch_meta))
    return;
  while ((meta = gst_buffer_iterate_meta_filtered(src, &state,
                                                  NVDS_META_API_TYPE))) {
    NvDsMeta *m = (NvDsMeta *)meta;
    if (m->meta_type == NVDS_BATCH_GST_META ||
        !m->gst_to_nvds_meta_transform_func)
      continue;
    NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(batch_meta);
    u->base_meta.meta_type = (NvDsMetaType)m->meta_type;
    u->user_meta_data = m->meta_data;
    u->user_meta_data = m->gst_to_nvds_meta_transform_func(u, m->user_data);
    u->base_meta.copy_func = m->gst_to_nvds_meta_transform_func;
    u->base_meta.release_func = m->gst_to_nvds_meta_release_func;
    /* On failure the entry stays unattached; destroy releases it. */
    meta_attach(container, parent_kind, list, u, META_KIND_USER, NULL);
  }
}

/* NVDS_BUFFER_GST_AS_FRAME_USER_META semantics: the NvDsMeta of one input
 * buffer become frame user meta (see copy_gst_meta). frame_meta must belong
 * to batch_meta. No-op on any NULL/invalid argument. */
void nvds_copy_gst_meta_to_frame_meta(GstBuffer *src_gst_buffer,
                                      NvDsBatchMeta *batch_meta,
                                      NvDsFrameMeta *frame_meta)
{
  if (frame_meta && meta_slot_of(frame_meta, META_KIND_FRAME, NULL))
    copy_gst_meta(src_gst_buffer, batch_meta, frame_meta, META_KIND_FRAME,
                  &frame_meta->frame_user_meta_list);
}

/* Minimal audio variant: the same conversion appended to the audio frame's
 * frame_user_meta_list. The audio frame is not pooled by this runtime, so it
 * is not validated beyond NULL. */
void nvds_copy_gst_meta_to_audio_frame_meta(GstBuffer *src_gst_buffer,
                                            NvDsBatchMeta *batch_meta,
                                            NvDsAudioFrameMeta *frame_meta)
{
  if (frame_meta)
    copy_gst_meta(src_gst_buffer, batch_meta, frame_meta, META_PARENT_EXTERNAL,
                  &frame_meta->frame_user_meta_list);
}
