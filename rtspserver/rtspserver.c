/* rtspserver.c: the few gst-rtsp-server calls that need C (a GError, a
 * filter callback). */
#include "rtspserver.go.h"

guint gods_rtspserver_attach(GstRTSPServer *server, char **error)
{
    GError *err = NULL;
    /* gst_rtsp_server_attach only logs why it failed; creating the source
     * first returns the reason (EADDRINUSE for a busy port). */
    GSource *source = gst_rtsp_server_create_source(server, NULL, &err);
    if (source == NULL) {
        *error = g_strdup(err != NULL ? err->message : "cannot create the server's socket");
        g_clear_error(&err);
        return 0;
    }
    guint id = g_source_attach(source, NULL);
    g_source_unref(source);
    return id;
}

void gods_rtspserver_mount(GstRTSPServer *server, const char *path, GstRTSPMediaFactory *factory)
{
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(server);
    /* add_factory takes the reference it is given: hand it one of its own,
     * so that the Go value keeps its reference. */
    gst_rtsp_mount_points_add_factory(mounts, path, g_object_ref(factory));
    g_object_unref(mounts);
}

void gods_rtspserver_unmount(GstRTSPServer *server, const char *path)
{
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(server);
    gst_rtsp_mount_points_remove_factory(mounts, path);
    g_object_unref(mounts);
}

static GstRTSPFilterResult remove_client(GstRTSPServer *server, GstRTSPClient *client, gpointer data)
{
    (void)server;
    (void)client;
    (void)data;
    return GST_RTSP_FILTER_REMOVE;
}

void gods_rtspserver_close_clients(GstRTSPServer *server)
{
    g_list_free_full(gst_rtsp_server_client_filter(server, remove_client, NULL), g_object_unref);
}

GMainLoop *gods_rtspserver_loop_new(void)
{
    return g_main_loop_new(NULL, FALSE);
}

static gboolean quit_loop(gpointer loop)
{
    g_main_loop_quit(loop);
    return G_SOURCE_REMOVE;
}

void gods_rtspserver_loop_quit(GMainLoop *loop)
{
    /* Quit from inside the loop, so that a quit that comes before the loop
     * has started running is not lost. */
    g_idle_add_full(G_PRIORITY_HIGH, quit_loop, loop, NULL);
}

#define COUNTS_KEY "gods-rtspserver-counts"

static void on_new_state(GstRTSPMedia *media, gint state, gpointer factory)
{
    (void)media;
    if (state == GST_STATE_PLAYING)
        g_atomic_int_inc(&((GodsRtspCounts *)g_object_get_data(factory, COUNTS_KEY))->played);
}

static void on_media_configure(GstRTSPMediaFactory *factory, GstRTSPMedia *media, gpointer data)
{
    (void)data;
    g_atomic_int_inc(&((GodsRtspCounts *)g_object_get_data(G_OBJECT(factory), COUNTS_KEY))->configured);
    g_signal_connect_object(media, "new-state", G_CALLBACK(on_new_state), factory, 0);
}

void gods_rtspserver_track(GstRTSPMediaFactory *factory)
{
    g_object_set_data_full(G_OBJECT(factory), COUNTS_KEY, g_new0(GodsRtspCounts, 1), g_free);
    g_signal_connect(factory, "media-configure", G_CALLBACK(on_media_configure), NULL);
}

void gods_rtspserver_counts(GstRTSPMediaFactory *factory, int *configured, int *played)
{
    GodsRtspCounts *c = g_object_get_data(G_OBJECT(factory), COUNTS_KEY);
    *configured = g_atomic_int_get(&c->configured);
    *played = g_atomic_int_get(&c->played);
}
