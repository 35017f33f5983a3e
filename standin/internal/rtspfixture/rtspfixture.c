/* rtspfixture.c: see rtspfixture.go.h. */
#include <gst/rtsp-server/rtsp-server.h>

#include "rtspfixture.go.h"

struct GodsRtspFixture {
    GMainContext *ctx;
    GMainLoop *loop;
    GThread *thread;
    GstRTSPServer *server;
    guint source_id;
};

static gpointer serve(gpointer data)
{
    GodsRtspFixture *f = data;
    g_main_context_push_thread_default(f->ctx);
    g_main_loop_run(f->loop);
    g_main_context_pop_thread_default(f->ctx);
    return NULL;
}

GodsRtspFixture *gods_rtsp_fixture_start(int port, const char *path, const char *launch, char **error)
{
    GodsRtspFixture *f = g_new0(GodsRtspFixture, 1);
    f->ctx = g_main_context_new();
    f->server = gst_rtsp_server_new();
    gchar *service = g_strdup_printf("%d", port);
    g_object_set(f->server, "address", "127.0.0.1", "service", service, NULL);
    g_free(service);
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(f->server);
    GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
    gst_rtsp_media_factory_set_launch(factory, launch);
    gst_rtsp_media_factory_set_shared(factory, FALSE);
    gst_rtsp_mount_points_add_factory(mounts, path, factory);
    g_object_unref(mounts);
    f->source_id = gst_rtsp_server_attach(f->server, f->ctx);
    if (f->source_id == 0) {
        *error = g_strdup_printf("cannot serve on 127.0.0.1:%d", port);
        g_object_unref(f->server);
        g_main_context_unref(f->ctx);
        g_free(f);
        return NULL;
    }
    f->loop = g_main_loop_new(f->ctx, FALSE);
    f->thread = g_thread_new("rtsp-fixture", serve, f);
    return f;
}

static GstRTSPFilterResult close_client(GstRTSPServer *server, GstRTSPClient *client, gpointer data)
{
    return GST_RTSP_FILTER_REMOVE;
}

void gods_rtsp_fixture_stop(GodsRtspFixture *f)
{
    if (!f)
        return;
    GSource *s = g_main_context_find_source_by_id(f->ctx, f->source_id);
    if (s)
        g_source_destroy(s);
    gst_rtsp_server_client_filter(f->server, close_client, NULL);
    g_main_loop_quit(f->loop);
    g_thread_join(f->thread);
    g_main_loop_unref(f->loop);
    g_object_unref(f->server);
    g_main_context_unref(f->ctx);
    g_free(f);
}
