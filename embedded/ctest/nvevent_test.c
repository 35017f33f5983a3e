/* nvevent_test.c: the custom events and messages of gst-nvevent.h,
 * gst-nvmessage.h, gst-nvdscustomevent.h, gst-nvdscustommessage.h and
 * gst-nvcustomevent.h, as an SDK program uses them: made, parsed, pushed
 * through pads and posted on a bus. Exit status 1 on failure. */
#include <stdio.h>
#include <string.h>

#include <gst/gst.h>

#include "gst-nvcustomevent.h"
#include "gst-nvdscommonconfig.h"
#include "gst-nvdscustomevent.h"
#include "gst-nvdscustommessage.h"
#include "gst-nvevent.h"
#include "gst-nvmessage.h"
#include "nvds_embedded.h"

/* The layout of the sample apps' NvDsFPSSensorInfo (deepstream_perf.h). */
struct NvDsFPSSensorInfo {
    guint source_id;
    const gchar *uri;
    const gchar *sensor_id;
    const gchar *sensor_name;
};

static int passed, failed;

const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "fast_unwind_on_malloc=0";
}

#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (cond) {                                                                                                    \
            passed++;                                                                                                  \
        } else {                                                                                                       \
            failed++;                                                                                                  \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);                                  \
        }                                                                                                              \
    } while (0)

static gboolean has_name(GstEvent *e, const char *name)
{
    const GstStructure *s = gst_event_get_structure(e);
    return s && gst_structure_has_name(s, name);
}

/* The event numbers and flags the headers give: per-source events are
 * downstream, serialized and sticky (one per structure name); the control
 * events are downstream and serialized. */
static void test_types(void)
{
    GstEvent *e = gst_nvevent_new_stream_eos(3);
    CHECK(e != NULL);
    CHECK((guint)GST_EVENT_TYPE(e) == (guint)GST_NVEVENT_STREAM_EOS);
    CHECK(GST_EVENT_IS_DOWNSTREAM(e) && GST_EVENT_IS_SERIALIZED(e));
    CHECK(GST_EVENT_IS_STICKY(e));
    CHECK((GST_EVENT_TYPE(e) >> GST_EVENT_NUM_SHIFT) == 402);
    gst_event_unref(e);

    e = gst_nvevent_infer_interval_update("0", 2);
    CHECK((guint)GST_EVENT_TYPE(e) == (guint)GST_NVEVENT_INFER_INTERVAL_UPDATE);
    CHECK(GST_EVENT_IS_DOWNSTREAM(e) && GST_EVENT_IS_SERIALIZED(e) && !GST_EVENT_IS_STICKY(e));
    gst_event_unref(e);
}

static void test_source_events(void)
{
    struct {
        GstEvent *(*make)(guint);
        void (*parse)(GstEvent *, guint *);
        const char *name;
        guint type;
    } cases[] = {
        {gst_nvevent_new_pad_added, gst_nvevent_parse_pad_added, "nv-pad-added", GST_NVEVENT_PAD_ADDED},
        {gst_nvevent_new_pad_deleted, gst_nvevent_parse_pad_deleted, "nv-pad-deleted", GST_NVEVENT_PAD_DELETED},
        {gst_nvevent_new_stream_eos, gst_nvevent_parse_stream_eos, "nv-stream-eos", GST_NVEVENT_STREAM_EOS},
        {gst_nvevent_new_stream_reset, gst_nvevent_parse_stream_reset, "nv-stream-reset", GST_NVEVENT_STREAM_RESET},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        GstEvent *e = cases[i].make(7 + (guint)i);
        CHECK((guint)GST_EVENT_TYPE(e) == cases[i].type);
        CHECK(has_name(e, cases[i].name));
        guint id = 0;
        cases[i].parse(e, &id);
        CHECK(id == 7 + i);
        /* Another event type: the output is left alone. */
        GstEvent *other = cases[(i + 1) % G_N_ELEMENTS(cases)].make(99);
        id = 1234;
        cases[i].parse(other, &id);
        CHECK(id == 1234);
        cases[i].parse(NULL, &id);
        CHECK(id == 1234);
        gst_event_unref(other);
        gst_event_unref(e);
    }
}

static void test_segment_and_start(void)
{
    GstSegment seg;
    gst_segment_init(&seg, GST_FORMAT_TIME);
    seg.start = 5 * GST_SECOND;
    seg.rate = 2.0;
    GstEvent *e = gst_nvevent_new_stream_segment(4, &seg);
    CHECK((guint)GST_EVENT_TYPE(e) == (guint)GST_NVEVENT_STREAM_SEGMENT);
    CHECK(has_name(e, "nv-stream-segment"));
    guint id = 0;
    GstSegment *out = NULL;
    gst_nvevent_parse_stream_segment(e, &id, &out);
    CHECK(id == 4);
    CHECK(out != NULL && out != &seg);
    CHECK(out && gst_segment_is_equal(out, &seg));
    gst_segment_free(out); /* a copy: the caller frees it */
    gst_event_unref(e);
    CHECK(gst_nvevent_new_stream_segment(1, NULL) == NULL);

    e = gst_nvevent_new_stream_start(2, "stream-two");
    CHECK((guint)GST_EVENT_TYPE(e) == (guint)GST_NVEVENT_STREAM_START);
    CHECK(has_name(e, "nv-stream-start"));
    gchar *sid = NULL;
    gst_nvevent_parse_stream_start(e, &id, &sid);
    CHECK(id == 2);
    CHECK(sid && strcmp(sid, "stream-two") == 0); /* borrowed from the event */
    gst_event_unref(e);

    GstStructure *caps = gst_structure_new("video/x-raw", "framerate", GST_TYPE_FRACTION, 30, 1, NULL);
    e = gst_nvevent_new_update_caps(1, 640, 480, caps, "s1", FALSE);
    CHECK((guint)GST_EVENT_TYPE(e) == (guint)GST_NVEVENT_UPDATE_CAPS);
    const GstStructure *s = gst_event_get_structure(e);
    gint w = 0, h = 0, n = 0, d = 0;
    guint pad = 0;
    CHECK(gst_structure_get_uint(s, "stream-id", &pad) && pad == 1);
    CHECK(gst_structure_get_int(s, "width-val", &w) && w == 640);
    CHECK(gst_structure_get_int(s, "height-val", &h) && h == 480);
    CHECK(g_strcmp0(gst_structure_get_string(s, "stream-id-str"), "s1") == 0);
    CHECK(gst_structure_get_fraction(s, "frame-rate", &n, &d) && n == 30 && d == 1);
    gst_structure_free(caps);
    gst_event_unref(e);
}

static void test_control_events(void)
{
    gchar *sid = NULL;
    guint u = 0;
    gint i = 0;

    GstEvent *e = gst_nvevent_infer_interval_update("cam-1", 5);
    CHECK(has_name(e, "nv-infer-interval-update"));
    gst_nvevent_parse_infer_interval_update(e, &sid, &u);
    CHECK(g_strcmp0(sid, "cam-1") == 0 && u == 5);
    g_free(sid);
    sid = NULL;
    u = 77;
    gst_nvevent_parse_osd_process_mode_update(e, &sid, &u); /* wrong type */
    CHECK(sid == NULL && u == 77);
    gst_event_unref(e);

    e = gst_nvevent_osd_process_mode_update("0", 1);
    gst_nvevent_parse_osd_process_mode_update(e, &sid, &u);
    CHECK(g_strcmp0(sid, "0") == 0 && u == 1);
    g_free(sid);
    gst_event_unref(e);

    RoiDimension roi[2];
    memset(roi, 0, sizeof roi);
    g_strlcpy(roi[0].roi_id, "door", sizeof roi[0].roi_id);
    roi[0].left = 1, roi[0].top = 2, roi[0].width = 3, roi[0].height = 4;
    memset(roi[1].roi_id, 'x', sizeof roi[1].roi_id); /* no NUL: read at most 128 bytes */
    roi[1].left = 10, roi[1].top = 20, roi[1].width = 30, roi[1].height = 40;
    e = gst_nvevent_new_roi_update("s", 2, roi);
    CHECK(has_name(e, "nv-roi-update"));
    RoiDimension *out = NULL;
    gst_nvevent_parse_roi_update(e, &sid, &u, &out);
    CHECK(g_strcmp0(sid, "s") == 0 && u == 2 && out != NULL);
    if (out) {
        CHECK(strcmp(out[0].roi_id, "door") == 0);
        CHECK(out[0].left == 1 && out[0].top == 2 && out[0].width == 3 && out[0].height == 4);
        CHECK(strlen(out[1].roi_id) == sizeof out[1].roi_id - 1);
        CHECK(out[1].left == 10 && out[1].top == 20 && out[1].width == 30 && out[1].height == 40);
    }
    g_free(out);
    g_free(sid);
    gst_event_unref(e);

#if NVDS_VERSION_MAJOR >= 8
    gchar *path = NULL;
    e = gst_nvevent_nvtracker_config_update("3", "/tmp/tracker.yml");
    gst_nvevent_parse_nvtracker_config_update(e, &sid, &path);
    CHECK(g_strcmp0(sid, "3") == 0 && g_strcmp0(path, "/tmp/tracker.yml") == 0);
    g_free(sid);
    g_free(path);
    gst_event_unref(e);
    e = gst_nvevent_analytics_reload_config_update("/tmp/analytics.txt");
    gst_nvevent_parse_analytics_reload_config_update(e, &path);
    CHECK(g_strcmp0(path, "/tmp/analytics.txt") == 0);
    g_free(path);
    gst_event_unref(e);
#endif

    struct {
        GstEvent *(*make)(gchar *, guint);
        void (*parse)(GstEvent *, gchar **, guint *);
        const char *name;
    } ucases[] = {
        {gst_nvevent_dec_drop_frame_interval_update, gst_nvevent_parse_dec_drop_frame_interval_update,
         "nv-dec-drop-frame-interval-update"},
        {gst_nvevent_dec_skip_frame_update, gst_nvevent_parse_dec_skip_frame_update, "nv-dec-skip-frame-update"},
        {gst_nvevent_enc_bitrate_update, gst_nvevent_parse_enc_bitrate_update, "nv-enc-bitrate-update"},
        {gst_nvevent_enc_iframeinterval_update, gst_nvevent_parse_enc_iframeinterval_update,
         "nv-enc-iframeinterval-update"},
    };
    for (size_t k = 0; k < G_N_ELEMENTS(ucases); k++) {
        e = ucases[k].make("src", 40 + (guint)k);
        CHECK(has_name(e, ucases[k].name));
        sid = NULL;
        u = 0;
        ucases[k].parse(e, &sid, &u);
        CHECK(g_strcmp0(sid, "src") == 0 && u == 40 + k);
        g_free(sid);
        gst_event_unref(e);
    }
    struct {
        GstEvent *(*make)(gchar *, gint);
        void (*parse)(GstEvent *, gchar **, gint *);
        const char *name;
    } icases[] = {
        {gst_nvevent_dec_enable_low_latency_mode, gst_nvevent_parse_dec_enable_low_latency_mode,
         "nv-dec-enable-low-latency-mode"},
        {gst_nvevent_enc_force_idr, gst_nvevent_parse_enc_force_idr, "nv-enc-force-idr"},
        {gst_nvevent_enc_force_intra, gst_nvevent_parse_enc_force_intra, "nv-enc-force-intra"},
    };
    for (size_t k = 0; k < G_N_ELEMENTS(icases); k++) {
        e = icases[k].make(NULL, -1 - (gint)k);
        CHECK(has_name(e, icases[k].name));
        sid = (gchar *)"untouched";
        i = 0;
        icases[k].parse(e, &sid, &i);
        CHECK(sid == NULL && i == -1 - (gint)k); /* a NULL stream id reads back as NULL */
        gst_event_unref(e);
    }
}

static void test_messages(void)
{
    GstObject *obj = GST_OBJECT(gst_bin_new("src"));
    GstMessage *m = gst_nvmessage_new_stream_eos(obj, 6);
    CHECK(GST_MESSAGE_TYPE(m) == GST_MESSAGE_ELEMENT && GST_MESSAGE_SRC(m) == obj);
    CHECK(gst_nvmessage_is_stream_eos(m));
    CHECK(!gst_nvmessage_is_stream_add(m));
    guint id = 0;
    CHECK(gst_nvmessage_parse_stream_eos(m, &id) && id == 6);
    gst_message_unref(m);
    m = gst_message_new_eos(obj);
    id = 9;
    CHECK(!gst_nvmessage_is_stream_eos(m) && !gst_nvmessage_parse_stream_eos(m, &id) && id == 9);
    gst_message_unref(m);

    NvDsSensorInfo info = {.source_id = 3, .uri = "file:///a.mp4", .sensor_id = "cam-3", .sensor_name = "Cam"};
    m = gst_nvmessage_new_stream_add(obj, &info);
    CHECK(gst_nvmessage_is_stream_add(m) && !gst_nvmessage_is_stream_remove(m));
    NvDsSensorInfo got;
    memset(&got, 0, sizeof got);
    CHECK(gst_nvmessage_parse_stream_add(m, &got));
    CHECK(got.source_id == 3 && g_strcmp0(got.uri, "file:///a.mp4") == 0);
    CHECK(g_strcmp0(got.sensor_id, "cam-3") == 0 && g_strcmp0(got.sensor_name, "Cam") == 0);
    CHECK(!gst_nvmessage_parse_stream_remove(m, &got));
    NvDsFPSSensorInfo fps;
    memset(&fps, 0, sizeof fps);
    CHECK(gst_nvmessage_parse_fps_stream_add(m, &fps));
    CHECK(fps.source_id == 3 && g_strcmp0(fps.sensor_id, "cam-3") == 0 && g_strcmp0(fps.uri, "file:///a.mp4") == 0);
    gst_message_unref(m);

    NvDsSensorInfo sparse = {.source_id = 1};
    m = gst_nvmessage_new_stream_remove(obj, &sparse);
    CHECK(gst_nvmessage_is_stream_remove(m));
    CHECK(gst_nvmessage_parse_stream_remove(m, &got));
    CHECK(got.source_id == 1 && got.uri && got.uri[0] == 0 && got.sensor_id && got.sensor_id[0] == 0);
    CHECK(gst_nvmessage_parse_fps_stream_remove(m, &fps) && fps.source_id == 1);
    gst_message_unref(m);

    m = gst_nvmessage_force_pipeline_eos(obj, TRUE);
    gboolean force = FALSE;
    CHECK(gst_nvmessage_is_force_pipeline_eos(m));
    CHECK(gst_nvmessage_parse_force_pipeline_eos(m, &force) && force);
    gst_message_unref(m);

#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
    /* New in 7.1. */
    NvDsRtspAttemptsInfo rtsp = {.attempt_exceeded = TRUE, .source_id = 5}, rgot = {0, 0};
    m = gst_nvmessage_reconnect_attempt_exceeded(obj, &rtsp);
    CHECK(gst_nvmessage_is_reconnect_attempt_exceeded(m));
    CHECK(gst_nvmessage_parse_reconnect_attempt_exceeded(m, &rgot) && rgot.attempt_exceeded && rgot.source_id == 5);
    gst_message_unref(m);
#endif
    gst_object_unref(obj);
}

/* Events received by the sink pad below. */
static GPtrArray *received;

static gboolean sink_event(GstPad *pad, GstObject *parent, GstEvent *event)
{
    g_ptr_array_add(received, event);
    return TRUE;
}

/* The per-source events travel through a linked pad pair like any
 * serialized event, and a pad keeps the last of each name as a sticky
 * event. */
static void test_pads(void)
{
    received = g_ptr_array_new_with_free_func((GDestroyNotify)gst_event_unref);
    GstPad *src = gst_pad_new("src", GST_PAD_SRC);
    GstPad *sink = gst_pad_new("sink", GST_PAD_SINK);
    gst_pad_set_event_function(sink, sink_event);
    CHECK(gst_pad_link(src, sink) == GST_PAD_LINK_OK);
    gst_pad_set_active(sink, TRUE);
    gst_pad_set_active(src, TRUE);
    CHECK(gst_pad_push_event(src, gst_event_new_stream_start("s")));
    GstSegment seg;
    gst_segment_init(&seg, GST_FORMAT_TIME);
    CHECK(gst_pad_push_event(src, gst_event_new_segment(&seg)));
    CHECK(gst_pad_push_event(src, gst_nvevent_new_pad_added(0)));
    CHECK(gst_pad_push_event(src, gst_nvevent_new_stream_eos(0)));
    CHECK(gst_pad_push_event(src, gst_nvevent_new_stream_eos(1)));
    guint ids[2] = {9, 9}, n = 0;
    for (guint i = 0; i < received->len; i++) {
        GstEvent *e = g_ptr_array_index(received, i);
        if ((guint)GST_EVENT_TYPE(e) == (guint)GST_NVEVENT_STREAM_EOS && n < 2)
            gst_nvevent_parse_stream_eos(e, &ids[n++]);
    }
    CHECK(n == 2 && ids[0] == 0 && ids[1] == 1);
    GstEvent *sticky = gst_pad_get_sticky_event(src, (GstEventType)GST_NVEVENT_STREAM_EOS, 0);
    guint last = 9;
    gst_nvevent_parse_stream_eos(sticky, &last);
    CHECK(sticky != NULL && last == 1);
    if (sticky)
        gst_event_unref(sticky);
    gst_pad_set_active(src, FALSE);
    gst_pad_set_active(sink, FALSE);
    gst_pad_unlink(src, sink);
    gst_object_unref(src);
    gst_object_unref(sink);
    g_ptr_array_unref(received);
}

/* The stream-eos message on a real bus. */
static void test_bus(void)
{
    GstElement *pipe = gst_pipeline_new("p");
    GstBus *bus = gst_element_get_bus(pipe);
    gst_element_post_message(pipe, gst_nvmessage_new_stream_eos(GST_OBJECT(pipe), 2));
    GstMessage *m = gst_bus_timed_pop_filtered(bus, GST_SECOND, GST_MESSAGE_ELEMENT);
    guint id = 0;
    CHECK(m && gst_nvmessage_parse_stream_eos(m, &id) && id == 2);
    if (m)
        gst_message_unref(m);
    gst_object_unref(bus);
    gst_object_unref(pipe);
}

int main(int argc, char **argv)
{
    gst_init(&argc, &argv);
    test_types();
    test_source_events();
    test_segment_and_start();
    test_control_events();
    test_messages();
    test_pads();
    test_bus();
    /* None of this touches the metadata runtime (it also makes the program
     * link libnvds_meta.so directly, which libnvdsgst_meta.so needs). */
    for (int k = 0; k < NVDS_EMBEDDED_KIND_COUNT; k++)
        CHECK(k == NVDS_EMBEDDED_USER_META_TYPES || nvds_embedded_live_count((NvDsEmbeddedKind)k) == 0);
    printf("nvevent_test: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
