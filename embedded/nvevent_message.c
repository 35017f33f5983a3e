//go:build !deepstream

/* nvevent_message.c: the custom bus messages of gst-nvmessage.h (posted by
 * nvstreammux) and gst-nvdscustommessage.h (posted by nvmultiurisrcbin and
 * the REST server). In the SDK they live in libnvdsgst_helper.so and
 * libnvdsgst_customhelper.so; here they are part of libnvdsgst_meta.so.
 *
 * Every message is a GST_MESSAGE_ELEMENT whose structure is:
 *
 *   structure name      fields
 *   stream-eos          stream-id (guint)
 *   stream-add          source-id (guint), sensor-id, sensor-name, uri (strings)
 *   stream-remove       the same
 *   force-pipeline-eos  force_eos (gboolean)
 *   attempt-exceeded    source-id (guint), attempt_exceeded (gboolean)
 *
 * gst_nvmessage_is_* checks the message type and the structure name;
 * gst_nvmessage_parse_* return FALSE (outputs untouched) for any other
 * message. The strings the stream-add/remove parsers store point into the
 * message ("" for a missing one) and are valid while it is. */
#include "gst-nvdscommonconfig.h"
#include "gst-nvdscustommessage.h"
#include "gst-nvmessage.h"

/* NvDsFPSSensorInfo is declared (not defined) by gst-nvdscustommessage.h;
 * the SDK defines it in the sample apps' deepstream_perf.h with these
 * members, the first four of NvDsSensorInfo. */
struct NvDsFPSSensorInfo {
    guint source_id;
    const gchar *uri;
    const gchar *sensor_id;
    const gchar *sensor_name;
};

#define NAME_STREAM_EOS "stream-eos"
#define NAME_STREAM_ADD "stream-add"
#define NAME_STREAM_REMOVE "stream-remove"
#define NAME_FORCE_EOS "force-pipeline-eos"
#define NAME_ATTEMPT_EXCEEDED "attempt-exceeded"

/* The structure of message when it is an element message named name. */
static const GstStructure *element_structure(GstMessage *message, const char *name)
{
    if (!message || GST_MESSAGE_TYPE(message) != GST_MESSAGE_ELEMENT)
        return NULL;
    const GstStructure *s = gst_message_get_structure(message);
    return s && gst_structure_has_name(s, name) ? s : NULL;
}

static const gchar *string_or_empty(const GstStructure *s, const char *field)
{
    const gchar *v = gst_structure_get_string(s, field);
    return v ? v : "";
}

/* ---- gst-nvmessage.h ---- */

GstMessage *gst_nvmessage_new_stream_eos(GstObject *obj, guint eos_stream_id)
{
    GstStructure *s = gst_structure_new(NAME_STREAM_EOS, "stream-id", G_TYPE_UINT, eos_stream_id, NULL);
    return gst_message_new_element(obj, s);
}

gboolean gst_nvmessage_is_stream_eos(GstMessage *message)
{
    return element_structure(message, NAME_STREAM_EOS) != NULL;
}

gboolean gst_nvmessage_parse_stream_eos(GstMessage *message, guint *eos_stream_id)
{
    const GstStructure *s = element_structure(message, NAME_STREAM_EOS);
    guint v;
    if (!s || !gst_structure_get_uint(s, "stream-id", &v))
        return FALSE;
    if (eos_stream_id)
        *eos_stream_id = v;
    return TRUE;
}

/* ---- gst-nvdscustommessage.h: stream add / remove ---- */

static GstMessage *sensor_message(GstObject *obj, const char *name, const NvDsSensorInfo *info)
{
    if (!info)
        return NULL;
    GstStructure *s = gst_structure_new(name, "source-id", G_TYPE_UINT, info->source_id, "sensor-id", G_TYPE_STRING,
                                        info->sensor_id, "sensor-name", G_TYPE_STRING, info->sensor_name, "uri",
                                        G_TYPE_STRING, info->uri, NULL);
    return gst_message_new_element(obj, s);
}

/* Reads a stream-add/remove structure into the four members both sensor
 * info structs share. */
static void read_sensor(const GstStructure *s, guint *source_id, const gchar **uri, const gchar **sensor_id,
                        const gchar **sensor_name)
{
    gst_structure_get_uint(s, "source-id", source_id);
    *uri = string_or_empty(s, "uri");
    *sensor_id = string_or_empty(s, "sensor-id");
    *sensor_name = string_or_empty(s, "sensor-name");
}

GstMessage *gst_nvmessage_new_stream_add(GstObject *obj, NvDsSensorInfo *sensor_info)
{
    return sensor_message(obj, NAME_STREAM_ADD, sensor_info);
}

GstMessage *gst_nvmessage_new_stream_remove(GstObject *obj, NvDsSensorInfo *sensor_info)
{
    return sensor_message(obj, NAME_STREAM_REMOVE, sensor_info);
}

gboolean gst_nvmessage_is_stream_add(GstMessage *message)
{
    return element_structure(message, NAME_STREAM_ADD) != NULL;
}

gboolean gst_nvmessage_is_stream_remove(GstMessage *message)
{
    return element_structure(message, NAME_STREAM_REMOVE) != NULL;
}

static gboolean parse_sensor(GstMessage *message, const char *name, NvDsSensorInfo *info)
{
    const GstStructure *s = element_structure(message, name);
    if (!s || !info)
        return FALSE;
    read_sensor(s, &info->source_id, &info->uri, &info->sensor_id, &info->sensor_name);
    return TRUE;
}

static gboolean parse_fps_sensor(GstMessage *message, const char *name, NvDsFPSSensorInfo *info)
{
    const GstStructure *s = element_structure(message, name);
    if (!s || !info)
        return FALSE;
    read_sensor(s, &info->source_id, &info->uri, &info->sensor_id, &info->sensor_name);
    return TRUE;
}

gboolean gst_nvmessage_parse_stream_add(GstMessage *message, NvDsSensorInfo *sensor_info)
{
    return parse_sensor(message, NAME_STREAM_ADD, sensor_info);
}

gboolean gst_nvmessage_parse_stream_remove(GstMessage *message, NvDsSensorInfo *sensor_info)
{
    return parse_sensor(message, NAME_STREAM_REMOVE, sensor_info);
}

gboolean gst_nvmessage_parse_fps_stream_add(GstMessage *message, NvDsFPSSensorInfo *sensor_info)
{
    return parse_fps_sensor(message, NAME_STREAM_ADD, sensor_info);
}

gboolean gst_nvmessage_parse_fps_stream_remove(GstMessage *message, NvDsFPSSensorInfo *sensor_info)
{
    return parse_fps_sensor(message, NAME_STREAM_REMOVE, sensor_info);
}

/* ---- force pipeline EOS ---- */

GstMessage *gst_nvmessage_force_pipeline_eos(GstObject *obj, gboolean force_eos)
{
    GstStructure *s = gst_structure_new(NAME_FORCE_EOS, "force_eos", G_TYPE_BOOLEAN, force_eos, NULL);
    return gst_message_new_element(obj, s);
}

gboolean gst_nvmessage_is_force_pipeline_eos(GstMessage *message)
{
    return element_structure(message, NAME_FORCE_EOS) != NULL;
}

gboolean gst_nvmessage_parse_force_pipeline_eos(GstMessage *message, gboolean *force_eos)
{
    const GstStructure *s = element_structure(message, NAME_FORCE_EOS);
    if (!s)
        return FALSE;
    if (force_eos)
        gst_structure_get_boolean(s, "force_eos", force_eos);
    return TRUE;
}

/* ---- RTSP reconnection attempts exceeded (DeepStream 7.1 and later) ---- */

#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)

GstMessage *gst_nvmessage_reconnect_attempt_exceeded(GstObject *obj, NvDsRtspAttemptsInfo *rtsp_info)
{
    if (!rtsp_info)
        return NULL;
    GstStructure *s = gst_structure_new(NAME_ATTEMPT_EXCEEDED, "source-id", G_TYPE_UINT, rtsp_info->source_id,
                                        "attempt_exceeded", G_TYPE_BOOLEAN, rtsp_info->attempt_exceeded, NULL);
    return gst_message_new_element(obj, s);
}

gboolean gst_nvmessage_is_reconnect_attempt_exceeded(GstMessage *message)
{
    return element_structure(message, NAME_ATTEMPT_EXCEEDED) != NULL;
}

gboolean gst_nvmessage_parse_reconnect_attempt_exceeded(GstMessage *message, NvDsRtspAttemptsInfo *rtsp_info)
{
    const GstStructure *s = element_structure(message, NAME_ATTEMPT_EXCEEDED);
    if (!s || !rtsp_info)
        return FALSE;
    gst_structure_get_boolean(s, "attempt_exceeded", &rtsp_info->attempt_exceeded);
    gst_structure_get_uint(s, "source-id", &rtsp_info->source_id);
    return TRUE;
}
#endif
