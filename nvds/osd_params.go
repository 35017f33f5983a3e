package nvds

// #include "cshim.h"
import "C"

// RectParams is a borrowed view of an NvOSD_RectParams. It is valid only
// while the buffer that carries it is alive and inside the probe or
// callback that produced it.
type RectParams struct{ p *C.NvOSD_RectParams }

// MaskParams is a borrowed view of an NvOSD_MaskParams.
type MaskParams struct{ p *C.NvOSD_MaskParams }

// TextParams is a borrowed view of an NvOSD_TextParams.
type TextParams struct{ p *C.NvOSD_TextParams }
