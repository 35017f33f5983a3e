/* tracker.go.h: C glue of package tracker (nvds_tracker_meta.h). Written
 * for go-deepstream. */
#ifndef GO_DEEPSTREAM_TRACKER_GO_H
#define GO_DEEPSTREAM_TRACKER_GO_H

#include <stddef.h>
#include <gst/gst.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "nvds_tracker_meta.h"

/* ptWorldFeet exists in NvDsTargetMiscDataFrame from DeepStream 9.0 on; its
 * offset is a compile-time constant (-1 before), so Go reads it as plain
 * memory against every release's headers. */
#if NVDS_VERSION_MAJOR >= 9
enum { GODS_MISC_FRAME_WORLD_FEET_OFFSET = offsetof(NvDsTargetMiscDataFrame, ptWorldFeet) };
#else
enum { GODS_MISC_FRAME_WORLD_FEET_OFFSET = -1 };
#endif

/* ---- payloads (tracker.c) -------------------------------------------------
 * The misc-data batch nvtracker attaches as NVDS_TRACKER_PAST_FRAME_META
 * (and the terminated/shadow track lists), built the way nvtracker builds
 * it: every level g_malloc'ed and owned through the user meta's copy and
 * release functions below. The stand-in nvtracker (standin/) and the test
 * fixture (tracker/internal/trackertest) both build it here. */

/* A zeroed batch of nstreams streams (numAllocated = numFilled), each with
 * nobjs zeroed objects (all filled), each with room for nframes zeroed
 * frames (all filled). A stream's object array may be replaced by the
 * caller with its own g_malloc'ed one (setting numAllocated and
 * numFilled); the batch then owns it. */
NvDsTargetMiscDataBatch *gods_tracker_misc_new(guint nstreams, guint nobjs, guint nframes);
/* Frees b and every level it owns. NULL is a no-op. */
void gods_tracker_misc_free(NvDsTargetMiscDataBatch *b);
/* copy_func / release_func of misc-data user metas. */
gpointer gods_tracker_misc_copy_func(gpointer data, gpointer user_data);
void gods_tracker_misc_release_func(gpointer data, gpointer user_data);
/* Makes user (acquired, not attached) a meta_type user meta owning b, with
 * the functions above. */
void gods_tracker_user_meta_set_misc(NvDsUserMeta *user, NvDsMetaType meta_type, NvDsTargetMiscDataBatch *b);

/* Misc-data batches built or copied here and not yet freed (leak tests). */
gint gods_tracker_live_misc(void);

#endif /* GO_DEEPSTREAM_TRACKER_GO_H */
