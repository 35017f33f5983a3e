package dsapp

import (
	"reflect"
	"runtime"
	"strings"
	"unsafe"

	"github.com/go-gst/go-gst/gst"
)

// messageSourcePath returns the path of the object that posted msg
// (GST_MESSAGE_SRC), as gst_object_get_path_string writes it, or "" when
// the message has no source (gst_message_new_error accepts a NULL one).
//
// go-gst exposes only the source's name, which is not unique in a pipeline
// (every source bin holds a "source"), and this package has no cgo of its
// own. The fields are read through the cgo struct types go-gst's methods
// return, so their offsets are the C compiler's, not assumed.
func messageSourcePath(msg *gst.Message) string {
	defer runtime.KeepAlive(msg)
	src := structField(unsafe.Pointer(msg.Instance()), reflect.TypeOf(msg.Instance()), "src")
	if src == nil {
		return "" // msg.Source() would read NULL->name
	}
	return objectPath(gst.FromGstObjectUnsafeNone(src))
}

// ElementPath returns e's path in its pipeline as
// gst_object_get_path_string writes it: "/GstPipeline:p/GstBin:b/GstQueue:q".
// It reads the parent links without taking the objects' locks: call it on
// elements that are not being moved between bins.
func ElementPath(e *gst.Element) string {
	if e == nil {
		panic("dsapp.ElementPath: nil element")
	}
	return objectPath(e.Object)
}

// objectPath walks obj's parents (GstObject.parent).
func objectPath(obj *gst.Object) string {
	var parts []string
	for depth := 0; obj != nil && depth < 64; depth++ {
		parts = append(parts, obj.TypeFromInstance().Name()+":"+obj.GetName())
		p := structField(unsafe.Pointer(obj.Instance()), reflect.TypeOf(obj.Instance()), "parent")
		runtime.KeepAlive(obj)
		if p == nil {
			break
		}
		obj = gst.FromGstObjectUnsafeNone(p)
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return "/" + strings.Join(parts, "/")
}

// structField reads the pointer field name of the C struct ptr points to;
// ptrType is the cgo pointer type of ptr. It returns nil when ptr is nil or
// the struct has no pointer field of that name.
func structField(ptr unsafe.Pointer, ptrType reflect.Type, name string) unsafe.Pointer {
	if ptr == nil || ptrType.Kind() != reflect.Pointer || ptrType.Elem().Kind() != reflect.Struct {
		return nil
	}
	f, ok := ptrType.Elem().FieldByName(name)
	if !ok || f.Type.Kind() != reflect.Pointer {
		return nil
	}
	return *(*unsafe.Pointer)(unsafe.Add(ptr, f.Offset))
}
