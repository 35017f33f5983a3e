/* preprocess_shim.go.h: a C interface to nvdspreprocess_meta.h, whose structs
 * hold C++ standard containers. Written for go-deepstream; implemented in
 * preprocess_shim.cc and compiled into package preprocess.
 *
 * The view functions fill plain C structs with pointers into the C++
 * objects (vector data, string bytes): no copy, valid as long as the
 * metadata. The constructors build the same C++ structs nvdspreprocess
 * attaches, for stand-in elements and tests. */
#ifndef GO_DEEPSTREAM_PREPROCESS_SHIM_H
#define GO_DEEPSTREAM_PREPROCESS_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <glib.h>

#include "nvdsmeta.h"
#include "nvds_roi_meta.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A GstNvDsPreProcessBatchMeta seen from C. */
typedef struct {
    const guint64 *target_ids; /* target_unique_ids.data() */
    size_t n_target_ids;
    NvDsRoiMeta *rois; /* roi_vector.data() */
    size_t n_rois;
    void *tensor_meta; /* NvDsPreProcessTensorMeta *, may be NULL */
    void *private_data;
} GodsPreprocessBatch;

/* An NvDsPreProcessTensorMeta seen from C. */
typedef struct {
    void *raw_tensor_buffer;
    guint64 buffer_size;
    const int *shape; /* tensor_shape.data() */
    size_t ndims;
    int data_type; /* NvDsDataType */
    const char *name; /* tensor_name.data(), name_len bytes */
    size_t name_len;
    guint gpu_id;
    void *private_data;
    guint meta_id;
    gboolean maintain_aspect_ratio;
} GodsPreprocessTensor;

/* Fill out from a GstNvDsPreProcessBatchMeta * / NvDsPreProcessTensorMeta *;
 * 0, or -1 for NULL arguments. */
int gods_preprocess_batch_view(const void *batch, GodsPreprocessBatch *out);
int gods_preprocess_tensor_view(const void *tensor, GodsPreprocessTensor *out);

/* A new batch meta with copies of the target IDs and ROI metas and no
 * tensor; NULL when memory runs out. */
void *gods_preprocess_batch_new(const guint64 *ids, size_t n_ids, const NvDsRoiMeta *rois, size_t n_rois);

/* Gives batch a new tensor meta (replacing any). raw is not copied: it is
 * the producer's buffer. 0, or -1 when memory runs out. */
int gods_preprocess_batch_set_tensor(void *batch, void *raw, guint64 size, const int *shape, size_t ndims,
                                     int data_type, const char *name, guint gpu_id, guint meta_id,
                                     gboolean maintain_aspect_ratio);

/* Makes batch's tensor meta (set first) hold owner, a GstMiniObject
 * reference (the tensor's memory, as nvdspreprocess's tensor pool buffer):
 * stored as the tensor meta's private_data, referenced again by each copy
 * of the meta and unreferenced when the meta is released. Tensor metas
 * built here have a NULL private_data otherwise. -1 when batch has no
 * tensor meta (owner is then unreferenced). */
int gods_preprocess_batch_hold_tensor(void *batch, void *owner);

/* Frees a batch meta (and its tensor meta) that was never attached. */
void gods_preprocess_batch_free(void *batch);

/* Stores batch in user (acquired, not yet attached) as
 * NVDS_PREPROCESS_BATCH_META with copy and release functions that
 * deep-copy and delete the C++ structs (the raw tensor buffer is shared,
 * not copied). The user meta owns batch from then on. */
void gods_preprocess_attach_batch(NvDsUserMeta *user, void *batch);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_PREPROCESS_SHIM_H */
