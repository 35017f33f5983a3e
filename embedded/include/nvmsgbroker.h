/* nvmsgbroker.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVMSGBROKER_H
#define GO_DEEPSTREAM_EMBEDDED_NVMSGBROKER_H

#include "nvds_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LOG_CAT "DSLOG:NV_MSGBROKER"
#define NV_MSGBROKER_VERSION "2.0"

typedef enum {
  NV_MSGBROKER_API_OK = 0,
  NV_MSGBROKER_API_ERR = 1,
  NV_MSGBROKER_API_RECONNECTING = 2,
  NV_MSGBROKER_API_NOT_SUPPORTED = 3,
} NvMsgBrokerErrorType;


typedef void *NvMsgBrokerClientHandle;
typedef void (*nv_msgbroker_connect_cb_t)(NvMsgBrokerClientHandle, NvMsgBrokerErrorType);
typedef void (*nv_msgbroker_send_cb_t)(void *, NvMsgBrokerErrorType);
typedef void (*nv_msgbroker_subscribe_cb_t)(NvMsgBrokerErrorType, void *, int, char *, void *);

typedef struct {
  char *topic;
  void *payload;
  size_t payload_len;
} NvMsgBrokerClientMsg;

NvMsgBrokerClientHandle nv_msgbroker_connect(char *broker_conn_str, char *broker_proto_lib, nv_msgbroker_connect_cb_t connect_cb, char *cfg);
NvMsgBrokerErrorType nv_msgbroker_disconnect(NvMsgBrokerClientHandle h_ptr);
NvMsgBrokerErrorType nv_msgbroker_send_async(NvMsgBrokerClientHandle h_ptr, NvMsgBrokerClientMsg message, nv_msgbroker_send_cb_t cb, void *user_ctx);
NvMsgBrokerErrorType nv_msgbroker_subscribe(NvMsgBrokerClientHandle h_ptr, char **topics, int num_topics, nv_msgbroker_subscribe_cb_t cb, void *user_ctx);
char *nv_msgbroker_version(void);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVMSGBROKER_H */
