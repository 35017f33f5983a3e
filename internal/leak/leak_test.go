package leak

import "testing"

func TestRegisterLiveDiff(t *testing.T) {
	var a, b int64
	Register("leaktest.a", func() int64 { return a })
	Register("leaktest.b", func() int64 { return b })
	defer func() {
		mu.Lock()
		delete(counters, "leaktest.a")
		delete(counters, "leaktest.b")
		mu.Unlock()
	}()

	if live := Live(); len(live) != 0 {
		t.Fatalf("Live() = %v, want empty", live)
	}
	before := Live()
	a, b = 2, 1
	if got := Count("leaktest.a"); got != 2 {
		t.Errorf("Count = %d, want 2", got)
	}
	if got := Count("leaktest.none"); got != 0 {
		t.Errorf("Count of an unknown name = %d, want 0", got)
	}
	live := Live()
	if got, want := live.String(), "leaktest.a=2, leaktest.b=1"; got != want {
		t.Errorf("Live() = %q, want %q", got, want)
	}
	if got, want := live.Diff(before).String(), "leaktest.a=2, leaktest.b=1"; got != want {
		t.Errorf("Diff = %q, want %q", got, want)
	}
	b = 0
	if got, want := Live().Diff(live).String(), "leaktest.b=-1"; got != want {
		t.Errorf("Diff after a release = %q, want %q", got, want)
	}

	defer func() {
		if recover() == nil {
			t.Error("a second registration of a name did not panic")
		}
	}()
	Register("leaktest.a", func() int64 { return 0 })
}
