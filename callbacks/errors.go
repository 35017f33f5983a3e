package callbacks

import (
	"errors"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Sentinel errors callers branch on with errors.Is. Failures are reported
// as *nvds.Error values naming the operation, wrapping one of these or one
// of nvds's sentinels (nvds.ErrNilMeta for a nil target,
// nvds.ErrPoolExhausted, nvds.ErrTruncated, nvds.ErrNUL).
var (
	// ErrNotRegistered: the meta type has no active registration (never
	// registered, or unregistered since).
	ErrNotRegistered = errors.New("callbacks: meta type not registered")
	// ErrConflict: the meta type is already registered with other
	// functions, another payload kind or another payload type.
	ErrConflict = errors.New("callbacks: meta type registered differently")
	// ErrWrongMetaType: the user meta is of another meta type than the one
	// asked for.
	ErrWrongMetaType = errors.New("callbacks: user meta of another meta type")
	// ErrForeignPayload: the user meta's payload was not attached by this
	// package in the form asked for (a Go payload read as a C-layout one,
	// or a payload some other code attached).
	ErrForeignPayload = errors.New("callbacks: payload not attached by this package in this form")
	// ErrWrongType: a Go payload holds a value of another Go type.
	ErrWrongType = errors.New("callbacks: payload holds another Go type")
	// ErrNoPayload: the user meta carries no payload (user_meta_data is
	// NULL, for instance the copy of a Go payload whose Clone panicked).
	ErrNoPayload = errors.New("callbacks: user meta has no payload")
	// ErrNotPlainData: a C-layout payload type contains Go pointers
	// (pointers, slices, maps, strings, interfaces, channels, funcs) other
	// than CString fields.
	ErrNotPlainData = errors.New("callbacks: payload type is not plain data")
	// ErrInvalidTarget: the target is not an nvds.BatchMeta, FrameMeta or
	// ObjectMeta, or its batch meta is missing.
	ErrInvalidTarget = errors.New("callbacks: target must be a batch, frame or object meta of a batch")
)

func opError(op string, err error) error { return &nvds.Error{Op: op, Err: err} }
