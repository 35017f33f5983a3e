/* gst-nvmessage.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GST_NVMESSAGE_H
#define GO_DEEPSTREAM_EMBEDDED_GST_NVMESSAGE_H

#include "nvds_version.h"
#include <gst/gst.h>

#ifdef __cplusplus
extern "C" {
#endif

gboolean gst_nvmessage_is_stream_eos(GstMessage *message);
GstMessage *gst_nvmessage_new_stream_eos(GstObject *obj, guint eos_stream_id);
gboolean gst_nvmessage_parse_stream_eos(GstMessage *message, guint *eos_stream_id);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GST_NVMESSAGE_H */
