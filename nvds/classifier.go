package nvds

// #include "cshim.h"
import "C"

import "unsafe"

// ClassifierMeta is a borrowed view of an NvDsClassifierMeta: one
// classifier's result for an object. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
type ClassifierMeta struct{ p *C.NvDsClassifierMeta }

func classifierFromPointer(p unsafe.Pointer) ClassifierMeta {
	return ClassifierMeta{(*C.NvDsClassifierMeta)(p)}
}
