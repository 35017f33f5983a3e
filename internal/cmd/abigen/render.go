package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/go-deepstream/go-deepstream/internal/abi"
)

// versionCondition returns the preprocessor test selecting the emulated
// versions vs[i] with present[i] set, or "" when all are selected. Each run
// of consecutive versions becomes a range test on NVDS_VERSION_MAJOR, with
// NVDS_VERSION_MINOR only where the range starts or ends inside a major
// release (9.0 and 9.1 differ; 8.x and 9.x always do). The oldest run is
// open downwards and the newest upwards, so an SDK newer than the newest
// emulated release gets the newest declaration, as code written for the SDK
// expects.
func versionCondition(vs []abi.Version, present []bool) string {
	var runs []string
	for lo := 0; lo < len(present); lo++ {
		if !present[lo] {
			continue
		}
		hi := lo
		for hi+1 < len(present) && present[hi+1] {
			hi++
		}
		if lo == 0 && hi == len(present)-1 {
			return ""
		}
		runs = append(runs, rangeCondition(vs, lo, hi))
		lo = hi
	}
	if len(runs) > 1 {
		for i, r := range runs {
			if strings.Contains(r, " && ") {
				runs[i] = "(" + r + ")"
			}
		}
	}
	return strings.Join(runs, " || ")
}

// rangeCondition selects vs[lo..hi] (not all of vs).
func rangeCondition(vs []abi.Version, lo, hi int) string {
	const major, minor = "NVDS_VERSION_MAJOR", "NVDS_VERSION_MINOR"
	first, last := vs[lo], vs[hi]
	// Where the range begins or ends inside a major release, the test
	// needs the minor number too.
	fromMinor := lo > 0 && vs[lo-1].Major == first.Major
	toMinor := hi < len(vs)-1 && vs[hi+1].Major == last.Major
	if lo > 0 && hi < len(vs)-1 && first.Major == last.Major {
		terms := []string{fmt.Sprintf("%s == %d", major, first.Major)}
		if fromMinor {
			terms = append(terms, fmt.Sprintf("%s >= %d", minor, first.Minor))
		}
		if toMinor {
			terms = append(terms, fmt.Sprintf("%s < %d", minor, vs[hi+1].Minor))
		}
		return strings.Join(terms, " && ")
	}
	var terms []string
	switch {
	case lo == 0:
	case fromMinor:
		terms = append(terms, fmt.Sprintf("(%s > %d || (%s == %d && %s >= %d))", major, first.Major, major, first.Major, minor, first.Minor))
	default:
		terms = append(terms, fmt.Sprintf("%s >= %d", major, first.Major))
	}
	switch {
	case hi == len(vs)-1:
	case toMinor:
		terms = append(terms, fmt.Sprintf("(%s < %d || (%s == %d && %s < %d))", major, last.Major, major, last.Major, minor, vs[hi+1].Minor))
	default:
		terms = append(terms, fmt.Sprintf("%s < %d", major, vs[hi+1].Major))
	}
	if len(terms) == 1 {
		return strings.TrimSuffix(strings.TrimPrefix(terms[0], "("), ")")
	}
	return strings.Join(terms, " && ")
}

// versionNames lists vs for a comment: "7.0, 7.1 and 8.0".
func versionNames(vs []abi.Version) string {
	var names []string
	for _, v := range vs {
		names = append(names, v.Name)
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// renderItem writes an item once when all versions agree, or once per
// distinct variant behind version tests.
func renderItem(b *strings.Builder, it *item, vs []abi.Version) {
	var variants []string
	for _, t := range it.texts {
		if t != "" && !slices.Contains(variants, t) {
			variants = append(variants, t)
		}
	}
	for i, v := range variants {
		present := make([]bool, len(it.texts))
		for j, t := range it.texts {
			present[j] = t == v
		}
		cond := versionCondition(vs, present)
		switch {
		case cond == "":
			b.WriteString(v + "\n")
			continue
		case i == 0:
			fmt.Fprintf(b, "#if %s\n", cond)
		default:
			fmt.Fprintf(b, "#elif %s\n", cond)
		}
		b.WriteString(v + "\n")
		if i == len(variants)-1 {
			b.WriteString("#endif\n")
		}
	}
}

func guardName(name string) string {
	r := strings.NewReplacer(".", "_", "-", "_")
	return "GO_DEEPSTREAM_EMBEDDED_" + strings.ToUpper(r.Replace(name))
}

func (h *header) render(vs []abi.Version) (string, error) {
	var b strings.Builder
	g := guardName(h.name)
	fmt.Fprintf(&b, "/* %s: written by internal/cmd/abigen from the ABI facts of DeepStream %s.\n", h.name, versionNames(vs))
	b.WriteString(" * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */\n")
	fmt.Fprintf(&b, "#ifndef %s\n#define %s\n\n", g, g)
	h.renderIncludes(&b, vs)
	b.WriteString("\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n")
	order, err := h.order()
	if err != nil {
		return "", err
	}
	last := -1
	for _, it := range order {
		if it.section != last && last != -1 {
			b.WriteString("\n")
		}
		last = it.section
		renderItem(&b, it, vs)
	}
	b.WriteString("\n#ifdef __cplusplus\n}\n#endif\n\n")
	fmt.Fprintf(&b, "#endif /* %s */\n", g)
	return b.String(), nil
}

// order sorts items by section, then by name, with struct definitions
// placed after the structs they embed by value.
func (h *header) order() ([]*item, error) {
	var all []*item
	for _, it := range h.items {
		all = append(all, it)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].section != all[j].section {
			return all[i].section < all[j].section
		}
		return all[i].key < all[j].key
	})
	var out []*item
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(it *item) error
	visit = func(it *item) error {
		switch state[it.key] {
		case 1:
			return fmt.Errorf("struct cycle at %s", it.key)
		case 2:
			return nil
		}
		state[it.key] = 1
		deps := make([]string, 0, len(it.deps))
		for d := range it.deps {
			deps = append(deps, d)
		}
		sort.Strings(deps)
		for _, d := range deps {
			if dep := h.items["struct:"+d]; dep != nil {
				if err := visit(dep); err != nil {
					return err
				}
			}
		}
		state[it.key] = 2
		out = append(out, it)
		return nil
	}
	for _, it := range all {
		if it.section != secStruct {
			out = append(out, it)
			continue
		}
		if err := visit(it); err != nil {
			return nil, err
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].section < out[j].section })
	return out, nil
}

func checkIncludeCycles(hs map[string]*header) error {
	state := map[string]int{}
	var visit func(n string, path []string) error
	visit = func(n string, path []string) error {
		if state[n] == 1 {
			return fmt.Errorf("include cycle: %s -> %s", strings.Join(path, " -> "), n)
		}
		if state[n] == 2 || hs[n] == nil {
			return nil
		}
		state[n] = 1
		var incs []string
		for i := range hs[n].includes {
			incs = append(incs, i)
		}
		sort.Strings(incs)
		for _, i := range incs {
			if err := visit(i, append(path, n)); err != nil {
				return err
			}
		}
		state[n] = 2
		return nil
	}
	var names []string
	for n := range hs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := visit(n, nil); err != nil {
			return err
		}
	}
	return nil
}
