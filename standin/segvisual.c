//go:build !deepstream

/* segvisual.c: nvsegvisual on the CPU. Paints the NvDsInferSegmentationMeta
 * of each frame of a batch as an RGBA image of width x height: each pixel
 * takes the class of the nearest point of the class map, in that class's
 * colour (gods_standin_segmentation_color); background (class 0, or -1 for no
 * class) is black, or the frame itself scaled when original-background is
 * set. The output is a batch of as many RGBA frames as the input's, with
 * the batch meta kept. */
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsinfer.h"
#include "gstnvdsmeta.h"
#include "nvbufsurface_embedded.h"
#include "standin_common.go.h"
#include "standin_detect.go.h"
#include "standin_image.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_segvisual_debug);
#define GST_CAT_DEFAULT gods_standin_segvisual_debug

#define SEGVISUAL_SINK_CAPS                                                                                            \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string){ NV12, RGBA }, width=(int)[1,32767], "                    \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"
#define SEGVISUAL_SRC_CAPS                                                                                             \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)RGBA, width=(int)[1,32767], "                              \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]"

enum {
    PROP_0,
    PROP_WIDTH,
    PROP_HEIGHT,
    PROP_BATCH_SIZE,
    PROP_GPU_ID,
    PROP_ORIGINAL_BACKGROUND,
};

typedef struct {
    GstBaseTransform parent;
    /* properties (object lock) */
    guint width, height, batch_size, gpu_id;
    gboolean original_background;
    /* negotiated */
    GstVideoInfo in_info, out_info;
    GodsStandinMatrix matrix;
} GstStandinSegVisual;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinSegVisualClass;

GType gst_standin_segvisual_get_type(void);
G_DEFINE_TYPE(GstStandinSegVisual, gst_standin_segvisual, GST_TYPE_BASE_TRANSFORM)

/* Classes 1 to 4 are the scene's classes (the stand-in segmentation
 * network's 1 + class id) in their first palette colour; others get
 * fixed colours spread over the RGB cube. */
static void gods_standin_segmentation_color(int k, guint8 rgb[3])
{
    if (k <= 0) {
        rgb[0] = rgb[1] = rgb[2] = 0;
        return;
    }
    for (int i = 0; i < GODS_STANDIN_PALETTE_SIZE; i++) {
        if (gods_standin_palette[i].class_id == k - 1) {
            memcpy(rgb, gods_standin_palette[i].rgb, 3);
            return;
        }
    }
    rgb[0] = (guint8)(64 + (k * 97) % 192);
    rgb[1] = (guint8)(64 + (k * 57) % 192);
    rgb[2] = (guint8)(64 + (k * 151) % 192);
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinSegVisual *self = (GstStandinSegVisual *)object;
    gboolean resize = FALSE;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_WIDTH:
        self->width = g_value_get_uint(value);
        resize = TRUE;
        break;
    case PROP_HEIGHT:
        self->height = g_value_get_uint(value);
        resize = TRUE;
        break;
    case PROP_BATCH_SIZE: self->batch_size = g_value_get_uint(value); break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_ORIGINAL_BACKGROUND: self->original_background = g_value_get_boolean(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
    if (resize)
        gst_base_transform_reconfigure_src(GST_BASE_TRANSFORM(self));
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinSegVisual *self = (GstStandinSegVisual *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_WIDTH: g_value_set_uint(value, self->width); break;
    case PROP_HEIGHT: g_value_set_uint(value, self->height); break;
    case PROP_BATCH_SIZE: g_value_set_uint(value, self->batch_size); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_ORIGINAL_BACKGROUND: g_value_set_boolean(value, self->original_background); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

/* Downstream: RGBA at width x height; upstream: NV12 or RGBA, any size. */
static GstCaps *transform_caps(GstBaseTransform *trans, GstPadDirection dir, GstCaps *caps, GstCaps *filter)
{
    GstStandinSegVisual *self = (GstStandinSegVisual *)trans;
    GST_OBJECT_LOCK(self);
    gint w = (gint)self->width, h = (gint)self->height;
    GST_OBJECT_UNLOCK(self);
    GstCaps *res = gst_caps_from_string(dir == GST_PAD_SINK ? SEGVISUAL_SRC_CAPS : SEGVISUAL_SINK_CAPS);
    for (guint i = 0; i < gst_caps_get_size(res); i++) {
        GstStructure *s = gst_caps_get_structure(res, i);
        const GValue *fps = gst_structure_get_value(gst_caps_get_structure(caps, 0), "framerate");
        if (fps)
            gst_structure_set_value(s, "framerate", fps);
        if (dir == GST_PAD_SINK)
            gst_structure_set(s, "width", G_TYPE_INT, w, "height", G_TYPE_INT, h, NULL);
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
    GstStandinSegVisual *self = (GstStandinSegVisual *)trans;
    if (!gst_video_info_from_caps(&self->in_info, incaps) || !gst_video_info_from_caps(&self->out_info, outcaps))
        return FALSE;
    gods_standin_matrix_init(&self->matrix, &self->in_info.colorimetry);
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

/* An output surface with as many frames as the input batch. */
static GstFlowReturn prepare_output_buffer(GstBaseTransform *trans, GstBuffer *inbuf, GstBuffer **outbuf)
{
    GstStandinSegVisual *self = (GstStandinSegVisual *)trans;
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

static NvDsInferSegmentationMeta *frame_segmentation(NvDsFrameMeta *fm)
{
    for (GList *l = fm ? fm->frame_user_meta_list : NULL; l; l = l->next) {
        NvDsUserMeta *u = l->data;
        if (u->base_meta.meta_type == NVDSINFER_SEGMENTATION_META && u->user_meta_data)
            return u->user_meta_data;
    }
    return NULL;
}

static void paint(GodsStandinImage *dst, const NvDsInferSegmentationMeta *seg)
{
    if (!seg || !seg->class_map || !seg->width || !seg->height)
        return;
    guint8 colors[256][3];
    for (int k = 0; k < 256; k++)
        gods_standin_segmentation_color(k, colors[k]);
    for (int y = 0; y < dst->height; y++) {
        guint my = (guint)(((gint64)(2 * y + 1) * seg->height) / (2 * (gint64)dst->height));
        const gint *row = seg->class_map + (gsize)MIN(my, seg->height - 1) * seg->width;
        guint8 *out = dst->plane[0] + (gsize)y * dst->stride[0];
        for (int x = 0; x < dst->width; x++) {
            guint mx = (guint)(((gint64)(2 * x + 1) * seg->width) / (2 * (gint64)dst->width));
            gint k = row[MIN(mx, seg->width - 1)];
            if (k <= 0)
                continue;
            guint8 rgb[3];
            if (k < 256)
                memcpy(rgb, colors[k], 3);
            else
                gods_standin_segmentation_color(k, rgb);
            out[4 * x] = rgb[0];
            out[4 * x + 1] = rgb[1];
            out[4 * x + 2] = rgb[2];
            out[4 * x + 3] = 255;
        }
    }
}

static GstFlowReturn transform(GstBaseTransform *trans, GstBuffer *inbuf, GstBuffer *outbuf)
{
    GstStandinSegVisual *self = (GstStandinSegVisual *)trans;
    NvBufSurface *in = gods_standin_buffer_surface(inbuf), *out = gods_standin_buffer_surface(outbuf);
    if (!in || !out) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("buffer holds no NvBufSurface"), (NULL));
        return GST_FLOW_ERROR;
    }
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(inbuf);
    GST_OBJECT_LOCK(self);
    gboolean original = self->original_background;
    GST_OBJECT_UNLOCK(self);
    guint n = MIN(out->batchSize, MAX(1u, MIN(in->numFilled, in->batchSize)));
    if (bm)
        nvds_acquire_meta_lock(bm);
    for (guint i = 0; i < n; i++) {
        GodsStandinImage src, dst;
        if (!gods_standin_image_from_surface(&dst, out, i) || !gods_standin_image_from_surface(&src, in, i))
            continue;
        NvDsFrameMeta *fm = NULL;
        for (GList *l = bm ? bm->frame_meta_list : NULL; l; l = l->next)
            if (((NvDsFrameMeta *)l->data)->batch_id == i)
                fm = l->data;
        if (original)
            gods_standin_image_convert(&src, NULL, &dst, NULL, &self->matrix);
        else
            gods_standin_image_clear(&dst);
        paint(&dst, frame_segmentation(fm));
    }
    if (bm)
        nvds_release_meta_lock(bm);
    out->numFilled = n;
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_segvisual_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvsegvisual", &count);
}

static void gst_standin_segvisual_class_init(GstStandinSegVisualClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_segvisual_debug, "nvsegvisual", 0, "go-deepstream stand-in nvsegvisual");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_WIDTH,
                                    g_param_spec_uint("width", "Width", "Width of the mask image", 16, 32767, 1280,
                                                      rw));
    g_object_class_install_property(gobject_class, PROP_HEIGHT,
                                    g_param_spec_uint("height", "Height", "Height of the mask image", 16, 32767, 720,
                                                      rw));
    g_object_class_install_property(gobject_class, PROP_BATCH_SIZE,
                                    g_param_spec_uint("batch-size", "Batch size",
                                                      "Accepted (every frame of a batch is painted)", 1, 1024, 1, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_ORIGINAL_BACKGROUND,
                                    g_param_spec_boolean("original-background", "Original background",
                                                         "Show the frame where the class is background", FALSE, rw));

    gst_element_class_add_pad_template(element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(SEGVISUAL_SINK_CAPS)));
    gst_element_class_add_pad_template(element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS,
                                                                           gst_caps_from_string(SEGVISUAL_SRC_CAPS)));
    gst_element_class_set_static_metadata(element_class, "nvsegvisual (go-deepstream CPU stand-in)",
                                          "Filter/Effect/Video",
                                          "Paints segmentation metadata as a colour mask on the CPU", "go-deepstream");

    bt->transform_caps = transform_caps;
    bt->set_caps = set_caps;
    bt->prepare_output_buffer = prepare_output_buffer;
    bt->transform = transform;
    bt->transform_size = transform_size;
    bt->get_unit_size = get_unit_size;
    bt->passthrough_on_same_caps = FALSE;
}

static void gst_standin_segvisual_init(GstStandinSegVisual *self)
{
    self->width = 1280;
    self->height = 720;
    self->batch_size = 1;
}
