//go:build !deepstream

/* infer_roi.c: nvinfer's input-tensor-meta mode. The real nvinfer runs its
 * network on nvdspreprocess's tensor and maps each detection back to the
 * frame through the ROI's scale ratio and offset; the stand-in reads the
 * same ROI metas and searches each ROI's part of the frame, which gives
 * the boxes in frame pixels directly: an object wholly outside every ROI
 * is never seen, one cut by a ROI's edge is seen as its part inside. */
#include "standin_detect.go.h"
#include "standin_face.go.h"
#include "standin_infer_roi.go.h"
#include "../preprocess/preprocess.go.h"

static gboolean targets(const GodsPreprocessBatch *b, gint unique_id)
{
    for (size_t i = 0; i < b->n_target_ids; i++)
        if (unique_id >= 0 && b->target_ids[i] == (guint64)unique_id)
            return TRUE;
    return FALSE;
}

GArray *gods_standin_infer_roi_detect(NvDsBatchMeta *bm, NvDsFrameMeta *fm, const GodsStandinInferConfig *c,
                                      const GodsStandinImage *img, const GodsStandinMatrix *m, int grid_w, int grid_h,
                                      int min_pixels)
{
    GArray *all = g_array_new(FALSE, FALSE, sizeof(GodsStandinBlob));
    for (GList *l = bm->batch_user_meta_list; l; l = l->next) {
        NvDsUserMeta *um = l->data;
        GodsPreprocessBatch b;
        if (!um || um->base_meta.meta_type != NVDS_PREPROCESS_BATCH_META ||
            gods_preprocess_batch_view(um->user_meta_data, &b) != 0 || !targets(&b, c->unique_id))
            continue;
        for (size_t i = 0; i < b.n_rois; i++) {
            const NvDsRoiMeta *r = &b.rois[i];
            if (r->frame_meta != fm)
                continue;
            int l0 = MAX(0, (int)r->roi.left), t0 = MAX(0, (int)r->roi.top);
            int r0 = MIN(img->width, (int)(r->roi.left + r->roi.width + 0.5f));
            int b0 = MIN(img->height, (int)(r->roi.top + r->roi.height + 0.5f));
            if (r0 <= l0 || b0 <= t0)
                continue;
            GodsStandinRect roi = {l0, t0, r0 - l0, b0 - t0};
            int rw = MAX(1, roi.width * grid_w / img->width), rh = MAX(1, roi.height * grid_h / img->height);
            GArray *blobs = gods_standin_detect(img, m, &roi, rw, rh, min_pixels);
            gods_standin_peoplenet_blobs(c, img, m, &roi, rw, rh, blobs); /* detect_face.c */
            g_array_append_vals(all, blobs->data, blobs->len);
            g_array_free(blobs, TRUE);
        }
    }
    return all;
}
