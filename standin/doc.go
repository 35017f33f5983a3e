// Package standin provides CPU stand-ins for the DeepStream GStreamer
// elements, so that DeepStream pipelines, and sample apps written for the
// real SDK, run unchanged on a machine without a GPU or the SDK. It is
// part of the embedded (default) build only: under the deepstream build
// tag Register does nothing, because the SDK's plugins provide the
// elements.
//
// Register registers the elements in-process under DeepStream's factory
// names; call it once after gst.Init and before building pipelines:
//
//	gst.Init(nil)
//	if err := standin.Register(); err != nil {
//		log.Fatal(err)
//	}
//
// The elements, in registration order (standin_elements.go.h):
//
//	nvv4l2decoder       decodebin + videoconvert into NV12 NvBufSurface buffers
//	nvvideoconvert      converts and scales between NVMM and system memory
//	nvstreammux         batches sources into one NvBufSurface with NvDsBatchMeta
//	nvinfer             colour detector, colour/aspect classifier, segmentation
//	                    and raw-tensor modes for the scene (package scene)
//	nvdsosd             draws boxes, labels and display meta on RGBA frames
//	nvtracker           IoU tracker: object ids, tracker boxes, past-frame meta
//	nvmultistreamtiler  composites a batch into one tiled frame
//	nvstreamdemux       one single-frame output per source
//	nvmsgconv           event-message meta to DeepStream schema JSON payloads
//	nvmsgbroker         sends payloads to an MQTT, Kafka, Redis or AMQP broker
//	nvsegvisual         segmentation class maps as RGBA masks
//	nvv4l2h264enc       H.264 byte stream from NVMM or system-memory video
//	                    (x264enc)
//	nvv4l2h265enc       H.265 byte stream from NVMM or system-memory video
//	                    (x265enc)
//	nvurisrcbin         uridecodebin with the stand-in decoder, file looping and
//	                    RTSP reconnection
//	nvdslogger          prints each source's frame rate from the batch metadata
//	nvinferserver       Triton-config (protobuf text) detector answering as TF
//	                    SSD: raw output tensors or object metas
//	nvdsanalytics       ROI filtering, overcrowding, line crossing and direction
//	                    detection on tracked objects
//	nvof                block-matching motion vectors per 4x4 cell as
//	                    NvDsOpticalFlowMeta
//	nvofvisual          optical flow meta as RGBA colour (hue: direction, value:
//	                    magnitude)
//	nvdspreprocess      scales ROIs (or frames, or objects) into a tensor with
//	                    GstNvDsPreProcessBatchMeta
//
// nvv4l2decoder is registered with rank primary + 1, above the software
// decoders, so that decodebin and uridecodebin pick it, as they pick the
// real decoder, and give NVMM output (deepstream-test3's source bins
// require it). The other elements have rank none: nothing autoplugs them.
//
// Register refuses, registering nothing, when a factory of one of these
// names already exists and does not come from this package or its plugin
// file: a real DeepStream plugin is installed, and the program should be
// built with -tags deepstream.
//
// The same C sources build the GStreamer plugin file
// build/plugin/libgstnvdsstandin.so (make plugin), for gst-launch-1.0:
//
//	GST_PLUGIN_PATH=build/plugin gst-launch-1.0 filesrc location=scene.h264 ! h264parse \
//	  ! nvv4l2decoder ! m.sink_0 nvstreammux name=m batch-size=1 width=640 height=360 \
//	  ! nvinfer config-file-path=pgie.txt ! nvvideoconvert ! nvdsosd ! nvvideoconvert ! videoconvert ! autovideosink
//
// docs/standin-elements.md describes each element, the properties it
// honours and accepts, nvinfer's config keys, the detector's colour rules
// and its measured precision and recall.
package standin
