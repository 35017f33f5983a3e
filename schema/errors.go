package schema

import (
	"errors"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Sentinel errors callers branch on with errors.Is. Failures are
// *nvds.Error values naming the method or function called, wrapping one of
// these or one of nvds's sentinels (nvds.ErrNilMeta, nvds.ErrTruncated,
// nvds.ErrOutOfRange, nvds.ErrReleased, nvds.ErrPoolExhausted, and
// nvds.ErrNUL for a string holding a NUL byte, which leaves the field
// unchanged).
var (
	// ErrWrongObjectType: the event message's ext object is of another type
	// than the one asked for.
	ErrWrongObjectType = errors.New("schema: ext object of another object type")
	// ErrUnsupported: the field does not exist in the SDK release the
	// package is compiled against (entries before 8.0).
	ErrUnsupported = errors.New("schema: field not in this DeepStream release")
	// ErrNoConfig: the full schema needs a sensor, place or analytics entry
	// the Config lacks (Encoder.Strict only).
	ErrNoConfig = errors.New("schema: no config entry for the id")
)

func opError(op string, err error) error { return &nvds.Error{Op: op, Err: err} }
