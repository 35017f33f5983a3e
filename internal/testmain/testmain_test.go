package testmain

import (
	"testing"
	"time"

	"github.com/go-deepstream/go-deepstream/internal/leak"
)

// live is the counter "testmaintest.objects", for these tests only.
var live int64

func init() { leak.Register("testmaintest.objects", func() int64 { return live }) }

// The gate passes a clean run through, fails one that leaves something
// alive and keeps a failing run's status.
func TestCheck(t *testing.T) {
	defer func(d time.Duration) { settle = d }(settle)
	settle = 20 * time.Millisecond
	defer func() { live = 0 }()

	if got := Check(0); got != 0 {
		t.Errorf("Check(0) with nothing alive = %d, want 0", got)
	}
	live = 1
	if got := Check(0); got != 1 {
		t.Errorf("Check(0) with one object alive = %d, want 1", got)
	}
	if got := Check(2); got != 2 {
		t.Errorf("Check(2) = %d, want the tests' status 2", got)
	}
}

// NoLeaks compares with the counts when it was called, so an object alive
// before the test is not the test's leak.
func TestNoLeaksComparesWithBefore(t *testing.T) {
	defer func() { live = 0 }()
	live = 3
	t.Run("balanced", func(t *testing.T) {
		NoLeaks(t)
		live++
		t.Cleanup(func() { live-- })
	})
	if live != 3 {
		t.Fatalf("live = %d", live)
	}
}

func TestSlowSkipsOnlyWhenTheVariableIsSet(t *testing.T) {
	t.Setenv(SkipSlowEnv, "")
	ran := t.Run("unset", func(t *testing.T) { Slow(t) })
	if !ran {
		t.Fatal("Slow skipped a test with the variable unset")
	}
	t.Setenv(SkipSlowEnv, "1")
	var skipped bool
	t.Run("set", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Slow(t)
	})
	if !skipped {
		t.Fatal("Slow did not skip with the variable set")
	}
}
