/* standin_mask.go.h: instance masks (NvOSD_MaskParams) on the CPU: the
 * masks nvinfer's instance-segmentation mode attaches to its objects
 * (infer_mask.c) and nvdsosd's display-mask drawing of them (osd_mask.c). */
#ifndef GO_DEEPSTREAM_STANDIN_MASK_GO_H
#define GO_DEEPSTREAM_STANDIN_MASK_GO_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "standin_image.go.h"

G_BEGIN_DECLS

/* The mask size of PeopleSegNet / Mask R-CNN's mask head, which the
 * stand-in's masks have. */
#define GODS_STANDIN_MASK_W 28
#define GODS_STANDIN_MASK_H 28

/* Gives every object of fm that component unique_id added and that has no
 * mask yet a GODS_STANDIN_MASK_W x GODS_STANDIN_MASK_H mask over its
 * rectangle, read from img (grid_w x grid_h: the source's resolution over
 * the whole frame): per cell, the logit of the share of the cell that
 * shows the object (its palette colour, grown by the scene's outline
 * width), so a cell more than half covered scores above 0. data is
 * g_malloc'd (size in bytes) as nvinfer allocates it, so the object meta's
 * release and copy functions free and duplicate it; threshold is
 * segmentation-threshold. Call with the batch meta lock held. */
void gods_standin_infer_masks(NvDsFrameMeta *fm, gint unique_id, const GodsStandinImage *img,
                              const GodsStandinMatrix *m, int grid_w, int grid_h, gfloat threshold);

/* Draws om's mask onto img (RGBA) over its rectangle, scaled bilinearly:
 * pixels whose score is above the mask's threshold are blended with the
 * object's border colour at half its alpha. Nothing without a mask. */
void gods_standin_osd_draw_mask(GodsStandinImage *img, const NvDsObjectMeta *om);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_MASK_GO_H */
