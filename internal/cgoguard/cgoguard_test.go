package cgoguard

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// guarded runs f under a Guard, as an //export function does, on a
// goroutine of its own (so that Goexit ends only that goroutine), and
// returns what report received, if anything.
func guarded(f func()) (got *Failure, returned bool) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		var g Guard
		defer g.Recover("test callback", func(fl Failure) { got = &fl })
		f()
		g.Done()
		returned = true
	}()
	<-done
	return got, returned
}

func TestGuardNormalReturn(t *testing.T) {
	got, returned := guarded(func() {})
	if got != nil || !returned {
		t.Fatalf("a call that returns is not a failure: %+v, returned %v", got, returned)
	}
}

func TestGuardPanic(t *testing.T) {
	got, returned := guarded(func() { panic(fmt.Errorf("boom %d", 7)) })
	if got == nil || returned {
		t.Fatalf("a panic must be reported: %+v, returned %v", got, returned)
	}
	if got.Goexit || got.Error() != "test callback panicked: boom 7" {
		t.Errorf("failure = %q (Goexit %v)", got.Error(), got.Goexit)
	}
	if !strings.Contains(string(got.Stack), "TestGuardPanic") {
		t.Errorf("the stack must show where it panicked:\n%s", got.Stack)
	}
}

func TestGuardNilPanicIsAPanic(t *testing.T) {
	got, _ := guarded(func() { panic(nil) })
	if got == nil || got.Goexit {
		t.Fatalf("panic(nil) is a panic (*runtime.PanicNilError), not Goexit: %+v", got)
	}
}

func TestGuardGoexit(t *testing.T) {
	got, returned := guarded(runtime.Goexit)
	if got == nil || returned || !got.Goexit {
		t.Fatalf("Goexit must be reported as such: %+v, returned %v", got, returned)
	}
	if !strings.Contains(got.Error(), "test callback called runtime.Goexit") {
		t.Errorf("failure = %q", got.Error())
	}
}
