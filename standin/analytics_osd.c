//go:build !deepstream

/* analytics_osd.c: what nvdsanalytics draws (osd-mode): with 1, each
 * stream's ROI and overcrowding polygons and crossing lines as lines, the
 * crossing and detection directions as arrows, and the labels; with 2,
 * the labels carry the counts ("RF=2", "OC=3", "Exit=5"). Display meta
 * added to the frame for nvdsosd; display_text is g_malloc'd, as the
 * display meta's release function frees it. */
#include <stdio.h>

#include "nvdsmeta.h"
#include "standin_analytics.go.h"

typedef struct {
    NvDsBatchMeta *bm;
    NvDsFrameMeta *fm;
    NvDsDisplayMeta *lines, *arrows, *labels; /* the metas being filled, per kind */
    guint font_size;
} Osd;

static NvDsDisplayMeta *room(Osd *o, NvDsDisplayMeta **cur, guint used)
{
    if (!*cur || used >= MAX_ELEMENTS_IN_DISPLAY_META) {
        *cur = nvds_acquire_display_meta_from_pool(o->bm);
        if (*cur)
            nvds_add_display_meta_to_frame(o->fm, *cur);
    }
    return *cur;
}

/* A pixel coordinate, clamped (a config may scale a point far off the
 * frame; nvdsosd clips what it draws). */
static guint coord(gdouble v) { return v > 0 ? (guint)(MIN(v, 65535.0) + 0.5) : 0; }

static void line(Osd *o, gdouble x1, gdouble y1, gdouble x2, gdouble y2, NvOSD_ColorParams c)
{
    NvDsDisplayMeta *d = room(o, &o->lines, o->lines ? o->lines->num_lines : 0);
    if (!d)
        return;
    NvOSD_LineParams *l = &d->line_params[d->num_lines++];
    l->x1 = coord(x1);
    l->y1 = coord(y1);
    l->x2 = coord(x2);
    l->y2 = coord(y2);
    l->line_width = 3;
    l->line_color = c;
}

static void arrow(Osd *o, gdouble x1, gdouble y1, gdouble x2, gdouble y2, NvOSD_ColorParams c)
{
    NvDsDisplayMeta *d = room(o, &o->arrows, o->arrows ? o->arrows->num_arrows : 0);
    if (!d)
        return;
    NvOSD_ArrowParams *a = &d->arrow_params[d->num_arrows++];
    a->x1 = coord(x1);
    a->y1 = coord(y1);
    a->x2 = coord(x2);
    a->y2 = coord(y2);
    a->arrow_width = 3;
    a->arrow_head = END_HEAD;
    a->arrow_color = c;
}

static void label(Osd *o, gdouble x, gdouble y, gchar *text /* taken */)
{
    NvDsDisplayMeta *d = room(o, &o->labels, o->labels ? o->labels->num_labels : 0);
    if (!d) {
        g_free(text);
        return;
    }
    NvOSD_TextParams *t = &d->text_params[d->num_labels++];
    t->display_text = text;
    t->x_offset = coord(x);
    t->y_offset = coord(y);
    t->font_params.font_name = (char *)"Serif";
    t->font_params.font_size = o->font_size;
    t->font_params.font_color = (NvOSD_ColorParams){1, 1, 1, 1};
    t->set_bg_clr = 1;
    t->text_bg_clr = (NvOSD_ColorParams){0, 0, 0, 0.6};
}

static void polygons(Osd *o, const GodsAnalyticsRule *r, NvOSD_ColorParams c, const guint64 *counts, guint mode)
{
    for (guint i = 0; r->enable && i < r->shapes->len; i++) {
        const GodsAnalyticsShape *s = &g_array_index(r->shapes, GodsAnalyticsShape, i);
        for (guint j = 0; j < s->npts; j++) {
            guint k = (j + 1) % s->npts;
            line(o, s->fx[j], s->fy[j], s->fx[k], s->fy[k], c);
        }
        label(o, s->fx[0], s->fy[0],
              mode >= 2 && counts ? g_strdup_printf("%s=%" G_GUINT64_FORMAT, s->label, counts[i]) : g_strdup(s->label));
    }
}

void gods_standin_analytics_draw(NvDsBatchMeta *bm, NvDsFrameMeta *fm, const GodsAnalyticsConfig *cfg,
                                 const GodsAnalyticsStream *rules, const guint64 *roi_counts,
                                 const guint64 *oc_counts, const guint64 *lc_cum)
{
    if (!rules || cfg->osd_mode == 0)
        return;
    Osd o = {bm, fm, NULL, NULL, NULL, cfg->font_size};
    guint mode = cfg->osd_mode;
    polygons(&o, &rules->roi, (NvOSD_ColorParams){1, 1, 0, 1}, roi_counts, mode);
    polygons(&o, &rules->oc, (NvOSD_ColorParams){1, 0.5, 0, 1}, oc_counts, mode);
    for (guint i = 0; rules->lc.enable && i < rules->lc.shapes->len; i++) {
        const GodsAnalyticsShape *s = &g_array_index(rules->lc.shapes, GodsAnalyticsShape, i);
        line(&o, s->fx[2], s->fy[2], s->fx[3], s->fy[3], (NvOSD_ColorParams){1, 0, 0, 1});
        arrow(&o, s->fx[0], s->fy[0], s->fx[1], s->fy[1], (NvOSD_ColorParams){0, 1, 0, 1});
        label(&o, s->fx[2], s->fy[2],
              mode >= 2 && lc_cum ? g_strdup_printf("%s=%" G_GUINT64_FORMAT, s->label, lc_cum[i])
                                  : g_strdup(s->label));
    }
    for (guint i = 0; rules->dir.enable && i < rules->dir.shapes->len; i++) {
        const GodsAnalyticsShape *s = &g_array_index(rules->dir.shapes, GodsAnalyticsShape, i);
        arrow(&o, s->fx[0], s->fy[0], s->fx[1], s->fy[1], (NvOSD_ColorParams){0, 1, 1, 1});
        label(&o, s->fx[0], s->fy[0], g_strdup(s->label));
    }
}
