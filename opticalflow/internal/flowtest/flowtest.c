/* flowtest.c: builds, copies and frees optical-flow metadata in C memory,
 * as nvof does, for the opticalflow tests. C because the copy and release
 * callbacks are C function pointers the runtime calls. */
#include "flowtest.go.h"

static gpointer flow_copy(gpointer data, gpointer user_data)
{
    const NvDsOpticalFlowMeta *src = ((NvDsUserMeta *)data)->user_meta_data;
    NvDsOpticalFlowMeta *dst = g_memdup2(src, sizeof *src);
    if (src->data)
        dst->data = g_memdup2(src->data, (gsize)src->rows * src->cols * sizeof(NvOFFlowVector));
    return dst;
}

static void flow_release(gpointer data, gpointer user_data)
{
    NvDsUserMeta *u = data;
    NvDsOpticalFlowMeta *m = u->user_meta_data;
    if (m) {
        g_free(m->data);
        g_free(m);
    }
    u->user_meta_data = NULL;
}

void gods_flowtest_fill(NvDsUserMeta *user, guint rows, guint cols, const short *xy, gulong frame_num)
{
    NvDsOpticalFlowMeta *m = g_new0(NvDsOpticalFlowMeta, 1);
    gsize n = (gsize)rows * cols;
    NvOFFlowVector *v = g_new0(NvOFFlowVector, n);
    for (gsize i = 0; i < n; i++) {
        v[i].flowx = xy[2 * i];
        v[i].flowy = xy[2 * i + 1];
    }
    m->rows = rows;
    m->cols = cols;
    m->mv_size = (unsigned int)(n * sizeof(NvOFFlowVector));
    m->frame_num = frame_num;
    m->data = v;
    gods_user_meta_set(user, NVDS_OPTICAL_FLOW_META, m, flow_copy, flow_release);
}
