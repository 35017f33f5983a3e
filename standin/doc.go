// Package standin provides CPU stand-ins for the DeepStream GStreamer
// elements, registered in-process by Register under DeepStream's factory
// names, and built as the plugin file libgstnvdsstandin.so by make plugin.
// Embedded builds only: under the deepstream build tag Register does
// nothing.
package standin
