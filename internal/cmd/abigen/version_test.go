package main

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/go-deepstream/go-deepstream/internal/abi"
)

// evalCondition evaluates a preprocessor test written by versionCondition
// for the SDK version major.minor. Its operators (||, &&, ==, <, >=, ...)
// and parentheses mean the same in Go, so once the two macros are replaced
// by numbers Go's constant evaluator computes it.
func evalCondition(t *testing.T, cond string, major, minor int) bool {
	t.Helper()
	if cond == "" {
		return true
	}
	expr := strings.NewReplacer("NVDS_VERSION_MAJOR", fmt.Sprint(major), "NVDS_VERSION_MINOR", fmt.Sprint(minor)).Replace(cond)
	tv, err := types.Eval(token.NewFileSet(), nil, token.NoPos, expr)
	if err != nil {
		t.Fatalf("%q: %v", cond, err)
	}
	return tv.Value.String() == "true"
}

// Every subset of the emulated releases gets a test that is true for
// exactly those releases, so 9.0 and 9.1 (and 7.0 and 7.1) get their own
// declarations. Releases outside the emulated ones follow their nearest
// neighbour: older ones the oldest variant, newer ones the newest.
func TestVersionConditionSelectsExactlyItsReleases(t *testing.T) {
	vs := abi.Versions
	n := len(vs)
	for mask := 1; mask < 1<<n; mask++ {
		present := make([]bool, n)
		for i := range present {
			present[i] = mask&(1<<i) != 0
		}
		cond := versionCondition(vs, present)
		for i, v := range vs {
			if got := evalCondition(t, cond, v.Major, v.Minor); got != present[i] {
				t.Errorf("present %v: %q is %v for %s", present, cond, got, v.Name)
			}
		}
		for _, later := range [][2]int{{9, 2}, {10, 0}} {
			if got := evalCondition(t, cond, later[0], later[1]); got != present[n-1] {
				t.Errorf("present %v: %q is %v for %d.%d, want the newest release's %v", present, cond, got, later[0], later[1], present[n-1])
			}
		}
		if got := evalCondition(t, cond, 6, 4); got != present[0] {
			t.Errorf("present %v: %q is %v for 6.4, want the oldest release's %v", present, cond, got, present[0])
		}
	}
}

// The tests read as a person would write them: the major number alone
// where whole major releases agree, the minor number only where needed.
func TestVersionConditionSpelling(t *testing.T) {
	vs := abi.Versions // 7.0 7.1 8.0 9.0 9.1
	for _, c := range []struct {
		present []bool
		want    string
	}{
		{[]bool{true, true, true, true, true}, ""},
		{[]bool{true, true, false, false, false}, "NVDS_VERSION_MAJOR < 8"},
		{[]bool{false, false, true, true, true}, "NVDS_VERSION_MAJOR >= 8"},
		{[]bool{false, false, true, false, false}, "NVDS_VERSION_MAJOR == 8"},
		{[]bool{false, false, false, false, true}, "NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)"},
		{[]bool{false, false, false, true, false}, "NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR < 1"},
		{[]bool{true, false, false, false, false}, "NVDS_VERSION_MAJOR < 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR < 1)"},
		{[]bool{false, true, false, false, false}, "NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR >= 1"},
	} {
		if got := versionCondition(vs, c.present); got != c.want {
			t.Errorf("present %v: got %q, want %q", c.present, got, c.want)
		}
	}
}

// The generated headers carry a 9.0 and a 9.1 NvDsEventMsgMeta (visibility
// moved into it in 9.1) and a 7.0 and a 7.1 NvDsInferTensorMeta
// (symmetric_padding is new in 7.1).
func TestGenerateSeparatesMinorReleases(t *testing.T) {
	var files []*abi.File
	for _, v := range abi.Versions {
		f, err := abi.Load(abi.Dir(), v.Name)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	hs, err := generate(files)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ header, want string }{
		{"nvdsmeta_schema.h", "#elif NVDS_VERSION_MAJOR >= 8 && (NVDS_VERSION_MAJOR < 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR < 1))\nstruct NvDsEventMsgMeta {"},
		{"nvdsmeta_schema.h", "#elif NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)\nstruct NvDsEventMsgMeta {"},
		{"gstnvdsinfer.h", "#if NVDS_VERSION_MAJOR < 7 || (NVDS_VERSION_MAJOR == 7 && NVDS_VERSION_MINOR < 1)\ntypedef struct {\n  guint unique_id;"},
		{"nvdsmeta.h", "DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1."},
	} {
		if !strings.Contains(hs[c.header], c.want) {
			t.Errorf("%s lacks %q", c.header, c.want)
		}
	}
}
