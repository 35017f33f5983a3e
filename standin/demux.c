//go:build !deepstream

/* demux.c: nvstreamdemux on the CPU. Each frame of an input batch goes out
 * on the request pad src_<pad_index> as a buffer of its own: a one-frame
 * NvBufSurface (the frame's pixels copied) carrying a new batch meta that
 * lists that frame only (batch_id 0), with copies of its objects, display
 * meta and user meta, and of the batch's user meta. Frames of sources
 * without a pad are dropped. nvstreammux's per-source EOS event ends the
 * matching pad (the event, then EOS); EOS ends every pad. */
#include <string.h>

#include "gst-nvevent.h"
#include "gstnvdsmeta.h"
#include "nvbufsurface_embedded.h"
#include "standin_common.go.h"
#include "standin_image.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_demux_debug);
#define GST_CAT_DEFAULT gods_standin_demux_debug

#define DEMUX_CAPS                                                                                                     \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)" GODS_STANDIN_FORMATS ", width=(int)[1,32767], "               \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

typedef struct {
    GstElement parent;
    GstPad *sinkpad;
    /* object lock */
    GHashTable *srcpads; /* pad index -> GstPad* (a ref) */
    GHashTable *ended;   /* pad indices sent EOS */
    GstCaps *caps;
} GstStandinDemux;

typedef struct {
    GstElementClass parent_class;
} GstStandinDemuxClass;

GType gst_standin_demux_get_type(void);
G_DEFINE_TYPE(GstStandinDemux, gst_standin_demux, GST_TYPE_ELEMENT)

static GstStaticPadTemplate sink_template =
    GST_STATIC_PAD_TEMPLATE("sink", GST_PAD_SINK, GST_PAD_ALWAYS, GST_STATIC_CAPS(DEMUX_CAPS));
static GstStaticPadTemplate src_template =
    GST_STATIC_PAD_TEMPLATE("src_%u", GST_PAD_SRC, GST_PAD_REQUEST, GST_STATIC_CAPS(DEMUX_CAPS));

/* The source pads, reffed, with their indices. */
static GList *src_pads(GstStandinDemux *self)
{
    GList *out = NULL;
    GST_OBJECT_LOCK(self);
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, self->srcpads);
    while (g_hash_table_iter_next(&it, &k, &v))
        out = g_list_prepend(out, gst_object_ref(v));
    GST_OBJECT_UNLOCK(self);
    return out;
}

static guint pad_index(GstPad *pad)
{
    return GPOINTER_TO_UINT(g_object_get_data(G_OBJECT(pad), "standin-index"));
}

/* The stream-start of a source pad: its own stream id, the group kept. */
static GstEvent *stream_start_for(GstStandinDemux *self, GstPad *pad, GstEvent *upstream)
{
    const gchar *id = NULL;
    gst_event_parse_stream_start(upstream, &id);
    gchar *sid = g_strdup_printf("%s/%u", id ? id : "nvstreamdemux", pad_index(pad));
    GstEvent *ev = gst_event_new_stream_start(sid);
    g_free(sid);
    guint group;
    if (gst_event_parse_group_id(upstream, &group))
        gst_event_set_group_id(ev, group);
    return ev;
}

typedef struct {
    GstStandinDemux *self;
    GstPad *pad;
} StickyCopy;

/* A pad requested while streaming gets the sink pad's sticky events. */
static gboolean copy_sticky(GstPad *sinkpad, GstEvent **event, gpointer data)
{
    StickyCopy *c = data;
    if (GST_EVENT_TYPE(*event) == GST_EVENT_STREAM_START) {
        GstEvent *ev = stream_start_for(c->self, c->pad, *event);
        gst_pad_store_sticky_event(c->pad, ev);
        gst_event_unref(ev);
    } else if (GST_EVENT_TYPE(*event) != GST_EVENT_EOS) {
        gst_pad_store_sticky_event(c->pad, *event);
    }
    return TRUE;
}

static gboolean src_query(GstPad *pad, GstObject *parent, GstQuery *query)
{
    GstStandinDemux *self = (GstStandinDemux *)parent;
    if (GST_QUERY_TYPE(query) == GST_QUERY_CAPS) {
        GstCaps *filter = NULL, *caps;
        gst_query_parse_caps(query, &filter);
        GST_OBJECT_LOCK(self);
        caps = self->caps ? gst_caps_ref(self->caps) : gst_pad_get_pad_template_caps(pad);
        GST_OBJECT_UNLOCK(self);
        if (filter) {
            GstCaps *t = gst_caps_intersect_full(filter, caps, GST_CAPS_INTERSECT_FIRST);
            gst_caps_unref(caps);
            caps = t;
        }
        gst_query_set_caps_result(query, caps);
        gst_caps_unref(caps);
        return TRUE;
    }
    return gst_pad_query_default(pad, parent, query);
}

static GstPad *request_new_pad(GstElement *element, GstPadTemplate *templ, const gchar *name, const GstCaps *caps)
{
    GstStandinDemux *self = (GstStandinDemux *)element;
    guint index = 0;
    GST_OBJECT_LOCK(self);
    if (name) {
        gchar *end = NULL;
        guint64 v = g_ascii_strtoull(name + strlen("src_"), &end, 10);
        if (!g_str_has_prefix(name, "src_") || *end || end == name + strlen("src_") || v > G_MAXUINT) {
            GST_OBJECT_UNLOCK(self);
            GST_WARNING_OBJECT(self, "pad name %s is not src_<source index>", name);
            return NULL;
        }
        index = (guint)v;
    } else {
        while (g_hash_table_contains(self->srcpads, GUINT_TO_POINTER(index)))
            index++;
    }
    if (g_hash_table_contains(self->srcpads, GUINT_TO_POINTER(index))) {
        GST_OBJECT_UNLOCK(self);
        GST_WARNING_OBJECT(self, "pad src_%u exists already", index);
        return NULL;
    }
    gchar *pname = g_strdup_printf("src_%u", index);
    GstPad *pad = gst_pad_new_from_template(templ, pname);
    g_free(pname);
    g_object_set_data(G_OBJECT(pad), "standin-index", GUINT_TO_POINTER(index));
    gst_pad_set_query_function(pad, src_query);
    g_hash_table_insert(self->srcpads, GUINT_TO_POINTER(index), gst_object_ref(pad));
    g_hash_table_remove(self->ended, GUINT_TO_POINTER(index));
    GST_OBJECT_UNLOCK(self);
    if (GST_STATE(element) > GST_STATE_READY || GST_STATE_TARGET(element) > GST_STATE_READY)
        gst_pad_set_active(pad, TRUE);
    StickyCopy c = {self, pad};
    gst_pad_sticky_events_foreach(self->sinkpad, copy_sticky, &c);
    gst_element_add_pad(element, pad);
    return pad;
}

static void release_pad(GstElement *element, GstPad *pad)
{
    GstStandinDemux *self = (GstStandinDemux *)element;
    GST_OBJECT_LOCK(self);
    g_hash_table_remove(self->srcpads, GUINT_TO_POINTER(pad_index(pad)));
    GST_OBJECT_UNLOCK(self);
    gst_pad_set_active(pad, FALSE);
    gst_element_remove_pad(element, pad);
}

/* Ends the pad of one source: the stream-eos event, then EOS. */
static void end_pad(GstStandinDemux *self, guint index, GstEvent *stream_eos)
{
    GST_OBJECT_LOCK(self);
    GstPad *pad = g_hash_table_lookup(self->srcpads, GUINT_TO_POINTER(index));
    gboolean done = g_hash_table_contains(self->ended, GUINT_TO_POINTER(index));
    if (pad)
        gst_object_ref(pad);
    g_hash_table_add(self->ended, GUINT_TO_POINTER(index));
    GST_OBJECT_UNLOCK(self);
    if (!pad)
        return;
    if (!done) {
        if (stream_eos)
            gst_pad_push_event(pad, gst_event_ref(stream_eos));
        gst_pad_push_event(pad, gst_event_new_eos());
    }
    gst_object_unref(pad);
}

static gboolean sink_event(GstPad *sinkpad, GstObject *parent, GstEvent *event)
{
    GstStandinDemux *self = (GstStandinDemux *)parent;
    gboolean ok = TRUE;
    switch ((guint)GST_EVENT_TYPE(event)) {
    case GST_EVENT_CAPS: {
        GstCaps *caps;
        gst_event_parse_caps(event, &caps);
        GST_OBJECT_LOCK(self);
        gst_caps_replace(&self->caps, caps);
        GST_OBJECT_UNLOCK(self);
        break;
    }
    case GST_NVEVENT_STREAM_EOS: {
        guint source = 0;
        gst_nvevent_parse_stream_eos(event, &source);
        end_pad(self, source, event);
        gst_event_unref(event);
        return TRUE;
    }
    case GST_EVENT_EOS: {
        GList *pads = src_pads(self);
        for (GList *l = pads; l; l = l->next)
            end_pad(self, pad_index(l->data), NULL);
        g_list_free_full(pads, gst_object_unref);
        gst_event_unref(event);
        return TRUE;
    }
    case GST_EVENT_FLUSH_STOP:
        GST_OBJECT_LOCK(self);
        g_hash_table_remove_all(self->ended);
        GST_OBJECT_UNLOCK(self);
        break;
    default: break;
    }
    GList *pads = src_pads(self);
    for (GList *l = pads; l; l = l->next) {
        GstPad *pad = l->data;
        GstEvent *ev = GST_EVENT_TYPE(event) == GST_EVENT_STREAM_START ? stream_start_for(self, pad, event)
                                                                       : gst_event_ref(event);
        if (!gst_pad_push_event(pad, ev) && GST_EVENT_IS_SERIALIZED(event) && !GST_EVENT_IS_STICKY(event))
            ok = FALSE;
    }
    g_list_free_full(pads, gst_object_unref);
    gst_event_unref(event);
    return ok;
}

static gboolean sink_query(GstPad *pad, GstObject *parent, GstQuery *query)
{
    /* Buffers for the batch come from upstream's own pool: no pool of
     * one of the branches. */
    if (GST_QUERY_TYPE(query) == GST_QUERY_ALLOCATION)
        return FALSE;
    return gst_pad_query_default(pad, parent, query);
}

/* Copies frame index of src into the one-frame surface dst. */
static gboolean copy_frame(NvBufSurface *src, guint index, NvBufSurface *dst)
{
    NvBufSurfaceParams *s = &src->surfaceList[index], *d = &dst->surfaceList[0];
    if (s->colorFormat != d->colorFormat || s->width != d->width || s->height != d->height ||
        s->planeParams.num_planes != d->planeParams.num_planes)
        return FALSE;
    for (guint p = 0; p < s->planeParams.num_planes; p++) {
        const guint8 *from = (const guint8 *)s->dataPtr + s->planeParams.offset[p];
        guint8 *to = (guint8 *)d->dataPtr + d->planeParams.offset[p];
        gsize row = (gsize)s->planeParams.width[p] * s->planeParams.bytesPerPix[p];
        for (guint y = 0; y < s->planeParams.height[p]; y++)
            memcpy(to + (gsize)y * d->planeParams.pitch[p], from + (gsize)y * s->planeParams.pitch[p], row);
    }
    dst->numFilled = 1;
    return TRUE;
}

/* The one-frame buffer of frame fm. */
static GstBuffer *frame_buffer(GstStandinDemux *self, GstBuffer *in, NvBufSurface *surf, NvDsBatchMeta *bm,
                               NvDsFrameMeta *fm)
{
    NvBufSurfaceParams *sp = &surf->surfaceList[fm->batch_id];
    NvBufSurfaceCreateParams params = {0};
    params.gpuId = surf->gpuId;
    params.width = sp->width;
    params.height = sp->height;
    params.colorFormat = sp->colorFormat;
    params.layout = sp->layout;
    params.memType = surf->memType;
    GstBuffer *out = nvbufsurface_embedded_buffer_create(1, &params);
    NvBufSurface *os = out ? gods_standin_buffer_surface(out) : NULL;
    if (!os || !copy_frame(surf, fm->batch_id, os)) {
        if (out)
            gst_buffer_unref(out);
        return NULL;
    }
    NvDsBatchMeta *nbm = nvds_create_batch_meta(1);
    NvDsFrameMeta *nfm = nvds_acquire_frame_meta_from_pool(nbm);
    nvds_copy_frame_meta(fm, nfm);
    nfm->batch_id = 0;
    nvds_add_frame_meta_to_batch(nbm, nfm);
    nvds_copy_obj_meta_list(fm->obj_meta_list, nfm);
    nvds_copy_display_meta_list(fm->display_meta_list, nfm);
    nvds_copy_frame_user_meta_list(fm->frame_user_meta_list, nfm);
    nvds_copy_batch_user_meta_list(bm->batch_user_meta_list, nbm);
    NvDsMeta *meta = gst_buffer_add_nvds_meta(out, nbm, NULL, nvds_batch_meta_copy_func, nvds_batch_meta_release_func);
    if (!meta) {
        nvds_destroy_batch_meta(nbm);
        gst_buffer_unref(out);
        return NULL;
    }
    meta->meta_type = NVDS_BATCH_GST_META;
    GST_BUFFER_PTS(out) = GST_CLOCK_TIME_IS_VALID(fm->buf_pts) ? fm->buf_pts : GST_BUFFER_PTS(in);
    GST_BUFFER_DURATION(out) = GST_BUFFER_DURATION(in);
    return out;
}

static GstFlowReturn chain(GstPad *sinkpad, GstObject *parent, GstBuffer *in)
{
    GstStandinDemux *self = (GstStandinDemux *)parent;
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(in);
    NvBufSurface *surf = gods_standin_buffer_surface(in);
    if (!bm || !surf) {
        gst_buffer_unref(in);
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("%s not found for input buffer", bm ? "NvBufSurface" : "NvDsBatchMeta"),
                          ("nvstreamdemux needs batched buffers from nvstreammux"));
        return GST_FLOW_ERROR;
    }
    GstFlowReturn ret = GST_FLOW_OK;
    /* The buffers first, under the batch's lock; then pushed. */
    GPtrArray *outs = g_ptr_array_new(), *pads = g_ptr_array_new();
    nvds_acquire_meta_lock(bm);
    for (GList *l = bm->frame_meta_list; l; l = l->next) {
        NvDsFrameMeta *fm = l->data;
        GST_OBJECT_LOCK(self);
        GstPad *pad = g_hash_table_lookup(self->srcpads, GUINT_TO_POINTER(fm->pad_index));
        gboolean ended = g_hash_table_contains(self->ended, GUINT_TO_POINTER(fm->pad_index));
        if (pad)
            gst_object_ref(pad);
        GST_OBJECT_UNLOCK(self);
        if (!pad || ended || fm->batch_id >= surf->numFilled) {
            if (pad)
                gst_object_unref(pad);
            continue;
        }
        GstBuffer *out = frame_buffer(self, in, surf, bm, fm);
        if (!out) {
            gst_object_unref(pad);
            ret = GST_FLOW_ERROR;
            GST_ELEMENT_ERROR(self, STREAM, FAILED, ("cannot copy frame %u of the batch", fm->batch_id), (NULL));
            break;
        }
        g_ptr_array_add(outs, out);
        g_ptr_array_add(pads, pad);
    }
    nvds_release_meta_lock(bm);
    gst_buffer_unref(in);
    for (guint i = 0; i < outs->len; i++) {
        GstPad *pad = pads->pdata[i];
        GstFlowReturn r = ret == GST_FLOW_OK ? gst_pad_push(pad, outs->pdata[i]) : GST_FLOW_OK;
        if (ret != GST_FLOW_OK)
            gst_buffer_unref(outs->pdata[i]);
        /* An unlinked or finished branch does not stop the others. */
        if (r == GST_FLOW_FLUSHING || r < GST_FLOW_EOS)
            ret = r;
        gst_object_unref(pad);
    }
    g_ptr_array_free(outs, TRUE);
    g_ptr_array_free(pads, TRUE);
    return ret;
}

static GstStateChangeReturn change_state(GstElement *element, GstStateChange transition)
{
    GstStandinDemux *self = (GstStandinDemux *)element;
    GstStateChangeReturn ret = GST_ELEMENT_CLASS(gst_standin_demux_parent_class)->change_state(element, transition);
    if (transition == GST_STATE_CHANGE_PAUSED_TO_READY) {
        GST_OBJECT_LOCK(self);
        g_hash_table_remove_all(self->ended);
        gst_caps_replace(&self->caps, NULL);
        GST_OBJECT_UNLOCK(self);
    }
    return ret;
}

static void finalize(GObject *object)
{
    GstStandinDemux *self = (GstStandinDemux *)object;
    g_hash_table_destroy(self->srcpads);
    g_hash_table_destroy(self->ended);
    gst_caps_replace(&self->caps, NULL);
    G_OBJECT_CLASS(gst_standin_demux_parent_class)->finalize(object);
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_demux_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvstreamdemux", &count);
}

static void gst_standin_demux_class_init(GstStandinDemuxClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_demux_debug, "nvstreamdemux", 0, "go-deepstream stand-in nvstreamdemux");
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    element_class->request_new_pad = request_new_pad;
    element_class->release_pad = release_pad;
    element_class->change_state = change_state;
    gst_element_class_add_static_pad_template(element_class, &sink_template);
    gst_element_class_add_static_pad_template(element_class, &src_template);
    gst_element_class_set_static_metadata(element_class, "Stream demultiplexer (go-deepstream CPU stand-in)",
                                          "Generic/Demuxer",
                                          "Splits a batch into one buffer per source, on the pad of its source",
                                          "go-deepstream");
}

static void gst_standin_demux_init(GstStandinDemux *self)
{
    self->srcpads = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, gst_object_unref);
    self->ended = g_hash_table_new(g_direct_hash, g_direct_equal);
    self->sinkpad = gst_pad_new_from_static_template(&sink_template, "sink");
    gst_pad_set_chain_function(self->sinkpad, chain);
    gst_pad_set_event_function(self->sinkpad, sink_event);
    gst_pad_set_query_function(self->sinkpad, sink_query);
    gst_element_add_pad(GST_ELEMENT(self), self->sinkpad);
}
