//go:build !deepstream

/* detect_face.c: the stand-in detector's PeopleNet mode (see
 * standin_face.go.h): faces are 4-connected areas of the face colour. */
#include <string.h>

#include "standin_face.go.h"

gboolean gods_standin_is_peoplenet(const GodsStandinInferConfig *c)
{
    static const char *const names[] = {"Person", "Bag", "Face"};
    if (c->num_classes != 3 || !c->labels || g_strv_length(c->labels) != 3)
        return FALSE;
    for (int i = 0; i < 3; i++)
        if (g_ascii_strcasecmp(c->labels[i], names[i]) != 0)
            return FALSE;
    return TRUE;
}

gboolean gods_standin_is_face_pixel(guint8 r, guint8 g, guint8 b)
{
    int mx = MAX(r, MAX(g, b)), mn = MIN(r, MIN(g, b));
    if (mx < GODS_STANDIN_MIN_VALUE || 100 * (mx - mn) < GODS_STANDIN_MIN_SATURATION_PCT * mx)
        return FALSE;
    int d = gods_standin_hue(r, g, b) - GODS_STANDIN_FACE_HUE;
    return ABS(d) <= GODS_STANDIN_HUE_TOLERANCE;
}

/* Appends to out the faces in r of img sampled on a w x h grid, in img's
 * coordinates; pixels counts grid pixels. */
static void find_faces(const GodsStandinImage *img, const GodsStandinMatrix *m, GodsStandinRect r, int w, int h,
                       GArray *out)
{
    guint8 *face = g_new0(guint8, (gsize)w * h);
    for (int y = 0; y < h; y++) {
        int sy = r.y + (int)(((gint64)(2 * y + 1) * r.height) / (2 * h));
        for (int x = 0; x < w; x++) {
            guint8 rgb[3];
            gods_standin_image_rgb(img, m, r.x + (int)(((gint64)(2 * x + 1) * r.width) / (2 * w)), sy, rgb);
            face[y * w + x] = gods_standin_is_face_pixel(rgb[0], rgb[1], rgb[2]);
        }
    }
    /* Flood fill each area; face[i] = 2 once visited. */
    GArray *stack = g_array_new(FALSE, FALSE, sizeof(int));
    for (int i = 0; i < w * h; i++) {
        if (face[i] != 1)
            continue;
        int x0 = w, y0 = h, x1 = -1, y1 = -1, n = 0;
        face[i] = 2;
        g_array_append_val(stack, i);
        while (stack->len) {
            int k = g_array_index(stack, int, stack->len - 1);
            g_array_set_size(stack, stack->len - 1);
            int x = k % w, y = k / w;
            n++;
            x0 = MIN(x0, x), x1 = MAX(x1, x), y0 = MIN(y0, y), y1 = MAX(y1, y);
            int nb[4] = {x > 0 ? k - 1 : -1, x < w - 1 ? k + 1 : -1, y > 0 ? k - w : -1, y < h - 1 ? k + w : -1};
            for (int j = 0; j < 4; j++)
                if (nb[j] >= 0 && face[nb[j]] == 1) {
                    face[nb[j]] = 2;
                    g_array_append_val(stack, nb[j]);
                }
        }
        /* Chroma subsampling smears thin strips of other colours; a face
         * is at least 3x3 grid pixels and mostly filled. */
        if (x1 - x0 + 1 < 3 || y1 - y0 + 1 < 3 || 2 * n < (x1 - x0 + 1) * (y1 - y0 + 1))
            continue;
        GodsStandinBlob b = {.color = -1, .class_id = GODS_STANDIN_PEOPLENET_FACE, .pixels = n};
        b.left = r.x + (int)(((gint64)x0 * r.width) / w);
        b.top = r.y + (int)(((gint64)y0 * r.height) / h);
        b.width = r.x + (int)(((gint64)(x1 + 1) * r.width) / w) - b.left;
        b.height = r.y + (int)(((gint64)(y1 + 1) * r.height) / h) - b.top;
        g_array_append_val(out, b);
    }
    g_array_free(stack, TRUE);
    g_free(face);
}

void gods_standin_peoplenet_blobs(const GodsStandinInferConfig *c, const GodsStandinImage *img, const GodsStandinMatrix *m,
                                  const GodsStandinRect *roi, int grid_w, int grid_h, GArray *blobs)
{
    if (!gods_standin_is_peoplenet(c))
        return;
    /* The scene's people (palette class 2) become Person; nothing else is
     * a PeopleNet class. */
    for (guint i = blobs->len; i-- > 0;) {
        GodsStandinBlob *b = &g_array_index(blobs, GodsStandinBlob, i);
        if (b->color >= 0 && strcmp(gods_standin_palette[b->color].name, "magenta") == 0)
            b->class_id = GODS_STANDIN_PEOPLENET_PERSON;
        else
            g_array_remove_index(blobs, i);
    }
    GodsStandinRect r = {0, 0, img->width, img->height};
    if (roi && roi->width > 0 && roi->height > 0) {
        r.x = CLAMP(roi->x, 0, img->width);
        r.y = CLAMP(roi->y, 0, img->height);
        r.width = MIN(roi->width, img->width - r.x);
        r.height = MIN(roi->height, img->height - r.y);
    }
    if (r.width <= 0 || r.height <= 0)
        return;
    int w = grid_w > 0 ? MIN(grid_w, r.width) : r.width, h = grid_h > 0 ? MIN(grid_h, r.height) : r.height;
    guint persons = blobs->len;
    find_faces(img, m, r, w, h, blobs);
    /* A face sits on its person's head: the person's blob (the magenta
     * below the face) grows up to take the face in. */
    for (guint f = persons; f < blobs->len; f++) {
        const GodsStandinBlob *fb = &g_array_index(blobs, GodsStandinBlob, f);
        int fcx = fb->left + fb->width / 2, fbot = fb->top + fb->height;
        for (guint p = 0; p < persons; p++) {
            GodsStandinBlob *pb = &g_array_index(blobs, GodsStandinBlob, p);
            if (fcx < pb->left || fcx >= pb->left + pb->width || pb->top < fb->top ||
                pb->top > fbot + MAX(2, fb->height / 2))
                continue;
            int bottom = pb->top + pb->height;
            pb->top = fb->top;
            pb->height = bottom - pb->top;
            pb->pixels += fb->pixels;
            break;
        }
    }
}
