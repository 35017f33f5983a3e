/* analytics_shim.go.h: a C interface to nvds_analytics_meta.h, whose structs
 * hold C++ standard containers. Written for go-deepstream; implemented in
 * analytics_shim.cc and compiled into package analytics.
 *
 * Frame and object metas are opaque here (void *): an
 * NvDsAnalyticsFrameMeta * and an NvDsAnalyticsObjInfo * allocated with
 * C++ new. C code (a stand-in nvdsanalytics element, tests) builds them
 * with the constructors and setters below and attaches them with
 * gods_analytics_attach_*, which also installs the copy and release
 * functions; after that the metadata owns them.
 *
 * Go reads and writes them in one call each through a flat encoding
 * (little-endian; a string is a u32 length and its bytes; a map or list is
 * a u32 count and its entries):
 *   frame: u32 unique_id, ocStatus {str, u8}, objInROIcnt {str, u32},
 *          objLCCurrCnt {str, u64}, objLCCumCnt {str, u64}, objCnt {i32, u32}
 *   object: u32 unique_id, roiStatus [str], ocStatus [str], lcStatus [str],
 *          str dirStatus, str objStatus */
#ifndef GO_DEEPSTREAM_ANALYTICS_SHIM_H
#define GO_DEEPSTREAM_ANALYTICS_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <glib.h>

#include "nvdsmeta.h"

#ifdef __cplusplus
extern "C" {
#endif

/* NVDS_USER_FRAME_META_NVDSANALYTICS and NVDS_USER_OBJ_META_NVDSANALYTICS:
 * fixed enum values from DeepStream 8.0 on, registered from their
 * descriptor strings (nvds_get_user_meta_type) before. */
NvDsMetaType gods_analytics_frame_meta_type(void);
NvDsMetaType gods_analytics_obj_meta_type(void);

/* Encodes meta into buf when it fits in cap bytes; returns the size the
 * encoding needs either way (0 for a NULL meta). */
size_t gods_analytics_frame_encode(const void *meta, uint8_t *buf, size_t cap);
size_t gods_analytics_obj_encode(const void *meta, uint8_t *buf, size_t cap);

/* New metas from an encoding; NULL when it is malformed or memory runs
 * out. */
void *gods_analytics_frame_decode(const uint8_t *buf, size_t len);
void *gods_analytics_obj_decode(const uint8_t *buf, size_t len);

/* Constructors and setters for C callers. Strings are copied. */
void *gods_analytics_frame_new(guint unique_id);
void gods_analytics_frame_set_oc_status(void *meta, const char *roi, gboolean overcrowded);
void gods_analytics_frame_set_obj_in_roi(void *meta, const char *roi, uint32_t count);
void gods_analytics_frame_set_lc_curr(void *meta, const char *line, uint64_t count);
void gods_analytics_frame_set_lc_cum(void *meta, const char *line, uint64_t count);
void gods_analytics_frame_set_obj_count(void *meta, int class_id, uint32_t count);
void *gods_analytics_obj_new(guint unique_id);
void gods_analytics_obj_add_roi_status(void *meta, const char *roi);
void gods_analytics_obj_add_oc_status(void *meta, const char *roi);
void gods_analytics_obj_add_lc_status(void *meta, const char *line);
void gods_analytics_obj_set_dir_status(void *meta, const char *dir);
void gods_analytics_obj_set_obj_status(void *meta, const char *status);

/* Frees a meta that was never attached. */
void gods_analytics_frame_free(void *meta);
void gods_analytics_obj_free(void *meta);

/* Stores meta in user (acquired from a batch's pool, not yet attached) as
 * the analytics user-meta type, with copy and release functions that copy
 * and delete the C++ struct. The user meta owns meta from then on. */
void gods_analytics_attach_frame(NvDsUserMeta *user, void *meta);
void gods_analytics_attach_obj(NvDsUserMeta *user, void *meta);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_ANALYTICS_SHIM_H */
