package nvds

// #include "nvdsmeta.h"
import "C"

import (
	"iter"
	"unsafe"
)

// listSeq walks a GList of metadata in Go, without a cgo call per step.
// The next link is read before yielding, so the body may unlink (remove)
// the element it was given.
func listSeq[T any](head *C.GList, wrap func(unsafe.Pointer) T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for l := head; l != nil; {
			next := l.next
			if !yield(wrap(unsafe.Pointer(l.data))) {
				return
			}
			l = next
		}
	}
}

// listLen counts a GList's entries.
func listLen(head *C.GList) int {
	n := 0
	for l := head; l != nil; l = l.next {
		n++
	}
	return n
}

// listNth returns the data of the index'th entry, or nil.
func listNth(head *C.GList, index int) unsafe.Pointer {
	if index < 0 {
		return nil
	}
	for l := head; l != nil; l = l.next {
		if index == 0 {
			return unsafe.Pointer(l.data)
		}
		index--
	}
	return nil
}
