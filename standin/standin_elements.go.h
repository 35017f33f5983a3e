/* standin_elements.go.h: the stand-in elements, the one list of them, and
 * their registration (register.c).
 *
 * GODS_STANDIN_ELEMENTS is the list, in registration order, one
 * X(factory, rank, type getter, description) per element:
 *  - factory: DeepStream's factory name, registered with gst_element_register;
 *  - rank: the factory's rank (only the decoder is autoplugged);
 *  - type getter: the element's GType function, defined in its own file;
 *  - description: one line, for the package documentation (standin/doc.go's
 *    list is generated from it: go test ./standin -run TestDocElements -update).
 * register.c expands it into weak declarations of the type getters and its
 * registration table: an element is registered when its file is linked.
 * Adding an element: its file, a line here, its section in
 * docs/standin-elements.md (TestDocSections checks it is there).
 *
 * Everything here is built twice: into the Go package (cgo, elements
 * registered in-process by standin.Register) and into the GStreamer plugin
 * file libgstnvdsstandin.so (`make plugin`, with GODS_STANDIN_PLUGIN_FILE). */
#ifndef GO_DEEPSTREAM_STANDIN_ELEMENTS_GO_H
#define GO_DEEPSTREAM_STANDIN_ELEMENTS_GO_H

#include <gst/gst.h>

G_BEGIN_DECLS

#define GODS_STANDIN_ELEMENTS(X)                                                                                            \
    X(nvv4l2decoder, GST_RANK_PRIMARY + 1, gst_standin_v4l2_decoder_get_type,                                          \
      "decodebin + videoconvert into NV12 NvBufSurface buffers")                                                       \
    X(nvvideoconvert, GST_RANK_NONE, gst_standin_video_convert_get_type,                                               \
      "converts and scales between NVMM and system memory")                                                            \
    X(nvstreammux, GST_RANK_NONE, gst_standin_mux_get_type,                                                            \
      "batches sources into one NvBufSurface with NvDsBatchMeta")                                                      \
    X(nvinfer, GST_RANK_NONE, gst_standin_infer_get_type,                                                              \
      "colour detector, colour/aspect classifier, segmentation and raw-tensor modes for the scene (package scene)")    \
    X(nvdsosd, GST_RANK_NONE, gst_standin_osd_get_type,                                                                \
      "draws boxes, labels and display meta on RGBA frames")                                                           \
    X(nvtracker, GST_RANK_NONE, gst_standin_tracker_get_type,                                                          \
      "IoU tracker: object ids, tracker boxes, past-frame meta")                                                       \
    X(nvmultistreamtiler, GST_RANK_NONE, gst_standin_tiler_get_type,                                                   \
      "composites a batch into one tiled frame")                                                                       \
    X(nvstreamdemux, GST_RANK_NONE, gst_standin_demux_get_type,                                                        \
      "one single-frame output per source")                                                                            \
    X(nvmsgconv, GST_RANK_NONE, gst_standin_msg_conv_get_type,                                                         \
      "event-message meta to DeepStream schema JSON payloads")                                                         \
    X(nvmsgbroker, GST_RANK_NONE, gst_standin_msg_broker_get_type,                                                     \
      "sends payloads to an MQTT, Kafka, Redis or AMQP broker")                                                        \
    X(nvsegvisual, GST_RANK_NONE, gst_standin_segvisual_get_type,                                                      \
      "segmentation class maps as RGBA masks")                                                                         \
    X(nvv4l2h264enc, GST_RANK_NONE, gst_standin_v4l2_h264_enc_get_type,                                                \
      "H.264 byte stream from NVMM or system-memory video (x264enc)")                                                  \
    X(nvv4l2h265enc, GST_RANK_NONE, gst_standin_v4l2_h265_enc_get_type,                                                \
      "H.265 byte stream from NVMM or system-memory video (x265enc)")                                                  \
    X(nvurisrcbin, GST_RANK_NONE, gst_standin_uri_src_bin_get_type,                                                    \
      "uridecodebin with the stand-in decoder, file looping and RTSP reconnection")                                    \
    X(nvdslogger, GST_RANK_NONE, gst_standin_logger_get_type,                                                          \
      "prints each source's frame rate from the batch metadata")                                                       \
    X(nvinferserver, GST_RANK_NONE, gst_standin_infer_server_get_type,                                                 \
      "Triton-config (protobuf text) detector answering as TF SSD: raw output tensors or object metas")                \
    X(nvdsanalytics, GST_RANK_NONE, gst_standin_analytics_get_type,                                                    \
      "ROI filtering, overcrowding, line crossing and direction detection on tracked objects")                         \
    X(nvof, GST_RANK_NONE, gst_standin_of_get_type,                                                                    \
      "block-matching motion vectors per 4x4 cell as NvDsOpticalFlowMeta")                                             \
    X(nvofvisual, GST_RANK_NONE, gst_standin_ofvisual_get_type,                                                        \
      "optical flow meta as RGBA colour (hue: direction, value: magnitude)")                                           \
    X(nvdspreprocess, GST_RANK_NONE, gst_standin_preprocess_get_type,                                                  \
      "scales ROIs (or frames, or objects) into a tensor with GstNvDsPreProcessBatchMeta")

/* Registers every linked element with plugin (NULL: in-process, as
 * gst_element_register(NULL, ...) does). */
gboolean gods_standin_register_all(GstPlugin *plugin);

/* For the Go package: checks that GStreamer is initialised and that no
 * factory of a linked element's name comes from another plugin, then
 * registers them all. FALSE with a message (g_free it) otherwise. */
gboolean gods_standin_register_in_process(char **error);

/* Number of linked elements and the factory name of the i-th. */
int gods_standin_element_count(void);
const char *gods_standin_element_name(int i);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_ELEMENTS_GO_H */
