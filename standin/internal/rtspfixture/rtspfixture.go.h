/* rtspfixture.go.h: a loopback RTSP server (gst-rtsp-server) on its own
 * main-context thread, for the tests of the stand-in nvurisrcbin. */
#ifndef GO_DEEPSTREAM_STANDIN_RTSPFIXTURE_GO_H
#define GO_DEEPSTREAM_STANDIN_RTSPFIXTURE_GO_H

#include <gst/gst.h>

typedef struct GodsRtspFixture GodsRtspFixture;

/* Serves launch (a gst-rtsp-server launch line) at rtsp://127.0.0.1:port
 * path; NULL with *error set (g_free it) when the port cannot be bound. */
GodsRtspFixture *gods_rtsp_fixture_start(int port, const char *path, const char *launch, char **error);

/* Closes every client connection and the listening socket, stops the
 * thread and frees f. */
void gods_rtsp_fixture_stop(GodsRtspFixture *f);

#endif /* GO_DEEPSTREAM_STANDIN_RTSPFIXTURE_GO_H */
