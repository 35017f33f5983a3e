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

// frameSeq, objectSeq and classifierSeq are listSeq for the lists that
// are ranged over with another range loop inside, written out without type
// parameters. The compiler (checked with Go 1.24-1.26) does not inline the
// closure of a generic iterator whose loop body contains another
// range-over-func loop, so
//
//	for f := range b.Frames() { for o := range f.Objects() { ... } }
//
// made an indirect call per object (3.5x the C loop in BenchmarkWalkBatch).
// Non-generic, nested loops compile to the same pointer chasing as C.
// Innermost lists (labels, display meta, user meta) keep listSeq, which
// inlines fine there.

func frameSeq(head *C.GList) iter.Seq[FrameMeta] {
	return func(yield func(FrameMeta) bool) {
		for l := head; l != nil; {
			next := l.next
			if !yield(FrameMeta{(*C.NvDsFrameMeta)(unsafe.Pointer(l.data))}) {
				return
			}
			l = next
		}
	}
}

func objectSeq(head *C.GList) iter.Seq[ObjectMeta] {
	return func(yield func(ObjectMeta) bool) {
		for l := head; l != nil; {
			next := l.next
			if !yield(ObjectMeta{(*C.NvDsObjectMeta)(unsafe.Pointer(l.data))}) {
				return
			}
			l = next
		}
	}
}

func classifierSeq(head *C.GList) iter.Seq[ClassifierMeta] {
	return func(yield func(ClassifierMeta) bool) {
		for l := head; l != nil; {
			next := l.next
			if !yield(ClassifierMeta{(*C.NvDsClassifierMeta)(unsafe.Pointer(l.data))}) {
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
