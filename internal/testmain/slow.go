package testmain

import (
	"os"
	"testing"
)

// SkipSlowEnv names the variable that skips the slow end-to-end tests
// (real servers, fault injection, long clips). make test runs the module's
// tests once per emulated ABI and once more under cgocheck2; the slow tests
// check behaviour that does not depend on the ABI, so the Makefile sets the
// variable on every pass but the first, and they run once per CI run.
// A plain `go test ./...` runs them.
const SkipSlowEnv = "GODS_SKIP_SLOW"

// Slow marks t as a slow end-to-end test: it is skipped, with a message
// naming the variable, when SkipSlowEnv is set to a non-empty value.
func Slow(t testing.TB) {
	t.Helper()
	if os.Getenv(SkipSlowEnv) != "" {
		t.Skipf("slow end-to-end test: skipped because %s is set (it runs in make test's first pass)", SkipSlowEnv)
	}
}
