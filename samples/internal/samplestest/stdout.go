package samplestest

import (
	"regexp"
	"strings"
	"testing"
)

// Line is one expected stdout line, or a run of lines: Text must match
// exactly; a Pattern line (Re set) must match the regular expression whole,
// Min to Max times in a row (Max < 0: any number).
type Line struct {
	Text     string
	Re       *regexp.Regexp
	Min, Max int
}

// Lit returns lines that must appear exactly, one per element, in order.
// A Python print("Creating Pipeline \n ") is Lit("Creating Pipeline ", " ").
func Lit(text ...string) []Line {
	out := make([]Line, len(text))
	for i, s := range text {
		out[i] = Line{Text: s}
	}
	return out
}

// Py returns the lines that Python's print(s) writes: s split at its
// newlines (print adds the last one).
func Py(s ...string) []Line {
	var out []Line
	for _, x := range s {
		out = append(out, Lit(strings.Split(x, "\n")...)...)
	}
	return out
}

// Pattern returns a run of min to max lines (max < 0: no limit) each
// matching re whole.
func Pattern(re string, min, max int) []Line {
	return []Line{{Re: regexp.MustCompile("^(?:" + re + ")$"), Min: min, Max: max}}
}

// Lines joins expected runs into one list.
func Lines(parts ...[]Line) []Line {
	var out []Line
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// MatchStdout checks that stdout is exactly the expected lines, line for
// line (a final newline ends the last line). Pattern runs are matched
// greedily. It reports the first difference with its line number.
func MatchStdout(t testing.TB, stdout string, want []Line) {
	t.Helper()
	got := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if stdout == "" {
		got = nil
	}
	i := 0
	for k, w := range want {
		if w.Re == nil {
			if i >= len(got) {
				t.Errorf("stdout ends at line %d; want %q (expected line %d)\n%s", i+1, w.Text, k, Tail(stdout))
				return
			}
			if got[i] != w.Text {
				t.Errorf("stdout line %d: got %q, want %q\naround it:\n%s", i+1, got[i], w.Text, around(got, i))
				return
			}
			i++
			continue
		}
		n := 0
		for i < len(got) && (w.Max < 0 || n < w.Max) && w.Re.MatchString(got[i]) {
			i++
			n++
		}
		if n < w.Min {
			line := "<end>"
			if i < len(got) {
				line = got[i]
			}
			t.Errorf("stdout line %d: %d lines match %s, want at least %d; next %q\naround it:\n%s", i+1, n, w.Re, w.Min, line, around(got, i))
			return
		}
	}
	if i < len(got) {
		t.Errorf("stdout has %d extra lines from line %d: %q\naround it:\n%s", len(got)-i, i+1, got[i], around(got, i))
	}
}

func around(lines []string, i int) string {
	lo, hi := max(0, i-4), min(len(lines), i+4)
	var b strings.Builder
	for k := lo; k < hi; k++ {
		mark := "  "
		if k == i {
			mark = "> "
		}
		b.WriteString(mark + strings.ReplaceAll(lines[k], " ", "·") + "\n")
	}
	return b.String()
}
