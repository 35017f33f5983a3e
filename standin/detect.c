//go:build !deepstream

/* detect.c: the stand-in detector's vision: pixels classified by colour
 * under the scene's colour/class contract (the same numbers as package
 * scene's Palette and Classify; a Go test compares them), grouped into
 * 4-connected blobs of one colour. */
#include <string.h>

#include "standin_detect.go.h"

const GodsStandinColor gods_standin_palette[GODS_STANDIN_PALETTE_SIZE] = {
    {"red", 0, {215, 35, 35}},
    {"yellow", 0, {225, 195, 30}},
    {"green", 0, {40, 180, 60}},
    {"blue", 0, {40, 80, 220}},
    {"violet", 1, {150, 50, 220}},
    {"magenta", 2, {225, 40, 170}},
    {"cyan", 3, {20, 190, 200}},
};

int gods_standin_hue(guint8 r, guint8 g, guint8 b)
{
    int R = r, G = g, B = b;
    int mx = MAX(R, MAX(G, B)), mn = MIN(R, MIN(G, B));
    int d = mx - mn;
    if (d == 0)
        return 0;
    int h;
    if (mx == R)
        h = 60 * (G - B) / d;
    else if (mx == G)
        h = 120 + 60 * (B - R) / d;
    else
        h = 240 + 60 * (R - G) / d;
    if (h < 0)
        h += 360;
    return h % 360;
}

/* Palette index per hue degree, -1 where no palette hue is within the
 * tolerance. */
static gint8 hue_color[360];

static gpointer init_hue_table(gpointer unused)
{
    for (int h = 0; h < 360; h++) {
        hue_color[h] = -1;
        for (int i = 0; i < GODS_STANDIN_PALETTE_SIZE; i++) {
            const guint8 *c = gods_standin_palette[i].rgb;
            int d = h - gods_standin_hue(c[0], c[1], c[2]);
            if (d < 0)
                d = -d;
            if (d > 180)
                d = 360 - d;
            if (d <= GODS_STANDIN_HUE_TOLERANCE)
                hue_color[h] = (gint8)i;
        }
    }
    return NULL;
}

static void ensure_hue_table(void)
{
    static GOnce once = G_ONCE_INIT;
    g_once(&once, init_hue_table, NULL);
}

static inline int classify(guint8 r, guint8 g, guint8 b)
{
    int mx = MAX(r, MAX(g, b)), mn = MIN(r, MIN(g, b));
    if (mx < GODS_STANDIN_MIN_VALUE || 100 * (mx - mn) < GODS_STANDIN_MIN_SATURATION_PCT * mx)
        return -1;
    return hue_color[gods_standin_hue(r, g, b)];
}

int gods_standin_classify(guint8 r, guint8 g, guint8 b)
{
    ensure_hue_table();
    return classify(r, g, b);
}

/* Union-find over blob labels. */
static int uf_find(int *parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

static void uf_union(int *parent, int a, int b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    if (a < b)
        parent[b] = a;
    else if (b < a)
        parent[a] = b;
}

/* The labelled grid the fragment test reads: classes, labels and the
 * blobs' statistics by root label (height holding the bottom row). */
typedef struct {
    const gint8 *cls;
    const int *label;
    int *parent;
    const GodsStandinBlob *roots;
    int w, h;
} Grid;

/* Counts, in the box [x0,x1) x [y0,y1) of the grid, the pixels of colours
 * other than c that belong to blobs reaching down to row min_bottom at
 * least (occluders: nearer objects stand lower in the frame) and those of
 * no colour or of blobs that end higher (background: farther objects seen
 * through a gap are no occluder). */
static void census(const Grid *g, int x0, int y0, int x1, int y1, int c, int min_bottom, int *occ, int *bg)
{
    *occ = 0;
    *bg = 0;
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++) {
            int i = y * g->w + x, k = g->cls[i];
            if (k < 0)
                (*bg)++;
            else if (k != c) {
                if (g->roots[uf_find(g->parent, g->label[i])].height >= min_bottom)
                    (*occ)++;
                else
                    (*bg)++;
            }
        }
}

/* Whether a and b (same colour) look like visible parts of one object
 * split by a nearer object of another colour. Nearer objects are lower in
 * the frame, so an object is cut into a left and a right part by a
 * narrower occluder (side by side, rows overlapping by half the smaller
 * height, the gap at most the wider part's width), or has a corner bitten
 * off that leaves two parts diagonally across it (overlapping by at most a
 * quarter along either axis, gaps at most a quarter of their largest
 * side). In both cases the space between them must hold more of other
 * colours reaching at least as low as the parts (the occluder) than of
 * background (a gap, the cut outline between two touching objects, or a
 * farther object behind them), and their joint box must be at least three
 * quarters coloured. */
static gboolean fragments(const GodsStandinBlob *a, const GodsStandinBlob *b, const Grid *g)
{
    int ar = a->left + a->width, ab = a->top + a->height, br = b->left + b->width, bb = b->top + b->height;
    /* A piece inside the other's box changes nothing. */
    if ((b->left >= a->left && br <= ar && b->top >= a->top && bb <= ab) ||
        (a->left >= b->left && ar <= br && a->top >= b->top && ab <= bb))
        return TRUE;
    int dx = MAX(0, MAX(b->left - ar, a->left - br)), dy = MAX(0, MAX(b->top - ab, a->top - bb));
    int rows = MIN(ab, bb) - MAX(a->top, b->top), cols = MIN(ar, br) - MAX(a->left, b->left);
    int corner = MAX(3, MAX(MAX(a->width, a->height), MAX(b->width, b->height)) / 4);
    gboolean side_by_side = dy == 0 && rows * 2 >= MIN(a->height, b->height) && dx <= MAX(a->width, b->width);
    gboolean diagonal = dx <= corner && dy <= corner && cols * 4 <= MIN(a->width, b->width) &&
                        rows * 4 <= MIN(a->height, b->height);
    if (!side_by_side && !diagonal)
        return FALSE;
    /* The space between them along each axis: where the boxes overlap,
     * the overlap; else the gap, or the two pixels around a shared edge. */
    int x0 = MAX(a->left, b->left), x1 = MIN(ar, br), y0 = MAX(a->top, b->top), y1 = MIN(ab, bb);
    if (x0 >= x1) {
        int t = x0;
        x0 = x1 == t ? t - 1 : x1;
        x1 = x1 == t ? t + 1 : t;
    }
    if (y0 >= y1) {
        int t = y0;
        y0 = y1 == t ? t - 1 : y1;
        y1 = y1 == t ? t + 1 : t;
    }
    /* Widened by two pixels: the occluder's own dark outline counts as
     * background. The parts' lowest row, less one for rounding. */
    int occ, bg, bottom = MAX(ab, bb) - 2;
    census(g, MAX(x0 - 2, 0), MAX(y0 - 2, 0), MIN(x1 + 2, g->w), MIN(y1 + 2, g->h), a->color, bottom, &occ, &bg);
    if (occ == 0 || occ <= bg)
        return FALSE;
    int ux0 = MIN(a->left, b->left), uy0 = MIN(a->top, b->top), ux1 = MAX(ar, br), uy1 = MAX(ab, bb);
    census(g, ux0, uy0, ux1, uy1, a->color, G_MININT, &occ, &bg);
    return bg * 4 <= (ux1 - ux0) * (uy1 - uy0);
}

static void blob_union(GodsStandinBlob *a, const GodsStandinBlob *b)
{
    int r = MAX(a->left + a->width, b->left + b->width), bt = MAX(a->top + a->height, b->top + b->height);
    a->left = MIN(a->left, b->left);
    a->top = MIN(a->top, b->top);
    a->width = r - a->left;
    a->height = bt - a->top;
    a->pixels += b->pixels;
}

/* A valley is darker than both its sides by more than 1/VALLEY_DEPTH of
 * the darker side: 1/8 still finds the outline between two people where
 * compression has lightened it between their darker legs (a quarter
 * merged them), and is well above the encoder's noise on flat colour. */
#define VALLEY_DEPTH 8

/* Marks as background the coloured pixels of a thin dark line between two
 * brighter areas of the same colour: the dark outline that separates two
 * touching or overlapping objects of one colour, which chroma subsampling
 * leaves with the colour's hue. A pixel is such a line when, along a row,
 * a column or a diagonal, the brightest pixel of its colour within d on
 * both sides is brighter than it by more than 1/VALLEY_DEPTH. cut is w*h
 * bytes of scratch. */
static void cut_valleys(gint8 *cls, const guint8 *val, guint8 *cut, int w, int h, int d)
{
    static const int axes[4][2] = {{1, 0}, {0, 1}, {1, 1}, {1, -1}};
    memset(cut, 0, (gsize)w * h);
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            int i = y * w + x, c = cls[i];
            if (c < 0)
                continue;
            int v = val[i];
            for (int axis = 0; axis < 4 && !cut[i]; axis++) {
                int side[2] = {0, 0};
                for (int s = 0; s < 2; s++) {
                    int sign = s ? 1 : -1, dx = sign * axes[axis][0], dy = sign * axes[axis][1];
                    int xx = x, yy = y;
                    for (int k = 1; k <= d; k++) {
                        xx += dx;
                        yy += dy;
                        if (xx < 0 || yy < 0 || xx >= w || yy >= h)
                            break;
                        int j = yy * w + xx;
                        if (cls[j] == c && val[j] > side[s])
                            side[s] = val[j];
                    }
                    /* No brighter side: no valley along this axis. */
                    if ((side[s] - v) * VALLEY_DEPTH <= side[s])
                        break;
                }
                int lo = MIN(side[0], side[1]);
                if (lo > 0 && (lo - v) * VALLEY_DEPTH > lo)
                    cut[i] = 1;
            }
        }
    }
    for (int i = 0; i < w * h; i++)
        if (cut[i])
            cls[i] = -1;
}

/* ---- sampling ---- */

/* The class and value (max of R, G, B) of a YUV pixel, looked up in a
 * table of 64 x 64 x 64 cells (Y, U, V by 4) per colour matrix, each
 * classified at its centre: classifying a 4:2:0 frame costs a load per
 * pixel. Entries: value << 8 | (class + 1). */
#define LUT_BITS 6
#define LUT_SHIFT (8 - LUT_BITS)
#define LUT_MAX_MATRICES 4

typedef struct {
    GodsStandinMatrix m;
    guint16 *table;
} YuvLut;

static YuvLut luts[LUT_MAX_MATRICES];
static int n_luts;
static GMutex lut_lock;

static const guint16 *yuv_lut(const GodsStandinMatrix *m)
{
    g_mutex_lock(&lut_lock);
    const guint16 *out = NULL;
    for (int i = 0; i < n_luts && !out; i++)
        if (memcmp(&luts[i].m, m, sizeof(*m)) == 0)
            out = luts[i].table;
    if (!out) {
        const int n = 1 << LUT_BITS, half = 1 << (LUT_SHIFT - 1);
        guint16 *t = g_new(guint16, (gsize)n * n * n);
        for (int y = 0; y < n; y++)
            for (int u = 0; u < n; u++)
                for (int v = 0; v < n; v++) {
                    guint8 rgb[3];
                    gods_standin_yuv_to_rgb(m, (y << LUT_SHIFT) + half, (u << LUT_SHIFT) + half, (v << LUT_SHIFT) + half,
                                            rgb);
                    int c = classify(rgb[0], rgb[1], rgb[2]);
                    int val = MAX(rgb[0], MAX(rgb[1], rgb[2]));
                    t[(y << (2 * LUT_BITS)) | (u << LUT_BITS) | v] = (guint16)(val << 8 | (c + 1));
                }
        /* The cache is full only with more colour matrices than any
         * pipeline uses; the oldest table is then replaced (and leaked:
         * another thread may still read it). */
        int slot = n_luts < LUT_MAX_MATRICES ? n_luts++ : 0;
        luts[slot].m = *m;
        luts[slot].table = t;
        out = t;
    }
    g_mutex_unlock(&lut_lock);
    return out;
}

static inline guint16 lut_at(const guint16 *lut, int y, int u, int v)
{
    return lut[((y >> LUT_SHIFT) << (2 * LUT_BITS)) | ((u >> LUT_SHIFT) << LUT_BITS) | (v >> LUT_SHIFT)];
}

/* Fills cls and val (w x h) from the grid points of r: the pixel nearest
 * each grid cell's centre. */
static void sample(const GodsStandinImage *img, const GodsStandinMatrix *m, const GodsStandinRect *r, int w, int h,
                   gint8 *cls, guint8 *val, int *xmap)
{
    for (int x = 0; x < w; x++)
        xmap[x] = r->x + (int)(((gint64)(2 * x + 1) * r->width) / (2 * w));
    gboolean nv12 = img->format == GODS_STANDIN_FMT_NV12, i420 = img->format == GODS_STANDIN_FMT_I420;
    const guint16 *lut = nv12 || i420 ? yuv_lut(m) : NULL;
    for (int y = 0; y < h; y++) {
        int sy = r->y + (int)(((gint64)(2 * y + 1) * r->height) / (2 * h));
        gint8 *co = cls + (gsize)y * w;
        guint8 *vo = val + (gsize)y * w;
        if (lut) {
            const guint8 *yr = img->plane[0] + (gsize)sy * img->stride[0];
            const guint8 *ur = img->plane[1] + (gsize)(sy / 2) * img->stride[1];
            const guint8 *vr = i420 ? img->plane[2] + (gsize)(sy / 2) * img->stride[2] : NULL;
            for (int x = 0; x < w; x++) {
                int sx = xmap[x];
                guint16 e = nv12 ? lut_at(lut, yr[sx], ur[(sx & ~1)], ur[(sx & ~1) + 1])
                                 : lut_at(lut, yr[sx], ur[sx / 2], vr[sx / 2]);
                co[x] = (gint8)((e & 0xff) - 1);
                vo[x] = (guint8)(e >> 8);
            }
            continue;
        }
        for (int x = 0; x < w; x++) {
            guint8 rgb[3];
            gods_standin_image_rgb(img, m, xmap[x], sy, rgb);
            co[x] = (gint8)classify(rgb[0], rgb[1], rgb[2]);
            vo[x] = MAX(rgb[0], MAX(rgb[1], rgb[2]));
        }
    }
}

/* Per-thread scratch buffers, grown as needed: the detector allocates
 * nothing per frame once warm. */
typedef struct {
    gsize cap;
    gint8 *cls;
    guint8 *val, *cut;
    int *label;
    int xcap;
    int *xmap;
    GArray *parent;
    GodsStandinBlob *blobs;
    gsize bcap;
} Scratch;

static void scratch_free(gpointer p)
{
    Scratch *s = p;
    g_free(s->cls);
    g_free(s->val);
    g_free(s->cut);
    g_free(s->label);
    g_free(s->xmap);
    g_free(s->blobs);
    if (s->parent)
        g_array_free(s->parent, TRUE);
    g_free(s);
}

static GPrivate scratch_key = G_PRIVATE_INIT(scratch_free);

static Scratch *scratch(int w, int h)
{
    Scratch *s = g_private_get(&scratch_key);
    if (!s) {
        s = g_new0(Scratch, 1);
        s->parent = g_array_new(FALSE, FALSE, sizeof(int));
        g_private_set(&scratch_key, s);
    }
    gsize n = (gsize)w * h;
    if (n > s->cap) {
        s->cap = n;
        s->cls = g_renew(gint8, s->cls, n);
        s->val = g_renew(guint8, s->val, n);
        s->cut = g_renew(guint8, s->cut, n);
        s->label = g_renew(int, s->label, n);
    }
    if (w > s->xcap) {
        s->xcap = w;
        s->xmap = g_renew(int, s->xmap, w);
    }
    g_array_set_size(s->parent, 0);
    return s;
}

/* The grid is at most about 400 lines: the scene scales with the frame
 * height (its outlines are one pixel per 300 lines), so a larger frame
 * sampled every step pixels looks like a 640x360 one, and costs as much. */
static int grid_step(int grid_h)
{
    return MAX(1, (grid_h + 200) / 400);
}

GArray *gods_standin_detect(const GodsStandinImage *img, const GodsStandinMatrix *m, const GodsStandinRect *roi, int grid_w,
                            int grid_h, int min_pixels)
{
    ensure_hue_table();
    GArray *out = g_array_new(FALSE, FALSE, sizeof(GodsStandinBlob));
    GodsStandinRect r = {0, 0, img->width, img->height};
    if (roi && roi->width > 0 && roi->height > 0) {
        r.x = CLAMP(roi->x, 0, img->width);
        r.y = CLAMP(roi->y, 0, img->height);
        r.width = MIN(roi->width, img->width - r.x);
        r.height = MIN(roi->height, img->height - r.y);
    }
    if (r.width <= 0 || r.height <= 0)
        return out;
    int gw = grid_w > 0 ? MIN(grid_w, r.width) : r.width, gh = grid_h > 0 ? MIN(grid_h, r.height) : r.height;
    int step = grid_step(gh), area = step * step;
    int w = MAX(1, gw / step), h = MAX(1, gh / step);
    min_pixels = MAX(1, min_pixels / area);

    Scratch *sc = scratch(w, h);
    gint8 *cls = sc->cls;
    guint8 *val = sc->val;
    sample(img, m, &r, w, h, cls, val, sc->xmap);
    cut_valleys(cls, val, sc->cut, w, h, 1 + (h + 359) / 360);

    /* 4-connected components of one colour. */
    int *label = sc->label;
    GArray *parent = sc->parent;
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            int i = y * w + x, c = cls[i];
            label[i] = -1;
            if (c < 0)
                continue;
            int left = x > 0 && cls[i - 1] == c ? label[i - 1] : -1;
            int up = y > 0 && cls[i - w] == c ? label[i - w] : -1;
            if (left < 0 && up < 0) {
                int n = (int)parent->len;
                g_array_append_val(parent, n);
                label[i] = n;
            } else if (left >= 0 && up >= 0) {
                label[i] = left;
                if (left != up)
                    uf_union((int *)(void *)parent->data, left, up);
            } else {
                label[i] = left >= 0 ? left : up;
            }
        }
    }

    /* Blob statistics per root label. */
    int n = (int)parent->len;
    int *p = (int *)(void *)parent->data;
    if ((gsize)MAX(n, 1) > sc->bcap) {
        sc->bcap = (gsize)MAX(n, 1) * 2;
        sc->blobs = g_renew(GodsStandinBlob, sc->blobs, sc->bcap);
    }
    GodsStandinBlob *blobs = sc->blobs;
    memset(blobs, 0, sizeof(GodsStandinBlob) * (gsize)MAX(n, 1));
    for (int i = 0; i < n; i++)
        blobs[i].color = -1;
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            int l = label[y * w + x];
            if (l < 0)
                continue;
            GodsStandinBlob *b = &blobs[uf_find(p, l)];
            if (b->color < 0) {
                b->color = cls[y * w + x];
                b->left = b->width = x; /* width holds the right edge for now */
                b->top = b->height = y;
            }
            b->left = MIN(b->left, x);
            b->width = MAX(b->width, x);
            b->top = MIN(b->top, y);
            b->height = MAX(b->height, y);
            b->pixels++;
        }
    }
    GArray *kept = g_array_new(FALSE, FALSE, sizeof(GodsStandinBlob));
    for (int i = 0; i < n; i++) {
        GodsStandinBlob b = blobs[i];
        if (b.color < 0 || b.pixels < MAX(4, min_pixels / 8))
            continue;
        b.width = b.width - b.left + 1;
        b.height = b.height - b.top + 1;
        b.class_id = gods_standin_palette[b.color].class_id;
        g_array_append_val(kept, b);
    }

    /* Join the fragments of occluded objects (fragments of at least an
     * eighth of the minimum size: a speck never joins, a piece too small
     * to report by itself does). */
    Grid grid = {cls, label, p, blobs, w, h};
    gboolean merged = TRUE;
    while (merged) {
        merged = FALSE;
        for (guint i = 0; i < kept->len && !merged; i++) {
            for (guint j = i + 1; j < kept->len && !merged; j++) {
                GodsStandinBlob *a = &g_array_index(kept, GodsStandinBlob, i), *b = &g_array_index(kept, GodsStandinBlob, j);
                if (a->color == b->color && fragments(a, b, &grid)) {
                    blob_union(a, b);
                    g_array_remove_index(kept, j);
                    merged = TRUE;
                }
            }
        }
    }

    /* Drop specks and strips at most two pixels thin (where two colours
     * meet, chroma subsampling mixes them into a third: magenta over
     * yellow gives a red strip); back to image coordinates, pixels in the
     * caller's grid. */
    for (guint i = 0; i < kept->len; i++) {
        GodsStandinBlob b = g_array_index(kept, GodsStandinBlob, i);
        if (b.pixels < min_pixels || b.width < 3 || b.height < 3)
            continue;
        int x0 = r.x + (int)(((gint64)b.left * r.width) / w), x1 = r.x + (int)(((gint64)(b.left + b.width) * r.width) / w);
        int y0 = r.y + (int)(((gint64)b.top * r.height) / h), y1 = r.y + (int)(((gint64)(b.top + b.height) * r.height) / h);
        b.left = x0;
        b.top = y0;
        b.width = x1 - x0;
        b.height = y1 - y0;
        b.pixels *= area;
        g_array_append_val(out, b);
    }
    g_array_free(kept, TRUE);
    return out;
}

int gods_standin_detect_grid(int img_w, int img_h, int src_w, int src_h, int *grid_w, int *grid_h)
{
    *grid_w = img_w;
    *grid_h = img_h;
    if (src_w > 0 && src_h > 0) {
        *grid_w = MIN(img_w, src_w);
        *grid_h = MIN(img_h, src_h);
    }
    return MAX(16, *grid_w * *grid_h / 2560);
}
