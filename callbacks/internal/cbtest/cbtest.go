// Package cbtest holds the C that plays a downstream C plugin in package
// callbacks' tests: it reads payloads through C struct declarations and
// copies metadata through the runtime's own functions. Only tests import it.
package cbtest

// #include "cbtest.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// ReadCustom reads a CustomDataStruct payload of u the way a C plugin does.
func ReadCustom(u nvds.UserMeta) (structID int, message string, sampleInt int, ok bool) {
	var id, si C.int
	buf := (*C.char)(C.malloc(256))
	defer C.free(unsafe.Pointer(buf))
	if C.gods_cbtest_read_custom((*C.NvDsUserMeta)(u.UnsafePointer()), &id, &si, buf, 256) != 0 {
		return 0, "", 0, false
	}
	return int(id), C.GoString(buf), int(si), true
}

// CustomLayout is sizeof(CustomDataStruct) and the offsets of message and
// sampleInt, as the C compiler lays it out.
func CustomLayout() (size, message, sampleInt uintptr) {
	return uintptr(C.gods_cbtest_custom_size()), uintptr(C.gods_cbtest_custom_message_offset()), uintptr(C.gods_cbtest_custom_sample_int_offset())
}

// CopyFrameUserMeta copies src's frame user metas to dst
// (nvds_copy_frame_user_meta_list), calling each one's copy_func.
func CopyFrameUserMeta(src, dst nvds.FrameMeta) {
	C.gods_copy_frame_user_meta((*C.NvDsFrameMeta)(src.UnsafePointer()), (*C.NvDsFrameMeta)(dst.UnsafePointer()))
}

// CopyObjectUserMeta is nvds_copy_obj_user_meta_list.
func CopyObjectUserMeta(src, dst nvds.ObjectMeta) {
	C.gods_cbtest_copy_obj_user_meta((*C.NvDsObjectMeta)(src.UnsafePointer()), (*C.NvDsObjectMeta)(dst.UnsafePointer()))
}

// CopyBatchUserMeta is nvds_copy_batch_user_meta_list.
func CopyBatchUserMeta(src, dst nvds.BatchMeta) {
	C.gods_cbtest_copy_batch_user_meta((*C.NvDsBatchMeta)(src.UnsafePointer()), (*C.NvDsBatchMeta)(dst.UnsafePointer()))
}

// NewBuffer returns a new empty GstBuffer (initialising GStreamer once).
func NewBuffer() unsafe.Pointer { return unsafe.Pointer(C.gods_new_buffer()) }

// CopyBuffer is gst_buffer_copy: the batch meta travels through its
// transform, which deep-copies every user meta.
func CopyBuffer(buf unsafe.Pointer) unsafe.Pointer {
	return unsafe.Pointer(C.gst_buffer_copy((*C.GstBuffer)(buf)))
}

// UnrefBuffer is gst_buffer_unref.
func UnrefBuffer(buf unsafe.Pointer) { C.gst_buffer_unref((*C.GstBuffer)(buf)) }

// IntFuncs returns a C copy_func/release_func pair whose payload is one
// g_malloc'ed int.
func IntFuncs() (copyFunc, releaseFunc unsafe.Pointer) {
	return unsafe.Pointer(C.gods_cbtest_int_copy), unsafe.Pointer(C.gods_cbtest_int_release)
}

// NewInt allocates an int payload for IntFuncs.
func NewInt(v int) unsafe.Pointer { return unsafe.Pointer(C.gods_cbtest_int_new(C.int(v))) }

// FreeInt frees an int payload that was never attached.
func FreeInt(p unsafe.Pointer) {
	var u C.NvDsUserMeta
	u.user_meta_data = p
	C.gods_cbtest_int_release(C.gpointer(unsafe.Pointer(&u)), nil)
}

// Int reads an int payload.
func Int(p unsafe.Pointer) int { return int(*(*C.int)(p)) }

// The int payloads not yet released, in the module's leak registry as
// "cbtest.int_payloads".
func init() {
	leak.Register("cbtest.int_payloads", func() int64 { return int64(C.gods_cbtest_int_live()) })
}
