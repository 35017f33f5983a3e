//go:build !deepstream

/* osd.c: nvdsosd on the CPU. Draws, in place on RGBA NVMM frames, what the
 * batch meta describes: object rectangles (border and background colour)
 * and labels, and the display meta's rectangles, texts, lines, arrows and
 * circles, alpha-blended; text in a 5x7 bitmap font scaled by font size;
 * with display-mask, the objects' instance masks first (osd_mask.c). */
#include <math.h>
#include <string.h>

#include <gst/base/gstbasetransform.h>

#include "gstnvdsmeta.h"
#include "standin_common.go.h"
#include "standin_image.go.h"
#include "standin_mask.go.h" /* display-mask: osd_mask.c */

GST_DEBUG_CATEGORY_STATIC(gods_standin_osd_debug);
#define GST_CAT_DEFAULT gods_standin_osd_debug

#define OSD_CAPS                                                                                                       \
    "video/x-raw(" GODS_STANDIN_FEATURE_NVMM "), format=(string)RGBA, width=(int)[1,32767], height=(int)[1,32767], "        \
    "framerate=(fraction)[0/1,2147483647/1]"

typedef struct {
    GstBaseTransform parent;
    gint process_mode;
    gboolean display_text, display_bbox, display_mask, display_clock;
    gchar *clock_font;
    guint clock_font_size;
    guint x_clock_offset, y_clock_offset;
    guint clock_color;
    gchar *hw_blend_color_attr;
    guint gpu_id;
} GstStandinOsd;

typedef struct {
    GstBaseTransformClass parent_class;
} GstStandinOsdClass;

GType gst_standin_osd_get_type(void);
G_DEFINE_TYPE(GstStandinOsd, gst_standin_osd, GST_TYPE_BASE_TRANSFORM)

enum {
    PROP_0,
    PROP_PROCESS_MODE,
    PROP_DISPLAY_TEXT,
    PROP_DISPLAY_BBOX,
    PROP_DISPLAY_MASK,
    PROP_DISPLAY_CLOCK,
    PROP_CLOCK_FONT,
    PROP_CLOCK_FONT_SIZE,
    PROP_X_CLOCK_OFFSET,
    PROP_Y_CLOCK_OFFSET,
    PROP_CLOCK_COLOR,
    PROP_HW_BLEND_COLOR_ATTR,
    PROP_GPU_ID,
};

static GType osd_mode_get_type(void)
{
    static GType t = 0;
    static const GEnumValue values[] = {
        {MODE_CPU, "CPU mode", "CPU_MODE"},
        {MODE_GPU, "GPU mode (drawn on the CPU here)", "GPU_MODE"},
        {MODE_NONE, "Hardware mode (drawn on the CPU here)", "HW_MODE"},
        {0, NULL, NULL},
    };
    if (g_once_init_enter(&t))
        g_once_init_leave(&t, g_enum_register_static("GstStandinOsdMode", values));
    return t;
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinOsd *self = (GstStandinOsd *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_PROCESS_MODE: self->process_mode = g_value_get_enum(value); break;
    case PROP_DISPLAY_TEXT: self->display_text = g_value_get_boolean(value); break;
    case PROP_DISPLAY_BBOX: self->display_bbox = g_value_get_boolean(value); break;
    case PROP_DISPLAY_MASK: self->display_mask = g_value_get_boolean(value); break;
    case PROP_DISPLAY_CLOCK: self->display_clock = g_value_get_boolean(value); break;
    case PROP_CLOCK_FONT:
        g_free(self->clock_font);
        self->clock_font = g_value_dup_string(value);
        break;
    case PROP_CLOCK_FONT_SIZE: self->clock_font_size = g_value_get_uint(value); break;
    case PROP_X_CLOCK_OFFSET: self->x_clock_offset = g_value_get_uint(value); break;
    case PROP_Y_CLOCK_OFFSET: self->y_clock_offset = g_value_get_uint(value); break;
    case PROP_CLOCK_COLOR: self->clock_color = g_value_get_uint(value); break;
    case PROP_HW_BLEND_COLOR_ATTR:
        g_free(self->hw_blend_color_attr);
        self->hw_blend_color_attr = g_value_dup_string(value);
        break;
    case PROP_GPU_ID: self->gpu_id = g_value_get_uint(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinOsd *self = (GstStandinOsd *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_PROCESS_MODE: g_value_set_enum(value, self->process_mode); break;
    case PROP_DISPLAY_TEXT: g_value_set_boolean(value, self->display_text); break;
    case PROP_DISPLAY_BBOX: g_value_set_boolean(value, self->display_bbox); break;
    case PROP_DISPLAY_MASK: g_value_set_boolean(value, self->display_mask); break;
    case PROP_DISPLAY_CLOCK: g_value_set_boolean(value, self->display_clock); break;
    case PROP_CLOCK_FONT: g_value_set_string(value, self->clock_font); break;
    case PROP_CLOCK_FONT_SIZE: g_value_set_uint(value, self->clock_font_size); break;
    case PROP_X_CLOCK_OFFSET: g_value_set_uint(value, self->x_clock_offset); break;
    case PROP_Y_CLOCK_OFFSET: g_value_set_uint(value, self->y_clock_offset); break;
    case PROP_CLOCK_COLOR: g_value_set_uint(value, self->clock_color); break;
    case PROP_HW_BLEND_COLOR_ATTR: g_value_set_string(value, self->hw_blend_color_attr); break;
    case PROP_GPU_ID: g_value_set_uint(value, self->gpu_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec);
    }
    GST_OBJECT_UNLOCK(self);
}

static void finalize(GObject *object)
{
    GstStandinOsd *self = (GstStandinOsd *)object;
    g_free(self->clock_font);
    g_free(self->hw_blend_color_attr);
    G_OBJECT_CLASS(gst_standin_osd_parent_class)->finalize(object);
}

/* ---- drawing on an RGBA image ---- */

typedef struct {
    guint8 r, g, b;
    int a; /* 0..256 */
} Paint;

static Paint paint(const NvOSD_ColorParams *c)
{
    Paint p;
    p.r = (guint8)CLAMP(c->red * 255.0 + 0.5, 0, 255);
    p.g = (guint8)CLAMP(c->green * 255.0 + 0.5, 0, 255);
    p.b = (guint8)CLAMP(c->blue * 255.0 + 0.5, 0, 255);
    p.a = (int)CLAMP(c->alpha * 256.0 + 0.5, 0, 256);
    return p;
}

static inline void blend(GodsStandinImage *img, int x, int y, Paint p)
{
    if (x < 0 || y < 0 || x >= img->width || y >= img->height || p.a <= 0)
        return;
    guint8 *px = img->plane[0] + y * img->stride[0] + x * 4;
    px[0] = (guint8)((p.r * p.a + px[0] * (256 - p.a)) >> 8);
    px[1] = (guint8)((p.g * p.a + px[1] * (256 - p.a)) >> 8);
    px[2] = (guint8)((p.b * p.a + px[2] * (256 - p.a)) >> 8);
}

static void fill(GodsStandinImage *img, int x0, int y0, int x1, int y1, Paint p)
{
    x0 = MAX(x0, 0);
    y0 = MAX(y0, 0);
    x1 = MIN(x1, img->width);
    y1 = MIN(y1, img->height);
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++)
            blend(img, x, y, p);
}

static void draw_rect(GodsStandinImage *img, const NvOSD_RectParams *r)
{
    int x0 = (int)lrintf(r->left), y0 = (int)lrintf(r->top);
    int x1 = x0 + (int)lrintf(r->width), y1 = y0 + (int)lrintf(r->height);
    if (r->has_bg_color)
        fill(img, x0, y0, x1, y1, paint(&r->bg_color));
    int bw = (int)r->border_width;
    if (bw <= 0)
        return;
    bw = MIN(bw, MAX(1, MIN(x1 - x0, y1 - y0) / 2));
    Paint p = paint(&r->border_color);
    fill(img, x0, y0, x1, y0 + bw, p);
    fill(img, x0, y1 - bw, x1, y1, p);
    fill(img, x0, y0 + bw, x0 + bw, y1 - bw, p);
    fill(img, x1 - bw, y0 + bw, x1, y1 - bw, p);
}

/* Pixels within width/2 of the segment, each blended once. */
static void draw_line(GodsStandinImage *img, double x1, double y1, double x2, double y2, double width, Paint p)
{
    double h = MAX(width, 1.0) / 2.0;
    int bx0 = (int)floor(MIN(x1, x2) - h), bx1 = (int)ceil(MAX(x1, x2) + h);
    int by0 = (int)floor(MIN(y1, y2) - h), by1 = (int)ceil(MAX(y1, y2) + h);
    double dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
    for (int y = MAX(by0, 0); y <= MIN(by1, img->height - 1); y++) {
        for (int x = MAX(bx0, 0); x <= MIN(bx1, img->width - 1); x++) {
            double t = len2 > 0 ? ((x - x1) * dx + (y - y1) * dy) / len2 : 0;
            t = CLAMP(t, 0.0, 1.0);
            double ex = x1 + t * dx - x, ey = y1 + t * dy - y;
            if (ex * ex + ey * ey <= h * h)
                blend(img, x, y, p);
        }
    }
}

static void draw_head(GodsStandinImage *img, double tx, double ty, double fx, double fy, double width, Paint p)
{
    double ang = atan2(ty - fy, tx - fx), len = MAX(8.0, 3.0 * width);
    for (int s = -1; s <= 1; s += 2) {
        double a = ang + G_PI + s * G_PI / 6.0;
        draw_line(img, tx, ty, tx + len * cos(a), ty + len * sin(a), width, p);
    }
}

static void draw_arrow(GodsStandinImage *img, const NvOSD_ArrowParams *a)
{
    Paint p = paint(&a->arrow_color);
    double w = MAX(1u, a->arrow_width);
    draw_line(img, a->x1, a->y1, a->x2, a->y2, w, p);
    if (a->arrow_head == END_HEAD || a->arrow_head == BOTH_HEAD)
        draw_head(img, a->x2, a->y2, a->x1, a->y1, w, p);
    if (a->arrow_head == START_HEAD || a->arrow_head == BOTH_HEAD)
        draw_head(img, a->x1, a->y1, a->x2, a->y2, w, p);
}

static void draw_circle(GodsStandinImage *img, const NvOSD_CircleParams *c)
{
    double r = c->radius, h = MAX(1u, c->circle_width) / 2.0;
    Paint border = paint(&c->circle_color), bg = paint(&c->bg_color);
    int x0 = (int)floor(c->xc - r - h), x1 = (int)ceil(c->xc + r + h);
    int y0 = (int)floor(c->yc - r - h), y1 = (int)ceil(c->yc + r + h);
    for (int y = MAX(y0, 0); y <= MIN(y1, img->height - 1); y++) {
        for (int x = MAX(x0, 0); x <= MIN(x1, img->width - 1); x++) {
            double d = hypot(x - (double)c->xc, y - (double)c->yc);
            if (fabs(d - r) <= h)
                blend(img, x, y, border);
            else if (c->has_bg_color && d < r)
                blend(img, x, y, bg);
        }
    }
}

/* Glyph scale for a font size in points: 7-pixel glyphs at sizes below 12,
 * 14 pixels below 18, and so on. */
static int font_scale(unsigned int size)
{
    return MAX(1, (int)size / 6);
}

static void draw_text(GodsStandinImage *img, int x, int y, const char *text, unsigned int size,
                      const NvOSD_ColorParams *color, const NvOSD_ColorParams *bg)
{
    if (!text || !*text)
        return;
    int s = font_scale(size), cw = (GODS_STANDIN_FONT_W + 1) * s, ch = (GODS_STANDIN_FONT_H + 2) * s;
    int len = (int)strlen(text);
    if (bg)
        fill(img, x, y, x + len * cw + s, y + ch, paint(bg));
    Paint p = paint(color);
    for (int i = 0; i < len; i++) {
        const guint8 *g = gods_standin_font_glyph((unsigned char)text[i]);
        int gx = x + s + i * cw, gy = y + s;
        for (int row = 0; row < GODS_STANDIN_FONT_H; row++)
            for (int col = 0; col < GODS_STANDIN_FONT_W; col++)
                if (g[row] & (0x10 >> col))
                    fill(img, gx + col * s, gy + row * s, gx + (col + 1) * s, gy + (row + 1) * s, p);
    }
}

static void draw_text_params(GodsStandinImage *img, const NvOSD_TextParams *t)
{
    draw_text(img, (int)t->x_offset, (int)t->y_offset, t->display_text, t->font_params.font_size,
              &t->font_params.font_color, t->set_bg_clr ? &t->text_bg_clr : NULL);
}

/* Draw one frame meta's objects and display meta onto img. */
static void draw_frame_meta(GodsStandinImage *img, NvDsFrameMeta *fm, gboolean bbox, gboolean text, gboolean mask)
{
    /* Masks under every box and label. */
    for (GList *l = mask ? fm->obj_meta_list : NULL; l; l = l->next)
        gods_standin_osd_draw_mask(img, l->data);
    for (GList *l = fm->obj_meta_list; l; l = l->next) {
        NvDsObjectMeta *o = l->data;
        if (bbox)
            draw_rect(img, &o->rect_params);
        if (text && o->text_params.display_text)
            draw_text_params(img, &o->text_params);
    }
    for (GList *l = fm->display_meta_list; l; l = l->next) {
        NvDsDisplayMeta *d = l->data;
        for (guint k = 0; k < MIN(d->num_rects, MAX_ELEMENTS_IN_DISPLAY_META); k++)
            draw_rect(img, &d->rect_params[k]);
        for (guint k = 0; k < MIN(d->num_lines, MAX_ELEMENTS_IN_DISPLAY_META); k++) {
            NvOSD_LineParams *ln = &d->line_params[k];
            draw_line(img, ln->x1, ln->y1, ln->x2, ln->y2, MAX(1u, ln->line_width), paint(&ln->line_color));
        }
        for (guint k = 0; k < MIN(d->num_arrows, MAX_ELEMENTS_IN_DISPLAY_META); k++)
            draw_arrow(img, &d->arrow_params[k]);
        for (guint k = 0; k < MIN(d->num_circles, MAX_ELEMENTS_IN_DISPLAY_META); k++)
            draw_circle(img, &d->circle_params[k]);
        if (text)
            for (guint k = 0; k < MIN(d->num_labels, MAX_ELEMENTS_IN_DISPLAY_META); k++)
                draw_text_params(img, &d->text_params[k]);
    }
}

static GstFlowReturn transform_ip(GstBaseTransform *trans, GstBuffer *buf)
{
    GstStandinOsd *self = (GstStandinOsd *)trans;
    NvDsBatchMeta *bm = gst_buffer_get_nvds_batch_meta(buf);
    NvBufSurface *surf = gods_standin_buffer_surface(buf);
    if (!surf) {
        GST_ELEMENT_ERROR(self, STREAM, FAILED, ("input buffer holds no NvBufSurface"), (NULL));
        return GST_FLOW_ERROR;
    }
    GST_OBJECT_LOCK(self);
    gboolean text = self->display_text, bbox = self->display_bbox, clock = self->display_clock;
    gboolean mask = self->display_mask;
    guint clock_size = self->clock_font_size, cx = self->x_clock_offset, cy = self->y_clock_offset;
    guint cc = self->clock_color;
    GST_OBJECT_UNLOCK(self);
    gchar *now = NULL;
    if (clock) {
        GDateTime *dt = g_date_time_new_now_local();
        now = g_date_time_format(dt, "%H:%M:%S");
        g_date_time_unref(dt);
    }
    if (bm)
        nvds_acquire_meta_lock(bm);
    guint frames = MIN(surf->numFilled, surf->batchSize);
    for (guint i = 0; i < frames; i++) {
        GodsStandinImage img;
        if (!gods_standin_image_from_surface(&img, surf, i) || img.format != GODS_STANDIN_FMT_RGBA)
            continue;
        /* Every frame meta of this surface: after nvmultistreamtiler all of
         * them point at surface 0, each with boxes in its own tile. */
        for (GList *l = bm ? bm->frame_meta_list : NULL; l; l = l->next)
            if (((NvDsFrameMeta *)l->data)->batch_id == i)
                draw_frame_meta(&img, l->data, bbox, text, mask);
        if (now) {
            NvOSD_ColorParams c = {((cc >> 24) & 0xff) / 255.0, ((cc >> 16) & 0xff) / 255.0,
                                   ((cc >> 8) & 0xff) / 255.0, (cc & 0xff) / 255.0};
            draw_text(&img, (int)cx, (int)cy, now, clock_size, &c, NULL);
        }
    }
    if (bm)
        nvds_release_meta_lock(bm);
    g_free(now);
    return GST_FLOW_OK;
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_osd_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvdsosd", &count);
}

static void gst_standin_osd_class_init(GstStandinOsdClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseTransformClass *bt = GST_BASE_TRANSFORM_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_osd_debug, "nvdsosd", 0, "go-deepstream stand-in nvdsosd");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(gobject_class, PROP_PROCESS_MODE,
                                    g_param_spec_enum("process-mode", "Process mode",
                                                      "Accepted; every mode draws on the CPU", osd_mode_get_type(),
                                                      MODE_GPU, rw));
    g_object_class_install_property(gobject_class, PROP_DISPLAY_TEXT,
                                    g_param_spec_boolean("display-text", "Display text", "Draw texts", TRUE, rw));
    g_object_class_install_property(gobject_class, PROP_DISPLAY_BBOX,
                                    g_param_spec_boolean("display-bbox", "Display boxes", "Draw object rectangles",
                                                         TRUE, rw));
    g_object_class_install_property(gobject_class, PROP_DISPLAY_MASK,
                                    g_param_spec_boolean("display-mask", "Display masks",
                                                         "Draw the objects' instance masks (mask_params)", FALSE,
                                                         rw));
    g_object_class_install_property(gobject_class, PROP_DISPLAY_CLOCK,
                                    g_param_spec_boolean("display-clock", "Display clock", "Draw the local time",
                                                         FALSE, rw));
    g_object_class_install_property(gobject_class, PROP_CLOCK_FONT,
                                    g_param_spec_string("clock-font", "Clock font",
                                                        "Accepted (one built-in font)", "Serif", rw));
    g_object_class_install_property(gobject_class, PROP_CLOCK_FONT_SIZE,
                                    g_param_spec_uint("clock-font-size", "Clock font size", "Clock text size", 0, 60,
                                                      12, rw));
    g_object_class_install_property(gobject_class, PROP_X_CLOCK_OFFSET,
                                    g_param_spec_uint("x-clock-offset", "Clock x offset", "Clock position", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_Y_CLOCK_OFFSET,
                                    g_param_spec_uint("y-clock-offset", "Clock y offset", "Clock position", 0,
                                                      G_MAXUINT, 0, rw));
    g_object_class_install_property(gobject_class, PROP_CLOCK_COLOR,
                                    g_param_spec_uint("clock-color", "Clock colour", "0xRRGGBBAA", 0, G_MAXUINT,
                                                      0xff0000ff, rw));
    g_object_class_install_property(gobject_class, PROP_HW_BLEND_COLOR_ATTR,
                                    g_param_spec_string("hw-blend-color-attr", "HW blend colours",
                                                        "Accepted, unused", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_GPU_ID,
                                    g_param_spec_uint("gpu-id", "GPU id", "Accepted, unused: there is no GPU", 0,
                                                      G_MAXUINT, 0, rw));

    gst_element_class_add_pad_template(
        element_class, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, gst_caps_from_string(OSD_CAPS)));
    gst_element_class_add_pad_template(
        element_class, gst_pad_template_new("src", GST_PAD_SRC, GST_PAD_ALWAYS, gst_caps_from_string(OSD_CAPS)));
    gst_element_class_set_static_metadata(element_class, "NvDsOsd (go-deepstream CPU stand-in)", "Filter/Video",
                                          "Draws boxes, labels and display meta on RGBA frames", "go-deepstream");
    bt->transform_ip = transform_ip;
}

static void gst_standin_osd_init(GstStandinOsd *self)
{
    self->process_mode = MODE_GPU;
    self->display_text = TRUE;
    self->display_bbox = TRUE;
    self->display_mask = FALSE;
    self->clock_font = g_strdup("Serif");
    self->clock_font_size = 12;
    self->clock_color = 0xff0000ff;
    gst_base_transform_set_in_place(GST_BASE_TRANSFORM(self), TRUE);
    gst_base_transform_set_passthrough(GST_BASE_TRANSFORM(self), FALSE);
}
