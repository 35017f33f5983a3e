package standin

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The stand-in elements are listed once, in standin_elements.go.h's
// GODS_STANDIN_ELEMENTS; register.c expands it in C, doc.go's list is generated
// from it (go test ./standin -run TestDocElements -update), and these tests
// hold doc.go and docs/standin-elements.md to it.

var updateDoc = flag.Bool("update", false, "rewrite doc.go's element list from standin_elements.go.h")

// listedElement is one X(factory, rank, type getter, description) entry.
type listedElement struct {
	factory, rank, getter, description string
}

var elementEntry = regexp.MustCompile(`X\(\s*(\w+)\s*,\s*([^,]+?)\s*,\s*(\w+)\s*,\s*"([^"\\]*)"\s*\)`)

// listedElements parses GODS_STANDIN_ELEMENTS from standin_elements.go.h.
func listedElements(t *testing.T) []listedElement {
	t.Helper()
	b, err := os.ReadFile("standin_elements.go.h")
	require.NoError(t, err)
	text := string(b)
	start := strings.Index(text, "#define GODS_STANDIN_ELEMENTS(X)")
	require.GreaterOrEqual(t, start, 0, "no GODS_STANDIN_ELEMENTS in standin_elements.go.h")
	var macro strings.Builder
	for _, line := range strings.Split(text[start:], "\n") {
		body, more := strings.CutSuffix(strings.TrimRight(line, " \t"), "\\")
		macro.WriteString(body)
		if !more {
			break
		}
	}
	m := macro.String()
	var out []listedElement
	for _, e := range elementEntry.FindAllStringSubmatch(m, -1) {
		out = append(out, listedElement{factory: e[1], rank: e[2], getter: e[3], description: e[4]})
	}
	require.Len(t, out, strings.Count(m, "X("), "an entry of GODS_STANDIN_ELEMENTS is not X(factory, rank, getter, \"description\")")
	require.NotEmpty(t, out)
	return out
}

// docListIntro is the line of doc.go above the generated list.
const docListIntro = "// The elements, in registration order (standin_elements.go.h):"

// docList renders doc.go's list: the factory, then the description
// wrapped at 56 columns, continuation lines under the description.
func docList(elements []listedElement) []string {
	width := 0
	for _, e := range elements {
		width = max(width, len(e.factory))
	}
	width += 2
	var out []string
	for _, e := range elements {
		name := e.factory
		var line string
		for _, w := range strings.Fields(e.description) {
			if line != "" && len(line)+1+len(w) > 56 {
				out = append(out, "//\t"+name+strings.Repeat(" ", width-len(name))+line)
				name, line = "", ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		out = append(out, "//\t"+name+strings.Repeat(" ", width-len(name))+line)
	}
	return out
}

// doc.go's list of elements is the one in standin_elements.go.h; with
// -update, the test writes it there.
func TestDocElements(t *testing.T) {
	want := docList(listedElements(t))
	b, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	lines := strings.Split(string(b), "\n")
	at := -1
	for i, l := range lines {
		if l == docListIntro {
			at = i + 2
		}
	}
	require.Positive(t, at, "doc.go has no line %q", docListIntro)
	require.Equal(t, "//", lines[at-1], "doc.go: an empty comment line after %q", docListIntro)
	end := at
	for end < len(lines) && strings.HasPrefix(lines[end], "//\t") {
		end++
	}
	if *updateDoc {
		lines = append(lines[:at], append(want, lines[end:]...)...)
		require.NoError(t, os.WriteFile("doc.go", []byte(strings.Join(lines, "\n")), 0o644))
		return
	}
	assert.Equal(t, strings.Join(want, "\n"), strings.Join(lines[at:end], "\n"),
		"doc.go's list differs from standin_elements.go.h: go test ./standin -run TestDocElements -update")
}

// docs/standin-elements.md has a section "### <factory>" for each listed
// element, and none for an element that is not listed.
func TestDocSections(t *testing.T) {
	b, err := os.ReadFile("../docs/standin-elements.md")
	require.NoError(t, err)
	var sections []string
	for _, l := range strings.Split(string(b), "\n") {
		if name, ok := strings.CutPrefix(l, "### "); ok && strings.HasPrefix(name, "nv") && !strings.ContainsAny(name, " :") {
			sections = append(sections, name)
		}
	}
	var listed []string
	for _, e := range listedElements(t) {
		listed = append(listed, e.factory)
	}
	assert.ElementsMatch(t, listed, sections, "element sections of docs/standin-elements.md")
}
