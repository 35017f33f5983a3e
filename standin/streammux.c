//go:build !deepstream

/* streammux.c: nvstreammux (the legacy muxer) on the CPU, a GstAggregator.
 * Each output buffer is one batched NvBufSurface of batch-size frames at
 * width x height (numFilled = frames in the batch), every input frame
 * scaled into it, with an NvDsBatchMeta (one NvDsFrameMeta per frame)
 * attached as DeepStream's NvDsMeta. Non-live inputs are batched one frame
 * per source that still has data; live inputs are batched with what has
 * arrived when batched-push-timeout expires. A source's EOS posts a
 * "stream-eos" element message and sends the nv-stream-eos custom event
 * downstream; EOS follows when every source has ended. */
#include <string.h>

#include <gst/base/gstaggregator.h>

#include "gst-nvevent.h"
#include "gst-nvmessage.h"
#include "gstnvdsmeta.h"
#include "nvds_embedded.h"
#include "standin_common.go.h"
#include "standin_image.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_mux_debug);
#define GST_CAT_DEFAULT gods_standin_mux_debug

#define MUX_FORMATS "{ NV12, RGBA }"
#define MUX_SINK_CAPS                                                                                                  \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)" MUX_FORMATS ", width=(int)[1,32767], "                   \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]; "                                                  \
    "video/x-raw, format=(string)" MUX_FORMATS ", width=(int)[1,32767], height=(int)[1,32767], "                       \
    "framerate=(fraction)[0/1,2147483647/1]"
#define MUX_SRC_CAPS                                                                                                   \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)" MUX_FORMATS ", width=(int)[1,32767], "                   \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

/* ---- sink pad ---- */

typedef struct {
    GstAggregatorPad parent;
    guint index;           /* from the pad name sink_%u */
    gboolean have_info;    /* caps received */
    GstVideoInfo info;
    gboolean nvmm;
    GodsStandinMatrix matrix;  /* of the input's colorimetry */
    gint frame_num;        /* next frame number */
    gboolean eos_reported;
    /* NTP times of the last PTS's, from the source's
     * NVDS_EMBEDDED_NTP_SYNC_EVENT (configure_source_for_ntp_sync); used
     * when attach-sys-ts is off. A ring: the decoder may hold a few frames. */
    guint n_ntp, next_ntp;
    guint64 ntp_pts[32], ntp_ns[32];
} GstStandinMuxPad;

/* The NTP time of pts: the one sent for it, else extrapolated by PTS from
 * the one sent for the nearest PTS (a frame's packets may carry slightly
 * different PTS's when the jitterbuffer corrects its skew; the newest
 * entry may be several frames ahead of a frame the decoder held, and
 * extrapolating from it carries all the PTS jitter in between); 0 when
 * none was sent. Object lock held. */
static guint64 pad_ntp(const GstStandinMuxPad *pad, guint64 pts)
{
    if (pad->n_ntp == 0)
        return 0;
    guint nearest = 0;
    guint64 best = G_MAXUINT64;
    for (guint i = 0; i < pad->n_ntp; i++) {
        guint64 d = pad->ntp_pts[i] > pts ? pad->ntp_pts[i] - pts : pts - pad->ntp_pts[i];
        if (d < best) {
            best = d;
            nearest = i;
        }
    }
    gint64 t = (gint64)pad->ntp_ns[nearest] + ((gint64)pts - (gint64)pad->ntp_pts[nearest]);
    return (guint64)MAX(t, 0);
}

typedef struct {
    GstAggregatorPadClass parent_class;
} GstStandinMuxPadClass;

GType gst_standin_mux_pad_get_type(void);
G_DEFINE_TYPE(GstStandinMuxPad, gst_standin_mux_pad, GST_TYPE_AGGREGATOR_PAD)

static void mux_pad_constructed(GObject *object)
{
    GstStandinMuxPad *pad = (GstStandinMuxPad *)object;
    G_OBJECT_CLASS(gst_standin_mux_pad_parent_class)->constructed(object);
    guint idx = 0;
    const gchar *name = GST_PAD_NAME(pad);
    if (name && g_str_has_prefix(name, "sink_"))
        idx = (guint)g_ascii_strtoull(name + 5, NULL, 10);
    pad->index = idx;
}

static void gst_standin_mux_pad_class_init(GstStandinMuxPadClass *klass)
{
    G_OBJECT_CLASS(klass)->constructed = mux_pad_constructed;
}

static void gst_standin_mux_pad_init(GstStandinMuxPad *pad)
{
}

/* ---- element ---- */

typedef struct {
    GstAggregator parent;
    /* properties (object lock) */
    guint batch_size;
    guint width, height;
    gint push_timeout; /* microseconds */
    gboolean live_source;
    gboolean enable_padding;
    gint memtype;
    guint gpu_id;
    guint num_surfaces_per_frame;
    gboolean attach_sys_ts;
    gboolean sync_inputs;
    guint64 max_latency;
    gint compute_hw;
    gint interpolation;
    guint buffer_pool_size;
    gboolean drop_pipeline_eos;
    gboolean frame_num_reset_on_eos;
    gboolean frame_num_reset_on_stream_reset;
    gchar *config_file_path;
    guint64 frame_duration;
    gboolean async_process;
    /* streaming */
    GstVideoInfo out_info;
    GodsStandinMatrix out_matrix;
    GstBufferPool *pool;
    guint next_pad; /* round-robin start when batch-size < sources */
    gboolean pushed;
} GstStandinMux;

typedef struct {
    GstAggregatorClass parent_class;
} GstStandinMuxClass;

GType gst_standin_mux_get_type(void);
G_DEFINE_TYPE(GstStandinMux, gst_standin_mux, GST_TYPE_AGGREGATOR)

enum {
    PROP_0,
    PROP_BATCH_SIZE,
    PROP_WIDTH,
    PROP_HEIGHT,
    PROP_PUSH_TIMEOUT,
    PROP_LIVE_SOURCE,
    PROP_ENABLE_PADDING,
    PROP_MEMTYPE,
    PROP_GPU_ID,
    PROP_NUM_SURFACES,
    PROP_ATTACH_SYS_TS,
    PROP_SYNC_INPUTS,
    PROP_MAX_LATENCY,
    PROP_COMPUTE_HW,
    PROP_INTERPOLATION,
    PROP_BUFFER_POOL_SIZE,
    PROP_DROP_PIPELINE_EOS,
    PROP_FRAME_NUM_RESET_ON_EOS,
    PROP_FRAME_NUM_RESET_ON_STREAM_RESET,
    PROP_CONFIG_FILE_PATH,
    PROP_FRAME_DURATION,
    PROP_ASYNC_PROCESS,
};

/* In live mode the aggregator's latency is the batch timeout. */
static void update_latency(GstStandinMux *self)
{
    GST_OBJECT_LOCK(self);
    gint64 t = self->live_source && self->push_timeout > 0 ? (gint64)self->push_timeout * GST_USECOND : 0;
    GST_OBJECT_UNLOCK(self);
    g_object_set(self, "latency", (guint64)t, NULL);
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinMux *self = (GstStandinMux *)object;
    gboolean latency = FALSE;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_BATCH_SIZE: self->batch_size = g_value_get_uint(value); break;
    case PROP_WIDTH: self->width = g_value_get_uint(value); break;
    case PROP_HEIGHT: self->height = g_value_get_uint(value); break;
    case PROP_PUSH_TIMEOUT:
        self->push_timeout = g_value_get_int(value);
        latency = TRUE;
        break;
    case PROP_LIVE_SOURCE:
        self->live_source = g_value_get_boolean(value);
        latency = TRUE;
        break;
    case PROP_ENABLE_PADDING: self->enable_padding = g_value_get_boolean(value); break;
    case PROP_MEMTYPE: self->memtype = g_value_get_enum(value); break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_NUM_SURFACES: self->num_surfaces_per_frame = g_value_get_uint(value); break;
    case PROP_ATTACH_SYS_TS: self->attach_sys_ts = g_value_get_boolean(value); break;
    case PROP_SYNC_INPUTS: self->sync_inputs = g_value_get_boolean(value); break;
    case PROP_MAX_LATENCY: self->max_latency = g_value_get_uint64(value); break;
    case PROP_COMPUTE_HW: self->compute_hw = g_value_get_enum(value); break;
    case PROP_INTERPOLATION: self->interpolation = g_value_get_enum(value); break;
    case PROP_BUFFER_POOL_SIZE: self->buffer_pool_size = g_value_get_uint(value); break;
    case PROP_DROP_PIPELINE_EOS: self->drop_pipeline_eos = g_value_get_boolean(value); break;
    case PROP_FRAME_NUM_RESET_ON_EOS: self->frame_num_reset_on_eos = g_value_get_boolean(value); break;
    case PROP_FRAME_NUM_RESET_ON_STREAM_RESET: self->frame_num_reset_on_stream_reset = g_value_get_boolean(value); break;
    case PROP_CONFIG_FILE_PATH:
        g_free(self->config_file_path);
        self->config_file_path = g_value_dup_string(value);
        break;
    case PROP_FRAME_DURATION: self->frame_duration = g_value_get_uint64(value); break;
    case PROP_ASYNC_PROCESS: self->async_process = g_value_get_boolean(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
    if (latency)
        update_latency(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinMux *self = (GstStandinMux *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_BATCH_SIZE: g_value_set_uint(value, self->batch_size); break;
    case PROP_WIDTH: g_value_set_uint(value, self->width); break;
    case PROP_HEIGHT: g_value_set_uint(value, self->height); break;
    case PROP_PUSH_TIMEOUT: g_value_set_int(value, self->push_timeout); break;
    case PROP_LIVE_SOURCE: g_value_set_boolean(value, self->live_source); break;
    case PROP_ENABLE_PADDING: g_value_set_boolean(value, self->enable_padding); break;
    case PROP_MEMTYPE: g_value_set_enum(value, self->memtype); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_NUM_SURFACES: g_value_set_uint(value, self->num_surfaces_per_frame); break;
    case PROP_ATTACH_SYS_TS: g_value_set_boolean(value, self->attach_sys_ts); break;
    case PROP_SYNC_INPUTS: g_value_set_boolean(value, self->sync_inputs); break;
    case PROP_MAX_LATENCY: g_value_set_uint64(value, self->max_latency); break;
    case PROP_COMPUTE_HW: g_value_set_enum(value, self->compute_hw); break;
    case PROP_INTERPOLATION: g_value_set_enum(value, self->interpolation); break;
    case PROP_BUFFER_POOL_SIZE: g_value_set_uint(value, self->buffer_pool_size); break;
    case PROP_DROP_PIPELINE_EOS: g_value_set_boolean(value, self->drop_pipeline_eos); break;
    case PROP_FRAME_NUM_RESET_ON_EOS: g_value_set_boolean(value, self->frame_num_reset_on_eos); break;
    case PROP_FRAME_NUM_RESET_ON_STREAM_RESET: g_value_set_boolean(value, self->frame_num_reset_on_stream_reset); break;
    case PROP_CONFIG_FILE_PATH: g_value_set_string(value, self->config_file_path); break;
    case PROP_FRAME_DURATION: g_value_set_uint64(value, self->frame_duration); break;
    case PROP_ASYNC_PROCESS: g_value_set_boolean(value, self->async_process); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void finalize(GObject *object)
{
    GstStandinMux *self = (GstStandinMux *)object;
    g_free(self->config_file_path);
    gods_standin_pool_clear(&self->pool);
    G_OBJECT_CLASS(gst_standin_mux_parent_class)->finalize(object);
}

/* The sink pads, referenced, in pad-index order. */
static GList *sink_pads(GstStandinMux *self)
{
    GST_OBJECT_LOCK(self);
    GList *pads = g_list_copy_deep(GST_ELEMENT(self)->sinkpads, (GCopyFunc)(void (*)(void))gst_object_ref, NULL);
    GST_OBJECT_UNLOCK(self);
    return pads;
}

static gint by_index(gconstpointer a, gconstpointer b)
{
    guint x = ((const GstStandinMuxPad *)a)->index, y = ((const GstStandinMuxPad *)b)->index;
    return x < y ? -1 : x > y;
}

static gboolean sink_event(GstAggregator *agg, GstAggregatorPad *aggpad, GstEvent *event)
{
    GstStandinMux *self = (GstStandinMux *)agg;
    GstStandinMuxPad *pad = (GstStandinMuxPad *)aggpad;
    switch (GST_EVENT_TYPE(event)) {
    case GST_EVENT_CAPS: {
        GstCaps *caps;
        gst_event_parse_caps(event, &caps);
        GstVideoInfo info;
        if (!gst_video_info_from_caps(&info, caps)) {
            GST_ERROR_OBJECT(pad, "bad caps %" GST_PTR_FORMAT, caps);
            gst_event_unref(event);
            return FALSE;
        }
        GST_OBJECT_LOCK(self);
        pad->info = info;
        pad->nvmm = gods_standin_caps_is_nvmm(caps);
        pad->have_info = TRUE;
        gods_standin_matrix_init(&pad->matrix, &info.colorimetry);
        GST_OBJECT_UNLOCK(self);
        gst_pad_mark_reconfigure(GST_AGGREGATOR_SRC_PAD(agg));
        gst_event_unref(event);
        return TRUE;
    }
    case GST_EVENT_EOS: {
        GST_OBJECT_LOCK(self);
        gboolean report = !pad->eos_reported;
        pad->eos_reported = TRUE;
        if (self->frame_num_reset_on_eos)
            pad->frame_num = 0;
        gboolean pushed = self->pushed;
        GST_OBJECT_UNLOCK(self);
        if (report) {
            GST_DEBUG_OBJECT(self, "EOS from source %u", pad->index);
            gst_element_post_message(GST_ELEMENT(self), gst_nvmessage_new_stream_eos(GST_OBJECT(self), pad->index));
            if (pushed)
                gst_pad_push_event(GST_AGGREGATOR_SRC_PAD(agg), gst_nvevent_new_stream_eos(pad->index));
        }
        break;
    }
    case GST_EVENT_FLUSH_STOP:
        GST_OBJECT_LOCK(self);
        pad->eos_reported = FALSE;
        if (self->frame_num_reset_on_stream_reset)
            pad->frame_num = 0;
        GST_OBJECT_UNLOCK(self);
        break;
    case GST_EVENT_STREAM_START:
        GST_OBJECT_LOCK(self);
        pad->eos_reported = FALSE;
        GST_OBJECT_UNLOCK(self);
        break;
    case GST_EVENT_CUSTOM_DOWNSTREAM: {
        const GstStructure *s = gst_event_get_structure(event);
        guint64 pts, ntp;
        if (s && gst_structure_has_name(s, NVDS_EMBEDDED_NTP_SYNC_EVENT) &&
            gst_structure_get_uint64(s, "pts", &pts) && gst_structure_get_uint64(s, "ntp-ns", &ntp)) {
            GST_OBJECT_LOCK(self);
            pad->ntp_pts[pad->next_ntp] = pts;
            pad->ntp_ns[pad->next_ntp] = ntp;
            pad->next_ntp = (pad->next_ntp + 1) % G_N_ELEMENTS(pad->ntp_pts);
            pad->n_ntp = MIN(pad->n_ntp + 1, G_N_ELEMENTS(pad->ntp_pts));
            GST_OBJECT_UNLOCK(self);
            gst_event_unref(event);
            return TRUE;
        }
        break;
    }
    default: break;
    }
    return GST_AGGREGATOR_CLASS(gst_standin_mux_parent_class)->sink_event(agg, aggpad, event);
}

/* The output caps: NVMM, the first source's format, frame rate and
 * colorimetry, at width x height (the first source's size when unset). */
static GstFlowReturn update_src_caps(GstAggregator *agg, GstCaps *downstream, GstCaps **ret)
{
    GstStandinMux *self = (GstStandinMux *)agg;
    GList *pads = g_list_sort(sink_pads(self), by_index);
    GstFlowReturn fr = GST_AGGREGATOR_FLOW_NEED_DATA;
    GST_OBJECT_LOCK(self);
    for (GList *l = pads; l; l = l->next) {
        GstStandinMuxPad *pad = l->data;
        if (!pad->have_info)
            continue;
        GstVideoInfo info;
        guint w = self->width ? self->width : (guint)pad->info.width;
        guint h = self->height ? self->height : (guint)pad->info.height;
        gst_video_info_set_format(&info, GST_VIDEO_INFO_FORMAT(&pad->info), w, h);
        info.fps_n = pad->info.fps_n;
        info.fps_d = pad->info.fps_d;
        if (gods_standin_format_is_yuv(gods_standin_format_from_video(GST_VIDEO_INFO_FORMAT(&info))))
            info.colorimetry = pad->info.colorimetry;
        GstCaps *caps = gst_video_info_to_caps(&info);
        gst_caps_set_features(caps, 0, gst_caps_features_new(GODS_STANDIN_FEATURE_NVMM, NULL));
        if (downstream) {
            *ret = gst_caps_intersect(caps, downstream);
            gst_caps_unref(caps);
        } else {
            *ret = caps;
        }
        fr = gst_caps_is_empty(*ret) ? GST_FLOW_NOT_NEGOTIATED : GST_FLOW_OK;
        break;
    }
    GST_OBJECT_UNLOCK(self);
    g_list_free_full(pads, gst_object_unref);
    return fr;
}

static gboolean negotiated_src_caps(GstAggregator *agg, GstCaps *caps)
{
    GstStandinMux *self = (GstStandinMux *)agg;
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, caps))
        return FALSE;
    GST_OBJECT_LOCK(self);
    guint batch = MAX(1, self->batch_size);
    gint memtype = self->memtype;
    guint gpu = self->gpu_id;
    GST_OBJECT_UNLOCK(self);
    GstBufferPool *pool = gods_standin_pool_new(caps, batch, memtype, gpu, TRUE);
    if (!pool) {
        GST_ELEMENT_ERROR(self, RESOURCE, FAILED, ("cannot allocate batched surfaces for %" GST_PTR_FORMAT, caps),
                          (NULL));
        return FALSE;
    }
    gods_standin_pool_clear(&self->pool);
    self->pool = pool;
    self->out_info = info;
    gods_standin_matrix_init(&self->out_matrix, &info.colorimetry);
    GST_INFO_OBJECT(self, "batches of %u: %" GST_PTR_FORMAT, batch, caps);
    return TRUE;
}

/* Scales one input buffer into frame idx of the batch. */
static gboolean fill_frame(GstStandinMux *self, GstStandinMuxPad *pad, GstBuffer *in, NvBufSurface *surf, guint idx)
{
    GodsStandinImage dst, src;
    if (!gods_standin_image_from_surface(&dst, surf, idx))
        return FALSE;
    gboolean ok;
    const GodsStandinMatrix *m = &pad->matrix;
    if (pad->nvmm) {
        NvBufSurface *s = gods_standin_buffer_surface(in);
        ok = s && gods_standin_image_from_surface(&src, s, 0);
        if (ok) {
            if (!gods_standin_format_is_yuv(src.format))
                m = &self->out_matrix;
            gods_standin_image_convert(&src, NULL, &dst, NULL, m);
        }
        return ok;
    }
    GstVideoFrame frame;
    if (!gst_video_frame_map(&frame, &pad->info, in, GST_MAP_READ))
        return FALSE;
    ok = gods_standin_image_from_frame(&src, &frame);
    if (ok) {
        if (!gods_standin_format_is_yuv(src.format))
            m = &self->out_matrix;
        gods_standin_image_convert(&src, NULL, &dst, NULL, m);
    }
    gst_video_frame_unmap(&frame);
    return ok;
}

static GstFlowReturn aggregate(GstAggregator *agg, gboolean timeout)
{
    GstStandinMux *self = (GstStandinMux *)agg;
    GList *pads = g_list_sort(sink_pads(self), by_index);
    guint npads = g_list_length(pads);
    GST_OBJECT_LOCK(self);
    guint batch = MAX(1, self->batch_size);
    guint start = npads ? self->next_pad % npads : 0;
    gboolean sys_ts = self->attach_sys_ts;
    guint pw = (guint)self->out_info.width, ph = (guint)self->out_info.height;
    GST_OBJECT_UNLOCK(self);

    /* Take one buffer from each source that has one, round-robin. */
    GstStandinMuxPad *taken_pad[batch];
    GstBuffer *taken[batch];
    guint n = 0, eos = 0, last = start;
    for (guint k = 0; k < npads && n < batch; k++) {
        guint i = (start + k) % npads;
        GstStandinMuxPad *pad = g_list_nth_data(pads, i);
        GstBuffer *buf = gst_aggregator_pad_pop_buffer(GST_AGGREGATOR_PAD(pad));
        if (!buf) {
            if (gst_aggregator_pad_is_eos(GST_AGGREGATOR_PAD(pad)))
                eos++;
            continue;
        }
        taken_pad[n] = pad;
        taken[n++] = buf;
        last = i;
    }
    GstFlowReturn ret = GST_FLOW_OK;
    if (n == 0) {
        gboolean all_eos = npads > 0 && eos == npads;
        g_list_free_full(pads, gst_object_unref);
        if (all_eos)
            return GST_FLOW_EOS;
        return timeout ? GST_FLOW_OK : GST_AGGREGATOR_FLOW_NEED_DATA;
    }
    GST_OBJECT_LOCK(self);
    self->next_pad = last + 1;
    GST_OBJECT_UNLOCK(self);

    GstBuffer *out = NULL;
    if (!self->pool || gst_buffer_pool_acquire_buffer(self->pool, &out, NULL) != GST_FLOW_OK) {
        GST_ELEMENT_ERROR(self, RESOURCE, FAILED, ("no output buffer (not negotiated?)"), (NULL));
        ret = GST_FLOW_ERROR;
        goto done;
    }
    NvBufSurface *surf = gods_standin_buffer_surface(out);
    NvDsBatchMeta *bm = nvds_create_batch_meta(batch);
    guint64 ntp = sys_ts ? (guint64)g_get_real_time() * 1000 : 0;
    for (guint i = 0; i < n; i++) {
        GstStandinMuxPad *pad = taken_pad[i];
        if (!fill_frame(self, pad, taken[i], surf, i)) {
            GST_ELEMENT_ERROR(self, STREAM, FORMAT, ("cannot read the frame of source %u", pad->index), (NULL));
            nvds_destroy_batch_meta(bm);
            ret = GST_FLOW_ERROR;
            goto done;
        }
        NvDsFrameMeta *fm = nvds_acquire_frame_meta_from_pool(bm);
        fm->pad_index = pad->index;
        fm->source_id = pad->index;
        fm->batch_id = i;
        GST_OBJECT_LOCK(self);
        fm->frame_num = pad->frame_num++;
        GST_OBJECT_UNLOCK(self);
        fm->buf_pts = GST_BUFFER_PTS(taken[i]);
        fm->ntp_timestamp = ntp;
        GST_OBJECT_LOCK(self);
        if (!sys_ts && GST_BUFFER_PTS_IS_VALID(taken[i]))
            fm->ntp_timestamp = pad_ntp(pad, GST_BUFFER_PTS(taken[i]));
        GST_OBJECT_UNLOCK(self);
        fm->source_frame_width = (guint)pad->info.width;
        fm->source_frame_height = (guint)pad->info.height;
        fm->pipeline_width = pw;
        fm->pipeline_height = ph;
        fm->num_surfaces_per_frame = 1;
        fm->surface_index = 0;
        fm->surface_type = 0;
        fm->bInferDone = FALSE;
        nvds_add_frame_meta_to_batch(bm, fm);
        /* The input's NvDsMeta (the decoder's latency reference stamps)
         * become frame user meta, as the real muxer does. */
        nvds_copy_gst_meta_to_frame_meta(taken[i], bm, fm);
    }
    surf->numFilled = n;
    NvDsMeta *meta = gst_buffer_add_nvds_meta(out, bm, NULL, nvds_batch_meta_copy_func, nvds_batch_meta_release_func);
    if (!meta) {
        nvds_destroy_batch_meta(bm);
        ret = GST_FLOW_ERROR;
        goto done;
    }
    meta->meta_type = NVDS_BATCH_GST_META;

    /* Timestamps: the first frame's, as running time. A pad flushed since
     * its buffer was taken (a source removed at run time: flush-stop, then
     * pad release) has lost its segment; the stream time is kept then. */
    GstAggregatorPad *first = GST_AGGREGATOR_PAD(taken_pad[0]);
    GstClockTime pts = GST_BUFFER_PTS(taken[0]);
    GST_OBJECT_LOCK(first);
    if (GST_CLOCK_TIME_IS_VALID(pts) && first->segment.format == GST_FORMAT_TIME)
        pts = gst_segment_to_running_time(&first->segment, GST_FORMAT_TIME, pts);
    GST_OBJECT_UNLOCK(first);
    GST_BUFFER_PTS(out) = pts;
    GST_BUFFER_DTS(out) = GST_CLOCK_TIME_NONE;
    GST_BUFFER_DURATION(out) = GST_BUFFER_DURATION(taken[0]);
    if (!GST_CLOCK_TIME_IS_VALID(GST_BUFFER_DURATION(out)) && self->out_info.fps_n > 0)
        GST_BUFFER_DURATION(out) = gst_util_uint64_scale(GST_SECOND, self->out_info.fps_d, self->out_info.fps_n);
    if (GST_CLOCK_TIME_IS_VALID(pts)) {
        GstAggregatorPad *srcpad = GST_AGGREGATOR_PAD(GST_AGGREGATOR_SRC_PAD(agg));
        GST_OBJECT_LOCK(self);
        srcpad->segment.position = pts + (GST_CLOCK_TIME_IS_VALID(GST_BUFFER_DURATION(out)) ? GST_BUFFER_DURATION(out) : 0);
        GST_OBJECT_UNLOCK(self);
    }
    GST_OBJECT_LOCK(self);
    self->pushed = TRUE;
    GST_OBJECT_UNLOCK(self);
    ret = gst_aggregator_finish_buffer(agg, out);
    out = NULL;
done:
    if (out)
        gst_buffer_unref(out);
    for (guint i = 0; i < n; i++)
        gst_buffer_unref(taken[i]);
    g_list_free_full(pads, gst_object_unref);
    return ret;
}

static gboolean start(GstAggregator *agg)
{
    GstStandinMux *self = (GstStandinMux *)agg;
    GST_OBJECT_LOCK(self);
    self->next_pad = 0;
    self->pushed = FALSE;
    gst_video_info_init(&self->out_info);
    for (GList *l = GST_ELEMENT(self)->sinkpads; l; l = l->next) {
        GstStandinMuxPad *pad = l->data;
        pad->frame_num = 0;
        pad->eos_reported = FALSE;
    }
    GST_OBJECT_UNLOCK(self);
    return TRUE;
}

static gboolean stop(GstAggregator *agg)
{
    GstStandinMux *self = (GstStandinMux *)agg;
    gods_standin_pool_clear(&self->pool);
    return TRUE;
}

/* The pools' buffers carry the batch; nothing to propose upstream. */
static gboolean decide_allocation(GstAggregator *agg, GstQuery *query)
{
    return TRUE;
}

static GstCaps *fixate_src_caps(GstAggregator *agg, GstCaps *caps)
{
    return gst_caps_fixate(caps);
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_mux_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvstreammux", &count);
}

static void gst_standin_mux_class_init(GstStandinMuxClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstAggregatorClass *agg_class = GST_AGGREGATOR_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_mux_debug, "nvstreammux", 0, "go-deepstream stand-in nvstreammux");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;

    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_BATCH_SIZE,
                                    g_param_spec_uint("batch-size", "Batch size", "Maximum frames in a batch", 0,
                                                      1024, 1, rw));
    g_object_class_install_property(gobject_class, PROP_WIDTH,
                                    g_param_spec_uint("width", "Width",
                                                      "Width of the batched frames (0: the first source's)", 0, 32767,
                                                      0, rw));
    g_object_class_install_property(gobject_class, PROP_HEIGHT,
                                    g_param_spec_uint("height", "Height",
                                                      "Height of the batched frames (0: the first source's)", 0, 32767,
                                                      0, rw));
    g_object_class_install_property(gobject_class, PROP_PUSH_TIMEOUT,
                                    g_param_spec_int("batched-push-timeout", "Batched push timeout",
                                                     "Microseconds to wait for a full batch in live mode (-1: none)",
                                                     -1, G_MAXINT, -1, rw));
    g_object_class_install_property(gobject_class, PROP_LIVE_SOURCE,
                                    g_param_spec_boolean("live-source", "Live source",
                                                         "Batch with what arrived within batched-push-timeout", FALSE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_ENABLE_PADDING,
                                    g_param_spec_boolean("enable-padding", "Enable padding",
                                                         "Accepted, unused (frames are stretched)", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_MEMTYPE,
                                    g_param_spec_enum("nvbuf-memory-type", "Memory type",
                                                      "Memory type of the batched surfaces",
                                                      gods_standin_memtype_enum_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_NUM_SURFACES,
                                    g_param_spec_uint("num-surfaces-per-frame", "Surfaces per frame",
                                                      "Accepted, unused (always 1)", 1, 4, 1, rw));
    g_object_class_install_property(gobject_class, PROP_ATTACH_SYS_TS,
                                    g_param_spec_boolean("attach-sys-ts", "Attach system timestamp",
                                                         "Set ntp_timestamp to the system time of batching", TRUE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_SYNC_INPUTS,
                                    g_param_spec_boolean("sync-inputs", "Synchronise inputs", "Accepted, unused",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_MAX_LATENCY,
                                    g_param_spec_uint64("max-latency", "Maximum latency", "Accepted, unused", 0,
                                                        G_MAXUINT64, 0, rw));
    g_object_class_install_property(gobject_class, PROP_COMPUTE_HW,
                                    g_param_spec_enum("compute-hw", "Compute hardware", "Accepted, unused",
                                                      gods_standin_compute_hw_enum_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_INTERPOLATION,
                                    g_param_spec_enum("interpolation-method", "Interpolation method",
                                                      "Accepted; scaling is nearest-neighbour",
                                                      gods_standin_interpolation_enum_get_type(), 1, rw));
    g_object_class_install_property(gobject_class, PROP_BUFFER_POOL_SIZE,
                                    g_param_spec_uint("buffer-pool-size", "Buffer pool size", "Accepted, unused", 0,
                                                      1024, 4, rw));
    g_object_class_install_property(gobject_class, PROP_DROP_PIPELINE_EOS,
                                    g_param_spec_boolean("drop-pipeline-eos", "Drop pipeline EOS",
                                                         "Accepted, unused (EOS always follows the last source)", FALSE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_FRAME_NUM_RESET_ON_EOS,
                                    g_param_spec_boolean("frame-num-reset-on-eos", "Reset frame numbers on EOS",
                                                         "Restart a source's frame_num at 0 after its EOS", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_FRAME_NUM_RESET_ON_STREAM_RESET,
                                    g_param_spec_boolean("frame-num-reset-on-stream-reset",
                                                         "Reset frame numbers on flush",
                                                         "Restart a source's frame_num at 0 after a flush", FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_CONFIG_FILE_PATH,
                                    g_param_spec_string("config-file-path", "Config file",
                                                        "Accepted, unused (new nvstreammux only)", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_FRAME_DURATION,
                                    g_param_spec_uint64("frame-duration", "Frame duration", "Accepted, unused", 0,
                                                        G_MAXUINT64, 0, rw));
    g_object_class_install_property(gobject_class, PROP_ASYNC_PROCESS,
                                    g_param_spec_boolean("async-process", "Asynchronous processing", "Accepted, unused",
                                                         TRUE, rw));

    static GstStaticPadTemplate sink_templ =
        GST_STATIC_PAD_TEMPLATE("sink_%u", GST_PAD_SINK, GST_PAD_REQUEST, GST_STATIC_CAPS(MUX_SINK_CAPS));
    static GstStaticPadTemplate src_templ =
        GST_STATIC_PAD_TEMPLATE("src", GST_PAD_SRC, GST_PAD_ALWAYS, GST_STATIC_CAPS(MUX_SRC_CAPS));
    gst_element_class_add_static_pad_template_with_gtype(element_class, &sink_templ, gst_standin_mux_pad_get_type());
    gst_element_class_add_static_pad_template_with_gtype(element_class, &src_templ, GST_TYPE_AGGREGATOR_PAD);
    gst_element_class_set_static_metadata(element_class, "Stream multiplexer (go-deepstream CPU stand-in)",
                                          "Generic", "Batches frames of several sources into NvBufSurface batches",
                                          "go-deepstream");

    agg_class->sink_event = sink_event;
    agg_class->update_src_caps = update_src_caps;
    agg_class->fixate_src_caps = fixate_src_caps;
    agg_class->negotiated_src_caps = negotiated_src_caps;
    agg_class->decide_allocation = decide_allocation;
    agg_class->aggregate = aggregate;
    agg_class->start = start;
    agg_class->stop = stop;
}

static void gst_standin_mux_init(GstStandinMux *self)
{
    self->batch_size = 1;
    self->push_timeout = -1;
    self->attach_sys_ts = TRUE;
    self->num_surfaces_per_frame = 1;
    self->interpolation = 1;
    self->buffer_pool_size = 4;
    self->async_process = TRUE;
    gst_video_info_init(&self->out_info);
}
