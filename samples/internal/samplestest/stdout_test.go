package samplestest

import (
	"strings"
	"testing"
)

// recorder keeps the failures MatchStdout reports.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, format)
}

func TestMatchStdout(t *testing.T) {
	want := Lines(Py("Creating Pipeline \n "), Pattern(`Frame Number=\d+`, 1, -1), Lit("End-of-stream"))
	for _, c := range []struct {
		out string
		ok  bool
	}{
		{"Creating Pipeline \n \nFrame Number=0\nFrame Number=1\nEnd-of-stream\n", true},
		{"Creating Pipeline\n \nFrame Number=0\nEnd-of-stream\n", false},     // lost trailing space
		{"Creating Pipeline \nFrame Number=0\nEnd-of-stream\n", false},       // lost blank line
		{"Creating Pipeline \n \nEnd-of-stream\n", false},                    // no frame lines
		{"Creating Pipeline \n \nFrame Number=0\nEnd-of-stream\nx\n", false}, // extra line
		{"Creating Pipeline \n \nFrame Number=0\n", false},                   // missing last
	} {
		r := &recorder{TB: t}
		MatchStdout(r, c.out, want)
		if ok := len(r.errs) == 0; ok != c.ok {
			t.Errorf("%q: ok %v, want %v (%s)", c.out, ok, c.ok, strings.Join(r.errs, "; "))
		}
	}
}
