package nvds

import (
	"errors"
	"fmt"
)

// Sentinel errors callers branch on with errors.Is.
var (
	// ErrNilBuffer: a nil GstBuffer pointer was passed.
	ErrNilBuffer = errors.New("nvds: nil buffer")
	// ErrNoBatchMeta: the buffer carries no NvDsBatchMeta (it has not been
	// through nvstreammux, or the meta was removed).
	ErrNoBatchMeta = errors.New("nvds: buffer has no batch meta")
	// ErrNilMeta: a zero view (nil C pointer) was used.
	ErrNilMeta = errors.New("nvds: nil metadata")
	// ErrTruncated: a string did not fit its fixed-size C field; the stored
	// value is the longest prefix that fits (cut at a rune boundary).
	ErrTruncated = errors.New("nvds: string truncated to fit its field")
	// ErrNUL: a string holds a NUL byte, which would end it early in C. Every
	// string setter in the module refuses such a string, writing nothing.
	ErrNUL = errors.New("nvds: string contains a NUL byte")
	// ErrOutOfRange: an index past the end of a list or array.
	ErrOutOfRange = errors.New("nvds: index out of range")
	// ErrReleased: an owned value was used after Release or after ownership
	// passed to DeepStream.
	ErrReleased = errors.New("nvds: value already released or attached")
	// ErrHasBatchMeta: the buffer already carries an NvDsBatchMeta, so a
	// second one would be invisible downstream.
	ErrHasBatchMeta = errors.New("nvds: buffer already carries a batch meta")
	// ErrPoolExhausted: a pool could not supply an entry.
	ErrPoolExhausted = errors.New("nvds: metadata pool returned no entry")
)

// Error reports a failed call; the binding packages report their failures
// as *Error values wrapping a sentinel.
type Error struct {
	// Op is the Go function or method the caller called, qualified by its
	// package, e.g. "nvds.BatchMeta.AcquireFrameMeta": the name to look for
	// in the caller's code. Its doc comment names the C function wrapped.
	Op  string
	Err error // one of the sentinels above, or nil
	Msg string
}

// Error formats the error as "Op: Msg: Err", leaving out what is empty.
func (e *Error) Error() string {
	switch {
	case e.Msg != "" && e.Err != nil:
		return fmt.Sprintf("%s: %s: %v", e.Op, e.Msg, e.Err)
	case e.Err != nil:
		return fmt.Sprintf("%s: %v", e.Op, e.Err)
	default:
		return fmt.Sprintf("%s: %s", e.Op, e.Msg)
	}
}

// Unwrap returns Err, so errors.Is finds the sentinel.
func (e *Error) Unwrap() error { return e.Err }

func opError(op string, err error) error { return &Error{Op: op, Err: err} }
