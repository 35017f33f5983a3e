//go:build !deepstream

/* ntp_sync.c: configure_source_for_ntp_sync (nvdsgstutils.h; in the SDK,
 * libnvdsgst_helper.so): make an RTSP source tell nvstreammux the NTP time
 * of its frames, taken from the RTCP sender reports of the server, so that
 * the muxer fills NvDsFrameMeta.ntp_timestamp (with attach-sys-ts=FALSE).
 *
 * src_elem is an rtspsrc, or a bin that will hold one (uridecodebin,
 * nvurisrcbin: the rtspsrc is found when it is added). For each RTP
 * session the rtspsrc's rtpbin makes a jitterbuffer, whose "handle-sync"
 * signal carries each sender report: its NTP time and the RTP time it
 * matches, per SSRC. A probe on the rtspsrc's source pads reads each RTP
 * packet's SSRC and timestamp and, once a report is known, sends
 * NVDS_EMBEDDED_NTP_SYNC_EVENT downstream ahead of each frame's first
 * packet, with its PTS and the NTP time its RTP timestamp maps to;
 * serialized, the event travels with the stream through depayloader,
 * parser and decoder to the muxer, which matches it to the decoded frame
 * by PTS. Frames before the first
 * report have no NTP time (0). */
#include <string.h>

#include "nvdsgstutils.h"
#include "nvds_embedded.h"

/* Seconds from the NTP epoch (1900) to the Unix epoch (1970). */
#define NTP_UNIX_OFFSET G_GUINT64_CONSTANT(2208988800)

typedef struct {
    guint32 ssrc;
    guint64 ntp_ns; /* Unix epoch */
    guint32 rtptime;
    gint clock_rate;
    guint generation; /* bumped by each report */
} SyncPoint;

/* The state of one rtspsrc, kept as its qdata. */
typedef struct {
    GMutex lock;
    GArray *points; /* SyncPoint */
} NtpState;

#define STATE_KEY "nvds-embedded-ntp-sync"
#define PAD_TS_KEY "nvds-embedded-ntp-last-rtptime"

static void state_free(gpointer p)
{
    NtpState *s = p;
    g_mutex_clear(&s->lock);
    g_array_unref(s->points);
    g_free(s);
}

static guint32 be32(const guint8 *p)
{
    return ((guint32)p[0] << 24) | ((guint32)p[1] << 16) | ((guint32)p[2] << 8) | p[3];
}

/* Finds the sender report in an RTCP compound packet: SSRC, NTP time (Unix
 * ns) and RTP time. */
static gboolean parse_sr(GstBuffer *rtcp, guint32 *ssrc, guint64 *ntp_ns, guint32 *rtptime)
{
    GstMapInfo map;
    if (!gst_buffer_map(rtcp, &map, GST_MAP_READ))
        return FALSE;
    gboolean ok = FALSE;
    gsize off = 0;
    while (off + 20 <= map.size) {
        const guint8 *p = map.data + off;
        gsize len = ((gsize)((p[2] << 8) | p[3]) + 1) * 4;
        if ((p[0] >> 6) != 2)
            break;
        if (p[1] == 200 && off + 28 <= map.size) {
            *ssrc = be32(p + 4);
            guint64 sec = be32(p + 8), frac = be32(p + 12);
            *rtptime = be32(p + 16);
            if (sec >= NTP_UNIX_OFFSET) {
                *ntp_ns = (sec - NTP_UNIX_OFFSET) * GST_SECOND + ((frac * GST_SECOND) >> 32);
                ok = TRUE;
            }
            break;
        }
        off += len;
    }
    gst_buffer_unmap(rtcp, &map);
    return ok;
}

/* The jitterbuffer's "application/x-rtp-sync" structure: clock-rate
 * (guint) and the report, whose SSRC, NTP and RTP times are read from the
 * RTCP packet itself (sr-buffer). */
static void on_handle_sync(GstElement *jitterbuffer, GstStructure *s, gpointer data)
{
    (void)jitterbuffer;
    NtpState *state = data;
    const GValue *v = gst_structure_get_value(s, "sr-buffer");
    guint clock_rate = 0;
    if (!v || !G_VALUE_HOLDS(v, GST_TYPE_BUFFER) || !gst_structure_get_uint(s, "clock-rate", &clock_rate) ||
        clock_rate == 0)
        return;
    SyncPoint sp = {0};
    if (!parse_sr(gst_value_get_buffer(v), &sp.ssrc, &sp.ntp_ns, &sp.rtptime))
        return;
    sp.clock_rate = (gint)clock_rate;
    g_mutex_lock(&state->lock);
    guint i;
    for (i = 0; i < state->points->len; i++) {
        SyncPoint *old = &g_array_index(state->points, SyncPoint, i);
        if (old->ssrc == sp.ssrc) {
            sp.generation = old->generation + 1;
            *old = sp;
            break;
        }
    }
    if (i == state->points->len) {
        sp.generation = 1;
        g_array_append_val(state->points, sp);
    }
    g_mutex_unlock(&state->lock);
}

static void on_new_jitterbuffer(GstElement *rtpbin, GstElement *jitterbuffer, guint session, guint ssrc, gpointer data)
{
    (void)rtpbin;
    (void)session;
    (void)ssrc;
    g_signal_connect(jitterbuffer, "handle-sync", G_CALLBACK(on_handle_sync), data);
}

static void on_new_manager(GstElement *rtspsrc, GstElement *manager, gpointer data)
{
    (void)rtspsrc;
    if (g_signal_lookup("new-jitterbuffer", G_OBJECT_TYPE(manager)))
        g_signal_connect(manager, "new-jitterbuffer", G_CALLBACK(on_new_jitterbuffer), data);
}

/* On the rtspsrc's source pads: after a new report for the packet's SSRC,
 * send the packet's PTS and NTP time downstream, ahead of the packet. */
static GstPadProbeReturn rtp_probe(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    NtpState *state = data;
    GstBuffer *buf = NULL;
    if (info->type & GST_PAD_PROBE_TYPE_BUFFER)
        buf = GST_PAD_PROBE_INFO_BUFFER(info);
    else if (info->type & GST_PAD_PROBE_TYPE_BUFFER_LIST)
        buf = gst_buffer_list_length(GST_PAD_PROBE_INFO_BUFFER_LIST(info))
                  ? gst_buffer_list_get(GST_PAD_PROBE_INFO_BUFFER_LIST(info), 0)
                  : NULL;
    if (!buf || !GST_BUFFER_PTS_IS_VALID(buf))
        return GST_PAD_PROBE_OK;
    guint8 hdr[12];
    if (gst_buffer_extract(buf, 0, hdr, sizeof hdr) != sizeof hdr || (hdr[0] >> 6) != 2)
        return GST_PAD_PROBE_OK;
    guint32 ts = be32(hdr + 4), ssrc = be32(hdr + 8);

    SyncPoint sp = {0};
    g_mutex_lock(&state->lock);
    for (guint i = 0; i < state->points->len; i++)
        if (g_array_index(state->points, SyncPoint, i).ssrc == ssrc)
            sp = g_array_index(state->points, SyncPoint, i);
    g_mutex_unlock(&state->lock);
    /* Once per frame (RTP timestamp), as the packets of one frame share
     * it. The last timestamp is kept plus one, so that 0 means none. */
    guint64 last = (guint64)(guintptr)g_object_get_data(G_OBJECT(pad), PAD_TS_KEY);
    if (sp.generation == 0 || last == (guint64)ts + 1)
        return GST_PAD_PROBE_OK;
    g_object_set_data(G_OBJECT(pad), PAD_TS_KEY, (gpointer)(guintptr)((guint64)ts + 1));

    /* RTP time wraps at 2^32: the signed difference is the distance. */
    gint64 ticks = (gint32)(ts - sp.rtptime);
    gint64 ntp = (gint64)sp.ntp_ns + ticks * (gint64)GST_SECOND / sp.clock_rate;
    GstStructure *s = gst_structure_new(NVDS_EMBEDDED_NTP_SYNC_EVENT, "pts", G_TYPE_UINT64, GST_BUFFER_PTS(buf),
                                        "ntp-ns", G_TYPE_UINT64, (guint64)MAX(ntp, 0), NULL);
    gst_pad_push_event(pad, gst_event_new_custom(GST_EVENT_CUSTOM_DOWNSTREAM, s));
    return GST_PAD_PROBE_OK;
}

static void on_pad_added(GstElement *rtspsrc, GstPad *pad, gpointer data)
{
    (void)rtspsrc;
    if (GST_PAD_IS_SRC(pad))
        gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST, rtp_probe, data, NULL);
}

static gboolean is_rtspsrc(GstElement *e)
{
    return g_signal_lookup("new-manager", G_OBJECT_TYPE(e)) != 0 &&
           g_object_class_find_property(G_OBJECT_GET_CLASS(e), "location") != NULL;
}

static void configure_rtspsrc(GstElement *src)
{
    if (g_object_get_data(G_OBJECT(src), STATE_KEY))
        return; /* already configured */
    NtpState *state = g_new0(NtpState, 1);
    g_mutex_init(&state->lock);
    state->points = g_array_new(FALSE, TRUE, sizeof(SyncPoint));
    g_object_set_data_full(G_OBJECT(src), STATE_KEY, state, state_free);
    g_signal_connect(src, "new-manager", G_CALLBACK(on_new_manager), state);
    g_signal_connect(src, "pad-added", G_CALLBACK(on_pad_added), state);
}

static void on_deep_element_added(GstBin *bin, GstBin *sub_bin, GstElement *element, gpointer data)
{
    (void)bin;
    (void)sub_bin;
    (void)data;
    if (is_rtspsrc(element))
        configure_rtspsrc(element);
}

void configure_source_for_ntp_sync(GstElement *src_elem)
{
    g_return_if_fail(GST_IS_ELEMENT(src_elem));
    if (is_rtspsrc(src_elem)) {
        configure_rtspsrc(src_elem);
        return;
    }
    if (GST_IS_BIN(src_elem))
        g_signal_connect(src_elem, "deep-element-added", G_CALLBACK(on_deep_element_added), NULL);
}
