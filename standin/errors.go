package standin

import "errors"

// ErrNotInitialized is returned by Register when GStreamer has not been
// initialised yet (gst.Init, or gst_init in C).
var ErrNotInitialized = errors.New("standin: GStreamer is not initialised: call gst.Init before standin.Register")
