package objenc

import (
	"errors"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Sentinel errors callers branch on with errors.Is. Failed calls return an
// *nvds.Error naming the method, wrapping one of these or an nvds sentinel
// (nvds.ErrNilMeta, nvds.ErrOutOfRange).
var (
	// ErrClosed: the Context was used after Destroy.
	ErrClosed = errors.New("objenc: context destroyed")
	// ErrNoSurface: a zero surface.Surface was passed.
	ErrNoSurface = errors.New("objenc: no surface")
	// ErrBadArgs: the Args ask for nothing, or hold a value the encoder
	// cannot take (quality, scaled size, file name).
	ErrBadArgs = errors.New("objenc: invalid arguments")
	// ErrEncode: the encoder refused the crop (a colour format, layout or
	// memory type it cannot read, or a file it cannot write).
	ErrEncode = errors.New("objenc: encoder refused the crop")
)

func opError(op string, err error, msg string) error {
	return &nvds.Error{Op: op, Err: err, Msg: msg}
}
