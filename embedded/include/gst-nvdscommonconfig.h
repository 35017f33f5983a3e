/* gst-nvdscommonconfig.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_GST_NVDSCOMMONCONFIG_H
#define GO_DEEPSTREAM_EMBEDDED_GST_NVDSCOMMONCONFIG_H

#include "nvds_version.h"
#include <gst/gst.h>

#ifdef __cplusplus
extern "C" {
#endif

#if NVDS_VERSION_MAJOR >= 8
typedef enum {
  BUFFER_MODE_UNKNOWN = 0,
  BUFFER_MODE_SLAVE = 1,
  BUFFER_MODE_BUFFER = 2,
  BUFFER_MODE_AUTO = 3,
  BUFFER_MODE_SYNCED = 4,
} NvDsUriSrcBinBufferMode;
#endif
typedef enum {
  DEC_SKIP_FRAMES_TYPE_NONE = 0,
  DEC_SKIP_FRAMES_TYPE_NONREF = 1,
  DEC_SKIP_FRAMES_TYPE_KEY_FRAME_ONLY = 2,
} NvDsUriSrcBinDecSkipFrame;
#if NVDS_VERSION_MAJOR >= 8
typedef enum {
  LEAKY_NONE = 0,
  LEAKY_UPSTREAM = 1,
  LEAKY_DOWNSTREAM = 2,
} NvDsUriSrcBinLeaky;
#endif
#if NVDS_VERSION_MAJOR < 8
typedef enum {
  RTP_PROTOCOL_MULTI = 0,
  RTP_PROTOCOL_TCP = 4,
} NvDsUriSrcBinRtpProtocol;
#elif NVDS_VERSION_MAJOR >= 8
typedef enum {
  RTP_PROTOCOL_UNKNOWN = 0,
  RTP_PROTOCOL_UDP = 1,
  RTP_PROTOCOL_UDP_MCAST = 2,
  RTP_PROTOCOL_TCP = 4,
  RTP_PROTOCOL_UDP_UDPMCAST_TCP = 7,
  RTP_PROTOCOL_HTTP = 10,
  RTP_PROTOCOL_TLS = 20,
} NvDsUriSrcBinRtpProtocol;
#endif
typedef enum {
  SMART_REC_MP4 = 0,
  SMART_REC_MKV = 1,
} NvDsUriSrcBinSRCont;
typedef enum {
  SMART_REC_AUDIO_VIDEO = 0,
  SMART_REC_VIDEO_ONLY = 1,
  SMART_REC_AUDIO_ONLY = 2,
} NvDsUriSrcBinSRMode;
typedef enum {
  SMART_REC_DISABLE = 0,
  SMART_REC_CLOUD = 1,
  SMART_REC_MULTI = 2,
} NvDsUriSrcBinSRType;
typedef enum {
  SOURCE_TYPE_AUTO = 0,
  SOURCE_TYPE_URI = 1,
  SOURCE_TYPE_RTSP = 2,
} NvDsUriSrcBinType;

typedef struct _GstDsNvUriSrcConfig GstDsNvUriSrcConfig;
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
typedef struct _NvDsRtspAttemptsInfo NvDsRtspAttemptsInfo;
#endif
typedef struct _NvDsSensorInfo NvDsSensorInfo;

#if NVDS_VERSION_MAJOR < 8
typedef struct {
  gint pipeline_width;
  gint pipeline_height;
  gint batched_push_timeout;
  gint batch_size;
  gint buffer_pool_size;
  gint compute_hw;
  gint num_surfaces_per_frame;
  gint interpolation_method;
  guint gpu_id;
  guint nvbuf_memory_type;
  gboolean live_source;
  gboolean enable_padding;
  gboolean attach_sys_ts_as_ntp;
  gchar *config_file_path;
  gboolean sync_inputs;
  guint64 max_latency;
  gboolean frame_num_reset_on_eos;
  gboolean frame_num_reset_on_stream_reset;
  guint64 frame_duration;
  guint maxBatchSize;
  gboolean async_process;
  gboolean no_pipeline_eos;
  gboolean extract_sei_type5_data;
} GstDsNvStreammuxConfig;
#elif NVDS_VERSION_MAJOR == 8
typedef struct {
  gint pipeline_width;
  gint pipeline_height;
  gint batched_push_timeout;
  gint batch_size;
  gint buffer_pool_size;
  gint compute_hw;
  gint num_surfaces_per_frame;
  gint interpolation_method;
  guint gpu_id;
  guint nvbuf_memory_type;
  gboolean live_source;
  gboolean enable_padding;
  gboolean attach_sys_ts_as_ntp;
  gchar *config_file_path;
  gboolean sync_inputs;
  guint64 max_latency;
  gboolean frame_num_reset_on_eos;
  gboolean frame_num_reset_on_stream_reset;
  guint64 frame_duration;
  guint maxBatchSize;
  gboolean async_process;
  gboolean no_pipeline_eos;
  gboolean extract_sei_type5_data;
  gboolean sort_batch;
  gboolean buffer_cache;
  gint buffer_cache_timeout;
  gboolean extract_sei_sim_time;
  gboolean align_first_buffer;
  guint sync_inputs_ntp;
} GstDsNvStreammuxConfig;
#elif NVDS_VERSION_MAJOR >= 9
typedef struct {
  gint pipeline_width;
  gint pipeline_height;
  gint batched_push_timeout;
  gint batch_size;
  gint buffer_pool_size;
  gint compute_hw;
  gint num_surfaces_per_frame;
  gint interpolation_method;
  guint gpu_id;
  guint nvbuf_memory_type;
  gboolean live_source;
  gboolean enable_padding;
  gboolean attach_sys_ts_as_ntp;
  gchar *config_file_path;
  gboolean sync_inputs;
  guint64 max_latency;
  gboolean frame_num_reset_on_eos;
  gboolean frame_num_reset_on_stream_reset;
  guint64 frame_duration;
  guint maxBatchSize;
  gboolean async_process;
  gboolean no_pipeline_eos;
  gboolean extract_sei_type5_data;
  gboolean sort_batch;
  gboolean buffer_cache;
  gint buffer_cache_timeout;
  gboolean extract_sei_sim_time;
  gboolean align_first_buffer;
  guint sync_inputs_ntp;
  gboolean drop_backward_sei;
} GstDsNvStreammuxConfig;
#endif
#if NVDS_VERSION_MAJOR < 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR < 1)
struct _GstDsNvUriSrcConfig {
  NvDsUriSrcBinType src_type;
  gboolean loop;
  gchar *uri;
  gchar *sei_uuid;
  gint latency;
  NvDsUriSrcBinSRType smart_record;
  gchar *smart_rec_dir_path;
  gchar *smart_rec_file_prefix;
  NvDsUriSrcBinSRCont smart_rec_container;
  NvDsUriSrcBinSRMode smart_rec_mode;
  guint smart_rec_def_duration;
  guint smart_rec_cache_size;
  guint gpu_id;
  gint source_id;
  NvDsUriSrcBinRtpProtocol rtp_protocol;
  guint num_extra_surfaces;
  NvDsUriSrcBinDecSkipFrame skip_frames_type;
  guint cuda_memory_type;
  guint drop_frame_interval;
  gboolean low_latency_mode;
  gboolean extract_sei_type5_data;
  gint rtsp_reconnect_interval_sec;
  gint rtsp_reconnect_attempts;
  gint num_rtsp_reconnects;
  guint udp_buffer_size;
  gchar *sensorId;
  gboolean disable_passthrough;
  gchar *sensorName;
  gboolean disable_audio;
  int sock_fd;
};
#elif NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1
struct _GstDsNvUriSrcConfig {
  NvDsUriSrcBinType src_type;
  gboolean loop;
  gchar *uri;
  gchar *sei_uuid;
  gint latency;
  NvDsUriSrcBinSRType smart_record;
  gchar *smart_rec_dir_path;
  gchar *smart_rec_file_prefix;
  NvDsUriSrcBinSRCont smart_rec_container;
  NvDsUriSrcBinSRMode smart_rec_mode;
  guint smart_rec_def_duration;
  guint smart_rec_cache_size;
  guint gpu_id;
  gint source_id;
  NvDsUriSrcBinRtpProtocol rtp_protocol;
  guint num_extra_surfaces;
  NvDsUriSrcBinDecSkipFrame skip_frames_type;
  guint cuda_memory_type;
  guint drop_frame_interval;
  gboolean low_latency_mode;
  gboolean extract_sei_type5_data;
  gint rtsp_reconnect_interval_sec;
  gint rtsp_reconnect_attempts;
  gint num_rtsp_reconnects;
  guint udp_buffer_size;
  gchar *sensorId;
  gboolean disable_passthrough;
  gchar *sensorName;
  gboolean disable_audio;
  gboolean drop_on_latency;
  gboolean ipc_buffer_timestamp_copy;
  gchar *ipc_socket_path;
  gint ipc_connection_attempts;
  guint64 ipc_connection_interval;
};
#elif NVDS_VERSION_MAJOR == 8
struct _GstDsNvUriSrcConfig {
  NvDsUriSrcBinType src_type;
  gboolean loop;
  gchar *uri;
  gchar *sei_uuid;
  gint latency;
  NvDsUriSrcBinSRType smart_record;
  gchar *smart_rec_dir_path;
  gchar *smart_rec_file_prefix;
  NvDsUriSrcBinSRCont smart_rec_container;
  NvDsUriSrcBinSRMode smart_rec_mode;
  guint smart_rec_def_duration;
  guint smart_rec_cache_size;
  guint gpu_id;
  gint source_id;
  NvDsUriSrcBinRtpProtocol rtp_protocol;
  NvDsUriSrcBinBufferMode buffer_mode;
  guint num_extra_surfaces;
  NvDsUriSrcBinDecSkipFrame skip_frames_type;
  guint cuda_memory_type;
  guint drop_frame_interval;
  gboolean low_latency_mode;
  gboolean extract_sei_type5_data;
  gint rtsp_reconnect_interval_sec_org;
  gint rtsp_reconnect_interval_sec;
  NvDsUriSrcBinLeaky leaky;
  guint max_size_buffers;
  gint init_rtsp_reconnect_interval_sec;
  gint rtsp_reconnect_attempts;
  gint num_rtsp_reconnects;
  guint udp_buffer_size;
  gchar *sensorId;
  gboolean disable_passthrough;
  gchar *sensorName;
  gboolean disable_audio;
  gboolean drop_on_latency;
  gboolean ipc_buffer_timestamp_copy;
  gchar *ipc_socket_path;
  gint ipc_connection_attempts;
  guint64 ipc_connection_interval;
  gboolean sensorIdToPadIdMapping;
};
#elif NVDS_VERSION_MAJOR >= 9
struct _GstDsNvUriSrcConfig {
  NvDsUriSrcBinType src_type;
  gboolean loop;
  gchar *uri;
  gchar *sei_uuid;
  gint latency;
  NvDsUriSrcBinSRType smart_record;
  gchar *smart_rec_dir_path;
  gchar *smart_rec_file_prefix;
  NvDsUriSrcBinSRCont smart_rec_container;
  NvDsUriSrcBinSRMode smart_rec_mode;
  guint smart_rec_def_duration;
  guint smart_rec_cache_size;
  guint gpu_id;
  gint source_id;
  NvDsUriSrcBinRtpProtocol rtp_protocol;
  NvDsUriSrcBinBufferMode buffer_mode;
  guint num_extra_surfaces;
  NvDsUriSrcBinDecSkipFrame skip_frames_type;
  guint cuda_memory_type;
  guint drop_frame_interval;
  gboolean low_latency_mode;
  gboolean extract_sei_type5_data;
  gint rtsp_reconnect_interval_sec_org;
  gint rtsp_reconnect_interval_sec;
  NvDsUriSrcBinLeaky leaky;
  guint max_size_buffers;
  gint init_rtsp_reconnect_interval_sec;
  gint rtsp_reconnect_attempts;
  gint num_rtsp_reconnects;
  guint udp_buffer_size;
  gchar *sensorId;
  gboolean disable_passthrough;
  gchar *sensorName;
  gboolean disable_audio;
  gboolean drop_on_latency;
  gboolean ipc_buffer_timestamp_copy;
  gchar *ipc_socket_path;
  gint ipc_connection_attempts;
  guint64 ipc_connection_interval;
  gboolean sensorIdToPadIdMapping;
  gboolean enable_error_propagation;
  gchar *proto_lib;
  gchar *conn_str;
  gchar *topic;
  guint simulate_fps_interval_ms;
  guint64 creation_time_ns;
};
#endif
#if NVDS_VERSION_MAJOR > 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1)
struct _NvDsRtspAttemptsInfo {
  gboolean attempt_exceeded;
  guint source_id;
};
#endif
struct _NvDsSensorInfo {
  guint source_id;
  const gchar *uri;
  const gchar *sensor_id;
  const gchar *sensor_name;
};

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_GST_NVDSCOMMONCONFIG_H */
