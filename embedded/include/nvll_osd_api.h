/* nvll_osd_api.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVLL_OSD_API_H
#define GO_DEEPSTREAM_EMBEDDED_NVLL_OSD_API_H

#include "nvds_version.h"
#include "nvll_osd_struct.h"
#include "nvbufsurface.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef MAX_BORDER_WIDTH
#define MAX_BORDER_WIDTH 32
#endif
#ifndef MAX_IN_BUF
#define MAX_IN_BUF 16
#endif

typedef struct _NvOSD_FrameArrowParams NvOSD_FrameArrowParams;
typedef struct _NvOSD_FrameCircleParams NvOSD_FrameCircleParams;
typedef struct _NvOSD_FrameLineParams NvOSD_FrameLineParams;
typedef struct _NvOSD_FrameRectParams NvOSD_FrameRectParams;
typedef struct _NvOSD_FrameSegmentMaskParams NvOSD_FrameSegmentMaskParams;
typedef struct _NvOSD_FrameTextParams NvOSD_FrameTextParams;

typedef void *NvOSDCtxHandle;

struct _NvOSD_FrameArrowParams {
  NvBufSurfaceParams *buf_ptr;
  NvOSD_Mode mode;
  int num_arrows;
  NvOSD_ArrowParams *arrow_params_list;
  NvBufSurface *surf;
};
struct _NvOSD_FrameCircleParams {
  NvBufSurfaceParams *buf_ptr;
  NvOSD_Mode mode;
  int num_circles;
  NvOSD_CircleParams *circle_params_list;
  NvBufSurface *surf;
};
struct _NvOSD_FrameLineParams {
  NvBufSurfaceParams *buf_ptr;
  NvOSD_Mode mode;
  int num_lines;
  NvOSD_LineParams *line_params_list;
  NvBufSurface *surf;
};
#if NVDS_VERSION_MAJOR < 9
struct _NvOSD_FrameRectParams {
  NvBufSurfaceParams *buf_ptr;
  NvOSD_Mode mode;
  int num_rects;
  NvOSD_RectParams *rect_params_list;
  NvBufSurface *surf;
};
#elif NVDS_VERSION_MAJOR >= 9
struct _NvOSD_FrameRectParams {
  NvBufSurfaceParams *buf_ptr;
  NvOSD_Mode mode;
  int num_rects;
  NvOSD_RectParams *rect_params_list;
  NvOSD_MaskParams *mask_params_list;
  NvBufSurface *surf;
};
#endif
struct _NvOSD_FrameSegmentMaskParams {
  NvBufSurfaceParams *buf_ptr;
  NvOSD_Mode mode;
  int num_segments;
  NvOSD_RectParams *rect_params_list;
  NvOSD_MaskParams *mask_params_list;
  NvBufSurface *surf;
};
struct _NvOSD_FrameTextParams {
  NvBufSurfaceParams *buf_ptr;
  NvOSD_Mode mode;
  int num_strings;
  NvOSD_TextParams *text_params_list;
  NvBufSurface *surf;
};

int nvll_osd_apply(NvOSDCtxHandle nvosd_ctx, NvBufSurfaceParams *buf_ptr, NvBufSurface *surf);
#if NVDS_VERSION_MAJOR >= 8
int nvll_osd_blur_rectangles(NvOSDCtxHandle nvosd_ctx, NvOSD_FrameRectParams *frame_rect_params);
#endif
NvOSDCtxHandle nvll_osd_create_context(void);
void nvll_osd_destroy_context(NvOSDCtxHandle nvosd_ctx);
int nvll_osd_draw_arrows(NvOSDCtxHandle nvosd_ctx, NvOSD_FrameArrowParams *frame_arrow_params);
int nvll_osd_draw_circles(NvOSDCtxHandle nvosd_ctx, NvOSD_FrameCircleParams *frame_circle_params);
int nvll_osd_draw_lines(NvOSDCtxHandle nvosd_ctx, NvOSD_FrameLineParams *frame_line_params);
int nvll_osd_draw_rectangles(NvOSDCtxHandle nvosd_ctx, NvOSD_FrameRectParams *frame_rect_params);
int nvll_osd_draw_segment_masks(NvOSDCtxHandle nvosd_ctx, NvOSD_FrameSegmentMaskParams *frame_mask_params);
int nvll_osd_init_colors_for_hw_blend(void *nvosd_ctx, NvOSD_Color_info *color_info, int num_classes);
int nvll_osd_put_text(NvOSDCtxHandle nvosd_ctx, NvOSD_FrameTextParams *frame_text_params);
void nvll_osd_set_clock_params(NvOSDCtxHandle nvosd_ctx, NvOSD_TextParams *clk_params);
void *nvll_osd_set_params(NvOSDCtxHandle nvosd_ctx, int width, int height);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVLL_OSD_API_H */
