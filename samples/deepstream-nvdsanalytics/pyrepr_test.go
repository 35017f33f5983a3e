package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Python 3's repr, as print("{0}".format(x)) writes lists and dicts.
func TestPyRepr(t *testing.T) {
	for in, want := range map[string]string{
		"Exit":      `'Exit'`,
		"it's":      `"it's"`,
		`a'b"c`:     `'a\'b"c'`,
		`back\sl`:   `'back\\sl'`,
		"tab\there": `'tab\there'`,
		"nl\n":      `'nl\n'`,
		"\x01":      `'\x01'`,
		"é":         `'é'`,
		"":          `''`,
	} {
		assert.Equal(t, want, pyStr(in), "%q", in)
	}
	assert.Equal(t, "['Exit', 'Entry']", pyStrList([]string{"Exit", "Entry"}))
	assert.Equal(t, "{'A': 1, 'B': 20}", pyDict(map[string]uint64{"B": 20, "A": 1}, pyInt))
	assert.Equal(t, "{'OC': False}", pyDict(map[string]bool{"OC": false}, pyBool))
	assert.Equal(t, "{'RF': 4294967295}", pyDict(map[string]uint32{"RF": 1<<32 - 1}, pyInt))
}
