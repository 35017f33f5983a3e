package objenc

// DefaultQuality is the JPEG quality used when Args.Quality is 0: what
// DeepStream's samples pass.
const DefaultQuality = 80

// MaxFileName is the longest Args.FileName in bytes: fileNameImg holds 1024
// bytes, NUL included.
const MaxFileName = 1023

// Args says what to do with one crop: the Go form of NvDsObjEncUsrArgs.
// At least one of SaveImage and AttachUserMeta must be set.
type Args struct {
	// SaveImage (saveImg) writes the JPEG to FileName (fileNameImg). Its
	// folder must exist.
	SaveImage bool
	FileName  string
	// AttachUserMeta (attachUsrMeta) attaches the JPEG as user meta of type
	// nvds.MetaTypeCropImage (NVDS_CROP_IMAGE_META) to the object, or to
	// the frame with WholeFrame; read it back with CropFromUser.
	AttachUserMeta bool
	// Scale (scaleImg) resizes the crop to ScaledWidth x ScaledHeight
	// (scaledWidth, scaledHeight), both then at least 1.
	Scale                     bool
	ScaledWidth, ScaledHeight int
	// WholeFrame (isFrame) encodes the whole frame instead of an object's
	// box; the object may then be a zero ObjectMeta.
	WholeFrame bool
	// Quality (quality) is the JPEG quality, 1 to 100; 0 means
	// DefaultQuality.
	Quality int
	// ObjNum (objNum) and CalcEncodeTime (calcEncodeTime) are passed to the
	// SDK as given: its numbering of crops and its timing log. The embedded
	// runtime ignores both.
	ObjNum         int
	CalcEncodeTime bool
}

// check validates a for op and returns the quality to pass.
func (a *Args) check(op string) (int, error) {
	if !a.SaveImage && !a.AttachUserMeta {
		return 0, opError(op, ErrBadArgs, "neither SaveImage nor AttachUserMeta is set")
	}
	if a.SaveImage {
		if a.FileName == "" {
			return 0, opError(op, ErrBadArgs, "SaveImage without a FileName")
		}
		if len(a.FileName) > MaxFileName {
			return 0, opError(op, ErrBadArgs, "FileName longer than 1023 bytes")
		}
		for i := range len(a.FileName) {
			if a.FileName[i] == 0 {
				return 0, opError(op, ErrBadArgs, "FileName contains a NUL byte")
			}
		}
	}
	if a.Scale && (a.ScaledWidth < 1 || a.ScaledHeight < 1 || a.ScaledWidth > maxSide || a.ScaledHeight > maxSide) {
		return 0, opError(op, ErrBadArgs, "Scale needs ScaledWidth and ScaledHeight in 1..65500")
	}
	q := a.Quality
	if q == 0 {
		q = DefaultQuality
	}
	if q < 1 || q > 100 {
		return 0, opError(op, ErrBadArgs, "Quality outside 0..100")
	}
	return q, nil
}

// maxSide is JPEG's largest image side.
const maxSide = 65500
