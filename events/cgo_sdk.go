//go:build deepstream

package events

// The installed SDK: gst-nvevent.h and gst-nvmessage.h are in
// libnvdsgst_helper, gst-nvdscustomevent.h in libnvdsgst_customhelper.
// Another prefix: put -I<prefix>/sources/includes in CGO_CFLAGS and
// -L<prefix>/lib in CGO_LDFLAGS; they are searched first.

/*
#cgo CFLAGS: -I/opt/nvidia/deepstream/deepstream/sources/includes -std=gnu11 -Wall
#cgo LDFLAGS: -L/opt/nvidia/deepstream/deepstream/lib -Wl,-rpath,/opt/nvidia/deepstream/deepstream/lib -lnvdsgst_helper -lnvdsgst_customhelper
#cgo pkg-config: gstreamer-1.0
*/
import "C"
