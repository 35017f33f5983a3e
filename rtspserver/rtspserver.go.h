/* rtspserver.go.h: C glue of package rtspserver over gst-rtsp-server. */
#ifndef GO_DEEPSTREAM_RTSPSERVER_GO_H
#define GO_DEEPSTREAM_RTSPSERVER_GO_H

#include <gst/rtsp-server/rtsp-server.h>

/* Creates the server's listening socket and attaches its source to the
 * default main context. Returns the source id (> 0), or 0 with *error set
 * (g_free it): the port is busy, the address cannot be bound, ... */
guint gods_rtspserver_attach(GstRTSPServer *server, char **error);

/* Mounts factory at path; the mount points take their own reference. */
void gods_rtspserver_mount(GstRTSPServer *server, const char *path, GstRTSPMediaFactory *factory);

/* Removes the factory mounted at path, if any. */
void gods_rtspserver_unmount(GstRTSPServer *server, const char *path);

/* Closes every client session of server (gst_rtsp_server_client_filter
 * with a filter that removes all). */
void gods_rtspserver_close_clients(GstRTSPServer *server);

/* What gods_rtspserver_track counts on a factory: the medias it made (a
 * client asked for the stream: "media-configure") and those that reached
 * PLAYING (a client played it). */
typedef struct {
    gint configured, played;
} GodsRtspCounts;
void gods_rtspserver_track(GstRTSPMediaFactory *factory);
void gods_rtspserver_counts(GstRTSPMediaFactory *factory, int *configured, int *played);

/* A GMainLoop on the default main context, run by the calling thread until
 * gods_rtspserver_loop_quit. */
GMainLoop *gods_rtspserver_loop_new(void);
void gods_rtspserver_loop_quit(GMainLoop *loop);

#endif /* GO_DEEPSTREAM_RTSPSERVER_GO_H */
