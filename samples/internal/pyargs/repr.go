package pyargs

import (
	"fmt"
	"strings"
)

// Repr returns s as Python's repr() of a str writes it: single quotes,
// unless s holds a single quote and no double quote; backslashes, the
// chosen quote and control characters escaped. The apps print lists of
// their arguments this way (`print("URI Inputs: " + str(args.uri_inputs))`).
func Repr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == '\\' || r == rune(quote):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// ReprList returns list as Python's str() of a list of str writes it:
// ['a', 'b'].
func ReprList(list []string) string {
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = Repr(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
