package surface

import (
	"image"
	"unsafe"
)

// RGBA returns the mapped RGBA frame as an *image.RGBA over the mapped
// memory: Pix starts at the frame's first pixel, Stride is the pitch, no
// pixel is copied. image/draw, image/png and friends read and write the live
// frame through it; call SyncForDevice after writing. The frame must be
// NVBUF_COLOR_FORMAT_RGBA in pitch layout, and plane 0 must be mapped. The
// image is invalid after Close. The cost is one small allocation, whatever
// the frame size.
func (m *Mapping) RGBA() (*image.RGBA, error) {
	const op = "surface.Mapping.RGBA"
	if err := m.checkPacked(op, ColorFormatRGBA, 4); err != nil {
		return nil, err
	}
	addr, pl, err := m.planeAddr(op, 0)
	if err != nil {
		return nil, err
	}
	return &image.RGBA{
		Pix:    unsafe.Slice((*byte)(addr), pl.Pitch*pl.Height),
		Stride: pl.Pitch,
		Rect:   image.Rect(0, 0, pl.Width, pl.Height),
	}, nil
}

// CopyRGBA returns a copy of the mapped RGBA frame in a new, tightly packed
// *image.RGBA (Stride = 4*Width) that stays valid after Close. The frame
// must be one RGBA can view.
func (m *Mapping) CopyRGBA() (*image.RGBA, error) {
	src, err := m.RGBA()
	if err != nil {
		return nil, err
	}
	b := src.Rect
	dst := image.NewRGBA(b)
	row := 4 * b.Dx()
	for y := range b.Dy() {
		copy(dst.Pix[y*dst.Stride:y*dst.Stride+row], src.Pix[y*src.Stride:y*src.Stride+row])
	}
	return dst, nil
}

// CopyRGBA maps frame index for reading, copies it as Mapping.CopyRGBA does
// and unmaps. It costs a copy of the frame; prefer Map and RGBA to work on
// the live frame.
func (s Surface) CopyRGBA(index int) (*image.RGBA, error) {
	m, err := s.Map(index, 0, MapRead)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	if err := m.SyncForCPU(); err != nil {
		return nil, err
	}
	return m.CopyRGBA()
}

// GrayPlane returns mapped plane p as an *image.Gray over the mapped memory
// (Stride = pitch, no copy), one 8-bit sample per byte: the image is
// Width*BytesPerPixel samples wide. That is the luma of a GRAY8, NV12, I420
// or YUV444 frame, one chroma plane of I420, or the interleaved U,V pairs of
// NV12's plane 1 (twice the chroma width). The frame must be in pitch
// layout. The image is invalid after Close.
func (m *Mapping) GrayPlane(p int) (*image.Gray, error) {
	const op = "surface.Mapping.GrayPlane"
	addr, pl, err := m.planeAddr(op, p)
	if err != nil {
		return nil, err
	}
	if Layout(m.params.layout) != LayoutPitch {
		return nil, opError(op, ErrUnsupportedLayout, "")
	}
	w := pl.Width * max(pl.BytesPerPixel, 1)
	if w > pl.Pitch {
		return nil, opError(op, ErrUnsupportedFormat, "row wider than the pitch")
	}
	return &image.Gray{
		Pix:    unsafe.Slice((*byte)(addr), pl.Pitch*pl.Height),
		Stride: pl.Pitch,
		Rect:   image.Rect(0, 0, w, pl.Height),
	}, nil
}

// YCbCr returns a mapped planar 8-bit YUV frame (I420 = YUV420, YV12 =
// YVU420 and their colorimetry variants, YUV444) as an *image.YCbCr over the
// mapped memory: no copy. The mapping must cover all planes (AllPlanes).
// Semi-planar formats (NV12, NV21) interleave U and V, which image.YCbCr
// cannot describe: view their planes with GrayPlane. The image is invalid
// after Close.
func (m *Mapping) YCbCr() (*image.YCbCr, error) {
	const op = "surface.Mapping.YCbCr"
	if m == nil || !m.open {
		return nil, opError(op, ErrClosed, "")
	}
	var ratio image.YCbCrSubsampleRatio
	swap := false
	switch ColorFormat(m.params.colorFormat) {
	case ColorFormatYUV420, ColorFormatYUV420ER, ColorFormatYUV420_709,
		ColorFormatYUV420_709ER, ColorFormatYUV420_2020:
		ratio = image.YCbCrSubsampleRatio420
	case ColorFormatYVU420, ColorFormatYVU420ER:
		ratio, swap = image.YCbCrSubsampleRatio420, true
	case ColorFormatYUV444:
		ratio = image.YCbCrSubsampleRatio444
	default:
		return nil, opError(op, ErrUnsupportedFormat, ColorFormat(m.params.colorFormat).String()+" is not planar 8-bit YUV")
	}
	if Layout(m.params.layout) != LayoutPitch {
		return nil, opError(op, ErrUnsupportedLayout, "")
	}
	if (Params{m.params}).NumPlanes() < 3 {
		return nil, opError(op, ErrUnsupportedFormat, "fewer than 3 planes")
	}
	var planes [3][]byte
	var geo [3]Plane
	for p := range 3 {
		addr, pl, err := m.planeAddr(op, p)
		if err != nil {
			return nil, err
		}
		planes[p], geo[p] = unsafe.Slice((*byte)(addr), pl.Pitch*pl.Height), pl
	}
	if geo[1].Pitch != geo[2].Pitch {
		return nil, opError(op, ErrUnsupportedFormat, "chroma planes have different pitches")
	}
	img := &image.YCbCr{
		Y:              planes[0],
		Cb:             planes[1],
		Cr:             planes[2],
		YStride:        geo[0].Pitch,
		CStride:        geo[1].Pitch,
		SubsampleRatio: ratio,
		Rect:           image.Rect(0, 0, geo[0].Width, geo[0].Height),
	}
	if swap {
		img.Cb, img.Cr = img.Cr, img.Cb
	}
	return img, nil
}

// checkPacked verifies that the mapped frame is the packed format want,
// in pitch layout, with rows of bpp-byte pixels that fit the pitch.
func (m *Mapping) checkPacked(op string, want ColorFormat, bpp int) error {
	if m == nil || !m.open {
		return opError(op, ErrClosed, "")
	}
	if got := ColorFormat(m.params.colorFormat); got != want {
		return opError(op, ErrUnsupportedFormat, "frame is "+got.String()+", not "+want.String())
	}
	if Layout(m.params.layout) != LayoutPitch {
		return opError(op, ErrUnsupportedLayout, "")
	}
	pl := Params{m.params}.plane(0)
	if pl.Width*bpp > pl.Pitch {
		return opError(op, ErrUnsupportedFormat, "row wider than the pitch")
	}
	return nil
}
