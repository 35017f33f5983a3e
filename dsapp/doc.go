// Package dsapp holds what the Go ports of the DeepStream Python sample
// apps share, as the Python apps share apps/common:
//
//   - Run: plays a pipeline and handles its bus the way bus_call does
//     (End-of-stream, Warning: ..., Error: ...), until end-of-stream or an
//     error (bus_call.py);
//   - FPS and PerfData: per-stream frame rates and the **PERF line
//     (FPS.py);
//   - Platform: aarch64, integrated GPU and WSL checks (platform_info.py);
//   - Builder: element creation, properties and linking with one sticky
//     error, so that a sample reads like its Python original;
//   - Sink: the renderer a sample would use, or fakesink / a file sink
//     where no display exists;
//   - NewSourceBin: the uridecodebin source bin of the multi-stream apps;
//   - Input helpers: when a sample is given no input, it plays the
//     synthetic scene's default clip (scene.DefaultClip);
//   - Configs: the sample's config files, embedded in the binary as one
//     tree (configs/embedded, configs/sdk) and the runtime's set written
//     to a temporary folder by WriteConfigs.
//
// The package uses go-gst for GStreamer and the public go-deepstream API
// only; it has no cgo of its own.
package dsapp
