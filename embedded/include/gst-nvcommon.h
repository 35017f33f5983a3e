/* gst-nvcommon.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GST_NVCOMMON_H
#define GO_DEEPSTREAM_EMBEDDED_GST_NVCOMMON_H

#include "nvds_version.h"
#include <gst/gst.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GST_TYPE_COMPUTE_HW (gst_compute_hw_get_type())
#define GST_TYPE_INTERPOLATION_METHOD (gst_video_interpolation_method_get_type())
#define GST_TYPE_NVBUF_MEMORY_TYPE (gst_nvbuf_memory_get_type())

GType gst_compute_hw_get_type(void);
const char *gst_nvbuf_memory_get_name(int mem_type);
GType gst_nvbuf_memory_get_type(void);
int gst_nvbuf_memory_get_value(const char *mem_type_string);
GType gst_video_interpolation_method_get_type(void);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GST_NVCOMMON_H */
