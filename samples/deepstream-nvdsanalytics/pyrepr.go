package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// The Python app prints pyds' analytics fields with str.format, which
// writes lists and dicts as Python's repr does. pyds gives a dict in the
// order of the C++ unordered_map, which is unspecified; the port prints
// keys sorted.

// pyStr is Python 3's repr of a str: single quotes, or double quotes when
// the text holds a single quote and no double quote; backslash escapes for
// the quote, backslash, \t \n \r and unprintable characters.
func pyStr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == unicode.ReplacementChar || !unicode.IsPrint(r) && r != ' ':
			if r <= 0xff {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else if r <= 0xffff {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// pyStrList is the repr of a list of str: ['a', 'b'].
func pyStrList(l []string) string {
	parts := make([]string, len(l))
	for i, s := range l {
		parts[i] = pyStr(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pyDict is the repr of a dict of str keys, sorted, with each value
// written by val: {'a': 1, 'b': 2}.
func pyDict[V any](m map[string]V, val func(V) string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = pyStr(k) + ": " + val(m[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func pyInt[T uint32 | uint64](v T) string { return strconv.FormatUint(uint64(v), 10) }

func pyBool(v bool) string {
	if v {
		return "True"
	}
	return "False"
}
