package osd

import (
	"fmt"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Mask buffers belong to the object meta, not to Go. AllocMask and SetMask
// put a g_malloc0'ed float array into NvOSD_MaskParams.data (freeing the
// one there before); from then on DeepStream owns it: the object meta's
// release (when the buffer's metadata is freed, or the object is removed)
// g_frees it, and copying the object meta duplicates it. Never free it from
// Go, and do not keep the returned slice past the probe: it dies with the
// object meta.

// AllocMask gives m a zeroed width x height mask and sets threshold; it
// returns the mask as a writable zero-copy slice, row by row (pyds
// alloc_mask_array). It fails with nvds.ErrNilMeta on a nil view and
// nvds.ErrOutOfRange when the mask would exceed 4 GiB.
func AllocMask(m nvds.MaskParams, width, height uint32, threshold float32) ([]float32, error) {
	if m.IsNil() {
		return nil, &nvds.Error{Op: "osd.AllocMask", Err: nvds.ErrNilMeta}
	}
	data, err := m.AllocData(width, height)
	if err != nil {
		return nil, err
	}
	m.SetThreshold(threshold)
	return data, nil
}

// SetMask gives m a width x height mask holding a copy of values (row by
// row) and sets threshold. It fails with nvds.ErrOutOfRange, changing
// nothing, unless len(values) == width*height.
func SetMask(m nvds.MaskParams, width, height uint32, values []float32, threshold float32) error {
	if uint64(len(values)) != uint64(width)*uint64(height) {
		return &nvds.Error{Op: "osd.SetMask", Err: nvds.ErrOutOfRange,
			Msg: fmt.Sprintf("%d values for a %dx%d mask", len(values), width, height)}
	}
	data, err := AllocMask(m, width, height, threshold)
	if err != nil {
		return err
	}
	copy(data, values)
	return nil
}
