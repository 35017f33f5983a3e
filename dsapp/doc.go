// Package dsapp is the toolkit DeepStream apps in Go build on, what the
// Python apps share as apps/common, and what the Go ports of the sample
// apps use:
//
//   - Run: plays a pipeline and handles its bus the way bus_call does
//     (End-of-stream, Warning: ..., Error: ...) until end-of-stream, an
//     error or the end of a context; errors carry the posting element's
//     path (ElementError) and are joined; an interrupt drains the pipeline
//     within a bounded time; the pipeline is in NULL on return
//     (bus_call.py);
//   - FPS and PerfData: per-stream frame rates and the **PERF line
//     (FPS.py);
//   - Platform: aarch64, integrated GPU and WSL checks (platform_info.py);
//   - Builder: element creation, properties and linking with one sticky
//     error, so that a sample reads like its Python original; property
//     errors (PropertyError) name the element, the property and the value;
//   - Sink: the renderer a sample would use, or fakesink / a file sink
//     where no display exists;
//   - NewSourceBin: the source bin of the multi-stream apps (files,
//     RTSP, HTTP, video4linux cameras; uridecodebin or nvurisrcbin), and
//     IsLiveURI / IsLive to tell nvstreammux its input is live;
//   - Input helpers: when a sample is given no input, it plays the
//     synthetic scene's default clip (scene.DefaultClip);
//   - Configs: the sample's config files, embedded in the binary as one
//     tree (configs/embedded, configs/sdk) and the runtime's set written
//     to a temporary folder by WriteConfigs.
//
// The package uses go-gst for GStreamer and the public go-deepstream API
// only; it has no cgo of its own.
package dsapp
