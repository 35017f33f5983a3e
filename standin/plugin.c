//go:build !deepstream

/* plugin.c: the GStreamer plugin file libgstnvdsstandin.so (`make plugin`).
 * Compiled to nothing in the Go package, where standin.Register registers
 * the same elements in-process. */
#ifdef GODS_STANDIN_PLUGIN_FILE

#define PACKAGE "go-deepstream"

#include "standin_elements.go.h"

static gboolean plugin_init(GstPlugin *plugin)
{
    return gods_standin_register_all(plugin);
}

#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
GST_PLUGIN_DEFINE(GST_VERSION_MAJOR, GST_VERSION_MINOR, nvdsstandin,
                  "go-deepstream CPU stand-ins for DeepStream elements", plugin_init, "0.1", "unknown",
                  "go-deepstream", "https://github.com/go-deepstream/go-deepstream")

#else

/* Keeps the translation unit non-empty in the Go build. */
typedef int gods_standin_plugin_file_unused;

#endif
