//go:build !deepstream

/* convert.c: nvvideoconvert on the CPU. Converts between NVMM
 * (NvBufSurface) buffers and system-memory video in any direction, between
 * the formats of GODS_STANDIN_FORMATS, scaling nearest-neighbour, with optional
 * source and destination crops. A batched NVMM input gives a batched NVMM
 * output of the same size (every frame converted). */
#include <stdio.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "nvbufsurface_embedded.h"
#include "standin_common.go.h"
#include "standin_image.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_convert_debug);
#define GST_CAT_DEFAULT gods_standin_convert_debug

#define CONVERT_CAPS                                                                                                   \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)" GODS_STANDIN_FORMATS ", width=(int)[1,32767], "               \
    "height=(int)[1,32767], framerate=(fraction)[0/1,2147483647/1]; "                                                  \
    "video/x-raw, format=(string)" GODS_STANDIN_FORMATS ", width=(int)[1,32767], height=(int)[1,32767], "                   \
    "framerate=(fraction)[0/1,2147483647/1]"

typedef struct {
    GstBaseTransform parent;
    /* properties */
    guint gpu_id;
    gint memtype;
    gint compute_hw;
    gint interpolation;
    gint flip_method;
    guint output_buffers;
    gboolean disable_passthrough;
    GodsStandinRect src_crop, dst_crop;
    gchar *src_crop_str, *dst_crop_str;
    /* negotiated */
    GstVideoInfo in_info, out_info;
    gboolean in_nvmm, out_nvmm;
    GodsStandinMatrix matrix;
    /* batched output: a pool of surfaces of batch_n frames, so that a
     * batch does not allocate (and clear) a new surface per buffer */
    GstBufferPool *batch_pool;
    guint batch_n;
} GstStandinVideoConvert;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinVideoConvertClass;

GType gst_standin_video_convert_get_type(void);
G_DEFINE_TYPE(GstStandinVideoConvert, gst_standin_video_convert, GST_TYPE_BASE_TRANSFORM)

enum {
    PROP_0,
    PROP_GPU_ID,
    PROP_MEMTYPE,
    PROP_COMPUTE_HW,
    PROP_INTERPOLATION,
    PROP_SRC_CROP,
    PROP_DEST_CROP,
    PROP_OUTPUT_BUFFERS,
    PROP_FLIP_METHOD,
    PROP_DISABLE_PASSTHROUGH,
};

static GType flip_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {0, "Identity (no rotation)", "none"},
        {1, "Rotate counter-clockwise 90 degrees", "counterclockwise"},
        {2, "Rotate 180 degrees", "rotate-180"},
        {3, "Rotate clockwise 90 degrees", "clockwise"},
        {4, "Flip horizontally", "horizontal-flip"},
        {5, "Flip across upper right/lower left diagonal", "upper-right-diagonal"},
        {6, "Flip vertically", "vertical-flip"},
        {7, "Flip across upper left/lower right diagonal", "upper-left-diagonal"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinVideoFlipMethod", values));
    return t;
}

/* "left:top:width:height"; empty or NULL clears. FALSE when malformed. */
static gboolean parse_crop(const gchar *s, GodsStandinRect *r)
{
    memset(r, 0, sizeof(*r));
    if (!s || !*s)
        return TRUE;
    int v[4];
    char tail;
    if (sscanf(s, "%d:%d:%d:%d%c", &v[0], &v[1], &v[2], &v[3], &tail) != 4 || v[0] < 0 || v[1] < 0 || v[2] < 0 ||
        v[3] < 0)
        return FALSE;
    r->x = v[0];
    r->y = v[1];
    r->width = v[2];
    r->height = v[3];
    return TRUE;
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinVideoConvert *self = (GstStandinVideoConvert *)object;
    switch (id) {
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    case PROP_MEMTYPE: self->memtype = g_value_get_enum(value); break;
    case PROP_COMPUTE_HW: self->compute_hw = g_value_get_enum(value); break;
    case PROP_INTERPOLATION: self->interpolation = g_value_get_enum(value); break;
    case PROP_OUTPUT_BUFFERS: self->output_buffers = g_value_get_uint(value); break;
    case PROP_FLIP_METHOD: self->flip_method = g_value_get_enum(value); break;
    case PROP_DISABLE_PASSTHROUGH: self->disable_passthrough = g_value_get_boolean(value); break;
    case PROP_SRC_CROP:
    case PROP_DEST_CROP: {
        const gchar *s = g_value_get_string(value);
        GodsStandinRect r;
        if (!parse_crop(s, &r)) {
            GST_WARNING_OBJECT(self, "ignoring malformed %s \"%s\" (want left:top:width:height)", pspec->name, s);
            break;
        }
        GST_OBJECT_LOCK(self);
        if (id == PROP_SRC_CROP) {
            g_free(self->src_crop_str);
            self->src_crop_str = g_strdup(s);
            self->src_crop = r;
        } else {
            g_free(self->dst_crop_str);
            self->dst_crop_str = g_strdup(s);
            self->dst_crop = r;
        }
        GST_OBJECT_UNLOCK(self);
        gst_base_transform_reconfigure_src(GST_BASE_TRANSFORM(self));
        break;
    }
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinVideoConvert *self = (GstStandinVideoConvert *)object;
    switch (id) {
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    case PROP_MEMTYPE: g_value_set_enum(value, self->memtype); break;
    case PROP_COMPUTE_HW: g_value_set_enum(value, self->compute_hw); break;
    case PROP_INTERPOLATION: g_value_set_enum(value, self->interpolation); break;
    case PROP_OUTPUT_BUFFERS: g_value_set_uint(value, self->output_buffers); break;
    case PROP_FLIP_METHOD: g_value_set_enum(value, self->flip_method); break;
    case PROP_DISABLE_PASSTHROUGH: g_value_set_boolean(value, self->disable_passthrough); break;
    case PROP_SRC_CROP:
        GST_OBJECT_LOCK(self);
        g_value_set_string(value, self->src_crop_str ? self->src_crop_str : "0:0:0:0");
        GST_OBJECT_UNLOCK(self);
        break;
    case PROP_DEST_CROP:
        GST_OBJECT_LOCK(self);
        g_value_set_string(value, self->dst_crop_str ? self->dst_crop_str : "0:0:0:0");
        GST_OBJECT_UNLOCK(self);
        break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
}

static void finalize(GObject *object)
{
    GstStandinVideoConvert *self = (GstStandinVideoConvert *)object;
    g_free(self->src_crop_str);
    g_free(self->dst_crop_str);
    gods_standin_pool_clear(&self->batch_pool);
    G_OBJECT_CLASS(gst_standin_video_convert_parent_class)->finalize(object);
}

/* Every format, size and memory type, the input's memory type first. */
static GstCaps *transform_caps(GstBaseTransform *trans, GstPadDirection dir, GstCaps *caps, GstCaps *filter)
{
    GstCaps *res = gst_caps_new_empty();
    for (guint i = 0; i < gst_caps_get_size(caps); i++) {
        GstStructure *s = gst_structure_copy(gst_caps_get_structure(caps, i));
        GstCapsFeatures *f = gst_caps_get_features(caps, i);
        gboolean nvmm = f && gst_caps_features_contains(f, GODS_STANDIN_FEATURE_NVMM);
        gst_structure_remove_fields(s, "format", "width", "height", "colorimetry", "chroma-site",
                                    "pixel-aspect-ratio", NULL);
        gst_structure_set(s, "width", GST_TYPE_INT_RANGE, 1, 32767, "height", GST_TYPE_INT_RANGE, 1, 32767, NULL);
        GValue list = G_VALUE_INIT;
        GValue v = G_VALUE_INIT;
        gst_value_list_init(&list, 9);
        g_value_init(&v, G_TYPE_STRING);
        static const char *formats[] = {"NV12", "RGBA", "I420", "BGRA", "RGBx", "BGRx", "RGB", "BGR", "GRAY8"};
        for (guint k = 0; k < G_N_ELEMENTS(formats); k++) {
            g_value_set_string(&v, formats[k]);
            gst_value_list_append_value(&list, &v);
        }
        gst_structure_take_value(s, "format", &list);
        g_value_unset(&v);
        GstStructure *s2 = gst_structure_copy(s);
        GstCapsFeatures *nv = gst_caps_features_new(GODS_STANDIN_FEATURE_NVMM, NULL);
        GstCapsFeatures *sys = gst_caps_features_new_empty();
        res = gst_caps_merge_structure_full(res, s, nvmm ? nv : sys);
        res = gst_caps_merge_structure_full(res, s2, nvmm ? sys : nv);
    }
    if (filter) {
        GstCaps *t = gst_caps_intersect_full(filter, res, GST_CAPS_INTERSECT_FIRST);
        gst_caps_unref(res);
        res = t;
    }
    GST_DEBUG_OBJECT(trans, "%" GST_PTR_FORMAT " -> %" GST_PTR_FORMAT, caps, res);
    return res;
}

/* Keeps what it can of the input: memory type, format, size, frame rate;
 * colorimetry too when both sides are YUV or both RGB. */
/* Whether field name of s allows the value v (absent: any). */
static gboolean allows_int(const GstStructure *s, const char *name, gint v)
{
    const GValue *have = gst_structure_get_value(s, name);
    if (!have)
        return TRUE;
    GValue want = G_VALUE_INIT;
    g_value_init(&want, G_TYPE_INT);
    g_value_set_int(&want, v);
    gboolean ok = gst_value_intersect(NULL, have, &want);
    g_value_unset(&want);
    return ok;
}

static GstCaps *fixate_caps(GstBaseTransform *trans, GstPadDirection dir, GstCaps *caps, GstCaps *othercaps)
{
    /* Downstream's first structure is its current caps (GstBaseTransform
     * puts them first to prefer passthrough): after a tiler that already
     * output 1280x720, they would make this element scale the frames
     * without scaling their metadata. Take the first structure that keeps
     * the input's size when there is one, as the real element does. */
    gint iw, ih;
    const GstStructure *ins = gst_caps_get_structure(caps, 0);
    if (gst_structure_get_int(ins, "width", &iw) && gst_structure_get_int(ins, "height", &ih)) {
        for (guint i = 0; i < gst_caps_get_size(othercaps); i++) {
            const GstStructure *o = gst_caps_get_structure(othercaps, i);
            if (allows_int(o, "width", iw) && allows_int(o, "height", ih)) {
                if (i > 0) {
                    GstCaps *c = gst_caps_copy_nth(othercaps, i);
                    gst_caps_unref(othercaps);
                    othercaps = c;
                }
                break;
            }
        }
    }
    othercaps = gst_caps_truncate(othercaps);
    othercaps = gst_caps_make_writable(othercaps);
    GstStructure *in = gst_caps_get_structure(caps, 0);
    GstStructure *out = gst_caps_get_structure(othercaps, 0);
    const gchar *fmt = gst_structure_get_string(in, "format");
    if (fmt && !gst_structure_fixate_field_string(out, "format", fmt))
        gst_structure_fixate_field(out, "format");
    gint w, h, n, d;
    if (gst_structure_get_int(in, "width", &w))
        gst_structure_fixate_field_nearest_int(out, "width", w);
    if (gst_structure_get_int(in, "height", &h))
        gst_structure_fixate_field_nearest_int(out, "height", h);
    if (gst_structure_get_fraction(in, "framerate", &n, &d))
        gst_structure_fixate_field_nearest_fraction(out, "framerate", n, d);
    const gchar *ofmt = gst_structure_get_string(out, "format");
    if (fmt && ofmt) {
        GodsStandinFormat a = gods_standin_format_from_video(gst_video_format_from_string(fmt));
        GodsStandinFormat b = gods_standin_format_from_video(gst_video_format_from_string(ofmt));
        if (gods_standin_format_is_yuv(a) == gods_standin_format_is_yuv(b)) {
            const gchar *fields[] = {"colorimetry", "chroma-site"};
            for (guint i = 0; i < G_N_ELEMENTS(fields); i++) {
                const GValue *v = gst_structure_get_value(in, fields[i]);
                if (v && !gst_structure_has_field(out, fields[i]))
                    gst_structure_set_value(out, fields[i], v);
            }
        }
    }
    return gst_caps_fixate(othercaps);
}

static gboolean set_caps(GstBaseTransform *trans, GstCaps *incaps, GstCaps *outcaps)
{
    GstStandinVideoConvert *self = (GstStandinVideoConvert *)trans;
    gods_standin_pool_clear(&self->batch_pool); /* of the old output caps */
    if (!gst_video_info_from_caps(&self->in_info, incaps) || !gst_video_info_from_caps(&self->out_info, outcaps))
        return FALSE;
    self->in_nvmm = gods_standin_caps_is_nvmm(incaps);
    self->out_nvmm = gods_standin_caps_is_nvmm(outcaps);
    GodsStandinFormat fi = gods_standin_format_from_video(GST_VIDEO_INFO_FORMAT(&self->in_info));
    const GstVideoInfo *yuv = gods_standin_format_is_yuv(fi) ? &self->in_info : &self->out_info;
    gods_standin_matrix_init(&self->matrix, &yuv->colorimetry);
    GST_OBJECT_LOCK(self);
    gboolean crop = self->src_crop.width || self->dst_crop.width;
    GST_OBJECT_UNLOCK(self);
    gboolean same = self->in_nvmm == self->out_nvmm &&
                    GST_VIDEO_INFO_FORMAT(&self->in_info) == GST_VIDEO_INFO_FORMAT(&self->out_info) &&
                    self->in_info.width == self->out_info.width && self->in_info.height == self->out_info.height;
    gst_base_transform_set_passthrough(trans, same && !crop && !self->disable_passthrough);
    GST_DEBUG_OBJECT(self, "%" GST_PTR_FORMAT " -> %" GST_PTR_FORMAT, incaps, outcaps);
    return TRUE;
}

static gboolean decide_allocation(GstBaseTransform *trans, GstQuery *query)
{
    GstStandinVideoConvert *self = (GstStandinVideoConvert *)trans;
    if (!self->out_nvmm)
        return GST_BASE_TRANSFORM_CLASS(gst_standin_video_convert_parent_class)->decide_allocation(trans, query);
    GstCaps *caps = NULL;
    gst_query_parse_allocation(query, &caps, NULL);
    if (!caps)
        return FALSE;
    while (gst_query_get_n_allocation_pools(query) > 0)
        gst_query_remove_nth_allocation_pool(query, 0);
    GstBufferPool *pool = gods_standin_pool_new(caps, 1, self->memtype, self->gpu_id, FALSE);
    if (!pool)
        return FALSE;
    gst_query_add_allocation_pool(query, pool, sizeof(NvBufSurface), 2, 0);
    gst_object_unref(pool);
    return TRUE;
}

static GstFlowReturn prepare_output_buffer(GstBaseTransform *trans, GstBuffer *inbuf, GstBuffer **outbuf)
{
    GstStandinVideoConvert *self = (GstStandinVideoConvert *)trans;
    NvBufSurface *in = self->in_nvmm ? gods_standin_buffer_surface(inbuf) : NULL;
    if (gst_base_transform_is_passthrough(trans) || !self->out_nvmm || !in || in->numFilled <= 1)
        return GST_BASE_TRANSFORM_CLASS(gst_standin_video_convert_parent_class)
            ->prepare_output_buffer(trans, inbuf, outbuf);
    /* A batch: an output surface of the same batch size, from a pool of
     * that size (made again when the batch size changes). */
    if (!self->batch_pool || self->batch_n != in->numFilled) {
        GstCaps *caps = gst_video_info_to_caps(&self->out_info);
        gods_standin_pool_clear(&self->batch_pool);
        self->batch_pool = gods_standin_pool_new(caps, in->numFilled, self->memtype, self->gpu_id, TRUE);
        self->batch_n = in->numFilled;
        gst_caps_unref(caps);
        if (!self->batch_pool)
            return GST_FLOW_NOT_NEGOTIATED;
    }
    if (gst_buffer_pool_acquire_buffer(self->batch_pool, outbuf, NULL) != GST_FLOW_OK)
        return GST_FLOW_ERROR;
    NvBufSurface *out = gods_standin_buffer_surface(*outbuf);
    if (out)
        out->numFilled = in->numFilled;
    GstBaseTransformClass *klass = GST_BASE_TRANSFORM_GET_CLASS(trans);
    if (klass->copy_metadata && !klass->copy_metadata(trans, inbuf, *outbuf)) {
        gst_buffer_unref(*outbuf);
        *outbuf = NULL;
        return GST_FLOW_ERROR;
    }
    return GST_FLOW_OK;
}

static GstFlowReturn transform(GstBaseTransform *trans, GstBuffer *inbuf, GstBuffer *outbuf)
{
    GstStandinVideoConvert *self = (GstStandinVideoConvert *)trans;
    GstVideoFrame inframe, outframe;
    gboolean in_mapped = FALSE, out_mapped = FALSE;
    NvBufSurface *insurf = NULL, *outsurf = NULL;
    GstFlowReturn ret = GST_FLOW_ERROR;
    guint frames = 1;

    if (self->in_nvmm) {
        insurf = gods_standin_buffer_surface(inbuf);
        if (!insurf) {
            GST_ELEMENT_ERROR(self, STREAM, FORMAT, ("input buffer holds no NvBufSurface"), (NULL));
            return GST_FLOW_ERROR;
        }
        frames = MAX(1, MIN(insurf->numFilled, insurf->batchSize));
    } else if (!gst_video_frame_map(&inframe, &self->in_info, inbuf, GST_MAP_READ)) {
        GST_ELEMENT_ERROR(self, STREAM, FORMAT, ("cannot map the input frame"), (NULL));
        return GST_FLOW_ERROR;
    } else {
        in_mapped = TRUE;
    }
    if (self->out_nvmm) {
        outsurf = gods_standin_buffer_surface(outbuf);
        if (!outsurf)
            goto done;
        frames = MIN(frames, outsurf->batchSize);
    } else if (!gst_video_frame_map(&outframe, &self->out_info, outbuf, GST_MAP_WRITE)) {
        goto done;
    } else {
        out_mapped = TRUE;
        frames = 1;
    }

    GST_OBJECT_LOCK(self);
    GodsStandinRect sc = self->src_crop, dc = self->dst_crop;
    GST_OBJECT_UNLOCK(self);
    for (guint i = 0; i < frames; i++) {
        GodsStandinImage src, dst;
        gboolean ok = insurf ? gods_standin_image_from_surface(&src, insurf, i) : gods_standin_image_from_frame(&src, &inframe);
        ok = ok && (outsurf ? gods_standin_image_from_surface(&dst, outsurf, i) : gods_standin_image_from_frame(&dst, &outframe));
        if (!ok)
            goto done;
        if (dc.width && dc.height)
            gods_standin_image_clear(&dst);
        gods_standin_image_convert(&src, &sc, &dst, &dc, &self->matrix);
    }
    if (outsurf)
        outsurf->numFilled = frames;
    ret = GST_FLOW_OK;
done:
    if (ret != GST_FLOW_OK)
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("cannot convert %s to %s", gst_video_format_to_string(GST_VIDEO_INFO_FORMAT(&self->in_info)),
                                                  gst_video_format_to_string(GST_VIDEO_INFO_FORMAT(&self->out_info))),
                          (NULL));
    if (in_mapped)
        gst_video_frame_unmap(&inframe);
    if (out_mapped)
        gst_video_frame_unmap(&outframe);
    return ret;
}

static gboolean transform_size(GstBaseTransform *trans, GstPadDirection dir, GstCaps *caps, gsize size,
                               GstCaps *othercaps, gsize *othersize)
{
    if (gods_standin_caps_is_nvmm(othercaps)) {
        *othersize = sizeof(NvBufSurface);
        return TRUE;
    }
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, othercaps))
        return FALSE;
    *othersize = GST_VIDEO_INFO_SIZE(&info);
    return TRUE;
}

static gboolean get_unit_size(GstBaseTransform *trans, GstCaps *caps, gsize *size)
{
    if (gods_standin_caps_is_nvmm(caps)) {
        *size = sizeof(NvBufSurface);
        return TRUE;
    }
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, caps))
        return FALSE;
    *size = GST_VIDEO_INFO_SIZE(&info);
    return TRUE;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_video_convert_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvvideoconvert", &count);
}

static void gst_standin_video_convert_class_init(GstStandinVideoConvertClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_convert_debug, "nvvideoconvert", 0, "go-deepstream stand-in nvvideoconvert");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(
        gobject_class, PROP_MEMTYPE,
        g_param_spec_enum("nvbuf-memory-type", "Memory type",
                          "Memory type of output NvBufSurfaces (all are host memory; device memory does not map)",
                          gods_standin_memtype_enum_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_COMPUTE_HW,
                                    g_param_spec_enum("compute-hw", "Compute hardware", "Accepted, unused: the CPU converts",
                                                      gods_standin_compute_hw_enum_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_INTERPOLATION,
                                    g_param_spec_enum("interpolation-method", "Interpolation method",
                                                      "Accepted; scaling is always nearest-neighbour",
                                                      gods_standin_interpolation_enum_get_type(), 6, rw));
    g_object_class_install_property(gobject_class, PROP_SRC_CROP,
                                    g_param_spec_string("src-crop", "Source crop", "left:top:width:height of the input",
                                                        "0:0:0:0", rw));
    g_object_class_install_property(gobject_class, PROP_DEST_CROP,
                                    g_param_spec_string("dest-crop", "Destination crop",
                                                        "left:top:width:height of the output (the rest is black)",
                                                        "0:0:0:0", rw));
    g_object_class_install_property(gobject_class, PROP_OUTPUT_BUFFERS,
                                    g_param_spec_uint("output-buffers", "Output buffers", "Accepted, unused", 1,
                                                      G_MAXUINT, 4, rw));
    g_object_class_install_property(gobject_class, PROP_FLIP_METHOD,
                                    g_param_spec_enum("flip-method", "Flip method", "Accepted, unused (no flip)",
                                                      flip_get_type(), 0, rw));
    g_object_class_install_property(gobject_class, PROP_DISABLE_PASSTHROUGH,
                                    g_param_spec_boolean("disable-passthrough", "Disable passthrough",
                                                         "Convert even when input and output caps are the same", FALSE,
                                                         rw));

    gst_element_class_add_pad_template(
        element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, gst_caps_from_string(CONVERT_CAPS)));
    gst_element_class_add_pad_template(
        element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, gst_caps_from_string(CONVERT_CAPS)));
    gst_element_class_set_static_metadata(element_class, "NvVidConv (go-deepstream CPU stand-in)",
                                          "Filter/Converter/Video/Scaler",
                                          "Converts and scales video between NVMM and system memory on the CPU",
                                          "go-deepstream");

    bt->transform_caps = transform_caps;
    bt->fixate_caps = fixate_caps;
    bt->set_caps = set_caps;
    bt->decide_allocation = decide_allocation;
    bt->prepare_output_buffer = prepare_output_buffer;
    bt->transform = transform;
    bt->transform_size = transform_size;
    bt->get_unit_size = get_unit_size;
    bt->passthrough_on_same_caps = FALSE;
}

static void gst_standin_video_convert_init(GstStandinVideoConvert *self)
{
    self->interpolation = 6;
    self->output_buffers = 4;
}
