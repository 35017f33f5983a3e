/* nvds_embedded.h: go-deepstream's embedded runtime only. NOT an SDK header.
 *
 * Written by hand for go-deepstream. The DeepStream SDK has no such file and
 * none of these names; code that must also build against the real SDK tests
 * NVDS_EMBEDDED_RUNTIME (nvds_version.h) before including it.
 *
 * Leak accounting: atomic counters of what the embedded runtime has live right
 * now, so that tests can assert that everything they created was released. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_EMBEDDED_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_EMBEDDED_H

#include <glib.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The custom downstream event (GST_EVENT_CUSTOM_DOWNSTREAM, serialized)
 * by which a source configured with configure_source_for_ntp_sync tells
 * nvstreammux the NTP time of a buffer: fields "pts" (guint64, the
 * buffer's PTS) and "ntp-ns" (guint64, nanoseconds since the Unix epoch).
 * Sent after every new RTCP sender report; the muxer extrapolates by PTS.
 * (embedded/ntp_sync.c, standin/streammux.c) */
#define NVDS_EMBEDDED_NTP_SYNC_EVENT "gods-ntp-sync"

typedef enum {
  /* NvDsBatchMeta created by nvds_create_batch_meta (or a copy), not yet
   * destroyed. */
  NVDS_EMBEDDED_BATCH_META = 0,
  /* Pool entries actually allocated, per kind, summed over all live batch
   * metas (in use or waiting in a pool's empty_list). */
  NVDS_EMBEDDED_FRAME_META_ENTRIES,
  NVDS_EMBEDDED_OBJ_META_ENTRIES,
  NVDS_EMBEDDED_CLASSIFIER_META_ENTRIES,
  NVDS_EMBEDDED_DISPLAY_META_ENTRIES,
  NVDS_EMBEDDED_USER_META_ENTRIES,
  NVDS_EMBEDDED_LABEL_INFO_META_ENTRIES,
  /* NvDsMeta (GstMeta) attached to some GstBuffer. */
  NVDS_EMBEDDED_GST_META,
  /* Distinct descriptors given to nvds_get_user_meta_type. A registry size,
   * not a leak: it only grows. */
  NVDS_EMBEDDED_USER_META_TYPES,
  NVDS_EMBEDDED_KIND_COUNT
} NvDsEmbeddedKind;

/* The current value of one counter; 0 for an unknown kind. */
gint64 nvds_embedded_live_count(NvDsEmbeddedKind kind);

/* A stable lower-case name for the kind ("batch_meta", "obj_meta_entries",
 * ...); NULL for an unknown kind. */
const char *nvds_embedded_kind_name(NvDsEmbeddedKind kind);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_EMBEDDED_H */
