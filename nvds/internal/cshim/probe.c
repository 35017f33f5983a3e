/* The pad-probe trampoline: one C callback per buffer and one call into Go,
 * no references taken and nothing allocated per buffer. The Go side is
 * found through a cgo.Handle value stored in the probe record.
 *
 * Lifetime of a GodsProbe record: it is created with one reference, owned
 * by the pad's probe hook and dropped by the hook's GDestroyNotify (which
 * also releases the Go handle). That notify runs exactly once, whichever
 * comes first: gst_pad_remove_probe, the callback returning
 * GST_PAD_PROBE_REMOVE, or the pad being finalized. The Go side never owns
 * a reference; during gods_remove_buffer_probe it holds a temporary one
 * (gods_probe_ref, taken while Go knows the hook is still there), so a
 * probe whose Remove is never called leaks nothing.
 *
 * Exactly one party removes the hook: the one that flips `installed` from 1
 * to 0 (Remove, or the callback asking for GST_PAD_PROBE_REMOVE). So
 * gst_pad_remove_probe is never called with an id that is already gone,
 * which GStreamer would report with a g_warning. */
#include "cshim.go.h"

struct GodsProbe {
    gint refs;
    gint installed;
    int kind;
    uintptr_t handle;
    gulong id;
    GWeakRef pad;
};

void gods_probe_ref(GodsProbe *p)
{
    g_atomic_int_inc(&p->refs);
}

static void probe_unref(GodsProbe *p)
{
    if (g_atomic_int_dec_and_test(&p->refs)) {
        g_weak_ref_clear(&p->pad);
        g_free(p);
    }
}

/* A probe whose Go function panicked: Go has posted the error on the bus.
 * The probe is removed, so the function is not called again (the
 * application, told by the bus, usually stops the pipeline), unless Remove
 * is under way on another thread and removes it itself. Removing a hook from
 * inside its own callback is allowed; GStreamer destroys it (probe_destroy,
 * which frees p) only once the callback has returned, and p is not used
 * after this. */
static void probe_failed(GodsProbe *p, GstPad *pad)
{
    if (g_atomic_int_compare_and_exchange(&p->installed, 1, 0))
        gst_pad_remove_probe(pad, p->id);
}

static GstPadProbeReturn probe_buffer(GstPad *pad, GstPadProbeInfo *info, gpointer user_data)
{
    GodsProbe *p = user_data;
    GstBuffer *buf = GST_PAD_PROBE_INFO_BUFFER(info);
    if (!buf)
        return GST_PAD_PROBE_OK;
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buf);
    if (p->kind != GODS_PROBE_OPERATOR) {
        /* An observer only read: its buffer passes even if it panicked. */
        if (goNvdsProbe(p->handle, pad, buf, batch) == GODS_PROBE_FAILED)
            probe_failed(p, pad);
        return GST_PAD_PROBE_OK;
    }
    if (batch)
        nvds_acquire_meta_lock(batch);
    int ret = goNvdsProbe(p->handle, pad, buf, batch);
    /* Go returns here after a panic too (it recovers), so the lock is
     * released on every path but Goexit, which aborts the process. */
    if (batch)
        nvds_release_meta_lock(batch);
    switch (ret) {
    case GODS_PROBE_FAILED:
        /* The operator may have written part of its changes: drop the
         * buffer rather than pass half-edited metadata downstream. */
        probe_failed(p, pad);
        return GST_PAD_PROBE_DROP;
    case GST_PAD_PROBE_DROP:
    case GST_PAD_PROBE_PASS:
        return (GstPadProbeReturn)ret;
    case GST_PAD_PROBE_REMOVE:
        /* Remove may be under way on another thread; then it removes the
         * hook and this buffer simply passes. */
        if (g_atomic_int_compare_and_exchange(&p->installed, 1, 0))
            return GST_PAD_PROBE_REMOVE;
        return GST_PAD_PROBE_OK;
    default:
        /* GST_PAD_PROBE_OK, and anything else: HANDLED would leak the
         * buffer, since the Go side never takes it over. */
        return GST_PAD_PROBE_OK;
    }
}

void gods_post_probe_error(GstPad *pad, const char *text, const char *debug)
{
    GstElement *element = gst_pad_get_parent_element(pad);
    gchar *full = g_strdup_printf("%s (pad %s:%s)", text, GST_DEBUG_PAD_NAME(pad));
    if (!element) {
        g_log("go-deepstream", G_LOG_LEVEL_WARNING, "%s", full);
        g_free(full);
        return;
    }
    GError *err = g_error_new_literal(GST_CORE_ERROR, GST_CORE_ERROR_FAILED, full);
    gst_element_post_message(element, gst_message_new_error(GST_OBJECT(element), err, debug));
    g_error_free(err);
    g_free(full);
    gst_object_unref(element);
}

static void probe_destroy(gpointer user_data)
{
    GodsProbe *p = user_data;
    g_atomic_int_set(&p->installed, 0);
    goNvdsReleaseHandle(p->handle);
    probe_unref(p);
}

GodsProbe *gods_add_buffer_probe(GstPad *pad, int kind, uintptr_t handle)
{
    if (!GST_IS_PAD(pad)) {
        goNvdsReleaseHandle(handle);
        return NULL;
    }
    GodsProbe *p = g_new0(GodsProbe, 1);
    p->refs = 1;
    p->installed = 1;
    p->kind = kind;
    p->handle = handle;
    g_weak_ref_init(&p->pad, pad);
    /* The id is written before any other thread can see p through Remove:
     * Go publishes p only after this function returns. A buffer probe is
     * never run from inside gst_pad_add_probe (only idle probes are). */
    gulong id = gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, probe_buffer, p, probe_destroy);
    if (!id) {
        /* Not reached for buffer probes; GStreamer has called probe_destroy
         * if it ever does. */
        return NULL;
    }
    p->id = id;
    return p;
}

void gods_remove_buffer_probe(GodsProbe *p)
{
    if (!p)
        return;
    if (g_atomic_int_compare_and_exchange(&p->installed, 1, 0)) {
        GstPad *pad = g_weak_ref_get(&p->pad);
        if (pad) {
            gst_pad_remove_probe(pad, p->id);
            gst_object_unref(pad);
        }
    }
    probe_unref(p);
}
