package nvds

// #include "cshim.h"
import "C"

import "unsafe"

// LabelInfo is a borrowed view of an NvDsLabelInfo: one label of a
// classifier result. It is valid only while the buffer that carries it is
// alive and inside the probe or callback that produced it.
type LabelInfo struct{ p *C.NvDsLabelInfo }

func labelFromPointer(p unsafe.Pointer) LabelInfo { return LabelInfo{(*C.NvDsLabelInfo)(p)} }
