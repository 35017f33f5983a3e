/* standin_detect.go.h: what nvinfer sees, on the CPU: the scene's
 * colour/class contract (package scene, color.go), the colour detector
 * (detect.c), the classifier's and segmentation network's view of a pixel
 * or object (classify.c) and the coverage grid of the raw output
 * (tensor.c).
 *
 * A pixel belongs to palette colour i when max(R,G,B) >= GODS_STANDIN_MIN_VALUE,
 * (max-min)/max >= GODS_STANDIN_MIN_SATURATION_PCT percent and its hue is within
 * GODS_STANDIN_HUE_TOLERANCE degrees of the colour's hue. */
#ifndef GO_DEEPSTREAM_STANDIN_DETECT_GO_H
#define GO_DEEPSTREAM_STANDIN_DETECT_GO_H

#include <gst/gst.h>

#include "standin_image.go.h"

G_BEGIN_DECLS

#define GODS_STANDIN_MIN_VALUE 70
#define GODS_STANDIN_MIN_SATURATION_PCT 45
#define GODS_STANDIN_HUE_TOLERANCE 18
#define GODS_STANDIN_PALETTE_SIZE 7

typedef struct {
    const char *name;
    int class_id;
    guint8 rgb[3];
} GodsStandinColor;

extern const GodsStandinColor gods_standin_palette[GODS_STANDIN_PALETTE_SIZE];

int gods_standin_hue(guint8 r, guint8 g, guint8 b);
/* Palette index of a pixel, -1 for background. */
int gods_standin_classify(guint8 r, guint8 g, guint8 b);

typedef struct {
    int color;       /* palette index */
    int class_id;
    int left, top, width, height;
    int pixels;      /* pixels of the colour in the blob */
} GodsStandinBlob;

/* Finds the blobs of palette colours in the roi part of img (NULL: all of
 * it), sampled on a grid_w x grid_h grid (0: the roi's pixels; the
 * detector samples at the source's resolution): 4-connected pixels of one
 * colour, thin dark lines between same-coloured areas cut (the outline
 * between touching objects), fragments of one object split by an occluder
 * joined, blobs of fewer than min_pixels grid pixels or thinner than three
 * dropped. Boxes are
 * in img's coordinates, pixels in grid pixels. Returns a GArray of
 * GodsStandinBlob. */
GArray *gods_standin_detect(const GodsStandinImage *img, const GodsStandinMatrix *m, const GodsStandinRect *roi, int grid_w,
                       int grid_h, int min_pixels);

/* The grid the detector searches a frame of img_w x img_h on: the
 * source's resolution at most (src_w x src_h, 0 when unknown: a frame
 * scaled up by nvstreammux holds nothing more). Returns the smallest blob
 * to report there, 1/2560 of the grid (at least 16 pixels): a network
 * trained on the scene's relevant objects (150 visible pixels per
 * 640x360, 1/1536 of the frame, less the outline a blob misses) does not
 * fire on the sliver of one hidden behind another. nvinfer's and
 * nvinferserver's stand-ins both use it. */
int gods_standin_detect_grid(int img_w, int img_h, int src_w, int src_h, int *grid_w, int *grid_h);

/* The dominant palette colour in the roi part of img, sampled on a grid of
 * at most grid_w x grid_h points: among the colours of class class_id when
 * any pixel has one, else among all. -1 when no pixel has a colour; *frac
 * is the colour's share of the coloured samples counted. */
int gods_standin_dominant_color(const GodsStandinImage *img, const GodsStandinMatrix *m, const GodsStandinRect *roi, int grid_w,
                           int grid_h, int class_id, float *frac);

/* The class of a pixel for the segmentation network: 1 + the scene class
 * of its colour when that is below classes, else 0 (background). */
int gods_standin_segmentation_class(guint8 r, guint8 g, guint8 b, int classes);

/* Coverage of each class's colours per cell of a grid_w x grid_h grid over
 * the roi part of img: classes*grid_h*grid_w floats (class-major),
 * g_malloc'd. */
gfloat *gods_standin_coverage_new(const GodsStandinImage *img, const GodsStandinMatrix *m, const GodsStandinRect *roi, int classes,
                             int grid_w, int grid_h);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_DETECT_GO_H */
