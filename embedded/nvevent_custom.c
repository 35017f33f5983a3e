//go:build !deepstream

/* nvevent_custom.c: the per-stream control events of gst-nvdscustomevent.h
 * (nvinfer interval, ROIs, nvdsosd process mode, nvdsanalytics and
 * nvtracker reconfiguration) and gst-nvcustomevent.h (decoder and encoder
 * settings), sent by an application or the REST server to change one
 * stream's settings while the pipeline runs. In the SDK they live in
 * libnvdsgst_customhelper.so; here they are part of libnvdsgst_meta.so.
 *
 * Each event is gst_event_new_custom(type, structure) with a "stream_id"
 * string and one value:
 *
 *   type                                        name                              value
 *   GST_NVEVENT_INFER_INTERVAL_UPDATE           nv-infer-interval-update          interval (guint)
 *   GST_NVEVENT_OSD_PROCESS_MODE_UPDATE         nv-osd-process-mode-update        process_mode (guint)
 *   GST_NVEVENT_ROI_UPDATE                      nv-roi-update                     roi-count (guint), then per
 *                                                                                 ROI i: roi_id_i (string),
 *                                                                                 left_i, top_i, width_i,
 *                                                                                 height_i (guint)
 *   GST_NVEVENT_NVTRACKER_CONFIG_UPDATE (8.0+)  nv-tracker-config-update          config_path (string)
 *   GST_NVEVENT_ANALYTICS_RELOAD_CONFIG_UPDATE  nv-analytics-reload_config-update config_file_path (string,
 *     (8.0+)                                                                      no stream_id)
 *   GST_NVEVENT_DEC_DROP_FRAME_INTERVAL_UPDATE  nv-dec-drop-frame-interval-update interval (guint)
 *   GST_NVEVENT_DEC_SKIP_FRAME_UPDATE           nv-dec-skip-frame-update          frame_type (guint)
 *   GST_NVEVENT_DEC_ENABLE_LOW_LATENCY_MODE     nv-dec-enable-low-latency-mode    enable (gint)
 *   GST_NVEVENT_ENC_BITRATE_UPDATE              nv-enc-bitrate-update             bitrate (guint)
 *   GST_NVEVENT_ENC_FORCE_IDR                   nv-enc-force-idr                  force (gint)
 *   GST_NVEVENT_ENC_FORCE_INTRA                 nv-enc-force-intra                force (gint)
 *   GST_NVEVENT_ENC_IFRAME_INTERVAL_UPDATE      nv-enc-iframeinterval-update      interval (guint)
 *
 * The parse functions check the event's type only and leave their outputs
 * alone for an event of another type. Strings they return are copies
 * (g_free them), and so is the ROI array (g_free it). */
#include <string.h>

#include "gst-nvcustomevent.h"
#include "gst-nvdscustomevent.h"

#define FIELD_STREAM_ID "stream_id"

static GstEvent *stream_event(guint type, GstStructure *s)
{
    return gst_event_new_custom((GstEventType)type, s);
}

static GstEvent *stream_uint_event(guint type, const char *name, const gchar *stream_id, const char *key, guint v)
{
    return stream_event(type, gst_structure_new(name, FIELD_STREAM_ID, G_TYPE_STRING, stream_id, key, G_TYPE_UINT,
                                                v, NULL));
}

static GstEvent *stream_int_event(guint type, const char *name, const gchar *stream_id, const char *key, gint v)
{
    return stream_event(type, gst_structure_new(name, FIELD_STREAM_ID, G_TYPE_STRING, stream_id, key, G_TYPE_INT,
                                                v, NULL));
}

static const GstStructure *structure_of(GstEvent *event, guint type)
{
    if (!event || (guint)GST_EVENT_TYPE(event) != type)
        return NULL;
    return gst_event_get_structure(event);
}

/* Stores a copy of the string field key (NULL when absent or NULL). */
static void get_string(const GstStructure *s, const char *key, gchar **out)
{
    if (out)
        *out = g_strdup(gst_structure_get_string(s, key));
}

static void parse_stream_uint(GstEvent *event, guint type, const char *key, gchar **stream_id, guint *v)
{
    const GstStructure *s = structure_of(event, type);
    if (!s)
        return;
    get_string(s, FIELD_STREAM_ID, stream_id);
    if (v)
        gst_structure_get_uint(s, key, v);
}

static void parse_stream_int(GstEvent *event, guint type, const char *key, gchar **stream_id, gint *v)
{
    const GstStructure *s = structure_of(event, type);
    if (!s)
        return;
    get_string(s, FIELD_STREAM_ID, stream_id);
    if (v)
        gst_structure_get_int(s, key, v);
}

/* ---- gst-nvdscustomevent.h ---- */

GstEvent *gst_nvevent_infer_interval_update(gchar *stream_id, guint interval)
{
    return stream_uint_event(GST_NVEVENT_INFER_INTERVAL_UPDATE, "nv-infer-interval-update", stream_id, "interval",
                             interval);
}

void gst_nvevent_parse_infer_interval_update(GstEvent *event, gchar **stream_id, guint *interval)
{
    parse_stream_uint(event, GST_NVEVENT_INFER_INTERVAL_UPDATE, "interval", stream_id, interval);
}

GstEvent *gst_nvevent_osd_process_mode_update(gchar *stream_id, guint process_mode)
{
    return stream_uint_event(GST_NVEVENT_OSD_PROCESS_MODE_UPDATE, "nv-osd-process-mode-update", stream_id,
                             "process_mode", process_mode);
}

void gst_nvevent_parse_osd_process_mode_update(GstEvent *event, gchar **stream_id, guint *process_mode)
{
    parse_stream_uint(event, GST_NVEVENT_OSD_PROCESS_MODE_UPDATE, "process_mode", stream_id, process_mode);
}

GstEvent *gst_nvevent_new_roi_update(gchar *stream_id, guint roi_count, RoiDimension *roi_dim)
{
    if (roi_count && !roi_dim)
        return NULL;
    GstStructure *s =
        gst_structure_new("nv-roi-update", FIELD_STREAM_ID, G_TYPE_STRING, stream_id, "roi-count", G_TYPE_UINT,
                          roi_count, NULL);
    for (guint i = 0; i < roi_count; i++) {
        const RoiDimension *r = &roi_dim[i];
        /* roi_id is a fixed array: read at most its size. */
        gchar *id = g_strndup(r->roi_id, sizeof r->roi_id);
        gchar key[32];
        g_snprintf(key, sizeof key, "roi_id_%u", i);
        gst_structure_set(s, key, G_TYPE_STRING, id, NULL);
        g_free(id);
        const struct {
            const char *name;
            guint v;
        } dims[] = {{"left", r->left}, {"top", r->top}, {"width", r->width}, {"height", r->height}};
        for (size_t k = 0; k < G_N_ELEMENTS(dims); k++) {
            g_snprintf(key, sizeof key, "%s_%u", dims[k].name, i);
            gst_structure_set(s, key, G_TYPE_UINT, dims[k].v, NULL);
        }
    }
    return stream_event(GST_NVEVENT_ROI_UPDATE, s);
}

void gst_nvevent_parse_roi_update(GstEvent *event, gchar **stream_id, guint *roi_count, RoiDimension **roi_dim)
{
    const GstStructure *s = structure_of(event, GST_NVEVENT_ROI_UPDATE);
    if (!s)
        return;
    get_string(s, FIELD_STREAM_ID, stream_id);
    guint n = 0;
    gst_structure_get_uint(s, "roi-count", &n);
    if (roi_count)
        *roi_count = n;
    if (!roi_dim)
        return;
    RoiDimension *out = n ? g_new0(RoiDimension, n) : NULL;
    for (guint i = 0; i < n; i++) {
        gchar key[32];
        g_snprintf(key, sizeof key, "roi_id_%u", i);
        const gchar *id = gst_structure_get_string(s, key);
        if (id)
            g_strlcpy(out[i].roi_id, id, sizeof out[i].roi_id);
        guint *dims[] = {&out[i].left, &out[i].top, &out[i].width, &out[i].height};
        const char *names[] = {"left", "top", "width", "height"};
        for (size_t k = 0; k < G_N_ELEMENTS(dims); k++) {
            g_snprintf(key, sizeof key, "%s_%u", names[k], i);
            gst_structure_get_uint(s, key, dims[k]);
        }
    }
    *roi_dim = out;
}

#if NVDS_VERSION_MAJOR >= 8
GstEvent *gst_nvevent_nvtracker_config_update(gchar *stream_id, gchar *configStr)
{
    return stream_event(GST_NVEVENT_NVTRACKER_CONFIG_UPDATE,
                        gst_structure_new("nv-tracker-config-update", FIELD_STREAM_ID, G_TYPE_STRING, stream_id,
                                          "config_path", G_TYPE_STRING, configStr, NULL));
}

void gst_nvevent_parse_nvtracker_config_update(GstEvent *event, gchar **stream_id, gchar **configStr)
{
    const GstStructure *s = structure_of(event, GST_NVEVENT_NVTRACKER_CONFIG_UPDATE);
    if (!s)
        return;
    get_string(s, FIELD_STREAM_ID, stream_id);
    get_string(s, "config_path", configStr);
}

GstEvent *gst_nvevent_analytics_reload_config_update(gchar *config_file_path)
{
    return stream_event(GST_NVEVENT_ANALYTICS_RELOAD_CONFIG_UPDATE,
                        gst_structure_new("nv-analytics-reload_config-update", "config_file_path", G_TYPE_STRING,
                                          config_file_path, NULL));
}

void gst_nvevent_parse_analytics_reload_config_update(GstEvent *event, gchar **config_file_path)
{
    const GstStructure *s = structure_of(event, GST_NVEVENT_ANALYTICS_RELOAD_CONFIG_UPDATE);
    if (s)
        get_string(s, "config_file_path", config_file_path);
}
#endif

/* ---- gst-nvcustomevent.h: decoder and encoder ---- */

GstEvent *gst_nvevent_dec_drop_frame_interval_update(gchar *stream_id, guint interval)
{
    return stream_uint_event(GST_NVEVENT_DEC_DROP_FRAME_INTERVAL_UPDATE, "nv-dec-drop-frame-interval-update",
                             stream_id, "interval", interval);
}

void gst_nvevent_parse_dec_drop_frame_interval_update(GstEvent *event, gchar **stream_id, guint *interval)
{
    parse_stream_uint(event, GST_NVEVENT_DEC_DROP_FRAME_INTERVAL_UPDATE, "interval", stream_id, interval);
}

GstEvent *gst_nvevent_dec_skip_frame_update(gchar *stream_id, guint frame_type)
{
    return stream_uint_event(GST_NVEVENT_DEC_SKIP_FRAME_UPDATE, "nv-dec-skip-frame-update", stream_id,
                             "frame_type", frame_type);
}

void gst_nvevent_parse_dec_skip_frame_update(GstEvent *event, gchar **stream_id, guint *frame_type)
{
    parse_stream_uint(event, GST_NVEVENT_DEC_SKIP_FRAME_UPDATE, "frame_type", stream_id, frame_type);
}

GstEvent *gst_nvevent_dec_enable_low_latency_mode(gchar *stream_id, gint enable)
{
    return stream_int_event(GST_NVEVENT_DEC_ENABLE_LOW_LATENCY_MODE, "nv-dec-enable-low-latency-mode", stream_id,
                            "enable", enable);
}

void gst_nvevent_parse_dec_enable_low_latency_mode(GstEvent *event, gchar **stream_id, gint *enable)
{
    parse_stream_int(event, GST_NVEVENT_DEC_ENABLE_LOW_LATENCY_MODE, "enable", stream_id, enable);
}

GstEvent *gst_nvevent_enc_bitrate_update(gchar *stream_id, guint bitrate)
{
    return stream_uint_event(GST_NVEVENT_ENC_BITRATE_UPDATE, "nv-enc-bitrate-update", stream_id, "bitrate",
                             bitrate);
}

void gst_nvevent_parse_enc_bitrate_update(GstEvent *event, gchar **stream_id, guint *bitrate)
{
    parse_stream_uint(event, GST_NVEVENT_ENC_BITRATE_UPDATE, "bitrate", stream_id, bitrate);
}

GstEvent *gst_nvevent_enc_force_idr(gchar *stream_id, gint force)
{
    return stream_int_event(GST_NVEVENT_ENC_FORCE_IDR, "nv-enc-force-idr", stream_id, "force", force);
}

void gst_nvevent_parse_enc_force_idr(GstEvent *event, gchar **stream_id, gint *force)
{
    parse_stream_int(event, GST_NVEVENT_ENC_FORCE_IDR, "force", stream_id, force);
}

GstEvent *gst_nvevent_enc_force_intra(gchar *stream_id, gint force)
{
    return stream_int_event(GST_NVEVENT_ENC_FORCE_INTRA, "nv-enc-force-intra", stream_id, "force", force);
}

void gst_nvevent_parse_enc_force_intra(GstEvent *event, gchar **stream_id, gint *force)
{
    parse_stream_int(event, GST_NVEVENT_ENC_FORCE_INTRA, "force", stream_id, force);
}

GstEvent *gst_nvevent_enc_iframeinterval_update(gchar *stream_id, guint interval)
{
    return stream_uint_event(GST_NVEVENT_ENC_IFRAME_INTERVAL_UPDATE, "nv-enc-iframeinterval-update", stream_id,
                             "interval", interval);
}

void gst_nvevent_parse_enc_iframeinterval_update(GstEvent *event, gchar **stream_id, guint *interval)
{
    parse_stream_uint(event, GST_NVEVENT_ENC_IFRAME_INTERVAL_UPDATE, "interval", stream_id, interval);
}
