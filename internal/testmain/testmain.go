// Package testmain is the module's test support for leak accounting, as
// cilium/ebpf's testmain: Run is the TestMain of every package whose tests
// touch C-owned resources and fails the test binary when anything counted in
// internal/leak is still alive after the tests; NoLeaks and NoneLive check
// one test.
package testmain

import (
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/go-deepstream/go-deepstream/internal/leak"
)

// settle bounds the wait for finalizers: go-gst releases pipelines, pads
// and buffers (and with them metas and payloads) from finalizers, so counts
// reach zero some garbage collections after the last reference is dropped.
// A variable for this package's own tests.
var settle = 10 * time.Second

// Run runs the tests and exits: with their status, or 1 when they passed
// but left something counted alive. Use it as TestMain (after any setup):
//
//	func TestMain(m *testing.M) { testmain.Run(m) }
func Run(m *testing.M) {
	os.Exit(Check(m.Run()))
}

// Check is Run's test after m.Run returned code: it waits for the counters
// to reach zero and returns code, or 1 (printing what is alive) if code is 0
// and some do not. For TestMain functions that run the tests themselves.
func Check(code int) int {
	// A few collections first, even when every count reads zero: some
	// counts rise only once the garbage collector finds the leak (a
	// surface.Mapping dropped without Close, in dsleak builds) and its
	// cleanup, which runs on a goroutine of its own, has run.
	for range 3 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	live := settled(leak.Counts{})
	if len(live) == 0 {
		return code
	}
	fmt.Fprintf(os.Stderr, "testmain: objects still alive after the tests: %s\n", live)
	if code == 0 {
		code = 1
	}
	return code
}

// NoLeaks makes t fail unless, once t's cleanups have run, every counter is
// back to its value when NoLeaks was called. Call it first in a test, so its
// cleanup runs last.
func NoLeaks(t testing.TB) {
	t.Helper()
	before := leak.Live()
	t.Cleanup(func() {
		if d := settled(before).Diff(before); len(d) != 0 {
			t.Errorf("leaked (change since the test started): %s", d)
		}
	})
}

// NoneLive fails t unless nothing counted is alive, once finalizers have run
// (waiting up to a few seconds for them).
func NoneLive(t testing.TB) {
	t.Helper()
	if live := settled(leak.Counts{}); len(live) != 0 {
		t.Errorf("objects still alive: %s", live)
	}
}

// settled returns the live counts once they equal want, or when the wait
// for finalizers runs out.
func settled(want leak.Counts) leak.Counts {
	deadline := time.Now().Add(settle)
	for {
		live := leak.Live()
		if len(live.Diff(want)) == 0 || time.Now().After(deadline) {
			return live
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
}
