//go:build !deepstream

/* flow.c: the stand-in nvof's motion estimator (standin_flow.go.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "standin_flow.go.h"

/* The pyramid stops before a level narrower than this, so the coarse
 * search of +-COARSE_RX pixels there covers at least 1/53 of the frame
 * width per frame: more than the synthetic scene's fastest vehicles move
 * (1/60). */
#define COARSE_MIN_WIDTH 160
#define COARSE_RX 6
#define COARSE_RY 3
/* Matching windows: a cell and this many pixels around it (8x8 above
 * level 0, the cell itself at level 0). */
#define MARGIN_COARSE 2
#define MARGIN_FINE 0
/* Geodesic fill: the cost of a step to a neighbour cell, plus this much
 * per level by which their colours differ (|dY| + |dU| + |dV| of the cell
 * means) beyond FILL_NOISE (the compression noise of a flat area), so that
 * crossing an edge of contrast 30 costs as much as 80 cells of flat area.
 * A component is filled from
 * determined cells at most FILL_REACH full-resolution pixels away (in
 * steps); farther cells keep their own match, which prefers no motion. */
#define FILL_STEP 4
#define FILL_PER_LEVEL 16
#define FILL_NOISE 10
#define FILL_REACH 320
#define FILL_INF (1 << 29)

static inline int clampi(int v, int lo, int hi) { return v < lo ? lo : (v > hi ? hi : v); }

GodsFlowPyramid *gods_flow_pyramid_new(int width, int height)
{
    g_return_val_if_fail(width > 0 && height > 0, NULL);
    GodsFlowPyramid *p = g_new0(GodsFlowPyramid, 1);
    int l = 0;
    while (l < GODS_FLOW_MAX_LEVELS && (width >> (l + 1)) >= COARSE_MIN_WIDTH && (height >> (l + 1)) >= 16)
        l++;
    p->levels = l + 1;
    for (int i = 0; i < p->levels; i++) {
        p->w[i] = MAX(1, width >> i);
        p->h[i] = MAX(1, height >> i);
        p->y[i] = g_malloc((gsize)p->w[i] * p->h[i]);
        p->cw[i] = MAX(1, p->w[i] / 2);
        p->ch[i] = MAX(1, p->h[i] / 2);
        p->u[i] = g_malloc((gsize)p->cw[i] * p->ch[i]);
        p->v[i] = g_malloc((gsize)p->cw[i] * p->ch[i]);
    }
    return p;
}

void gods_flow_pyramid_free(GodsFlowPyramid *p)
{
    if (!p)
        return;
    for (int i = 0; i < p->levels; i++) {
        g_free(p->y[i]);
        g_free(p->u[i]);
        g_free(p->v[i]);
    }
    g_free(p);
}

/* dst (dw x dh) = 2x2 averages of src (sw wide, at least 2dw x 2dh). */
static void halve(const guint8 *src, int sw, guint8 *dst, int dw, int dh)
{
    for (int y = 0; y < dh; y++) {
        const guint8 *a = src + (gsize)(2 * y) * sw, *b = a + sw;
        for (int x = 0; x < dw; x++)
            dst[(gsize)y * dw + x] = (guint8)((a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) >> 2);
    }
}

static void build_levels(GodsFlowPyramid *p)
{
    for (int l = 1; l < p->levels; l++) {
        halve(p->y[l - 1], p->w[l - 1], p->y[l], p->w[l], p->h[l]);
        halve(p->u[l - 1], p->cw[l - 1], p->u[l], p->cw[l], p->ch[l]);
        halve(p->v[l - 1], p->cw[l - 1], p->v[l], p->cw[l], p->ch[l]);
    }
}

void gods_flow_pyramid_set_nv12(GodsFlowPyramid *p, const guint8 *luma, int stride, const guint8 *uv, int uv_stride)
{
    for (int y = 0; y < p->h[0]; y++)
        memcpy(p->y[0] + (gsize)y * p->w[0], luma + (gsize)y * stride, (gsize)p->w[0]);
    for (int y = 0; y < p->ch[0]; y++) {
        const guint8 *s = uv + (gsize)y * uv_stride;
        for (int x = 0; x < p->cw[0]; x++) {
            p->u[0][(gsize)y * p->cw[0] + x] = s[2 * x];
            p->v[0][(gsize)y * p->cw[0] + x] = s[2 * x + 1];
        }
    }
    build_levels(p);
}

void gods_flow_pyramid_set_rgba(GodsFlowPyramid *p, const guint8 *rgba, int stride)
{
    for (int y = 0; y < p->h[0]; y++) {
        const guint8 *s = rgba + (gsize)y * stride;
        guint8 *d = p->y[0] + (gsize)y * p->w[0];
        for (int x = 0; x < p->w[0]; x++)
            d[x] = (guint8)((77 * s[4 * x] + 150 * s[4 * x + 1] + 29 * s[4 * x + 2] + 128) >> 8);
    }
    for (int y = 0; y < p->ch[0]; y++) {
        int sy = MIN(2 * y, p->h[0] - 1);
        const guint8 *s = rgba + (gsize)sy * stride;
        for (int x = 0; x < p->cw[0]; x++) {
            const guint8 *q = s + 4 * MIN(2 * x, p->w[0] - 1);
            int r = q[0], g = q[1], b = q[2];
            p->u[0][(gsize)y * p->cw[0] + x] = (guint8)clampi(((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128, 0, 255);
            p->v[0][(gsize)y * p->cw[0] + x] = (guint8)clampi(((112 * r - 94 * g - 18 * b + 128) >> 8) + 128, 0, 255);
        }
    }
    build_levels(p);
}

/* One level's matching: the two images and the window of a cell. */
typedef struct {
    const guint8 *cur, *prev;
    int w, h;
    int x0, y0, x1, y1; /* window in cur, clipped to the frame */
    int lambda;         /* cost per pixel of distance from the prediction */
} Match;

static inline __attribute__((always_inline)) int sad_rows(const Match *m, int dx, int dy, const int n)
{
    int s = 0;
    for (int y = m->y0; y < m->y1; y++) {
        const guint8 *c = m->cur + (gsize)y * m->w + m->x0;
        const guint8 *q = m->prev + (gsize)(y - dy) * m->w + m->x0 - dx;
        for (int x = 0; x < n; x++)
            s += abs(c[x] - q[x]);
    }
    return s;
}

/* Sum of absolute differences between the window of cur and prev moved
 * back by (dx, dy); prev's edge pixels repeat outside the frame. */
static int sad(const Match *m, int dx, int dy)
{
    int s = 0;
    if (m->x0 - dx >= 0 && m->x1 - dx <= m->w && m->y0 - dy >= 0 && m->y1 - dy <= m->h) {
        int n = m->x1 - m->x0;
        /* Constant widths for the common windows, which the compiler
         * unrolls and vectorises. */
        if (n == 8)
            return sad_rows(m, dx, dy, 8);
        if (n == 4)
            return sad_rows(m, dx, dy, 4);
        for (int y = m->y0; y < m->y1; y++) {
            const guint8 *c = m->cur + (gsize)y * m->w + m->x0;
            const guint8 *q = m->prev + (gsize)(y - dy) * m->w + m->x0 - dx;
            for (int x = 0; x < n; x++)
                s += abs(c[x] - q[x]);
        }
        return s;
    }
    for (int y = m->y0; y < m->y1; y++) {
        const guint8 *c = m->cur + (gsize)y * m->w;
        const guint8 *q = m->prev + (gsize)clampi(y - dy, 0, m->h - 1) * m->w;
        for (int x = m->x0; x < m->x1; x++)
            s += abs(c[x] - q[clampi(x - dx, 0, m->w - 1)]);
    }
    return s;
}

static void set_window(Match *m, int r, int c, int margin)
{
    m->x0 = MAX(0, c * GODS_FLOW_GRID - margin);
    m->y0 = MAX(0, r * GODS_FLOW_GRID - margin);
    m->x1 = MIN(m->w, (c + 1) * GODS_FLOW_GRID + margin);
    m->y1 = MIN(m->h, (r + 1) * GODS_FLOW_GRID + margin);
}

/* A level's field: vectors in that level's pixels, whether each component
 * is pinned down by the match, and each cell's mean colour. */
typedef struct {
    int rows, cols;
    int *vx, *vy;
    guint8 *detx, *dety;
    int (*mean)[3]; /* Y, U, V */
} Field;

static void field_init(Field *f, int w, int h)
{
    f->cols = gods_flow_cols(w);
    f->rows = gods_flow_rows(h);
    gsize n = (gsize)f->rows * f->cols;
    f->vx = g_new0(int, n);
    f->vy = g_new0(int, n);
    f->detx = g_new0(guint8, n);
    f->dety = g_new0(guint8, n);
    f->mean = g_malloc0(n * sizeof *f->mean);
}

static void field_clear(Field *f)
{
    g_free(f->vx);
    g_free(f->vy);
    g_free(f->detx);
    g_free(f->dety);
    g_free(f->mean);
}

/* The determination threshold: how much worse than the best a match two
 * pixels off must be (compression noise is a few levels per pixel). */
static inline int det_threshold(const Match *m, int best_sad)
{
    return 3 * (m->x1 - m->x0) * (m->y1 - m->y0) + best_sad / 4;
}

/* Full search of the coarsest level, with zero as the prediction. */
static void search_coarse(Match *m, Field *f)
{
    enum { NX = 2 * COARSE_RX + 1, NY = 2 * COARSE_RY + 1 };
    int s[NY][NX];
    for (int r = 0; r < f->rows; r++) {
        for (int c = 0; c < f->cols; c++) {
            set_window(m, r, c, MARGIN_COARSE);
            int i = r * f->cols + c;
            if (m->x1 <= m->x0 || m->y1 <= m->y0)
                continue;
            int best = G_MAXINT, bx = 0, by = 0;
            for (int dy = -COARSE_RY; dy <= COARSE_RY; dy++) {
                for (int dx = -COARSE_RX; dx <= COARSE_RX; dx++) {
                    int v = sad(m, dx, dy);
                    s[dy + COARSE_RY][dx + COARSE_RX] = v;
                    int cost = v + m->lambda * (abs(dx) + abs(dy));
                    if (cost < best) {
                        best = cost;
                        bx = dx;
                        by = dy;
                    }
                }
            }
            int bs = s[by + COARSE_RY][bx + COARSE_RX];
            int offx = G_MAXINT, offy = G_MAXINT;
            for (int dy = -COARSE_RY; dy <= COARSE_RY; dy++) {
                for (int dx = -COARSE_RX; dx <= COARSE_RX; dx++) {
                    int v = s[dy + COARSE_RY][dx + COARSE_RX];
                    if (abs(dx - bx) >= 2 && v < offx)
                        offx = v;
                    if (abs(dy - by) >= 2 && v < offy)
                        offy = v;
                }
            }
            int t = det_threshold(m, bs);
            f->vx[i] = bx;
            f->vy[i] = by;
            f->detx[i] = offx > bs + t;
            f->dety[i] = offy > bs + t;
        }
    }
}

/* A finer level: the best of the parent cells' vectors (doubled), refined
 * by one pixel, with the cell's own parent as the prediction. */
static void search_fine(Match *m, const Field *parent, Field *f, int margin)
{
    for (int r = 0; r < f->rows; r++) {
        for (int c = 0; c < f->cols; c++) {
            int i = r * f->cols + c;
            set_window(m, r, c, margin);
            if (m->x1 <= m->x0 || m->y1 <= m->y0)
                continue;
            int pr = MIN(r / 2, parent->rows - 1), pc = MIN(c / 2, parent->cols - 1);
            int nr = clampi(pr + ((r & 1) ? 1 : -1), 0, parent->rows - 1);
            int nc = clampi(pc + ((c & 1) ? 1 : -1), 0, parent->cols - 1);
            int cand[4][2] = {{pr, pc}, {nr, pc}, {pr, nc}, {nr, nc}};
            int px = 2 * parent->vx[pr * parent->cols + pc], py = 2 * parent->vy[pr * parent->cols + pc];
            int best = G_MAXINT, bx = px, by = py, bs = 0;
            for (int k = 0; k < 4; k++) {
                int j = cand[k][0] * parent->cols + cand[k][1];
                int dx = 2 * parent->vx[j], dy = 2 * parent->vy[j];
                if (k > 0 && dx == px && dy == py)
                    continue;
                int v = sad(m, dx, dy);
                int cost = v + m->lambda * (abs(dx - px) + abs(dy - py));
                if (cost < best) {
                    best = cost;
                    bx = dx;
                    by = dy;
                    bs = v;
                }
            }
            int cx = bx, cy = by;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (!dx && !dy)
                        continue;
                    int v = sad(m, cx + dx, cy + dy);
                    int cost = v + m->lambda * (abs(cx + dx - px) + abs(cy + dy - py));
                    if (cost < best) {
                        best = cost;
                        bx = cx + dx;
                        by = cy + dy;
                        bs = v;
                    }
                }
            }
            int t = det_threshold(m, bs);
            f->vx[i] = bx;
            f->vy[i] = by;
            f->detx[i] = MIN(sad(m, bx - 2, by), sad(m, bx + 2, by)) > bs + t;
            f->dety[i] = MIN(sad(m, bx, by - 2), sad(m, bx, by + 2)) > bs + t;
        }
    }
}

/* Each cell's mean luma and chroma, for the fill's edge test. */
static void cell_means(const GodsFlowPyramid *p, int l, Field *f)
{
    int w = p->w[l], h = p->h[l], cw = p->cw[l], ch = p->ch[l];
    const guint8 *img = p->y[l];
    for (int r = 0; r < f->rows; r++) {
        for (int c = 0; c < f->cols; c++) {
            int x0 = c * GODS_FLOW_GRID, y0 = r * GODS_FLOW_GRID;
            int x1 = MIN(w, x0 + GODS_FLOW_GRID), y1 = MIN(h, y0 + GODS_FLOW_GRID);
            int s = 0, n = 0;
            for (int y = y0; y < y1; y++)
                for (int x = x0; x < x1; x++, n++)
                    s += img[(gsize)y * w + x];
            int i = r * f->cols + c;
            f->mean[i][0] = n ? s / n : 0;
            int su = 0, sv = 0, m = 0;
            for (int y = y0 / 2; y < MIN(ch, y1 / 2 + (y1 & 1)); y++) {
                for (int x = x0 / 2; x < MIN(cw, x1 / 2 + (x1 & 1)); x++, m++) {
                    su += p->u[l][(gsize)y * cw + x];
                    sv += p->v[l][(gsize)y * cw + x];
                }
            }
            f->mean[i][1] = m ? su / m : 128;
            f->mean[i][2] = m ? sv / m : 128;
        }
    }
}

/* How different two cells look: luma and chroma distances summed. */
static inline int cell_diff(const Field *f, int i, int j)
{
    return abs(f->mean[i][0] - f->mean[j][0]) + abs(f->mean[i][1] - f->mean[j][1]) +
           abs(f->mean[i][2] - f->mean[j][2]);
}

/* One raster pass of the geodesic fill: each cell takes the value of a
 * neighbour in dirs when that is nearer (in fill cost) to a determined
 * cell than what it has. */
static void fill_pass(const Field *f, int *dist, int *val, gboolean forward)
{
    static const int fwd[4][2] = {{0, -1}, {-1, -1}, {-1, 0}, {-1, 1}};
    int rows = f->rows, cols = f->cols;
    for (int k = 0; k < rows * cols; k++) {
        int i = forward ? k : rows * cols - 1 - k;
        int r = i / cols, c = i % cols;
        for (int d = 0; d < 4; d++) {
            int nr = r + (forward ? fwd[d][0] : -fwd[d][0]), nc = c + (forward ? fwd[d][1] : -fwd[d][1]);
            if (nr < 0 || nc < 0 || nr >= rows || nc >= cols)
                continue;
            int j = nr * cols + nc;
            if (dist[j] >= FILL_INF)
                continue;
            int nd = dist[j] + FILL_STEP + FILL_PER_LEVEL * MAX(0, cell_diff(f, i, j) - FILL_NOISE);
            if (nd < dist[i]) {
                dist[i] = nd;
                val[i] = val[j];
            }
        }
    }
}

/* Gives each undetermined component the value of its geodesically nearest
 * determined cell when that is within reach (in fill cost); otherwise it
 * is left as matched. */
static void fill(Field *f, int *v, const guint8 *det, int *dist, int *val, int reach)
{
    int n = f->rows * f->cols;
    for (int i = 0; i < n; i++) {
        dist[i] = det[i] ? 0 : FILL_INF;
        val[i] = v[i];
    }
    for (int it = 0; it < 2; it++) {
        fill_pass(f, dist, val, TRUE);
        fill_pass(f, dist, val, FALSE);
    }
    for (int i = 0; i < n; i++)
        if (dist[i] <= reach)
            v[i] = val[i];
}

/* Fills the undetermined components of level l's field. */
static void fill_field(const GodsFlowPyramid *p, int l, Field *f)
{
    cell_means(p, l, f);
    gsize n = (gsize)f->rows * f->cols;
    int *dist = g_new(int, n), *val = g_new(int, n);
    int reach = FILL_STEP * MAX(1, FILL_REACH / (GODS_FLOW_GRID << l));
    fill(f, f->vx, f->detx, dist, val, reach);
    fill(f, f->vy, f->dety, dist, val, reach);
    g_free(dist);
    g_free(val);
}

void gods_flow_estimate(const GodsFlowPyramid *prev, const GodsFlowPyramid *cur, NvOFFlowVector *out)
{
    g_return_if_fail(prev && cur && out && prev->levels == cur->levels && prev->w[0] == cur->w[0] &&
                     prev->h[0] == cur->h[0]);
    int top = cur->levels - 1;
    Field fields[GODS_FLOW_MAX_LEVELS + 1];
    for (int l = top; l >= 0; l--) {
        Field *f = &fields[l];
        field_init(f, cur->w[l], cur->h[l]);
        int margin = l ? MARGIN_COARSE : MARGIN_FINE;
        int side = GODS_FLOW_GRID + 2 * margin;
        Match m = {.cur = cur->y[l], .prev = prev->y[l], .w = cur->w[l], .h = cur->h[l],
                   .lambda = MAX(1, side * side / 16)};
        if (l == top)
            search_coarse(&m, f);
        else
            search_fine(&m, &fields[l + 1], f, margin);
        fill_field(cur, l, f);
        if (l < top)
            field_clear(&fields[l + 1]);
    }
    Field *f = &fields[0];
    for (int i = 0; i < f->rows * f->cols; i++) {
        out[i].flowx = (short)clampi(f->vx[i] * 32, G_MINSHORT, G_MAXSHORT);
        out[i].flowy = (short)clampi(f->vy[i] * 32, G_MINSHORT, G_MAXSHORT);
    }
    field_clear(f);
}

void gods_flow_color(int flowx, int flowy, double max_mag, guint8 rgb[3])
{
    double mag = sqrt((double)flowx * flowx + (double)flowy * flowy);
    double v = max_mag > 0 ? MIN(1.0, mag / max_mag) : 0;
    double hue = atan2((double)flowy, (double)flowx) * 180.0 / G_PI;
    if (hue < 0)
        hue += 360;
    double h6 = hue / 60.0;
    int sector = (int)h6 % 6;
    double frac = h6 - floor(h6);
    double p = 0, q = v * (1 - frac), t = v * frac;
    double r, g, b;
    switch (sector) {
    case 0: r = v, g = t, b = p; break;
    case 1: r = q, g = v, b = p; break;
    case 2: r = p, g = v, b = t; break;
    case 3: r = p, g = q, b = v; break;
    case 4: r = t, g = p, b = v; break;
    default: r = v, g = p, b = q; break;
    }
    rgb[0] = (guint8)lround(r * 255);
    rgb[1] = (guint8)lround(g * 255);
    rgb[2] = (guint8)lround(b * 255);
}
