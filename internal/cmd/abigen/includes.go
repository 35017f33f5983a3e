package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/go-deepstream/go-deepstream/internal/abi"
)

// The include graph: each generated header has exactly the #include lines
// the SDK's header of the same name has (internal/abi/testdata/includes.json)
// and declares ahead only what the SDK's header declares ahead, so a header
// that relies on its includer for a type does so here too, and an include
// order that fails against the real SDK fails against these headers first.
// The one addition is nvds_version.h, which selects the emulated release.

// loadIncludes reads the include-graph facts of each file's release.
func loadIncludes(files []*abi.File) ([]*abi.Includes, error) {
	incs := make([]*abi.Includes, len(files))
	for i, f := range files {
		inc, err := abi.LoadIncludes(abi.Dir(), f.Release())
		if err != nil {
			return nil, err
		}
		incs[i] = inc
	}
	return incs, nil
}

// systemHeaders are the C and C++ library headers the SDK headers include;
// with GLib's and GStreamer's they are on every build machine.
var systemHeaders = map[string]bool{
	"stddef.h": true, "stdint.h": true, "stdbool.h": true, "sys/time.h": true,
	"syslog.h": true, "time.h": true, "glib.h": true, "gmodule.h": true,
	"string": true, "vector": true, "unordered_map": true, "cstdint": true, "chrono": true,
}

// includeLine spells an include fact ("<x>" or "x") as a directive.
func includeLine(spelling string) string {
	if strings.HasPrefix(spelling, "<") {
		return "#include " + spelling
	}
	return fmt.Sprintf("#include \"%s\"", spelling)
}

func includeName(spelling string) string {
	return strings.TrimSuffix(strings.TrimPrefix(spelling, "<"), ">")
}

// reachable returns the covered headers name includes, directly or not,
// itself included.
func reachable(name string, inc *abi.Includes, covered map[string]bool) map[string]bool {
	seen := map[string]bool{}
	var visit func(n string)
	visit = func(n string) {
		if seen[n] || !covered[n] {
			return
		}
		seen[n] = true
		for _, sp := range inc.Includes[n] {
			visit(includeName(sp))
		}
	}
	visit(name)
	return seen
}

// applyIncludeFacts sets every header's #include lines from the facts and
// keeps only the declarations ahead that the SDK's header has: its own
// structs, the names the facts say it declares again, and, where it
// includes a header outside the covered set (deepstream_perf.h,
// cuda_runtime.h), the names that header stands for.
func applyIncludeFacts(hs map[string]*header, files []*abi.File, incs []*abi.Includes) {
	for vi, f := range files {
		inc := incs[vi]
		owner := ownerIndex(f)
		covered := map[string]bool{}
		for _, n := range f.Headers {
			covered[n] = true
		}
		for name, h := range hs {
			if h.sdkIncludes == nil {
				h.sdkIncludes = make([]string, len(files))
			}
			var lines []string
			standIn := false
			for _, sp := range inc.Includes[name] {
				n := includeName(sp)
				if covered[n] || systemHeaders[n] || strings.HasPrefix(n, "gst/") {
					lines = append(lines, includeLine(sp))
				} else {
					standIn = true
				}
			}
			if cx := inc.CplusplusIncludes[name]; len(cx) > 0 {
				lines = append(lines, "#ifdef __cplusplus")
				for _, sp := range cx {
					lines = append(lines, includeLine(sp))
				}
				lines = append(lines, "#endif")
			}
			h.sdkIncludes[vi] = strings.Join(lines, "\n")

			reach := reachable(name, inc, covered)
			redecl := inc.Redeclares[name]
			for key, it := range h.items {
				t, ok := strings.CutPrefix(key, "fwd:")
				if !ok {
					continue
				}
				o, owned := owner[t]
				keep := (owned && o == name) || slices.Contains(redecl, t) || (standIn && !(owned && reach[o]))
				if !keep {
					it.texts[vi] = ""
				}
			}
			for _, t := range redecl {
				if s, ok := f.Structs[t]; ok {
					setText(h, "fwd:"+t, secForward, vi, len(files), forwardDecl(t, abi.StructTag(inc, t, s)))
				} else if td, ok := f.Typedefs[t]; ok {
					setText(h, "typedef:"+t, secTypedef, vi, len(files), renderTypedef(t, td.Type))
				}
			}
			if standIn {
				for r := range h.refs {
					if td, ok := f.Typedefs[r]; ok && !reach[owner[r]] {
						setText(h, "typedef:"+r, secTypedef, vi, len(files), renderTypedef(r, td.Type))
					}
				}
			}
		}
	}
}

func setText(h *header, key string, sec, vi, n int, text string) {
	it := h.items[key]
	if it == nil {
		it = &item{key: key, section: sec, texts: make([]string, n), deps: map[string]bool{}}
		h.items[key] = it
	}
	it.texts[vi] = text
}

// renderIncludes writes nvds_version.h (for the version tests) and then the
// SDK header's own #include lines, per version where they differ.
func (h *header) renderIncludes(b *strings.Builder, vs []abi.Version) {
	b.WriteString("#include \"nvds_version.h\"\n")
	renderItem(b, &item{key: "includes", texts: h.sdkIncludes}, vs)
}

// typedefSection places a typedef naming an anonymous struct of its own
// header after the struct definitions (such a struct cannot be declared
// ahead).
func typedefSection(f *abi.File, inc *abi.Includes, t abi.Typedef) int {
	for _, r := range typeRefs(t.Type) {
		r = strings.TrimPrefix(r, "*")
		if s, ok := f.Structs[r]; ok && s.Header == t.Header && abi.StructTag(inc, r, s) == "" {
			return secTypedefLate
		}
	}
	return secTypedef
}
