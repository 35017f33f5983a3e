//go:build !deepstream

/* ofvisual.c: nvofvisual on the CPU. Paints the NvDsOpticalFlowMeta of
 * each frame of a batch as an RGBA frame of the input's size: each pixel
 * the colour of its grid cell's vector (gods_flow_color: hue the
 * direction, value the magnitude over the frame's largest, at least one
 * pixel), black where there is no motion and in frames without flow meta
 * (a stream's first). The output is a batch of as many RGBA frames as the
 * input's, with the batch meta kept. */
#include <math.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsmeta.h"
#include "nvbufsurface_embedded.h"
#include "nvds_opticalflow_meta.h"
#include "standin_common.go.h"
#include "standin_flow.go.h"
#include "standin_image.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_ofvisual_debug);
#define GST_CAT_DEFAULT gods_standin_ofvisual_debug

#define OFVISUAL_SINK_CAPS                                                                                             \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string){ NV12, RGBA }, width=(int)[16,32767], "           \
    "height=(int)[16,32767], framerate=(fraction)[0/1,2147483647/1]"
#define OFVISUAL_SRC_CAPS                                                                                              \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)RGBA, width=(int)[16,32767], "                     \
    "height=(int)[16,32767], framerate=(fraction)[0/1,2147483647/1]"

/* The smallest magnitude painted at full value: one pixel (S10.5). */
#define MIN_FULL_SCALE 32.0

enum {
    PROP_0,
    PROP_GPU_ID,
};

typedef struct {
    GstBaseTransform parent;
    guint gpu_id; /* object lock */
    GstVideoInfo in_info, out_info;
} GstStandinOfVisual;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinOfVisualClass;

GType gst_standin_ofvisual_get_type(void);
G_DEFINE_TYPE(GstStandinOfVisual, gst_standin_ofvisual, GST_TYPE_BASE_TRANSFORM)

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinOfVisual *self = (GstStandinOfVisual *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinOfVisual *self = (GstStandinOfVisual *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

/* The frame's size and rate carry over; the format becomes RGBA
 * downstream, NV12 or RGBA upstream. */
static GstCaps *transform_caps(GstBaseTransform *trans, GstPadDirection dir, GstCaps *caps, GstCaps *filter)
{
    GstCaps *res = gst_caps_new_empty();
    GstCaps *tmpl = gst_caps_from_string(dir == GST_PAD_SINK ? OFVISUAL_SRC_CAPS : OFVISUAL_SINK_CAPS);
    for (guint i = 0; i < gst_caps_get_size(caps); i++) {
        GstCaps *one = gst_caps_copy(tmpl);
        const GstStructure *in = gst_caps_get_structure(caps, i);
        GstStructure *s = gst_caps_get_structure(one, 0);
        for (const char *const *f = (const char *const[]){"width", "height", "framerate", NULL}; *f; f++) {
            const GValue *v = gst_structure_get_value(in, *f);
            if (v)
                gst_structure_set_value(s, *f, v);
        }
        res = gst_caps_merge(res, one);
    }
    gst_caps_unref(tmpl);
    if (filter) {
        GstCaps *t = gst_caps_intersect_full(filter, res, GST_CAPS_INTERSECT_FIRST);
        gst_caps_unref(res);
        res = t;
    }
    return res;
}

static gboolean set_caps(GstBaseTransform *trans, GstCaps *incaps, GstCaps *outcaps)
{
    GstStandinOfVisual *self = (GstStandinOfVisual *)trans;
    return gst_video_info_from_caps(&self->in_info, incaps) && gst_video_info_from_caps(&self->out_info, outcaps);
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

/* An output surface with as many frames as the input batch. */
static GstFlowReturn prepare_output_buffer(GstBaseTransform *trans, GstBuffer *inbuf, GstBuffer **outbuf)
{
    GstStandinOfVisual *self = (GstStandinOfVisual *)trans;
    NvBufSurface *in = gods_standin_buffer_surface(inbuf);
    if (!in) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("input buffer holds no NvBufSurface"), (NULL));
        return GST_FLOW_ERROR;
    }
    NvBufSurfaceCreateParams params = {0};
    GstCaps *caps = gst_video_info_to_caps(&self->out_info);
    int bad = nvbufsurface_embedded_params_from_caps(caps, &params);
    gst_caps_unref(caps);
    if (bad)
        return GST_FLOW_NOT_NEGOTIATED;
    params.memType = in->memType;
    GST_OBJECT_LOCK(self);
    params.gpuId = self->gpu_id;
    GST_OBJECT_UNLOCK(self);
    *outbuf = nvbufsurface_embedded_buffer_create(MAX(1u, MIN(in->numFilled, in->batchSize)), &params);
    if (!*outbuf)
        return GST_FLOW_ERROR;
    GstBaseTransformClass *klass = GST_BASE_TRANSFORM_GET_CLASS(trans);
    if (klass->copy_metadata && !klass->copy_metadata(trans, inbuf, *outbuf)) {
        gst_buffer_unref(*outbuf);
        *outbuf = NULL;
        return GST_FLOW_ERROR;
    }
    return GST_FLOW_OK;
}

static const NvDsOpticalFlowMeta *frame_flow(NvDsFrameMeta *fm)
{
    for (GList *l = fm ? fm->frame_user_meta_list : NULL; l; l = l->next) {
        NvDsUserMeta *u = l->data;
        if (u->base_meta.meta_type == NVDS_OPTICAL_FLOW_META && u->user_meta_data)
            return u->user_meta_data;
    }
    return NULL;
}

static void paint(GodsStandinImage *dst, const NvDsOpticalFlowMeta *of)
{
    gods_standin_image_clear(dst);
    if (!of || !of->data || !of->rows || !of->cols)
        return;
    const NvOFFlowVector *v = of->data;
    gsize n = (gsize)of->rows * of->cols;
    double max_mag = 0;
    for (gsize i = 0; i < n; i++) {
        double m = sqrt((double)v[i].flowx * v[i].flowx + (double)v[i].flowy * v[i].flowy);
        if (m > max_mag)
            max_mag = m;
    }
    max_mag = MAX(max_mag, MIN_FULL_SCALE);
    /* One colour per cell, then the cells scaled onto the frame. */
    guint8 *colors = g_malloc(n * 3);
    for (gsize i = 0; i < n; i++)
        gods_flow_color(v[i].flowx, v[i].flowy, max_mag, colors + 3 * i);
    for (int y = 0; y < dst->height; y++) {
        guint r = MIN((guint)(((gint64)y * of->rows) / dst->height), of->rows - 1);
        guint8 *out = dst->plane[0] + (gsize)y * dst->stride[0];
        for (int x = 0; x < dst->width; x++) {
            guint c = MIN((guint)(((gint64)x * of->cols) / dst->width), of->cols - 1);
            const guint8 *rgb = colors + 3 * ((gsize)r * of->cols + c);
            out[4 * x] = rgb[0];
            out[4 * x + 1] = rgb[1];
            out[4 * x + 2] = rgb[2];
            out[4 * x + 3] = 255;
        }
    }
    g_free(colors);
}

static GstFlowReturn transform(GstBaseTransform *trans, GstBuffer *inbuf, GstBuffer *outbuf)
{
    GstStandinOfVisual *self = (GstStandinOfVisual *)trans;
    NvBufSurface *in = gods_standin_buffer_surface(inbuf), *out = gods_standin_buffer_surface(outbuf);
    if (!in || !out) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("buffer holds no NvBufSurface"), (NULL));
        return GST_FLOW_ERROR;
    }
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(inbuf);
    guint n = MIN(out->batchSize, MAX(1u, MIN(in->numFilled, in->batchSize)));
    if (bm)
        nvds_acquire_meta_lock(bm);
    for (guint i = 0; i < n; i++) {
        GodsStandinImage dst;
        if (!gods_standin_image_from_surface(&dst, out, i))
            continue;
        NvDsFrameMeta *fm = NULL;
        for (GList *l = bm ? bm->frame_meta_list : NULL; l; l = l->next)
            if (((NvDsFrameMeta *)l->data)->batch_id == i)
                fm = l->data;
        paint(&dst, frame_flow(fm));
    }
    if (bm)
        nvds_release_meta_lock(bm);
    out->numFilled = n;
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_ofvisual_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvofvisual", &count);
}

static void gst_standin_ofvisual_class_init(GstStandinOfVisualClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_ofvisual_debug, "nvofvisual", 0, "go-deepstream stand-in nvofvisual");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->constructed = constructed;
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(OFVISUAL_SINK_CAPS)));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(OFVISUAL_SRC_CAPS)));
    gst_element_class_set_static_metadata(element_class, "NvOpticalFlowVisual plugin (go-deepstream CPU stand-in)",
                                          "Filter/Effect/Video",
                                          "Paints optical flow metadata as colour (hue: direction, value: magnitude)",
                                          "go-deepstream");

    bt->transform_caps = transform_caps;
    bt->set_caps = set_caps;
    bt->prepare_output_buffer = prepare_output_buffer;
    bt->transform = transform;
    bt->transform_size = transform_size;
    bt->get_unit_size = get_unit_size;
    bt->passthrough_on_same_caps = FALSE;
}

static void gst_standin_ofvisual_init(GstStandinOfVisual *self) { (void)self; }
