/* nvds_logger.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_LOGGER_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_LOGGER_H

#include "nvds_version.h"
#include <syslog.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DSLOG_CAT_CR "DSLOG:CR"
#define DSLOG_CAT_SG "DSLOG:SG"
#define DSLOG_SYSLOG_IDENT "DSLOG"

void nvds_log(const char *category, int priority, const char *data, ...);
void nvds_log_close(void);
void nvds_log_open(void);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_LOGGER_H */
