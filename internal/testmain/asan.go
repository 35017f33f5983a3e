package testmain

import "testing"

// SkipUnderASan skips t, saying why, when the test binary is built with
// -asan (make test-asan): for tests that count allocations, which the
// sanitizer's instrumentation makes on its own behalf.
func SkipUnderASan(t testing.TB, why string) {
	t.Helper()
	if asanEnabled {
		t.Skipf("skipped under -asan: %s", why)
	}
}
