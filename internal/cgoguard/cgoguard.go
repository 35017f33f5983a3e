// Package cgoguard keeps a failing Go function that C called (an //export
// function: a pad probe, a payload's copy or release) from killing the
// process from a thread Go does not own. Every //export function of the
// module defers one Guard, so all of them fail the same way: the failure is
// recovered and handed to the caller's report function, which does what
// the C side needs (a probe posts an error on the bus; a release logs) and
// picks the result C gets.
//
// runtime.Goexit (t.FailNow, t.Fatal, t.SkipNow in a callback) cannot be
// stopped: Go runs the deferred calls and then, on a thread Go did not
// create (a GStreamer streaming thread), the runtime aborts the process
// ("runtime.Goexit called in a thread that was not created by the Go
// runtime"). The guard still reports it, as Failure.Goexit, before that
// happens, so the crash is explained and the bus carries the error.
package cgoguard

import (
	"fmt"
	"os"
	"runtime/debug"
)

// Failure is how a guarded call failed.
type Failure struct {
	Name   string // what was called, as the caller named it to the guard
	Value  any    // the panic value; nil for Goexit
	Goexit bool   // the function called runtime.Goexit
	Stack  []byte // the goroutine's stack where it failed
}

// Error describes the failure in one line, naming the function.
func (f Failure) Error() string {
	if f.Goexit {
		return fmt.Sprintf("%s called runtime.Goexit (t.FailNow, t.Fatal?) on a thread Go does not own; Go will abort the process", f.Name)
	}
	return fmt.Sprintf("%s panicked: %v", f.Name, f.Value)
}

// Guard watches one call. Use it as
//
//	var g cgoguard.Guard
//	defer g.Recover("what", report)
//	... the call ...
//	g.Done()
//
// Recover must be the deferred call itself (recover only works there). A
// Guard that does not escape costs nothing on the normal path.
type Guard struct{ done bool }

// Done marks the normal end of the call: the last statement before the
// deferred Recover runs.
func (g *Guard) Done() { g.done = true }

// Recover, deferred, turns a panic or Goexit of the guarded call into a
// call of report. When the call returned (Done), it does nothing.
func (g *Guard) Recover(name string, report func(Failure)) {
	if g.done {
		return
	}
	f := Failure{Name: name, Value: recover(), Stack: debug.Stack()}
	f.Goexit = f.Value == nil // a nil panic value is a *runtime.PanicNilError since Go 1.21
	report(f)
}

// Log writes f to the standard error with its stack: the report of
// callbacks that have nobody else to tell.
func Log(f Failure) {
	fmt.Fprintf(os.Stderr, "go-deepstream: %v\n%s", f.Error(), f.Stack)
}
