/* nvdsgstutils.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSGSTUTILS_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSGSTUTILS_H

#include "nvds_version.h"
#include <gst/gst.h>
#include <gst/gst.h>

#ifdef __cplusplus
extern "C" {
#endif

void configure_source_for_ntp_sync(GstElement *src_elem);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSGSTUTILS_H */
