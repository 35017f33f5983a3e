package main

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/go-deepstream/go-deepstream/internal/abi"
)

// skipped headers are not generated: nvds_version.h is written by hand
// (it selects the emulated version); nvdstracker.h and
// nvdsinfer_custom_impl.h are low-level library plug-in interfaces that need
// TensorRT's C++ types and nothing in this project binds them.
var skipped = map[string]bool{
	"nvds_version.h":          true,
	"nvdstracker.h":           true,
	"nvdsinfer_custom_impl.h": true,
}

// Sections of a header, in the order they are written.
const (
	secConstant = iota
	secEnum
	secForward
	secTypedef
	secStruct
	secTypedefLate // typedefs of an anonymous struct follow its definition
	secMacro
	secFunction
)

// item is one declaration with its text in each emulated version ("" where
// the version lacks it).
type item struct {
	key     string
	section int
	texts   []string
	deps    map[string]bool // structs of the same header used by value
}

type header struct {
	name     string
	cxx      bool
	items    map[string]*item
	includes map[string]bool
	refs     map[string]bool // type and constant names the declarations use
	// sdkIncludes is, per emulated version, the #include lines the SDK's
	// header has (see includes.go).
	sdkIncludes []string
}

var identRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// generate returns header file name -> text. files are the emulated
// versions, oldest first.
func generate(files []*abi.File) (map[string]string, error) {
	vs, err := versionsOf(files)
	if err != nil {
		return nil, err
	}
	incs, err := loadIncludes(files)
	if err != nil {
		return nil, err
	}
	hs := map[string]*header{}
	get := func(name string, f *abi.File) *header {
		h := hs[name]
		if h == nil {
			h = &header{name: name, items: map[string]*item{}, includes: map[string]bool{}, refs: map[string]bool{}}
			h.cxx = slices.Contains(f.CxxOnlyHeaders, name)
			hs[name] = h
		}
		return h
	}
	for vi, f := range files {
		owner := ownerIndex(f)
		inc := incs[vi]
		var put func(hname, key string, sec int, text string, refs []string) *item
		put = func(hname, key string, sec int, text string, refs []string) *item {
			if skipped[hname] {
				return nil
			}
			h := get(hname, f)
			it := h.items[key]
			if it == nil {
				it = &item{key: key, section: sec, texts: make([]string, len(files)), deps: map[string]bool{}}
				h.items[key] = it
			}
			it.texts[vi] = text
			for _, r := range refs {
				pointer := strings.HasPrefix(r, "*")
				r = strings.TrimPrefix(r, "*")
				h.refs[r] = true
				o, ok := owner[r]
				if ft, foreign := f.ForeignTypes[r]; !ok && foreign && isOpaqueForeign(r, ft) {
					// A struct of a header outside the covered set.
					put(hname, "fwd:"+r, secForward, fmt.Sprintf("typedef struct %s %s;", strings.TrimPrefix(ft.Canonical, "struct "), r), nil)
					continue
				}
				if !ok || o == hname {
					continue
				}
				// A struct reached only through a pointer is declared
				// forward instead of included, as the SDK does, which
				// keeps mutually referring headers free of cycles.
				if s, isStruct := f.Structs[r]; pointer && isStruct {
					put(hname, "fwd:"+r, secForward, forwardDecl(r, abi.StructTag(inc, r, s)), nil)
					continue
				}
				h.includes[o] = true
			}
			return it
		}
		for name, v := range f.Constants {
			// A constant the SDK defines in two headers is written in both.
			for _, hname := range f.ConstantHeaders[name] {
				text := fmt.Sprintf("#ifndef %s\n#define %s %s\n#endif", name, name, constantLiteral(v.String()))
				put(hname, "const:"+name, secConstant, text, nil)
			}
		}
		for name, v := range f.StringConstants {
			hname := f.ConstantHeaders[name][0]
			put(hname, "const:"+name, secConstant, fmt.Sprintf("#define %s %q", name, v), nil)
		}
		for name, values := range f.Enums {
			info := f.EnumInfo[name]
			if strings.HasPrefix(name, "(anonymous enum") {
				info = anonymousEnumInfo(f, name)
			}
			info.Tag = abi.EnumTag(inc, name, info)
			put(info.Header, "enum:"+name, secEnum, renderEnum(name, info, values), nil)
		}
		for name, s := range f.Structs {
			tag := abi.StructTag(inc, name, s)
			put(s.Header, "fwd:"+name, secForward, forwardDecl(name, tag), nil)
			var refs []string
			deps := map[string]bool{}
			walkFields(s.Fields, func(fl abi.Field) {
				refs = append(refs, typeRefs(fl.Type)...)
				refs = append(refs, fl.DimsExpr...)
				if base := byValueType(fl.Type); base != "" {
					if o, ok := f.Structs[base]; ok && o.Header == s.Header {
						deps[base] = true
					}
				}
				// An anonymous struct has no forward declaration: a
				// struct of the same header pointing to it follows it.
				for _, r := range typeRefs(fl.Type) {
					r = strings.TrimPrefix(r, "*")
					if o, ok := f.Structs[r]; ok && r != name && o.Header == s.Header && abi.StructTag(inc, r, o) == "" {
						deps[r] = true
					}
				}
			})
			it := put(s.Header, "struct:"+name, secStruct, renderStruct(name, tag, s), refs)
			if it != nil {
				for d := range deps {
					it.deps[d] = true
				}
			}
		}
		for name, t := range f.Typedefs {
			put(t.Header, "typedef:"+name, typedefSection(f, inc, t), renderTypedef(name, t.Type), typeRefs(t.Type))
		}
		for name, m := range f.MacroExpressions {
			var refs []string
			if m.AliasOf != "" {
				refs = append(refs, m.AliasOf)
			}
			refs = append(refs, m.Initializer...)
			put(m.Header, "macro:"+name, secMacro, renderMacro(name, m), refs)
		}
		for _, fn := range f.Functions {
			var refs []string
			refs = append(refs, typeRefs(fn.Returns)...)
			for _, p := range fn.Params {
				refs = append(refs, typeRefs(p.Type)...)
			}
			put(fn.Header, "func:"+fn.Name, secFunction, renderFunction(fn), refs)
		}
	}
	applyIncludeFacts(hs, files, incs)
	out := map[string]string{}
	for name, h := range hs {
		text, err := h.render(vs)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[name] = text
	}
	if err := checkIncludeCycles(hs); err != nil {
		return nil, err
	}
	return out, nil
}

// versionsOf reads each file's SDK version ("9.1.0").
func versionsOf(files []*abi.File) ([]abi.Version, error) {
	var vs []abi.Version
	for _, f := range files {
		var v abi.Version
		if _, err := fmt.Sscanf(f.Version, "%d.%d", &v.Major, &v.Minor); err != nil {
			return nil, fmt.Errorf("version %q: %w", f.Version, err)
		}
		v.Name = fmt.Sprintf("%d.%d", v.Major, v.Minor)
		v.Short = fmt.Sprintf("%d%d", v.Major, v.Minor)
		vs = append(vs, v)
	}
	return vs, nil
}

// typeRefs lists the identifiers of a type spelling, each marked with a
// leading "*" when the type is a plain pointer (not a function pointer).
func typeRefs(t string) []string {
	ids := identRE.FindAllString(t, -1)
	if strings.Contains(t, "*") && !strings.Contains(t, "(") {
		for i := range ids {
			ids[i] = "*" + ids[i]
		}
	}
	return ids
}

// isOpaqueForeign tells a struct declared by an uncovered DeepStream header
// (which the generated headers must declare forward) from GLib, GStreamer and
// C library types (which come from their own headers).
func isOpaqueForeign(name string, ft abi.ForeignType) bool {
	return strings.HasPrefix(name, "NvDs") && (ft.Canonical == name || strings.HasPrefix(ft.Canonical, "struct "))
}

// forwardDecl declares a struct typedef ahead of its definition; an
// anonymous struct (tag "") cannot be declared ahead.
func forwardDecl(name, tag string) string {
	if tag == "" {
		return ""
	}
	return fmt.Sprintf("typedef struct %s %s;", tag, name)
}

// ownerIndex maps every type and constant name to the header declaring it.
func ownerIndex(f *abi.File) map[string]string {
	owner := map[string]string{}
	for n, s := range f.Structs {
		owner[n] = s.Header
	}
	for n, e := range f.EnumInfo {
		owner[n] = e.Header
	}
	for n, t := range f.Typedefs {
		owner[n] = t.Header
	}
	for n, hs := range f.ConstantHeaders {
		owner[n] = hs[0]
	}
	return owner
}

func anonymousEnumInfo(f *abi.File, key string) abi.EnumInfo {
	first := strings.TrimSuffix(strings.TrimPrefix(key, "(anonymous enum: "), ")")
	if info, ok := f.EnumInfo[key]; ok {
		return info
	}
	for n, info := range f.EnumInfo {
		if _, ok := f.Enums[n][first]; ok {
			return info
		}
	}
	return abi.EnumInfo{}
}

func walkFields(fs []abi.Field, fn func(abi.Field)) {
	for _, f := range fs {
		fn(f)
		walkFields(f.Fields, fn)
	}
}

// byValueType returns the type name a field embeds by value, or "".
func byValueType(t string) string {
	if strings.Contains(t, "*") || strings.Contains(t, "&") || strings.HasPrefix(t, "struct ") {
		return ""
	}
	t = strings.TrimPrefix(t, "const ")
	if i := strings.IndexByte(t, '['); i >= 0 {
		t = t[:i]
	}
	return strings.TrimSpace(t)
}

func constantLiteral(v string) string {
	var n uint64
	if _, err := fmt.Sscan(v, &n); err == nil && n > 1<<31-1 {
		return fmt.Sprintf("0x%XULL", n)
	}
	return v
}

func renderEnum(name string, info abi.EnumInfo, values map[string]int64) string {
	type kv struct {
		k string
		v int64
	}
	var list []kv
	for k, v := range values {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v < list[j].v
		}
		return list[i].k < list[j].k
	})
	var b strings.Builder
	anonymous := strings.HasPrefix(name, "(anonymous enum")
	switch {
	case anonymous:
		b.WriteString("enum {\n")
	case info.Tag != "":
		fmt.Fprintf(&b, "typedef enum %s {\n", info.Tag)
	default:
		b.WriteString("typedef enum {\n")
	}
	for _, e := range list {
		fmt.Fprintf(&b, "  %s = %d,\n", e.k, e.v)
	}
	if anonymous {
		b.WriteString("};")
	} else {
		fmt.Fprintf(&b, "} %s;", name)
	}
	return b.String()
}

// renderStruct writes a struct definition: "struct tag {...};" after its
// forward typedef, or "typedef struct {...} name;" for an anonymous one.
func renderStruct(name, tag string, s abi.Struct) string {
	var b strings.Builder
	if tag == "" {
		b.WriteString("typedef struct {\n")
	} else {
		fmt.Fprintf(&b, "struct %s {\n", tag)
	}
	renderFields(&b, s.Fields, "  ")
	if tag == "" {
		fmt.Fprintf(&b, "} %s;", name)
	} else {
		b.WriteString("};")
	}
	return b.String()
}

func renderFields(b *strings.Builder, fs []abi.Field, indent string) {
	for _, f := range fs {
		if f.Anonymous || strings.HasPrefix(f.Type, "{anonymous") {
			kind := "union"
			if strings.Contains(f.Type, "struct") {
				kind = "struct"
			}
			fmt.Fprintf(b, "%s%s {\n", indent, kind)
			renderFields(b, f.Fields, indent+"  ")
			fmt.Fprintf(b, "%s}%s;\n", indent, prefixSpace(f.Name))
			continue
		}
		fmt.Fprintf(b, "%s%s;\n", indent, declare(f.Type, f.Name, f.DimsExpr))
	}
}

func prefixSpace(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}

// declare writes "type name" for a declared type spelling, moving array
// bounds after the name (using the macro spelling when there is one) and
// putting the name inside a function pointer's parentheses.
func declare(typ, name string, dimsExpr []string) string {
	if i := strings.Index(typ, "(*)"); i >= 0 {
		return typ[:i] + "(*" + name + ")" + typ[i+3:]
	}
	if i := strings.IndexByte(typ, '['); i >= 0 {
		base := strings.TrimSpace(typ[:i])
		dims := typ[i:]
		if len(dimsExpr) > 0 {
			var d strings.Builder
			for _, e := range dimsExpr {
				d.WriteString("[" + e + "]")
			}
			dims = d.String()
		}
		return joinDecl(base, name) + dims
	}
	return joinDecl(typ, name)
}

func joinDecl(typ, name string) string {
	if name == "" {
		return typ
	}
	if strings.HasSuffix(typ, "*") || strings.HasSuffix(typ, "&") {
		return typ + name
	}
	return typ + " " + name
}

func renderTypedef(name, typ string) string {
	return "typedef " + declare(typ, name, nil) + ";"
}

func renderMacro(name string, m abi.MacroExpression) string {
	switch {
	case m.AliasOf != "":
		return fmt.Sprintf("#define %s %s", name, m.AliasOf)
	case len(m.Initializer) > 0:
		return fmt.Sprintf("#define %s { %s }", name, strings.Join(m.Initializer, ", "))
	case m.StringArg != "":
		return fmt.Sprintf("#define %s (%s(%q))", name, m.Calls, m.StringArg)
	default:
		return fmt.Sprintf("#define %s (%s())", name, m.Calls)
	}
}

func renderFunction(fn abi.Function) string {
	var params []string
	for _, p := range fn.Params {
		params = append(params, declare(p.Type, p.Name, nil))
	}
	if fn.Variadic {
		params = append(params, "...")
	}
	if len(params) == 0 {
		params = []string{"void"}
	}
	text := fmt.Sprintf("%s(%s);", joinDecl(fn.Returns, fn.Name), strings.Join(params, ", "))
	if fn.Linkage == "C++" {
		text = "#ifdef __cplusplus\n}\n" + text + "\nextern \"C\" {\n#endif"
	}
	return text
}
