//go:build !deepstream

/* opticalflow.c: nvof on the CPU. For each frame of a batch it estimates
 * the motion since the previous frame of the same stream (pad_index) by
 * block matching on luma (flow.c) and attaches the vectors, one per 4x4
 * cell, as an NvDsOpticalFlowMeta in an NVDS_OPTICAL_FLOW_META frame user
 * meta, as nvof does. A stream's first frame, or the first after its
 * resolution changed, has nothing to compare with and gets no meta. The
 * buffer passes through unchanged. */
#include <stdio.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "cshim.go.h"
#include "gstnvdsmeta.h"
#include "nvds_opticalflow_meta.h"
#include "standin_common.go.h"
#include "standin_flow.go.h"
#include "standin_image.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_of_debug);
#define GST_CAT_DEFAULT gods_standin_of_debug

#define OF_CAPS                                                                                                        \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string){ NV12, RGBA }, width=(int)[16,32767], "           \
    "height=(int)[16,32767], framerate=(fraction)[0/1,2147483647/1]"

enum {
    PROP_0,
    PROP_GPU_ID,
    PROP_DUMP_OF_META,
    PROP_PRESET_LEVEL,
    PROP_GRID_SIZE,
    PROP_POOL_SIZE,
};

/* A stream's previous frame. */
typedef struct {
    GodsFlowPyramid *prev, *cur;
} OfStream;

typedef struct {
    GstBaseTransform parent;
    /* properties (object lock) */
    guint gpu_id, pool_size;
    gboolean dump_of_meta;
    gint preset_level, grid_size;
    /* streaming thread */
    GHashTable *streams; /* pad_index -> OfStream* */
} GstStandinOf;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinOfClass;

GType gst_standin_of_get_type(void);
G_DEFINE_TYPE(GstStandinOf, gst_standin_of, GST_TYPE_BASE_TRANSFORM)

static GType preset_level_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Fast preset", "NV_OF_PERF_LEVEL_FAST"},
        {1, "Medium preset", "NV_OF_PERF_LEVEL_MEDIUM"},
        {2, "Slow preset", "NV_OF_PERF_LEVEL_SLOW"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinNvOfPresetLevel", values));
    return t;
}

static GType grid_size_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Grid size 4x4", "NVOF_GRID_SIZE_4x4"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinNvOfGridSize", values));
    return t;
}

static void stream_free(gpointer p)
{
    OfStream *s = p;
    gods_flow_pyramid_free(s->prev);
    gods_flow_pyramid_free(s->cur);
    g_free(s);
}

static gpointer flow_meta_copy(gpointer data, gpointer user_data)
{
    const NvDsOpticalFlowMeta *src = ((NvDsUserMeta *)data)->user_meta_data;
    NvDsOpticalFlowMeta *dst = g_memdup2(src, sizeof *src);
    dst->data = src->data ? g_memdup2(src->data, src->mv_size) : NULL;
    dst->cost = NULL;
    dst->cost_size = 0;
    return dst;
}

static void flow_meta_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    NvDsOpticalFlowMeta *m = u->user_meta_data;
    if (m) {
        g_free(m->data);
        g_free(m);
    }
    u->user_meta_data = NULL;
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinOf *self = (GstStandinOf *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_DUMP_OF_META: self->dump_of_meta = g_value_get_boolean(value); break;
    case PROP_PRESET_LEVEL: self->preset_level = g_value_get_enum(value); break;
    case PROP_GRID_SIZE: self->grid_size = g_value_get_enum(value); break;
    case PROP_POOL_SIZE: self->pool_size = g_value_get_uint(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinOf *self = (GstStandinOf *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_DUMP_OF_META: g_value_set_boolean(value, self->dump_of_meta); break;
    case PROP_PRESET_LEVEL: g_value_set_enum(value, self->preset_level); break;
    case PROP_GRID_SIZE: g_value_set_enum(value, self->grid_size); break;
    case PROP_POOL_SIZE: g_value_set_uint(value, self->pool_size); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static gboolean start(GstBaseTransform *trans)
{
    GstStandinOf *self = (GstStandinOf *)trans;
    self->streams = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, stream_free);
    return TRUE;
}

static gboolean stop(GstBaseTransform *trans)
{
    GstStandinOf *self = (GstStandinOf *)trans;
    g_clear_pointer(&self->streams, g_hash_table_unref);
    return TRUE;
}

/* After a flush (a seek) the next frames do not follow the last ones. */
static gboolean sink_event(GstBaseTransform *trans, GstEvent *event)
{
    GstStandinOf *self = (GstStandinOf *)trans;
    if (GST_EVENT_TYPE(event) == GST_EVENT_FLUSH_STOP && self->streams)
        g_hash_table_remove_all(self->streams);
    return GST_BASE_TRANSFORM_CLASS(gst_standin_of_parent_class)->sink_event(trans, event);
}

/* Loads the frame into the stream's current pyramid; FALSE for a format
 * it cannot read. */
static gboolean load(OfStream *s, const GodsStandinImage *img)
{
    if (s->cur && (s->cur->w[0] != img->width || s->cur->h[0] != img->height)) {
        g_clear_pointer(&s->cur, gods_flow_pyramid_free);
        g_clear_pointer(&s->prev, gods_flow_pyramid_free);
    }
    if (!s->cur)
        s->cur = gods_flow_pyramid_new(img->width, img->height);
    switch (img->format) {
    case GODS_STANDIN_FMT_NV12:
        gods_flow_pyramid_set_nv12(s->cur, img->plane[0], img->stride[0], img->plane[1], img->stride[1]);
        return TRUE;
    case GODS_STANDIN_FMT_RGBA: gods_flow_pyramid_set_rgba(s->cur, img->plane[0], img->stride[0]); return TRUE;
    default: return FALSE;
    }
}

static void dump(GstStandinOf *self, const NvDsFrameMeta *fm, const NvDsOpticalFlowMeta *m)
{
    char name[96];
    g_snprintf(name, sizeof name, "nvof_stream%u_frame%d.bin", fm->pad_index, fm->frame_num);
    GError *err = NULL;
    if (!g_file_set_contents(name, m->data, m->mv_size, &err)) {
        GST_ELEMENT_WARNING(self, RESOURCE, WRITE, ("cannot dump the optical flow meta"), ("%s", err->message));
        g_error_free(err);
    }
}

static GstFlowReturn transform_ip(GstBaseTransform *trans, GstBuffer *buf)
{
    GstStandinOf *self = (GstStandinOf *)trans;
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(buf);
    NvBufSurface *surf = gods_standin_buffer_surface(buf);
    if (!bm || !surf) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("%s not found for input buffer", bm ? "NvBufSurface" : "NvDsBatchMeta"),
                          ("nvof needs batched buffers from nvstreammux"));
        return GST_FLOW_ERROR;
    }
    GST_OBJECT_LOCK(self);
    gboolean dump_meta = self->dump_of_meta;
    GST_OBJECT_UNLOCK(self);
    nvds_acquire_meta_lock(bm);
    for (GList *l = bm->frame_meta_list; l; l = l->next) {
        NvDsFrameMeta *fm = l->data;
        GodsStandinImage img;
        if (!gods_standin_image_from_surface(&img, surf, fm->batch_id))
            continue;
        OfStream *s = g_hash_table_lookup(self->streams, GUINT_TO_POINTER(fm->pad_index));
        if (!s) {
            s = g_new0(OfStream, 1);
            g_hash_table_insert(self->streams, GUINT_TO_POINTER(fm->pad_index), s);
        }
        if (!load(s, &img))
            continue;
        if (s->prev) {
            int rows = gods_flow_rows(img.height), cols = gods_flow_cols(img.width);
            NvDsOpticalFlowMeta *m = g_new0(NvDsOpticalFlowMeta, 1);
            m->rows = (unsigned int)rows;
            m->cols = (unsigned int)cols;
            m->mv_size = (unsigned int)((gsize)rows * cols * sizeof(NvOFFlowVector));
            m->frame_num = (unsigned long)fm->frame_num;
            m->data = g_malloc(m->mv_size);
            gods_flow_estimate(s->prev, s->cur, m->data);
            if (dump_meta)
                dump(self, fm, m);
            NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(bm);
            gods_user_meta_set(u, NVDS_OPTICAL_FLOW_META, m, flow_meta_copy, flow_meta_release);
            nvds_add_user_meta_to_frame(fm, u);
        }
        GodsFlowPyramid *t = s->prev;
        s->prev = s->cur;
        s->cur = t;
    }
    nvds_release_meta_lock(bm);
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_of_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvof", &count);
}

static void gst_standin_of_class_init(GstStandinOfClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_of_debug, "nvof", 0, "go-deepstream stand-in nvof");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_DUMP_OF_META,
                                    g_param_spec_boolean("dump-of-meta", "Dump optical flow meta",
                                                         "Write each frame's vectors to "
                                                         "nvof_stream<pad>_frame<n>.bin in the working directory",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_PRESET_LEVEL,
                                    g_param_spec_enum("preset-level", "Preset level",
                                                      "Accepted, unused: one CPU estimator for all presets",
                                                      preset_level_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_GRID_SIZE,
                                    g_param_spec_enum("grid-size", "Grid size", "Flow vector block size",
                                                      grid_size_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_POOL_SIZE,
                                    g_param_spec_uint("pool-size", "Pool size",
                                                      "Accepted, unused: each meta has its own allocation", 1, G_MAXUINT,
                                                      7, rw));

    GstCaps *caps = gst_caps_from_string(OF_CAPS);
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, caps));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, caps));
    gst_caps_unref(caps);
    gst_element_class_set_static_metadata(element_class, "NvOpticalFlow plugin (go-deepstream CPU stand-in)",
                                          "Filter/Analyzer/Video",
                                          "Block-matching optical flow on the CPU, as NvDsOpticalFlowMeta",
                                          "go-deepstream");

    bt->start = start;
    bt->stop = stop;
    bt->sink_event = sink_event;
    bt->transform_ip = transform_ip;
}

static void gst_standin_of_init(GstStandinOf *self)
{
    self->pool_size = 7;
    gst_base_transform_set_in_place(GST_BASE_TRANSFORM(self), TRUE);
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), FALSE);
}
