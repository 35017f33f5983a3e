package nvds_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// before is what each field holds when the fuzzed string is set.
const before = "before"

// FuzzStringSetters holds every string setter of the module
// (stringSetters) to one contract for arbitrary strings: a string holding a
// NUL byte is refused with nvds.ErrNUL and writes nothing; any other string
// is stored exactly (read back equal, bytes of invalid UTF-8 included) or,
// for a fixed char array, cut to the longest prefix that fits and ends at a
// rune boundary, with nvds.ErrTruncated.
func FuzzStringSetters(f *testing.F) {
	for _, s := range []string{
		"", "a", "kept", "a\x00b", "\x00", "trailing\x00", "café", "\u2028\u2029",
		"\xff\xfe invalid \xc3", "\"quoted\" \\ back\tslash\n",
		strings.Repeat("x", 127), strings.Repeat("x", 128), strings.Repeat("é", 64),
		strings.Repeat("x", 126) + "é", strings.Repeat("x", 14) + "€", strings.Repeat("\U0001F600", 40),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		hasNUL := strings.IndexByte(s, 0) >= 0
		for _, tc := range stringSetters(t) {
			if tc.nulOnly && !hasNUL {
				continue
			}
			if tc.get != nil {
				if err := tc.set(before); err != nil {
					t.Fatalf("%s(%q): %v", tc.name, before, err)
				}
			}
			err := tc.set(s)
			switch {
			case hasNUL:
				if !errors.Is(err, nvds.ErrNUL) {
					t.Fatalf("%s(%q) = %v, want nvds.ErrNUL", tc.name, s, err)
				}
				if tc.get != nil && tc.get() != before {
					t.Fatalf("%s(%q) refused the string but changed the field to %q", tc.name, s, tc.get())
				}
			case errors.Is(err, nvds.ErrNUL):
				t.Fatalf("%s(%q) = %v for a string without NUL", tc.name, s, err)
			case tc.get == nil:
				// Nothing to read back (a nil buffer, a meta type): only
				// the NUL rule applies.
			case tc.fixed > 0 && len(s) > tc.fixed-1:
				checkTruncated(t, tc, s, err)
			case err != nil:
				t.Fatalf("%s(%q): %v", tc.name, s, err)
			default:
				if got := tc.get(); got != s {
					t.Fatalf("%s(%q) reads back %q", tc.name, s, got)
				}
			}
		}
	})
}

// checkTruncated checks a fixed array's setter given s too long for it:
// ErrTruncated, and the longest prefix of s that fits and does not split a
// rune's encoding.
func checkTruncated(t *testing.T, tc stringSetter, s string, err error) {
	t.Helper()
	if !errors.Is(err, nvds.ErrTruncated) {
		t.Fatalf("%s(%d bytes) into %d = %v, want nvds.ErrTruncated", tc.name, len(s), tc.fixed, err)
	}
	got := tc.get()
	if tc.refuseLong {
		if got != before {
			t.Fatalf("%s(%d bytes) into %d refused the string but changed the field to %q", tc.name, len(s), tc.fixed, got)
		}
		return
	}
	n := tc.fixed - 1
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	if got != s[:n] {
		t.Fatalf("%s(%q) into %d bytes reads back %q, want %q", tc.name, s, tc.fixed, got, s[:n])
	}
}
