/* nvds_msgapi.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_MSGAPI_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_MSGAPI_H

#include "nvds_version.h"
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  NVDS_MSGAPI_OK = 0,
  NVDS_MSGAPI_ERR = 1,
  NVDS_MSGAPI_UNKNOWN_TOPIC = 2,
} NvDsMsgApiErrorType;
typedef enum {
  NVDS_MSGAPI_EVT_SUCCESS = 0,
  NVDS_MSGAPI_EVT_DISCONNECT = 1,
  NVDS_MSGAPI_EVT_SERVICE_DOWN = 2,
} NvDsMsgApiEventType;

typedef void *NvDsMsgApiHandle;
typedef void (*nvds_msgapi_connect_cb_t)(NvDsMsgApiHandle, NvDsMsgApiEventType);
typedef void (*nvds_msgapi_send_cb_t)(void *, NvDsMsgApiErrorType);
typedef void (*nvds_msgapi_subscribe_request_cb_t)(NvDsMsgApiErrorType, void *, int, char *, void *);

NvDsMsgApiHandle nvds_msgapi_connect(char *connection_str, nvds_msgapi_connect_cb_t connect_cb, char *config_path);
NvDsMsgApiErrorType nvds_msgapi_connection_signature(char *broker_str, char *cfg, char *output_str, int max_len);
NvDsMsgApiErrorType nvds_msgapi_disconnect(NvDsMsgApiHandle h_ptr);
void nvds_msgapi_do_work(NvDsMsgApiHandle h_ptr);
char *nvds_msgapi_get_protocol_name(void);
char *nvds_msgapi_getversion(void);
NvDsMsgApiErrorType nvds_msgapi_send(NvDsMsgApiHandle h_ptr, char *topic, const uint8_t *payload, size_t nbuf);
NvDsMsgApiErrorType nvds_msgapi_send_async(NvDsMsgApiHandle h_ptr, char *topic, const uint8_t *payload, size_t nbuf, nvds_msgapi_send_cb_t send_callback, void *user_ptr);
NvDsMsgApiErrorType nvds_msgapi_subscribe(NvDsMsgApiHandle h_ptr, char **topics, int num_topics, nvds_msgapi_subscribe_request_cb_t cb, void *user_ctx);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_MSGAPI_H */
