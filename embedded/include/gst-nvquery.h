/* gst-nvquery.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GST_NVQUERY_H
#define GO_DEEPSTREAM_EMBEDDED_GST_NVQUERY_H

#include "nvds_version.h"
#include <gst/gst.h>
#include <gst/base/gstbasetransform.h>

#ifdef __cplusplus
extern "C" {
#endif

GstQuery *gst_nvquery_batch_size_new(void);
gboolean gst_nvquery_batch_size_parse(GstQuery *query, guint *batch_size);
void gst_nvquery_batch_size_set(GstQuery *query, guint batch_size);
#if NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)
GstQuery *gst_nvquery_image_embedding_new(const gchar *image_path, const gchar *model, gboolean has_bbox, gdouble bbox_left, gdouble bbox_top, gdouble bbox_width, gdouble bbox_height);
#endif
#if NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)
gboolean gst_nvquery_image_embedding_parse(GstQuery *query, const gchar **id, guint64 *created, const gchar **model, const GValue **data);
#endif
#if NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)
gboolean gst_nvquery_image_embedding_parse_request(GstQuery *query, const gchar **image_path, const gchar **model, gboolean *has_bbox, gdouble *bbox_left, gdouble *bbox_top, gdouble *bbox_width, gdouble *bbox_height);
#endif
#if NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)
void gst_nvquery_image_embedding_set(GstQuery *query, const gchar *id, guint64 created, const gchar *model, const GValue *data);
#endif
gboolean gst_nvquery_is_batch_size(GstQuery *query);
#if NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)
gboolean gst_nvquery_is_image_embedding(GstQuery *query);
#endif
gboolean gst_nvquery_is_numStreams_size(GstQuery *query);
gboolean gst_nvquery_is_preprocess_poolsize(GstQuery *query);
#if NVDS_VERSION_MAJOR >= 9
gboolean gst_nvquery_is_text_embedding(GstQuery *query);
#endif
gboolean gst_nvquery_is_update_caps(GstQuery *query);
GstQuery *gst_nvquery_numStreams_size_new(void);
gboolean gst_nvquery_numStreams_size_parse(GstQuery *query, guint *numStreams_size);
void gst_nvquery_numStreams_size_set(GstQuery *query, guint numStreams_size);
void gst_nvquery_parse_update_caps(GstQuery *query, guint *stream_index, const GValue *frame_rate);
gboolean gst_nvquery_preprocess_poolsize_gieid_parse(GstQuery *query, guint *gieId);
GstQuery *gst_nvquery_preprocess_poolsize_new(guint gieid);
gboolean gst_nvquery_preprocess_poolsize_parse(GstQuery *query, guint *preprocess_poolsize);
void gst_nvquery_preprocess_poolsize_set(GstQuery *query, guint preprocess_poolsize);
#if NVDS_VERSION_MAJOR >= 9
GstQuery *gst_nvquery_text_embedding_new(const gchar *text_input, const gchar *model);
#endif
#if NVDS_VERSION_MAJOR >= 9
gboolean gst_nvquery_text_embedding_parse(GstQuery *query, const gchar **id, guint64 *created, const gchar **model, const GValue **data);
#endif
#if NVDS_VERSION_MAJOR >= 9
gboolean gst_nvquery_text_embedding_parse_request(GstQuery *query, const gchar **text_input, const gchar **model);
#endif
#if NVDS_VERSION_MAJOR >= 9
void gst_nvquery_text_embedding_set(GstQuery *query, const gchar *id, guint64 created, const gchar *model, const GValue *data);
#endif
gboolean gst_nvquery_update_caps_peer_query(GstPad *srcpad, GstStructure *str);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GST_NVQUERY_H */
