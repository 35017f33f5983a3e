/* cshim.go.h: C glue shared by go-deepstream's binding packages.
 *
 * Two parts. The static inline helpers below are for every package that
 * compiles C: nvds/internal/cshim is on each one's include path, and being
 * inline they need no Go import of cshim (which Go's internal rule forbids
 * outside nvds) and no link dependency. The functions declared after them
 * are defined in cshim's .c files; only nvds, which imports cshim, calls
 * them. */
#ifndef GO_DEEPSTREAM_CSHIM_GO_H
#define GO_DEEPSTREAM_CSHIM_GO_H

#include <stddef.h>
#include <stdint.h>
#include <gst/gst.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "gstnvdsmeta.h"

/* NVDS_ROI_META joined NvDsMetaType in DeepStream 7.1; against 7.0 headers
 * nvds.MetaTypeROI is NVDS_INVALID_META, a type no meta carries. */
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
#define GODS_META_TYPE_ROI NVDS_ROI_META
#else
#define GODS_META_TYPE_ROI NVDS_INVALID_META
#endif

/* ---- shared inline helpers ---------------------------------------------- */

/* Replace *field with a g_malloc'ed copy of len bytes of src, g_free'ing the
 * old value: GLib's allocator is what the SDK's release functions free
 * char* fields with. len < 0 stores NULL; src NULL copies "". */
static inline void gods_set_owned_string(char **field, const char *src, ptrdiff_t len)
{
    if (!field)
        return;
    g_free(*field);
    *field = len < 0 ? NULL : g_strndup(src ? src : "", (gsize)len);
}

/* Make user (acquired from a pool, not yet attached) hold data as type, owned
 * through copy and release: the four fields every user-meta payload sets. */
static inline void gods_user_meta_set(NvDsUserMeta *user, NvDsMetaType type, void *data,
                                      NvDsMetaCopyFunc copy, NvDsMetaReleaseFunc release)
{
    user->user_meta_data = data;
    user->base_meta.meta_type = type;
    user->base_meta.copy_func = copy;
    user->base_meta.release_func = release;
}

/* gst_init unless GStreamer is initialised already, then gst_buffer_new: an
 * empty buffer to attach metadata to (test fixtures). */
static inline GstBuffer *gods_new_buffer(void)
{
    if (!gst_is_initialized())
        gst_init(NULL, NULL);
    return gst_buffer_new();
}

/* nvds_copy_frame_user_meta_list(src->frame_user_meta_list, dst): copies
 * every user meta of src to dst through its copy_func, as an element copying
 * a frame does (test fixtures). */
static inline void gods_copy_frame_user_meta(NvDsFrameMeta *src, NvDsFrameMeta *dst)
{
    nvds_copy_frame_user_meta_list(src->frame_user_meta_list, dst);
}

/* ---- nvds's glue (batch.c, probe.c) ------------------------------------- */

/* Why gods_attach_batch_meta attached nothing. */
enum {
    GODS_ATTACH_OK = 0,
    GODS_ATTACH_NOT_WRITABLE = 1, /* not a GstBuffer, or not writable */
    GODS_ATTACH_HAS_BATCH = 2     /* the buffer already carries a batch meta */
};

/* Attach batch to buffer as its NvDsMeta, the way nvstreammux does:
 * gst_buffer_add_nvds_meta with the batch copy/release functions and
 * meta_type NVDS_BATCH_GST_META. NULL, with *err set, if buffer is not a
 * writable buffer or already carries a batch meta: a second one would be
 * invisible downstream, where gst_buffer_get_nvds_batch_meta finds the
 * first. */
NvDsMeta *gods_attach_batch_meta(GstBuffer *buffer, NvDsBatchMeta *batch, int *err);

/* Acquire an object meta from the frame's batch pool and attach it to the
 * frame in one call (nvds_acquire_obj_meta_from_pool followed by
 * nvds_add_obj_meta_to_frame). NULL when frame has no batch or the pool
 * gives nothing. */
NvDsObjectMeta *gods_new_obj_meta(NvDsFrameMeta *frame, NvDsObjectMeta *parent);

/* Probe kinds: an observer only reads; an operator holds the batch-meta
 * lock during the call and its result decides the buffer's fate. */
enum { GODS_PROBE_OBSERVER = 0, GODS_PROBE_OPERATOR = 1 };

/* What goNvdsProbe returns, besides a GstPadProbeReturn, when the Go
 * function panicked: the trampoline drops the buffer, releases the meta
 * lock as after any call, and removes the probe (see probe.c). */
#define GODS_PROBE_FAILED 1000

/* Post an error message on pad's parent element (what GST_ELEMENT_ERROR
 * does): GST_CORE_ERROR_FAILED with text as the message and debug as the
 * debug string; the pipeline's bus delivers it to the application. When
 * the pad has no parent element, the text is logged with g_critical. */
void gods_post_probe_error(GstPad *pad, const char *text, const char *debug);

/* An installed buffer probe. The pad is held by a weak reference, so a
 * probe never keeps its pad alive. The record belongs to the pad's probe
 * hook and is freed with it (see probe.c). */
typedef struct GodsProbe GodsProbe;

/* Install a buffer probe on pad that calls the Go dispatcher with handle for
 * every buffer. The handle is released (goNvdsReleaseHandle) exactly once:
 * when the probe is removed (gods_remove_buffer_probe, or an operator
 * returning GST_PAD_PROBE_REMOVE) or when the pad is finalized. NULL on
 * failure (the handle is released then too). */
GodsProbe *gods_add_buffer_probe(GstPad *pad, int kind, uintptr_t handle);

/* Take a temporary reference to p, for a following
 * gods_remove_buffer_probe. Only valid while the hook still exists, i.e.
 * before goNvdsReleaseHandle(handle) has been called for p. */
void gods_probe_ref(GodsProbe *p);

/* Remove the probe if it is still installed and its pad still exists, then
 * drop the reference taken by gods_probe_ref. */
void gods_remove_buffer_probe(GodsProbe *p);

/* Defined in Go (nvds/probe_export.go). */
extern int goNvdsProbe(uintptr_t handle, GstPad *pad, GstBuffer *buffer, NvDsBatchMeta *batch);
extern void goNvdsReleaseHandle(uintptr_t handle);

#endif
