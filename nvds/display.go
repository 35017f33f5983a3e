package nvds

// #include "cshim.h"
import "C"

import "unsafe"

// DisplayMeta is a borrowed view of an NvDsDisplayMeta: what nvdsosd draws
// on a frame besides the objects. It is valid only while the buffer that
// carries it is alive and inside the probe or callback that produced it.
type DisplayMeta struct{ p *C.NvDsDisplayMeta }

func displayFromPointer(p unsafe.Pointer) DisplayMeta { return DisplayMeta{(*C.NvDsDisplayMeta)(p)} }
