//go:build !deepstream

package standin

/*
#include <stdlib.h>
#include "standin_elements.go.h"
*/
import "C"

import (
	"errors"
	"sync"
	"unsafe"
)

var registered struct {
	sync.Mutex
	done bool
}

// Register registers every stand-in element in-process under DeepStream's
// factory names (see the package documentation for the list and ranks).
// GStreamer must be initialised first (gst.Init); Register returns
// ErrNotInitialized otherwise. It refuses, registering nothing, when a
// factory of one of those names already comes from another plugin, a real
// DeepStream plugin in particular. Calling it again after a success does
// nothing.
func Register() error {
	registered.Lock()
	defer registered.Unlock()
	if registered.done {
		return nil
	}
	if C.gst_is_initialized() == 0 {
		return ErrNotInitialized
	}
	var msg *C.char
	if C.gods_standin_register_in_process(&msg) == 0 {
		err := errors.New("standin: " + C.GoString(msg))
		C.g_free(C.gpointer(unsafe.Pointer(msg)))
		return err
	}
	registered.done = true
	return nil
}

// Factories returns the factory names of the stand-in elements this build
// provides, in registration order.
func Factories() []string {
	n := int(C.gods_standin_element_count())
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, C.GoString(C.gods_standin_element_name(C.int(i))))
	}
	return out
}

// registerForeignFactory registers a plain bin in-process under name, as a
// real plugin's element would be, for tests of Register's refusal.
func registerForeignFactory(name string) bool {
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	return C.gst_element_register(nil, cs, C.GST_RANK_NONE, C.gst_bin_get_type()) != 0
}

// factoryRank returns the rank of the registered factory name, -1 when
// there is none.
func factoryRank(name string) int {
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	f := C.gst_element_factory_find(cs)
	if f == nil {
		return -1
	}
	defer C.gst_object_unref(C.gpointer(f))
	return int(C.gst_plugin_feature_get_rank((*C.GstPluginFeature)(unsafe.Pointer(f))))
}
