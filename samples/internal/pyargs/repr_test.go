package pyargs

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected strings are what CPython 3 prints for the same values.
func TestRepr(t *testing.T) {
	for in, want := range map[string]string{
		"file:///a.mp4": `'file:///a.mp4'`,
		"it's":          `"it's"`,
		`it's "x"`:      `'it\'s "x"'`,
		`a\b`:           `'a\\b'`,
		"tab\there\n":   `'tab\there\n'`,
		"\x01":          `'\x01'`,
		"ünï":           `'ünï'`,
	} {
		assert.Equal(t, want, Repr(in), "Repr(%q)", in)
	}
	assert.Equal(t, `['rtsp://h/x', "b'c"]`, ReprList([]string{"rtsp://h/x", "b'c"}))
	assert.Equal(t, `[]`, ReprList(nil))
}
