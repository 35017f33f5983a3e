package misuse

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// childEnv carries the name of the test a child process runs its case for.
const childEnv = "GODS_MISUSE_CHILD"

// childResult is how a case ended in its child process.
type childResult struct {
	Output string // stdout and stderr together
	Exited bool   // the child ran the case to the end and exited 0
	Err    error  // the child's exit error, nil when Exited
}

// inChild runs f in a child process: this test binary again, selecting the
// calling test only, with childEnv naming it. In the child, f runs and the
// process exits 0 when f returns; a panic or a fatal signal ends it
// otherwise. In the parent, inChild returns how the child ended. Call it
// first in a test (or subtest); every line before it runs in both processes.
func inChild(t *testing.T, f func()) childResult {
	t.Helper()
	if os.Getenv(childEnv) == t.Name() {
		f()
		os.Exit(0)
	}
	parts := strings.Split(t.Name(), "/")
	for i, p := range parts {
		parts[i] = "^" + regexp.QuoteMeta(p) + "$"
	}
	cmd := exec.Command(os.Args[0], "-test.run="+strings.Join(parts, "/"), "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+t.Name())
	cmd.WaitDelay = time.Second
	out, err := cmd.CombinedOutput()
	return childResult{Output: string(out), Exited: err == nil, Err: err}
}

// expectPanic fails t unless the child panicked (exit status 2, Go's panic
// exit) with a message containing want, and not with a fault or signal.
func expectPanic(t *testing.T, r childResult, want string) {
	t.Helper()
	if r.Exited {
		t.Fatalf("expected a panic naming %q; the case ran to the end:\n%s", want, r.Output)
	}
	for _, crash := range []string{"SIGSEGV", "fatal error: fault", "unexpected signal", "AddressSanitizer"} {
		if strings.Contains(r.Output, crash) {
			t.Fatalf("expected a panic naming %q; the child crashed (%s):\n%s", want, crash, r.Output)
		}
	}
	if !strings.Contains(r.Output, "panic: ") || !strings.Contains(r.Output, want) {
		t.Fatalf("expected a panic naming %q, got (%v):\n%s", want, r.Err, r.Output)
	}
}

// expectClean fails t unless the child ran the case to the end.
func expectClean(t *testing.T, r childResult) {
	t.Helper()
	if !r.Exited {
		t.Fatalf("the case did not run to the end (%v):\n%s", r.Err, r.Output)
	}
}

func TestChildHarness(t *testing.T) {
	t.Run("panic", func(t *testing.T) {
		r := inChild(t, func() { panic("misuse: harness self-test") })
		expectPanic(t, r, "misuse: harness self-test")
	})
	t.Run("clean", func(t *testing.T) {
		r := inChild(t, func() {})
		expectClean(t, r)
	})
	t.Run("crash is not a panic", func(t *testing.T) {
		r := inChild(t, func() {
			var p *int
			_ = *p // a nil dereference reported as SIGSEGV by the runtime
		})
		if r.Exited || !strings.Contains(r.Output, "SIGSEGV") {
			t.Fatalf("a nil dereference should crash with SIGSEGV:\n%s", r.Output)
		}
	})
}
