/* standin_flow.go.h: the CPU motion estimator behind the stand-in nvof
 * (flow.c) and the flow colouring nvofvisual draws with.
 *
 * Motion is estimated on luma, 4x4-pixel cells, by hierarchical block
 * matching: a full search on the coarsest level of a 2x2-average pyramid,
 * then, level by level, the best of the parent cells' vectors refined by
 * one pixel. Cells whose match does not pin a component down (flat areas,
 * the inside of a uniform object, the aperture problem along an edge) take
 * that component from the nearest cell that does, "nearest" measured along
 * paths of similar brightness, so motion found at an object's edges fills
 * the object and stops at its outline. */
#ifndef GO_DEEPSTREAM_STANDIN_FLOW_GO_H
#define GO_DEEPSTREAM_STANDIN_FLOW_GO_H

#include <glib.h>

#include "nvds_opticalflow_meta.h"

G_BEGIN_DECLS

/* The flow grid's cell size in pixels (nvof's grid-size 4x4). */
#define GODS_FLOW_GRID 4
/* Most pyramid levels above full resolution. */
#define GODS_FLOW_MAX_LEVELS 4

/* An image pyramid: level 0 is the frame, each next level half the size.
 * Matching reads luma; the fill also tells regions apart by colour, from
 * chroma at half each level's size (as NV12 holds it). */
typedef struct {
    int levels; /* levels in use, level 0 included */
    int w[GODS_FLOW_MAX_LEVELS + 1], h[GODS_FLOW_MAX_LEVELS + 1];
    guint8 *y[GODS_FLOW_MAX_LEVELS + 1];
    int cw[GODS_FLOW_MAX_LEVELS + 1], ch[GODS_FLOW_MAX_LEVELS + 1];
    guint8 *u[GODS_FLOW_MAX_LEVELS + 1], *v[GODS_FLOW_MAX_LEVELS + 1];
} GodsFlowPyramid;

/* Allocates a pyramid for frames of width x height (both >= 1). */
GodsFlowPyramid *gods_flow_pyramid_new(int width, int height);
void gods_flow_pyramid_free(GodsFlowPyramid *p);

/* Fills level 0 from NV12 planes (strides in bytes) and builds the levels
 * above it. */
void gods_flow_pyramid_set_nv12(GodsFlowPyramid *p, const guint8 *luma, int stride, const guint8 *uv, int uv_stride);
/* Fills level 0 from RGBA pixels (BT.601) and builds the levels above. */
void gods_flow_pyramid_set_rgba(GodsFlowPyramid *p, const guint8 *rgba, int stride);

/* The grid of a width x height frame: a cell per started 4x4 block. */
static inline int gods_flow_cols(int width) { return (width + GODS_FLOW_GRID - 1) / GODS_FLOW_GRID; }
static inline int gods_flow_rows(int height) { return (height + GODS_FLOW_GRID - 1) / GODS_FLOW_GRID; }

/* Estimates the motion from prev to cur (same size) into out, rows x cols
 * vectors row-major, in S10.5 fixed point (pixels * 32): the vector of a
 * cell is where its content moved since prev (an object moving right has
 * flowx > 0). */
void gods_flow_estimate(const GodsFlowPyramid *prev, const GodsFlowPyramid *cur, NvOFFlowVector *out);

/* The colour nvofvisual paints a vector with: hue the direction,
 * atan2(flowy, flowx) as OpenCV's cartToPolar measures it (0 degrees, red:
 * rightwards; 90: downwards), full saturation, value the magnitude over
 * max_mag (clipped to 1). max_mag > 0, in S10.5 units. */
void gods_flow_color(int flowx, int flowy, double max_mag, guint8 rgb[3]);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_FLOW_GO_H */
