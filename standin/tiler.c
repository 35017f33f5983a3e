//go:build !deepstream

/* tiler.c: nvmultistreamtiler on the CPU. Composites the frames of a
 * batch into one frame of width x height, a grid of rows x columns tiles:
 * the frame of source s goes to tile s (row-major), scaled
 * (nearest-neighbour, stretched) into it; tiles without a frame are black.
 * The output is a batch of one surface; the batch meta still lists every
 * frame, each with batch_id 0 (the one surface), and the coordinates of
 * its objects and display meta rewritten into its tile. */
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsmeta.h"
#include "standin_common.go.h"
#include "standin_image.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_tiler_debug);
#define GST_CAT_DEFAULT gods_standin_tiler_debug

#define TILER_CAPS                                                                                                     \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string){ NV12, RGBA }, width=(int)[1,32767], "                    \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

enum {
    PROP_0,
    PROP_ROWS,
    PROP_COLUMNS,
    PROP_WIDTH,
    PROP_HEIGHT,
    PROP_GPU_ID,
    PROP_SHOW_SOURCE,
    PROP_MEMTYPE,
    PROP_COMPUTE_HW,
};

typedef struct {
    GstBaseTransform parent;
    /* properties (object lock) */
    guint rows, columns, width, height, gpu_id;
    gint show_source, memtype, compute_hw;
    /* negotiated */
    GstVideoInfo in_info, out_info;
    GodsStandinMatrix matrix;
} GstStandinTiler;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinTilerClass;

GType gst_standin_tiler_get_type(void);
G_DEFINE_TYPE(GstStandinTiler, gst_standin_tiler, GST_TYPE_BASE_TRANSFORM)

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinTiler *self = (GstStandinTiler *)object;
    gboolean resize = FALSE;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_ROWS: self->rows = g_value_get_uint(value); break;
    case PROP_COLUMNS: self->columns = g_value_get_uint(value); break;
    case PROP_WIDTH:
        self->width = g_value_get_uint(value);
        resize = TRUE;
        break;
    case PROP_HEIGHT:
        self->height = g_value_get_uint(value);
        resize = TRUE;
        break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_SHOW_SOURCE: self->show_source = g_value_get_int(value); break;
    case PROP_MEMTYPE: self->memtype = g_value_get_enum(value); break;
    case PROP_COMPUTE_HW: self->compute_hw = g_value_get_enum(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
    if (resize)
        gst_base_transform_reconfigure_src(GST_BASE_TRANSFORM(self));
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinTiler *self = (GstStandinTiler *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_ROWS: g_value_set_uint(value, self->rows); break;
    case PROP_COLUMNS: g_value_set_uint(value, self->columns); break;
    case PROP_WIDTH: g_value_set_uint(value, self->width); break;
    case PROP_HEIGHT: g_value_set_uint(value, self->height); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_SHOW_SOURCE: g_value_set_int(value, self->show_source); break;
    case PROP_MEMTYPE: g_value_set_enum(value, self->memtype); break;
    case PROP_COMPUTE_HW: g_value_set_enum(value, self->compute_hw); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

/* Downstream: the same format at width x height; upstream: any size. */
static GstCaps *transform_caps(GstBaseTransform *trans, GstPadDirection dir, GstCaps *caps, GstCaps *filter)
{
    GstStandinTiler *self = (GstStandinTiler *)trans;
    GST_OBJECT_LOCK(self);
    gint w = (gint)self->width, h = (gint)self->height;
    GST_OBJECT_UNLOCK(self);
    GstCaps *res = gst_caps_copy(caps);
    for (guint i = 0; i < gst_caps_get_size(res); i++) {
        GstStructure *s = gst_caps_get_structure(res, i);
        gst_structure_remove_fields(s, "pixel-aspect-ratio", NULL);
        if (dir == GST_PAD_SINK)
            gst_structure_set(s, "width", G_TYPE_INT, w, "height", G_TYPE_INT, h, NULL);
        else
            gst_structure_set(s, "width", GST_TYPE_INT_RANGE, 1, 32767, "height", GST_TYPE_INT_RANGE, 1, 32767, NULL);
    }
    if (filter) {
        GstCaps *t = gst_caps_intersect_full(filter, res, GST_CAPS_INTERSECT_FIRST);
        gst_caps_unref(res);
        res = t;
    }
    return res;
}

static gboolean set_caps(GstBaseTransform *trans, GstCaps *incaps, GstCaps *outcaps)
{
    GstStandinTiler *self = (GstStandinTiler *)trans;
    if (!gst_video_info_from_caps(&self->in_info, incaps) || !gst_video_info_from_caps(&self->out_info, outcaps))
        return FALSE;
    gods_standin_matrix_init(&self->matrix, &self->in_info.colorimetry);
    return TRUE;
}

static gboolean decide_allocation(GstBaseTransform *trans, GstQuery *query)
{
    GstStandinTiler *self = (GstStandinTiler *)trans;
    GstCaps *caps = NULL;
    gst_query_parse_allocation(query, &caps, NULL);
    if (!caps)
        return FALSE;
    while (gst_query_get_n_allocation_pools(query) > 0)
        gst_query_remove_nth_allocation_pool(query, 0);
    GST_OBJECT_LOCK(self);
    gint memtype = self->memtype;
    guint gpu = self->gpu_id;
    GST_OBJECT_UNLOCK(self);
    GstBufferPool *pool = gods_standin_pool_new(caps, 1, memtype, gpu, FALSE);
    if (!pool)
        return FALSE;
    gst_query_add_allocation_pool(query, pool, sizeof(NvBufSurface), 2, 0);
    gst_object_unref(pool);
    return TRUE;
}

static gboolean transform_size(GstBaseTransform *trans, GstPadDirection dir, GstCaps *caps, gsize size,
                               GstCaps *othercaps, gsize *othersize)
{
    *othersize = sizeof(NvBufSurface);
    return TRUE;
}

static gboolean get_unit_size(GstBaseTransform *trans, GstCaps *caps, gsize *size)
{
    *size = sizeof(NvBufSurface);
    return TRUE;
}

/* A tile in output pixels and the scale from the input frame into it. */
typedef struct {
    double x, y, sx, sy;
} Tile;

static void map_rect(NvOSD_RectParams *r, const Tile *t)
{
    r->left = (float)(t->x + r->left * t->sx);
    r->top = (float)(t->y + r->top * t->sy);
    r->width = (float)(r->width * t->sx);
    r->height = (float)(r->height * t->sy);
}

static void map_text(NvOSD_TextParams *p, const Tile *t)
{
    p->x_offset = (unsigned int)(t->x + p->x_offset * t->sx);
    p->y_offset = (unsigned int)(t->y + p->y_offset * t->sy);
}

static void map_point(unsigned int *x, unsigned int *y, const Tile *t)
{
    *x = (unsigned int)(t->x + *x * t->sx);
    *y = (unsigned int)(t->y + *y * t->sy);
}

/* Rewrites a frame's object and display-meta coordinates into its tile. */
static void map_frame(NvDsFrameMeta *fm, const Tile *t)
{
    for (GList *l = fm->obj_meta_list; l; l = l->next) {
        NvDsObjectMeta *o = l->data;
        map_rect(&o->rect_params, t);
        map_text(&o->text_params, t);
    }
    for (GList *l = fm->display_meta_list; l; l = l->next) {
        NvDsDisplayMeta *d = l->data;
        for (guint k = 0; k < MIN(d->num_rects, MAX_ELEMENTS_IN_DISPLAY_META); k++)
            map_rect(&d->rect_params[k], t);
        for (guint k = 0; k < MIN(d->num_labels, MAX_ELEMENTS_IN_DISPLAY_META); k++)
            map_text(&d->text_params[k], t);
        for (guint k = 0; k < MIN(d->num_lines, MAX_ELEMENTS_IN_DISPLAY_META); k++) {
            map_point(&d->line_params[k].x1, &d->line_params[k].y1, t);
            map_point(&d->line_params[k].x2, &d->line_params[k].y2, t);
        }
        for (guint k = 0; k < MIN(d->num_arrows, MAX_ELEMENTS_IN_DISPLAY_META); k++) {
            map_point(&d->arrow_params[k].x1, &d->arrow_params[k].y1, t);
            map_point(&d->arrow_params[k].x2, &d->arrow_params[k].y2, t);
        }
        for (guint k = 0; k < MIN(d->num_circles, MAX_ELEMENTS_IN_DISPLAY_META); k++) {
            map_point(&d->circle_params[k].xc, &d->circle_params[k].yc, t);
            d->circle_params[k].radius = (unsigned int)(d->circle_params[k].radius * MIN(t->sx, t->sy));
        }
    }
}

static GstFlowReturn transform(GstBaseTransform *trans, GstBuffer *inbuf, GstBuffer *outbuf)
{
    GstStandinTiler *self = (GstStandinTiler *)trans;
    NvBufSurface *in = gods_standin_buffer_surface(inbuf), *out = gods_standin_buffer_surface(outbuf);
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(outbuf);
    if (!in || !out) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("buffer holds no NvBufSurface"), (NULL));
        return GST_FLOW_ERROR;
    }
    if (!bm) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("NvDsBatchMeta not found for input buffer"),
                          ("nvmultistreamtiler needs batched buffers from nvstreammux"));
        return GST_FLOW_ERROR;
    }
    GodsStandinImage dst;
    if (!gods_standin_image_from_surface(&dst, out, 0)) {
        GST_ELEMENT_ERROR(self, STREAM, FORMAT, ("output format not handled"), (NULL));
        return GST_FLOW_ERROR;
    }
    GST_OBJECT_LOCK(self);
    guint rows = MAX(1u, self->rows), cols = MAX(1u, self->columns);
    gint show = self->show_source;
    GST_OBJECT_UNLOCK(self);
    if (show >= 0)
        rows = cols = 1;
    int tw = dst.width / (int)cols, th = dst.height / (int)rows;
    gods_standin_image_clear(&dst);
    nvds_acquire_meta_lock(bm);
    for (GList *l = bm->frame_meta_list; l; l = l->next) {
        NvDsFrameMeta *fm = l->data;
        GodsStandinImage src;
        if (fm->batch_id >= in->numFilled || !gods_standin_image_from_surface(&src, in, fm->batch_id))
            continue;
        gint idx = show >= 0 ? ((gint)fm->source_id == show ? 0 : -1) : (gint)fm->source_id;
        fm->batch_id = 0;
        if (idx < 0 || idx >= (gint)(rows * cols) || tw < 1 || th < 1)
            continue;
        GodsStandinRect r = {(idx % (gint)cols) * tw, (idx / (gint)cols) * th, tw, th};
        gods_standin_image_convert(&src, NULL, &dst, &r, &self->matrix);
        Tile t = {r.x, r.y, (double)tw / src.width, (double)th / src.height};
        map_frame(fm, &t);
    }
    nvds_release_meta_lock(bm);
    out->numFilled = 1;
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_tiler_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvmultistreamtiler", &count);
}

static void gst_standin_tiler_class_init(GstStandinTilerClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_tiler_debug, "nvmultistreamtiler", 0, "go-deepstream stand-in nvmultistreamtiler");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_ROWS,
                                    g_param_spec_uint("rows", "Rows", "Rows of tiles", 1, 1024, 1, rw));
    g_object_class_install_property(gobject_class, PROP_COLUMNS,
                                    g_param_spec_uint("columns", "Columns", "Columns of tiles", 1, 1024, 1, rw));
    g_object_class_install_property(gobject_class, PROP_WIDTH,
                                    g_param_spec_uint("width", "Width", "Width of the tiled output", 16, 32767, 1920,
                                                      rw));
    g_object_class_install_property(gobject_class, PROP_HEIGHT,
                                    g_param_spec_uint("height", "Height", "Height of the tiled output", 16, 32767,
                                                      1080, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_SHOW_SOURCE,
                                    g_param_spec_int("show-source", "Show source",
                                                     "Only this source, full size (-1: all, tiled)", -1, G_MAXINT, -1,
                                                     rw));
    g_object_class_install_property(gobject_class, PROP_MEMTYPE,
                                    g_param_spec_enum("nvbuf-memory-type", "Memory type",
                                                      "Memory type of the output surfaces",
                                                      gods_standin_memtype_enum_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_COMPUTE_HW,
                                    g_param_spec_enum("compute-hw", "Compute hardware", "Accepted, unused",
                                                      gods_standin_compute_hw_enum_get_type(), 0, rw));

    GstCaps *caps = gst_caps_from_string(TILER_CAPS);
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, caps));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, caps));
    gst_caps_unref(caps);
    gst_element_class_set_static_metadata(element_class, "Stream Tiler (go-deepstream CPU stand-in)",
                                          "Video/Compositor",
                                          "Composites the frames of a batch into one tiled frame on the CPU",
                                          "go-deepstream");

    bt->transform_caps = transform_caps;
    bt->set_caps = set_caps;
    bt->decide_allocation = decide_allocation;
    bt->transform = transform;
    bt->transform_size = transform_size;
    bt->get_unit_size = get_unit_size;
    bt->passthrough_on_same_caps = FALSE;
}

static void gst_standin_tiler_init(GstStandinTiler *self)
{
    self->rows = 1;
    self->columns = 1;
    self->width = 1920;
    self->height = 1080;
    self->show_source = -1;
}
