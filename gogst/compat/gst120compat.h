/*
 * gst120compat.h: lets go-gst v1.4.0 (and so gogst and the samples) compile
 * against GStreamer 1.20, the GStreamer of Ubuntu 22.04 and DeepStream
 * 7.0/7.1. Not part of the default build: it is injected into every cgo
 * compile with
 *
 *   CGO_CFLAGS="-g -O2 -include $PWD/gogst/compat/gst120compat.h" go build ./...
 *
 * (`make build-gst120` does exactly that). See docs/go-gst.md, "DeepStream 7.x".
 *
 * go-gst v1.4.0 and go-glib v1.4.0 call exactly one function that GStreamer
 * 1.20 and GLib 2.72 lack (the full list and how it was established are in
 * docs/go-gst.md):
 *
 *   gst_debug_message_get_id   GStreamer 1.22   used by (*gst.DebugMessage).GetId
 *
 * For GStreamer < 1.22 it is provided here as a static inline function that
 * returns NULL (1.20 debug messages carry no object id; go-gst turns NULL
 * into ""). Being static inline, it needs no symbol from the library, so the
 * program links and runs against the 1.20 libraries unchanged.
 *
 * The file is harmless where it does nothing: with GStreamer >= 1.22, and in
 * cgo packages whose include path has no GStreamer (then it includes
 * nothing at all).
 */
#ifndef GODS_GST120COMPAT_H
#define GODS_GST120COMPAT_H

#if defined(__has_include)
#if __has_include(<gst/gstversion.h>)
#include <gst/gstversion.h>

#if !GST_CHECK_VERSION(1, 22, 0)
/* Set when the fallbacks below are in effect (checked by make gst120-check). */
#define GODS_GST120COMPAT_ACTIVE 1

struct _GstDebugMessage;

/* GStreamer 1.22 API; 1.20 messages have no id. */
static inline const gchar *
gst_debug_message_get_id(struct _GstDebugMessage *message)
{
	(void)message;
	return NULL;
}
#endif /* GStreamer < 1.22 */

#endif /* __has_include(<gst/gstversion.h>) */
#endif /* __has_include */

#endif /* GODS_GST120COMPAT_H */
