//go:build !deepstream

/* nvevent_stream.c: gst-nvevent.h, the per-source custom events a batching
 * element (nvstreammux) sends downstream so that elements after it can tell
 * which source of the batch a pad-added, EOS, segment, reset or
 * stream-start belongs to. In the SDK these live in libnvdsgst_helper.so;
 * here they are part of libnvdsgst_meta.so.
 *
 * Each event is gst_event_new_custom(GST_NVEVENT_*, structure) with:
 *
 *   type                        structure name       fields
 *   GST_NVEVENT_PAD_ADDED       nv-pad-added         source-id (guint)
 *   GST_NVEVENT_PAD_DELETED     nv-pad-deleted       source-id
 *   GST_NVEVENT_STREAM_EOS      nv-stream-eos        source-id
 *   GST_NVEVENT_STREAM_RESET    nv-stream-reset      source-id
 *   GST_NVEVENT_STREAM_SEGMENT  nv-stream-segment    source-id, segment (GstSegment)
 *   GST_NVEVENT_STREAM_START    nv-stream-start      source-id, stream-id (string)
 *   GST_NVEVENT_UPDATE_CAPS     update-caps          stream-id (guint), width-val,
 *                                                    height-val (gint), stream-id-str,
 *                                                    is-audio, caps (GstStructure),
 *                                                    frame-rate (when caps has one)
 *
 * The parse functions check the event's type only (as the SDK's do) and
 * leave their outputs alone for an event of another type or without the
 * field. Ownership of what they return: the segment of
 * gst_nvevent_parse_stream_segment is a copy (gst_segment_free it); the
 * stream id of gst_nvevent_parse_stream_start points into the event and is
 * valid while the event is (do not free it). */
#include "gst-nvevent.h"

#define FIELD_SOURCE_ID "source-id"

static GstEvent *source_event(GstNvEventType type, const char *name, guint source_id)
{
    GstStructure *s = gst_structure_new(name, FIELD_SOURCE_ID, G_TYPE_UINT, source_id, NULL);
    return gst_event_new_custom((GstEventType)type, s);
}

/* The structure of event when it has the given type, else NULL. */
static const GstStructure *structure_of(GstEvent *event, GstNvEventType type)
{
    if (!event || (guint)GST_EVENT_TYPE(event) != (guint)type)
        return NULL;
    return gst_event_get_structure(event);
}

static void parse_source(GstEvent *event, GstNvEventType type, guint *source_id)
{
    const GstStructure *s = structure_of(event, type);
    guint v;
    if (s && source_id && gst_structure_get_uint(s, FIELD_SOURCE_ID, &v))
        *source_id = v;
}

GstEvent *gst_nvevent_new_pad_added(guint source_id)
{
    return source_event(GST_NVEVENT_PAD_ADDED, "nv-pad-added", source_id);
}

GstEvent *gst_nvevent_new_pad_deleted(guint source_id)
{
    return source_event(GST_NVEVENT_PAD_DELETED, "nv-pad-deleted", source_id);
}

GstEvent *gst_nvevent_new_stream_eos(guint source_id)
{
    return source_event(GST_NVEVENT_STREAM_EOS, "nv-stream-eos", source_id);
}

GstEvent *gst_nvevent_new_stream_reset(guint source_id)
{
    return source_event(GST_NVEVENT_STREAM_RESET, "nv-stream-reset", source_id);
}

GstEvent *gst_nvevent_new_stream_segment(guint source_id, GstSegment *segment)
{
    if (!segment)
        return NULL;
    GstStructure *s = gst_structure_new("nv-stream-segment", FIELD_SOURCE_ID, G_TYPE_UINT, source_id, "segment",
                                        GST_TYPE_SEGMENT, segment, NULL);
    return gst_event_new_custom((GstEventType)GST_NVEVENT_STREAM_SEGMENT, s);
}

GstEvent *gst_nvevent_new_stream_start(guint source_id, gchar *stream_id)
{
    GstStructure *s = gst_structure_new("nv-stream-start", FIELD_SOURCE_ID, G_TYPE_UINT, source_id, "stream-id",
                                        G_TYPE_STRING, stream_id, NULL);
    return gst_event_new_custom((GstEventType)GST_NVEVENT_STREAM_START, s);
}

GstEvent *gst_nvevent_new_update_caps(guint pad_id, guint width_val, guint height_val, GstStructure *caps_str,
                                      gchar *stream_id_str, gboolean is_audio)
{
    GstStructure *s = gst_structure_new("update-caps", "stream-id", G_TYPE_UINT, pad_id, "width-val", G_TYPE_INT,
                                        (gint)width_val, "height-val", G_TYPE_INT, (gint)height_val, "stream-id-str",
                                        G_TYPE_STRING, stream_id_str, "is-audio", G_TYPE_BOOLEAN, is_audio, NULL);
    if (caps_str) {
        gst_structure_set(s, "caps", GST_TYPE_STRUCTURE, caps_str, NULL);
        const GValue *fr = gst_structure_get_value(caps_str, "framerate");
        if (fr)
            gst_structure_set_value(s, "frame-rate", fr);
    }
    return gst_event_new_custom((GstEventType)GST_NVEVENT_UPDATE_CAPS, s);
}

void gst_nvevent_parse_pad_added(GstEvent *event, guint *source_id)
{
    parse_source(event, GST_NVEVENT_PAD_ADDED, source_id);
}

void gst_nvevent_parse_pad_deleted(GstEvent *event, guint *source_id)
{
    parse_source(event, GST_NVEVENT_PAD_DELETED, source_id);
}

void gst_nvevent_parse_stream_eos(GstEvent *event, guint *source_id)
{
    parse_source(event, GST_NVEVENT_STREAM_EOS, source_id);
}

void gst_nvevent_parse_stream_reset(GstEvent *event, guint *source_id)
{
    parse_source(event, GST_NVEVENT_STREAM_RESET, source_id);
}

void gst_nvevent_parse_stream_segment(GstEvent *event, guint *source_id, GstSegment **segment)
{
    const GstStructure *s = structure_of(event, GST_NVEVENT_STREAM_SEGMENT);
    if (!s)
        return;
    parse_source(event, GST_NVEVENT_STREAM_SEGMENT, source_id);
    GstSegment *seg = NULL;
    if (segment && gst_structure_get(s, "segment", GST_TYPE_SEGMENT, &seg, NULL))
        *segment = seg;
}

void gst_nvevent_parse_stream_start(GstEvent *event, guint *source_id, gchar **stream_id)
{
    const GstStructure *s = structure_of(event, GST_NVEVENT_STREAM_START);
    if (!s)
        return;
    parse_source(event, GST_NVEVENT_STREAM_START, source_id);
    if (stream_id && gst_structure_has_field_typed(s, "stream-id", G_TYPE_STRING))
        *stream_id = (gchar *)gst_structure_get_string(s, "stream-id");
}
