/* ntp_sync_test.c: configure_source_for_ntp_sync (nvdsgstutils.h) as an
 * SDK program calls it: on an rtspsrc, on a bin that later holds one
 * (uridecodebin's case), and on elements that are no RTSP source, which it
 * leaves alone. What it does with the stream (NTP times from RTCP sender
 * reports into nvstreammux's frame meta) needs an RTSP server: Go test
 * events/ntp_test.go. Exit status 1 on failure. */
#include <stdio.h>

#include <gst/gst.h>

#include "nvdsgstutils.h"

/* The state the function keeps on a configured rtspsrc (ntp_sync.c). */
#define STATE_KEY "nvds-embedded-ntp-sync"

static int passed, failed;

#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (cond) {                                                                                                    \
            passed++;                                                                                                  \
        } else {                                                                                                       \
            failed++;                                                                                                  \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);                                  \
        }                                                                                                              \
    } while (0)

static gboolean configured(GstElement *e)
{
    return g_object_get_data(G_OBJECT(e), STATE_KEY) != NULL;
}

int main(int argc, char **argv)
{
    gst_init(&argc, &argv);
    GstElement *rtsp = gst_element_factory_make("rtspsrc", NULL);
    if (!rtsp) {
        fprintf(stderr, "ntp_sync_test: no rtspsrc (gstreamer1.0-plugins-good): skipped\n");
        return 0;
    }
    gst_object_ref_sink(rtsp);

    /* An rtspsrc: configured once, however often it is called. */
    configure_source_for_ntp_sync(rtsp);
    CHECK(configured(rtsp));
    gpointer state = g_object_get_data(G_OBJECT(rtsp), STATE_KEY);
    configure_source_for_ntp_sync(rtsp);
    CHECK(g_object_get_data(G_OBJECT(rtsp), STATE_KEY) == state);
    gst_object_unref(rtsp);

    /* A bin: the rtspsrc added to it later (even nested) is configured,
     * other elements are not. */
    GstElement *outer = gst_bin_new("source-bin"), *inner = gst_bin_new("inner");
    gst_object_ref_sink(outer);
    configure_source_for_ntp_sync(outer);
    gst_bin_add(GST_BIN(outer), inner);
    GstElement *nested = gst_element_factory_make("rtspsrc", "source");
    GstElement *other = gst_element_factory_make("fakesrc", NULL);
    gst_bin_add_many(GST_BIN(inner), nested, other, NULL);
    CHECK(configured(nested));
    CHECK(!configured(other));
    CHECK(!configured(outer) && !configured(inner));
    gst_object_unref(outer);

    /* Not an RTSP source and not a bin: nothing happens. */
    GstElement *plain = gst_element_factory_make("fakesrc", NULL);
    gst_object_ref_sink(plain);
    configure_source_for_ntp_sync(plain);
    CHECK(!configured(plain));
    gst_object_unref(plain);

    printf("ntp_sync_test: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
