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

// UnderASan reports whether the test binary is built with -asan, for tests
// that keep their other checks but not an RSS bound (the sanitizer's
// quarantine holds freed memory).
func UnderASan() bool { return asanEnabled }
