/* nvds_dewarper_meta.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_DEWARPER_META_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_DEWARPER_META_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <glib.h>
#include <gst/gst.h>
#include "nvds_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef MAX_DEWARPED_VIEWS
#define MAX_DEWARPED_VIEWS 4
#endif

typedef enum {
  NVDS_META_SURFACE_NONE = 0,
  NVDS_META_SURFACE_FISH_PUSHBROOM = 1,
  NVDS_META_SURFACE_FISH_VERTCYL = 2,
  NVDS_META_SURFACE_PERSPECTIVE_PERSPECTIVE = 3,
  NVDS_META_SURFACE_FISH_PERSPECTIVE = 4,
  NVDS_META_SURFACE_FISH_FISH = 5,
  NVDS_META_SURFACE_FISH_CYL = 6,
  NVDS_META_SURFACE_FISH_EQUIRECT = 7,
  NVDS_META_SURFACE_FISH_PANINI = 8,
  NVDS_META_SURFACE_PERSPECTIVE_EQUIRECT = 9,
  NVDS_META_SURFACE_PERSPECTIVE_PANINI = 10,
  NVDS_META_SURFACE_EQUIRECT_CYLINDER = 11,
  NVDS_META_SURFACE_EQUIRECT_EQUIRECT = 12,
  NVDS_META_SURFACE_EQUIRECT_FISHEYE = 13,
  NVDS_META_SURFACE_EQUIRECT_PANINI = 14,
  NVDS_META_SURFACE_EQUIRECT_PERSPECTIVE = 15,
  NVDS_META_SURFACE_EQUIRECT_PUSHBROOM = 16,
  NVDS_META_SURFACE_EQUIRECT_STEREOGRAPHIC = 17,
  NVDS_META_SURFACE_EQUIRECT_VERTCYLINDER = 18,
} NvDsSurfaceType;

typedef struct _NvDewarperSurfaceMeta NvDewarperSurfaceMeta;

struct _NvDewarperSurfaceMeta {
  guint type[MAX_DEWARPED_VIEWS];
  guint index[MAX_DEWARPED_VIEWS];
  guint source_id;
  guint num_filled_surfaces;
};

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_DEWARPER_META_H */
