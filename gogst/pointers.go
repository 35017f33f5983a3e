package gogst

import (
	"unsafe"

	"github.com/go-gst/go-gst/gst"
)

// BufferPointer returns the GstBuffer* wrapped by b, without taking a
// reference. It returns nil when b is nil.
//
// The pointer is borrowed from b: keep b alive (runtime.KeepAlive) for as long
// as the pointer is used, or the finalizer go-gst placed on b may unref the
// buffer.
func BufferPointer(b *gst.Buffer) unsafe.Pointer {
	if b == nil {
		return nil
	}
	// (*gst.Buffer).Instance returns *C.GstBuffer of package gst; the only
	// portable way to hand it across the package boundary is unsafe.Pointer.
	return unsafe.Pointer(b.Instance())
}

// PadPointer returns the GstPad* wrapped by p, without taking a reference. It
// returns nil when p is nil or wraps no object.
//
// The pointer is borrowed from p: keep p alive (runtime.KeepAlive) for as long
// as the pointer is used.
func PadPointer(p *gst.Pad) unsafe.Pointer {
	if p == nil || p.Object == nil || p.InitiallyUnowned == nil {
		return nil
	}
	// Unsafe is (*glib.Object).Unsafe, promoted through gst.Object and
	// glib.InitiallyUnowned; it returns the GObject* (here a GstPad*) and is
	// itself nil-safe for a nil *glib.Object.
	return p.Unsafe()
}
