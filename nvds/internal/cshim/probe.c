/* The pad-probe trampoline: one C callback per buffer, one call into Go, no
 * references taken. The Go side is found through a cgo.Handle value. */
#include "cshim.h"

typedef struct {
    uintptr_t handle;
    int kind;
} ProbeData;

struct CshimProbe {
    GWeakRef pad;
    gulong id;
};

static GstPadProbeReturn probe_buffer(GstPad *pad, GstPadProbeInfo *info, gpointer user_data)
{
    ProbeData *d = user_data;
    GstBuffer *buf = GST_PAD_PROBE_INFO_BUFFER(info);
    if (!buf)
        return GST_PAD_PROBE_OK;
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buf);
    int locked = d->kind == CSHIM_PROBE_OPERATOR && batch;
    if (locked)
        nvds_acquire_meta_lock(batch);
    int ret = goNvdsProbe(d->handle, buf, batch);
    if (locked)
        nvds_release_meta_lock(batch);
    return (GstPadProbeReturn)ret;
}

static void probe_destroy(gpointer user_data)
{
    ProbeData *d = user_data;
    goNvdsReleaseHandle(d->handle);
    g_free(d);
}

CshimProbe *cshim_add_buffer_probe(GstPad *pad, int kind, uintptr_t handle)
{
    if (!GST_IS_PAD(pad)) {
        goNvdsReleaseHandle(handle);
        return NULL;
    }
    ProbeData *d = g_new0(ProbeData, 1);
    d->handle = handle;
    d->kind = kind;
    /* On failure GStreamer calls probe_destroy itself. */
    gulong id = gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, probe_buffer, d, probe_destroy);
    if (!id)
        return NULL;
    CshimProbe *p = g_new0(CshimProbe, 1);
    g_weak_ref_init(&p->pad, pad);
    p->id = id;
    return p;
}

void cshim_remove_buffer_probe(CshimProbe *p)
{
    if (!p)
        return;
    GstPad *pad = g_weak_ref_get(&p->pad);
    if (pad) {
        gst_pad_remove_probe(pad, p->id);
        gst_object_unref(pad);
    }
    g_weak_ref_clear(&p->pad);
    g_free(p);
}
