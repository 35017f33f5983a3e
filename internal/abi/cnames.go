package abi

// The C-name checker: which SDK names (types, functions, macros, enum
// constants, struct fields, headers) exist in which release, and a scanner
// that finds every use of them in the project's C/C++ glue and cgo
// preambles, with the set of releases each use is compiled for (from the
// NVDS_VERSION_MAJOR/MINOR tests around it). A use is sound when the name
// exists in every release the use is compiled for.
//
// Approximations (documented so that a reader knows what is not proven):
//   - Preprocessor conditions that test anything other than
//     NVDS_VERSION_MAJOR/MINOR/MICRO are taken to hold in every release
//     (both branches of such an #if are checked for all releases), except
//     NVDS_EMBEDDED_RUNTIME, which the SDK never defines.
//   - A field access (a->f, a.f, offsetof(T, f)) is checked against the
//     receiver's struct when the receiver's type can be read from the
//     source: a declaration `T *v` / `T v` (the latest one above the use),
//     a cast `((T *) e)`, a call of an SDK function, or a chain of such
//     accesses and indexings. When it cannot, the field name is checked
//     against the union of all SDK structs' fields of each release, and a
//     name that is a field in some releases but not in one the use is
//     compiled for is reported.
//   - Identifiers that are in no release's facts are taken to be the
//     project's, GLib's, GStreamer's or libc's unless they look like SDK
//     names (nv/Nv/NV prefix); those must be declared by the project's own C
//     or be on the allow-list.
//   - Project macros set under a version test (`#if <test>` / `#define
//     GODS_X 1` / `#else` / `#define GODS_X 0`) are expanded in later #if
//     lines, release by release; a macro body is checked where it is
//     defined, with the releases its definition is compiled for.
//   - A project header is checked when a source compiled in SDK mode
//     includes it (directly or not), with every release active: the #if
//     around the #include line is not carried into the header.
//
// Go code cannot be behind a version test, so every C name (C.xxx) and
// every member of a C struct that Go code uses must exist in every
// release. Members are found with go/types on the cgo output of the
// default build (`go list -export -compiled`), so they are tied to their
// struct; cgo's names for untagged structs (_Ctype_struct___N) are matched
// to the SDK struct with the same members.

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	gotoken "go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// relSet is a set of releases, bit i standing for sdkModel.releases[i].
type relSet uint32

// sdkModel is what the facts files say about names, per release.
type sdkModel struct {
	releases []string // "7.0", ..., oldest first
	major    []int
	minor    []int
	all      relSet
	names    map[string]relSet // types, tags, functions, macros, enum constants
	headers  map[string]relSet
	fields   map[string]relSet // field names of any struct, per release
	structs  []map[string]*cStruct
	funcs    []map[string]string // function -> return type
	// ppDefs are the project's object-like macros, with the releases each
	// definition is compiled for, so that `#if GODS_X` after
	// `#if <version test> / #define GODS_X 1 / #else / #define GODS_X 0`
	// is a version test too.
	ppDefs map[string][]ppDefine
}

type ppDefine struct {
	body   string
	active relSet
}

// cStruct is one struct (or an anonymous/inline member) of one release.
type cStruct struct {
	fields map[string]*cField
}

type cField struct {
	typ    string
	inline *cStruct // members of a struct/union written inline
}

// loadSDKModel reads every deepstream-<ver>.json in dir.
func loadSDKModel(dir string) (*sdkModel, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "deepstream-*.json"))
	if err != nil {
		return nil, err
	}
	type rel struct {
		name         string
		major, minor int
	}
	var rels []rel
	for _, p := range paths {
		v := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), "deepstream-"), ".json")
		a, b, ok := strings.Cut(v, ".")
		ma, err1 := strconv.Atoi(a)
		mi, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil {
			return nil, fmt.Errorf("facts file %s: version %q is not major.minor", p, v)
		}
		rels = append(rels, rel{v, ma, mi})
	}
	sort.Slice(rels, func(i, j int) bool {
		if rels[i].major != rels[j].major {
			return rels[i].major < rels[j].major
		}
		return rels[i].minor < rels[j].minor
	})
	m := newSDKModel()
	for _, r := range rels {
		f, err := Load(dir, r.name)
		if err != nil {
			return nil, err
		}
		raw, err := os.ReadFile(filepath.Join(dir, "deepstream-"+r.name+".json"))
		if err != nil {
			return nil, err
		}
		var extra struct {
			FunctionMacros []struct {
				Name string `json:"name"`
			} `json:"function_macros"`
		}
		if err := json.Unmarshal(raw, &extra); err != nil {
			return nil, err
		}
		var fms []string
		for _, fm := range extra.FunctionMacros {
			fms = append(fms, fm.Name)
		}
		m.add(r.name, r.major, r.minor, f, fms)
	}
	if len(m.releases) == 0 {
		return nil, fmt.Errorf("no deepstream-*.json in %s", dir)
	}
	return m, nil
}

func newSDKModel() *sdkModel {
	return &sdkModel{names: map[string]relSet{}, headers: map[string]relSet{}, fields: map[string]relSet{}}
}

// add appends one release (releases must be added oldest first).
func (m *sdkModel) add(name string, major, minor int, f *File, functionMacros []string) {
	i := len(m.releases)
	bit := relSet(1) << i
	m.releases = append(m.releases, name)
	m.major = append(m.major, major)
	m.minor = append(m.minor, minor)
	m.all |= bit
	structs := map[string]*cStruct{}
	funcs := map[string]string{}
	name1 := func(n string) {
		if n != "" {
			m.names[n] |= bit
		}
	}
	for n, st := range f.Structs {
		name1(n)
		cs := m.convert(st.Fields, bit)
		structs[n] = cs
		if st.Tag != "" {
			name1(st.Tag)
			structs[st.Tag] = cs
		}
	}
	for n, e := range f.Enums {
		if !strings.HasPrefix(n, "(") {
			name1(n)
		}
		for c := range e {
			name1(c)
		}
	}
	for _, e := range f.EnumInfo {
		name1(e.Tag)
	}
	for n := range f.Typedefs {
		name1(n)
	}
	for n := range f.Constants {
		name1(n)
	}
	for n := range f.StringConstants {
		name1(n)
	}
	for n := range f.MacroExpressions {
		name1(n)
	}
	for _, fm := range functionMacros {
		name1(fm)
	}
	for _, fn := range f.Functions {
		name1(fn.Name)
		funcs[fn.Name] = fn.Returns
	}
	for _, h := range f.Headers {
		m.headers[h] |= bit
	}
	m.structs = append(m.structs, structs)
	m.funcs = append(m.funcs, funcs)
}

func (m *sdkModel) convert(fs []Field, bit relSet) *cStruct {
	cs := &cStruct{fields: map[string]*cField{}}
	for _, f := range fs {
		var inline *cStruct
		if len(f.Fields) > 0 {
			inline = m.convert(f.Fields, bit)
		}
		if f.Anonymous || f.Name == "" {
			if inline != nil {
				for n, sub := range inline.fields {
					cs.fields[n] = sub
				}
			}
			continue
		}
		m.fields[f.Name] |= bit
		cs.fields[f.Name] = &cField{typ: f.Type, inline: inline}
	}
	return cs
}

// list names the releases in s.
func (m *sdkModel) list(s relSet) string {
	var out []string
	for i, r := range m.releases {
		if s&(1<<i) != 0 {
			out = append(out, r)
		}
	}
	return strings.Join(out, ",")
}

// span describes where a name exists: "9.1+", "7.0-8.0", "7.0,9.1".
func (m *sdkModel) span(s relSet) string {
	if s == m.all {
		return "all"
	}
	first, last := -1, -1
	for i := range m.releases {
		if s&(1<<i) != 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return "none"
	}
	contiguous := s == ((relSet(1)<<(last+1))-1)&^((relSet(1)<<first)-1)
	switch {
	case !contiguous:
		return m.list(s)
	case last == len(m.releases)-1:
		return m.releases[first] + "+"
	case first == 0:
		return "up to " + m.releases[last]
	default:
		return m.releases[first] + "-" + m.releases[last]
	}
}

// ---- scanning --------------------------------------------------------------

// cFinding is one use of an SDK name.
type cFinding struct {
	File   string
	Line   int
	Kind   string // "name", "field", "include"
	Name   string // "NvDsObjectMeta", "NvDsEventMsgMeta.visibility", "nvdsmeta.h"
	Active relSet // releases the use is compiled for
	Exists relSet // releases that have the name
	Gate   string // the version condition around it, if any
}

// Missing is the set of releases the use is compiled for but the name is
// absent from: non-empty means the SDK build of those releases breaks.
func (f cFinding) Missing() relSet { return f.Active &^ f.Exists }

type ctok struct {
	kind   byte // 'i' ident, 'n' number, 's' string, 'p' punct
	text   string
	line   int
	active relSet
	gate   string
}

// projectDecl is what the project's own C declares (names and headers).
type projectDecl struct {
	names   map[string]bool
	headers map[string]bool // base names of the project's own headers
}

var cKeywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`auto break case char const continue default do double else enum extern
float for goto if inline int long register restrict return short signed sizeof static struct switch
typedef union unsigned void volatile while _Bool _Complex _Static_assert _Alignof _Atomic __attribute__
__typeof__ typeof offsetof NULL bool true false class namespace template typename using public private
protected new delete this nullptr operator virtual override static_cast reinterpret_cast const_cast
dynamic_cast try catch throw noexcept constexpr auto decltype explicit friend mutable std`) {
		cKeywords[k] = true
	}
}

var sdkLooking = regexp.MustCompile(`^_?(?:[Nn][Vv]|NVDS|NVBUF|NVOSD)`)

// scanC lexes one C/C++ source (a file or a cgo preamble) and returns the
// uses of SDK names in it, each with the releases it is compiled for. base
// is the release set the whole file is compiled for.
func (m *sdkModel) scanC(file, src string, lineOffset int, own *projectDecl) []cFinding {
	toks, includes := m.lex(src, lineOffset)
	var out []cFinding
	for _, inc := range includes {
		if inc.active == 0 {
			continue
		}
		h := inc.text
		b := filepath.Base(h)
		if ex, ok := m.headers[b]; ok {
			out = append(out, cFinding{file, inc.line, "include", b, inc.active, ex, inc.gate})
		} else if own.headers[b] {
			continue
		} else if sdkLooking.MatchString(b) || strings.HasPrefix(b, "gst-nv") || strings.HasPrefix(b, "gstnv") {
			out = append(out, cFinding{file, inc.line, "include", b, inc.active, 0, inc.gate})
		}
	}
	env := m.declarations(toks)
	for i, t := range toks {
		if t.kind != 'i' || t.active == 0 {
			continue
		}
		if i > 0 && (toks[i-1].text == "->" || toks[i-1].text == ".") {
			out = append(out, m.fieldUse(file, toks, i, env)...)
			continue
		}
		if t.text == "offsetof" && i+5 < len(toks) && toks[i+1].text == "(" && toks[i+2].kind == 'i' && toks[i+3].text == "," && toks[i+4].kind == 'i' {
			if _, ok := m.names[toks[i+2].text]; ok {
				out = append(out, m.typedField(file, toks[i+4], toks[i+2].text, toks[i+4].text))
			}
			continue
		}
		if cKeywords[t.text] {
			continue
		}
		if ex, ok := m.names[t.text]; ok {
			// Checked even where the project re-declares it (a forward
			// typedef): the SDK's declaration is what must exist.
			out = append(out, cFinding{file, t.line, "name", t.text, t.active, ex, t.gate})
			continue
		}
		if sdkLooking.MatchString(t.text) && !own.names[t.text] && !cAllowList[t.text] {
			out = append(out, cFinding{file, t.line, "name", t.text, t.active, 0, t.gate})
		}
	}
	return out
}

// cAllowList names identifiers that look like SDK names but are neither in
// the facts nor declared by the project. Keep it small, and say why.
var cAllowList = map[string]bool{}

// typedField checks field f of SDK struct s in every active release.
func (m *sdkModel) typedField(file string, at ctok, s, f string) cFinding {
	var ex relSet
	for i := range m.releases {
		if st := m.structs[i][s]; st != nil && st.fields[f] != nil {
			ex |= 1 << i
		}
	}
	return cFinding{file, at.line, "field", s + "." + f, at.active, ex, at.gate}
}

// fieldUse checks toks[i], a member name after -> or ., per release: with
// the receiver's struct where its type is known, by field name otherwise.
func (m *sdkModel) fieldUse(file string, toks []ctok, i int, env map[string][]decl) []cFinding {
	t := toks[i]
	var byType, byName relSet
	typed := map[string]relSet{}
	var untypedActive relSet
	for r := range m.releases {
		bit := relSet(1) << r
		if t.active&bit == 0 {
			continue
		}
		rt := m.typeBefore(toks, i-2, r, env)
		switch {
		case rt == nil: // unknown receiver: name-level check
			untypedActive |= bit
			if m.fields[t.text]&bit != 0 {
				byName |= bit
			}
		case rt.st == nil: // a known non-SDK type
		default:
			typed[rt.name] |= bit
			if rt.st.fields[t.text] != nil {
				byType |= bit
			}
		}
	}
	var out []cFinding
	for name, act := range typed {
		if name != "" {
			f := m.typedField(file, t, name, t.text)
			f.Active = act
			out = append(out, f)
			continue
		}
		// A member of an inline struct: known only where it was reached.
		out = append(out, cFinding{file, t.line, "field", "{inline}." + t.text, act, byType&act | (m.all &^ act), t.gate})
	}
	if untypedActive != 0 && m.fields[t.text] != 0 {
		// Only field names the SDK knows in some release are interesting.
		out = append(out, cFinding{file, t.line, "field", "?." + t.text, untypedActive, m.fields[t.text] | (m.all &^ untypedActive), t.gate})
	}
	return out
}

type decl struct {
	tok  int
	typ  string
	name string
}

type resolved struct {
	name string   // struct name ("" for an inline member)
	st   *cStruct // nil: a known type that is not an SDK struct
}

// declarations finds `T *v`, `T v`, `const T *v` where T is an SDK struct
// name or tag (of any release) and returns v's declarations in order.
func (m *sdkModel) declarations(toks []ctok) map[string][]decl {
	env := map[string][]decl{}
	// Project aliases of SDK structs: `using A = T;`, `typedef [struct] T A;`.
	alias := map[string]string{}
	for i := 0; i+3 < len(toks); i++ {
		switch {
		case toks[i].text == "using" && toks[i+1].kind == 'i' && toks[i+2].text == "=" && toks[i+3].kind == 'i' && m.isStruct(toks[i+3].text):
			alias[toks[i+1].text] = toks[i+3].text
		case toks[i].text == "typedef":
			k := i + 1
			for k < len(toks) && (toks[k].text == "struct" || toks[k].text == "const") {
				k++
			}
			if k+2 < len(toks) && m.isStruct(toks[k].text) && toks[k+1].kind == 'i' && toks[k+2].text == ";" {
				alias[toks[k+1].text] = toks[k].text
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != 'i' {
			continue
		}
		typ := t.text
		if a, ok := alias[typ]; ok {
			typ = a
		} else if !m.isStruct(typ) {
			continue
		}
		if i > 0 && (toks[i-1].text == "->" || toks[i-1].text == ".") {
			continue
		}
		j := i + 1
		for j < len(toks) {
			for j < len(toks) && (toks[j].text == "*" || toks[j].text == "&" || toks[j].text == "const") {
				j++
			}
			if j+1 >= len(toks) || toks[j].kind != 'i' {
				break
			}
			nx := toks[j+1].text
			if nx != "=" && nx != ";" && nx != "," && nx != ")" && nx != "[" {
				break
			}
			env[toks[j].text] = append(env[toks[j].text], decl{j, typ, toks[j].text})
			if nx != "," {
				break
			}
			// `T *a, *b`: only inside a declaration statement, not a
			// parameter list; a parameter list has a type after the comma.
			if j+2 < len(toks) && toks[j+2].kind == 'i' && toks[j+2].text != "const" && (j+3 < len(toks) && (toks[j+3].kind == 'i' || toks[j+3].text == "*")) {
				break
			}
			j += 2
		}
	}
	return env
}

func (m *sdkModel) isStruct(n string) bool {
	for _, s := range m.structs {
		if s[n] != nil {
			return true
		}
	}
	return false
}

// lookupType resolves a declared C type spelling to an SDK struct of
// release r; nil with ok=true is a known non-struct type.
func (m *sdkModel) lookupType(spelling string, r int) *resolved {
	s := spelling
	if k := strings.IndexByte(s, '['); k >= 0 {
		s = s[:k]
	}
	s = strings.NewReplacer("*", " ", "const", " ", "struct", " ", "union", " ", "&", " ").Replace(s)
	s = strings.TrimSpace(s)
	if strings.Contains(s, "::") || strings.Contains(s, "<") {
		return &resolved{s, nil} // a C++ library type
	}
	if s == "" || strings.ContainsAny(s, " ()") {
		return nil
	}
	if st := m.structs[r][s]; st != nil {
		return &resolved{s, st}
	}
	if m.isStruct(s) {
		// A struct of another release, absent from r: every field use is
		// missing in r.
		return &resolved{s, &cStruct{fields: map[string]*cField{}}}
	}
	return &resolved{s, nil}
}

// typeBefore returns the type of the expression that ends at toks[j], in
// release r, or nil when it cannot be read from the source.
func (m *sdkModel) typeBefore(toks []ctok, j, r int, env map[string][]decl) *resolved {
	if j < 0 {
		return nil
	}
	t := toks[j]
	switch {
	case t.kind == 'i':
		if j > 0 && (toks[j-1].text == "->" || toks[j-1].text == ".") {
			base := m.typeBefore(toks, j-2, r, env)
			if base == nil || base.st == nil {
				return nil
			}
			f := base.st.fields[t.text]
			if f == nil {
				return nil
			}
			if f.inline != nil {
				return &resolved{"", f.inline}
			}
			return m.lookupType(f.typ, r)
		}
		ds := env[t.text]
		for k := len(ds) - 1; k >= 0; k-- {
			if ds[k].tok < j {
				return m.lookupType(ds[k].typ, r)
			}
		}
		return nil
	case t.text == "]":
		open := matchBack(toks, j, "[", "]")
		if open < 0 {
			return nil
		}
		return m.typeBefore(toks, open-1, r, env)
	case t.text == ")":
		open := matchBack(toks, j, "(", ")")
		if open < 0 {
			return nil
		}
		if open > 0 && toks[open-1].kind == 'i' && !cKeywords[toks[open-1].text] {
			if ret, ok := m.funcs[r][toks[open-1].text]; ok {
				return m.lookupType(ret, r)
			}
			return nil
		}
		// ((T *) e) or (e)
		if open+1 < j && toks[open+1].text == "(" {
			k := open + 2
			for k < j && (toks[k].text == "const" || toks[k].text == "struct") {
				k++
			}
			if k < j && toks[k].kind == 'i' {
				k2 := k + 1
				for k2 < j && toks[k2].text == "*" {
					k2++
				}
				if k2 < j && toks[k2].text == ")" && k2 > k+1 {
					return m.lookupType(toks[k].text, r)
				}
			}
		}
		return m.typeBefore(toks, j-1, r, env)
	}
	return nil
}

func matchBack(toks []ctok, j int, open, close string) int {
	depth := 0
	for k := j; k >= 0; k-- {
		switch toks[k].text {
		case close:
			depth++
		case open:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// ---- lexer and preprocessor ------------------------------------------------

type ppFrame struct {
	parent relSet // releases the enclosing region is compiled for
	taken  relSet // releases where an earlier branch was taken
	cur    relSet
	gate   string
	outer  string
	ifText string
}

// lex strips comments, follows #if/#elif/#else/#endif on the version
// macros and returns the code tokens and the #include directives, each
// with its active release set.
func (m *sdkModel) lex(src string, lineOffset int) (toks []ctok, includes []ctok) {
	toks, includes, _ = m.lexDefines(src, lineOffset)
	return toks, includes
}

// lexDefines is lex that also returns the object-like macros defined.
func (m *sdkModel) lexDefines(src string, lineOffset int) (toks []ctok, includes []ctok, defs map[string][]ppDefine) {
	defs = map[string][]ppDefine{}
	text := stripComments(src)
	lines := strings.Split(text, "\n")
	active := m.all
	gate := ""
	var stack []ppFrame
	for ln := 0; ln < len(lines); ln++ {
		line := lines[ln]
		start := ln
		for strings.HasSuffix(line, "\\") && ln+1 < len(lines) {
			ln++
			line = line[:len(line)-1] + " " + lines[ln]
		}
		lineNo := start + 1 + lineOffset
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "#") {
			d := strings.TrimSpace(trim[1:])
			word, rest, _ := strings.Cut(d, " ")
			if i := strings.IndexByte(word, '('); i >= 0 { // "#if(X)"
				rest = word[i:] + " " + rest
				word = word[:i]
			}
			rest = strings.TrimSpace(rest)
			switch word {
			case "if", "ifdef", "ifndef":
				c := m.cond(word, rest)
				f := ppFrame{parent: active, cur: active & c, outer: gate}
				f.taken = f.cur
				f.ifText = "#" + word + " " + rest
				f.gate = joinGate(gate, c, m, f.ifText)
				stack = append(stack, f)
				active, gate = f.cur, f.gate
			case "elif":
				if len(stack) == 0 {
					continue
				}
				f := &stack[len(stack)-1]
				c := m.cond("if", rest)
				f.cur = f.parent &^ f.taken & c
				f.taken |= f.cur
				f.gate = joinGate(f.outer, f.cur, m, "#elif "+rest+" (after "+f.ifText+")")
				active, gate = f.cur, f.gate
			case "else":
				if len(stack) == 0 {
					continue
				}
				f := &stack[len(stack)-1]
				f.cur = f.parent &^ f.taken
				f.taken = f.parent
				f.gate = joinGate(f.outer, f.cur, m, "#else of "+f.ifText)
				active, gate = f.cur, f.gate
			case "endif":
				if len(stack) == 0 {
					continue
				}
				f := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				active, gate = f.parent, f.outer
			case "include":
				h := strings.Trim(strings.TrimSpace(rest), `<>"`)
				includes = append(includes, ctok{kind: 's', text: h, line: lineNo, active: active, gate: gate})
			case "define":
				// The macro's name is the project's; its body is code.
				name := rest
				if k := strings.IndexAny(name, " \t("); k >= 0 {
					if name[k] == '(' {
						if e := strings.IndexByte(name, ')'); e >= 0 {
							toks = append(toks, lexLine(name[e+1:], lineNo, active, gate)...)
						}
					} else {
						toks = append(toks, lexLine(name[k:], lineNo, active, gate)...)
						defs[name[:k]] = append(defs[name[:k]], ppDefine{strings.TrimSpace(name[k:]), active})
					}
				} else if name != "" {
					defs[name] = append(defs[name], ppDefine{"", active})
				}
			}
			continue
		}
		toks = append(toks, lexLine(line, lineNo, active, gate)...)
	}
	return toks, includes, defs
}

// joinGate records the version condition around a region when it narrows
// the release set.
func joinGate(outer string, c relSet, m *sdkModel, text string) string {
	if c == m.all {
		return outer
	}
	if outer != "" {
		return outer + " && " + text
	}
	return text
}

var tokRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*|0[xX][0-9a-fA-F]+[uUlL]*|[0-9][0-9a-zA-Z_.]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|->|::|\+\+|--|&&|\|\||[<>=!]=|<<|>>|\S`)

func lexLine(line string, lineNo int, active relSet, gate string) []ctok {
	var out []ctok
	for _, s := range tokRE.FindAllString(line, -1) {
		k := byte('p')
		switch c := s[0]; {
		case c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			k = 'i'
		case c >= '0' && c <= '9':
			k = 'n'
		case c == '"' || c == '\'':
			k = 's'
		}
		out = append(out, ctok{k, s, lineNo, active, gate})
	}
	return out
}

// stripComments removes /* */ and // comments, keeping newlines and string
// literals.
func stripComments(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(s) && s[j] != c && s[j] != '\n' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				j = len(s) - 1
			}
			b.WriteString(s[i : j+1])
			i = j
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				j = len(s) - i - 4
			}
			b.WriteString(" ")
			b.WriteString(strings.Repeat("\n", strings.Count(s[i:i+2+j], "\n")))
			i += j + 3
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			if i < len(s) {
				b.WriteByte('\n')
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// cond returns the releases for which a #if/#ifdef/#ifndef condition
// holds. Conditions that do not test the version macros hold everywhere
// (both branches are checked), except NVDS_EMBEDDED_RUNTIME.
func (m *sdkModel) cond(kind, expr string) relSet {
	switch kind {
	case "ifdef":
		if strings.TrimSpace(expr) == "NVDS_EMBEDDED_RUNTIME" {
			return 0
		}
		return m.all
	case "ifndef":
		return m.all
	}
	var s relSet
	for r := range m.releases {
		v, ok := evalPP(expr, m.major[r], m.minor[r], m.macroIn(r))
		if !ok {
			return m.all
		}
		if v != 0 {
			s |= 1 << r
		}
	}
	return s
}

// evalPP evaluates a #if expression over integers and the NVDS_VERSION_*
// macros; ok is false when it mentions anything else.
func evalPP(expr string, major, minor int, macro func(string) (string, bool)) (int64, bool) {
	return evalPPDepth(expr, major, minor, macro, 0)
}

func evalPPDepth(expr string, major, minor int, macro func(string) (string, bool), depth int) (int64, bool) {
	if depth > 8 {
		return 0, false
	}
	p := &ppParser{major: major, minor: minor, macro: macro, depth: depth}
	for _, t := range lexLine(expr, 0, 0, "") {
		p.toks = append(p.toks, t.text)
	}
	v := p.ternary()
	if p.bad || p.pos != len(p.toks) {
		return 0, false
	}
	return v, true
}

type ppParser struct {
	toks         []string
	pos          int
	bad          bool
	major, minor int
	macro        func(string) (string, bool)
	depth        int
}

// macroIn returns the body of a project macro in release r, when every
// definition compiled for r agrees.
func (m *sdkModel) macroIn(r int) func(string) (string, bool) {
	return func(name string) (string, bool) {
		body, found := "", false
		for _, d := range m.ppDefs[name] {
			if d.active&(1<<r) == 0 {
				continue
			}
			if found && d.body != body {
				return "", false
			}
			body, found = d.body, true
		}
		return body, found
	}
}

func (p *ppParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *ppParser) next() string { t := p.peek(); p.pos++; return t }

func (p *ppParser) ternary() int64 {
	c := p.binary(0)
	if p.peek() == "?" {
		p.next()
		a := p.ternary()
		if p.next() != ":" {
			p.bad = true
		}
		b := p.ternary()
		if c != 0 {
			return a
		}
		return b
	}
	return c
}

var ppPrec = map[string]int{"||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6, "<": 7, ">": 7, "<=": 7, ">=": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10}

func (p *ppParser) binary(min int) int64 {
	l := p.unary()
	for {
		op := p.peek()
		pr, ok := ppPrec[op]
		if !ok || pr <= min {
			return l
		}
		p.next()
		r := p.binary(pr)
		b := func(c bool) int64 {
			if c {
				return 1
			}
			return 0
		}
		switch op {
		case "||":
			l = b(l != 0 || r != 0)
		case "&&":
			l = b(l != 0 && r != 0)
		case "|":
			l |= r
		case "^":
			l ^= r
		case "&":
			l &= r
		case "==":
			l = b(l == r)
		case "!=":
			l = b(l != r)
		case "<":
			l = b(l < r)
		case ">":
			l = b(l > r)
		case "<=":
			l = b(l <= r)
		case ">=":
			l = b(l >= r)
		case "<<":
			l <<= r
		case ">>":
			l >>= r
		case "+":
			l += r
		case "-":
			l -= r
		case "*":
			l *= r
		case "/", "%":
			if r == 0 {
				p.bad = true
				return 0
			}
			if op == "/" {
				l /= r
			} else {
				l %= r
			}
		}
	}
}

func (p *ppParser) unary() int64 {
	switch t := p.next(); {
	case t == "!":
		if p.unary() == 0 {
			return 1
		}
		return 0
	case t == "-":
		return -p.unary()
	case t == "(":
		v := p.ternary()
		if p.next() != ")" {
			p.bad = true
		}
		return v
	case t == "NVDS_VERSION_MAJOR":
		return int64(p.major)
	case t == "NVDS_VERSION_MINOR":
		return int64(p.minor)
	case t == "NVDS_VERSION_MICRO":
		return 0
	case t == "defined":
		paren := p.peek() == "("
		if paren {
			p.next()
		}
		n := p.next()
		if paren && p.next() != ")" {
			p.bad = true
		}
		if strings.HasPrefix(n, "NVDS_VERSION_") {
			return 1
		}
		if p.macro != nil {
			if _, ok := p.macro(n); ok {
				return 1
			}
		}
		p.bad = true
		return 0
	case t != "" && (t[0] == '_' || t[0] >= 'A' && t[0] <= 'Z' || t[0] >= 'a' && t[0] <= 'z') && p.macro != nil:
		body, ok := p.macro(t)
		if !ok || body == "" {
			p.bad = true
			return 0
		}
		v, ok := evalPPDepth(body, p.major, p.minor, p.macro, p.depth+1)
		if !ok {
			p.bad = true
		}
		return v
	case t != "" && t[0] >= '0' && t[0] <= '9':
		v, err := strconv.ParseInt(strings.TrimRight(t, "uUlL"), 0, 64)
		if err != nil {
			p.bad = true
		}
		return v
	default:
		p.bad = true
		return 0
	}
}

// ---- the project ----------------------------------------------------------

// declRE finds what the project's C declares: macros, typedef names,
// names after a closing brace (`} Name;`), enum constants (`NAME =`) and
// functions (`type name(params) {` or `;`, the word before the name not
// being a statement keyword, so that a call is not taken for one).
var declRE = regexp.MustCompile(`(?m)(?:^\s*#\s*define\s+([A-Za-z_]\w*))|(?:\}\s*([A-Za-z_]\w*)\s*;)|(?:typedef\s+[^;]*?\b([A-Za-z_]\w*)\s*;)|(?:\b([A-Z][A-Z0-9_]+)\s*=)`)

var funcDeclRE = regexp.MustCompile(`\b([A-Za-z_]\w*)[\s*]+([A-Za-z_]\w*)\s*\([^;{()]*\)\s*[;{]`)

var notAType = map[string]bool{"return": true, "else": true, "case": true, "goto": true, "sizeof": true, "do": true}

// sourceFile is one C/C++ text of the project: a file or a cgo preamble.
type sourceFile struct {
	path       string // relative to the root
	text       string
	lineOffset int
	goFile     bool // a cgo preamble; text of the Go file is in goSrc
	goSrc      string
}

// declaredNames collects the names the project's own C declares.
func declaredNames(files []sourceFile) *projectDecl {
	d := &projectDecl{names: map[string]bool{}, headers: map[string]bool{}}
	for _, f := range files {
		if !f.goFile {
			d.headers[filepath.Base(f.path)] = true
		}
		text := stripComments(f.text)
		for _, mm := range declRE.FindAllStringSubmatch(text, -1) {
			for _, g := range mm[1:] {
				if g != "" {
					d.names[g] = true
				}
			}
		}
		for _, mm := range funcDeclRE.FindAllStringSubmatch(text, -1) {
			if !notAType[mm[1]] {
				d.names[mm[2]] = true
			}
		}
	}
	return d
}

// readProjectC returns every C/C++ file of the project outside embedded/
// (the SDK stand-in), build outputs and tool folders, and the cgo
// preambles of its Go files, leaving out what is built only without
// -tags deepstream.
func readProjectC(root string) ([]sourceFile, error) {
	var out []sourceFile
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || rel == "embedded" || rel == "build" || rel == "internal/cmd" || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		ext := filepath.Ext(path)
		switch ext {
		case ".c", ".cc", ".cpp", ".h", ".go":
		default:
			return nil
		}
		if strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := string(b)
		if embeddedOnly(text) {
			return nil
		}
		if ext != ".go" {
			out = append(out, sourceFile{path: rel, text: text})
			return nil
		}
		if pre, off, ok := cgoPreamble(text); ok {
			out = append(out, sourceFile{path: rel, text: pre, lineOffset: off, goFile: true, goSrc: text})
		}
		return nil
	})
	return out, err
}

// embeddedOnly reports a //go:build line that excludes -tags deepstream.
func embeddedOnly(src string) bool {
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "//go:build ") {
			return strings.Contains(line, "!deepstream")
		}
		if strings.HasPrefix(line, "package ") {
			return false
		}
	}
	return false
}

// cgoPreamble returns the comment right above `import "C"` with the
// comment markers removed, and the line number before its first line.
func cgoPreamble(src string) (string, int, bool) {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != `import "C"` {
			continue
		}
		j := i
		for j > 0 && strings.HasPrefix(strings.TrimSpace(lines[j-1]), "//") {
			j--
		}
		if j < i {
			var b strings.Builder
			for _, l := range lines[j:i] {
				l = strings.TrimPrefix(strings.TrimSpace(l), "//")
				l = strings.TrimPrefix(l, " ")
				b.WriteString(l + "\n")
			}
			return b.String(), j, true
		}
		// A /* */ preamble.
		if i > 0 && strings.HasSuffix(strings.TrimSpace(lines[i-1]), "*/") {
			k := i - 1
			for k >= 0 && !strings.Contains(lines[k], "/*") {
				k--
			}
			if k >= 0 {
				body := strings.Join(lines[k:i], "\n")
				body = strings.Replace(body, "/*", "  ", 1)
				body = body[:strings.LastIndex(body, "*/")]
				return body, k, true
			}
		}
		return "", 0, true
	}
	return "", 0, false
}

// scanProject checks every C/C++ source and cgo preamble of the project,
// and every project header one of them includes (directly or not): a
// header no SDK-mode source includes is not compiled in SDK mode.
func (m *sdkModel) scanProject(files []sourceFile) []cFinding {
	own := declaredNames(files)
	compiled := compiledInSDKMode(files)
	// Twice, so that a macro defined under a test of another project
	// macro is known too.
	m.ppDefs = nil
	for pass := 0; pass < 2; pass++ {
		defs := map[string][]ppDefine{}
		for _, f := range compiled {
			_, _, d := m.lexDefines(f.text, f.lineOffset)
			for n, ds := range d {
				defs[n] = append(defs[n], ds...)
			}
		}
		m.ppDefs = defs
	}
	var out []cFinding
	for _, f := range compiled {
		out = append(out, m.scanC(f.path, f.text, f.lineOffset, own)...)
	}
	return out
}

var includeRE = regexp.MustCompile(`(?m)^\s*#\s*include\s*["<]([^">]+)[">]`)

// compiledInSDKMode keeps the sources and preambles and the headers they
// reach through #include. An include resolves relative to the including
// file, then in nvds/internal/cshim (on every binding package's include
// path), then by base name anywhere in the project.
func compiledInSDKMode(files []sourceFile) []sourceFile {
	byPath := map[string]int{}
	byBase := map[string][]int{}
	for i, f := range files {
		if isHeader(f.path) {
			byPath[f.path] = i
			byBase[filepath.Base(f.path)] = append(byBase[filepath.Base(f.path)], i)
		}
	}
	keep := make([]bool, len(files))
	var queue []int
	for i, f := range files {
		if !isHeader(f.path) {
			keep[i] = true
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		f := files[queue[0]]
		queue = queue[1:]
		for _, mm := range includeRE.FindAllStringSubmatch(stripComments(f.text), -1) {
			inc := mm[1]
			var hits []int
			for _, cand := range []string{path.Join(path.Dir(f.path), inc), path.Join("nvds/internal/cshim", inc)} {
				if i, ok := byPath[cand]; ok {
					hits = []int{i}
					break
				}
			}
			if hits == nil {
				hits = byBase[path.Base(inc)]
			}
			for _, i := range hits {
				if !keep[i] {
					keep[i] = true
					queue = append(queue, i)
				}
			}
		}
	}
	var out []sourceFile
	for i, f := range files {
		if keep[i] {
			out = append(out, f)
		}
	}
	return out
}

func isHeader(p string) bool { return strings.HasSuffix(p, ".h") }

// ---- Go ----------------------------------------------------------------------

// goCRefs returns the C.name references of a Go file's code (not its
// preamble), as cgo spells them: C.struct_X, C.sizeof_X, C.enum_X are
// reported as X. Go code cannot be behind a version test, so every such
// name must exist in every release.
func goCRefs(path, src string) ([]ctok, error) {
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, 0)
	if err != nil {
		return nil, err
	}
	var out []ctok
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if id, ok := sel.X.(*ast.Ident); ok && id.Name == "C" {
			name := sel.Sel.Name
			for _, p := range []string{"struct_", "sizeof_", "enum_", "union_"} {
				name = strings.TrimPrefix(name, p)
			}
			out = append(out, ctok{kind: 'i', text: name, line: fset.Position(sel.Pos()).Line})
		}
		return true
	})
	return out, nil
}

// goFieldUse is one read or write of a field of a C struct in Go code.
type goFieldUse struct {
	File, Struct, Field string
	Line                int
}

// goFieldUses type-checks, with go/types, the cgo-processed files of every
// package under root that has cgo files (files built only without -tags
// deepstream left out) (as `go build` compiles them, in
// the default build, whose embedded headers are 9.1's) and returns each
// selection of a field of a C struct type. Struct is the SDK typedef or tag
// name when the Go type names one (C.NvDsFrameMeta, C.struct__NvDsFrameMeta),
// otherwise the SDK struct whose member names the Go struct has (cgo names
// untagged structs _Ctype_struct___N), otherwise "?".
func (m *sdkModel) goFieldUses(root string) ([]goFieldUse, error) {
	cmd := exec.Command("go", "list", "-e", "-export", "-compiled", "-deps", "-json=ImportPath,Dir,Export,CompiledGoFiles,CgoFiles,DepOnly,Error", "./...")
	cmd.Dir = root
	cmd.Stderr = os.Stderr
	// The default build, whatever the test run's variant (make test-go
	// runs the tests with GOEXPERIMENT=cgocheck2 too): one build to cache.
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "GOEXPERIMENT=") && !strings.HasPrefix(e, "GOFLAGS=") {
			cmd.Env = append(cmd.Env, e)
		}
	}
	raw, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w", err)
	}
	type pkg struct {
		ImportPath, Dir, Export string
		CompiledGoFiles         []string
		CgoFiles                []string
		DepOnly                 bool
		Error                   *struct{ Err string }
	}
	exports := map[string]string{}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			return nil, err
		}
		if p.Error != nil {
			return nil, fmt.Errorf("go list %s: %s", p.ImportPath, p.Error.Err)
		}
		exports[p.ImportPath] = p.Export
		if !p.DepOnly && len(p.CgoFiles) > 0 {
			pkgs = append(pkgs, p)
		}
	}
	fset := gotoken.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		e, ok := exports[path]
		if !ok || e == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(e)
	})
	var out []goFieldUse
	embeddedOnlyFile := map[string]bool{}
	for _, p := range pkgs {
		var files []*ast.File
		for _, name := range p.CompiledGoFiles {
			if !filepath.IsAbs(name) {
				name = filepath.Join(p.Dir, name)
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
		info := &types.Info{Selections: map[*ast.SelectorExpr]*types.Selection{}}
		conf := types.Config{Importer: imp}
		if _, err := conf.Check(p.ImportPath, fset, files, info); err != nil {
			return nil, fmt.Errorf("type-checking %s: %w", p.ImportPath, err)
		}
		for sel, s := range info.Selections {
			if s.Kind() != types.FieldVal {
				continue
			}
			st, ok := m.cStructOf(s.Recv())
			if !ok {
				continue
			}
			pos := fset.Position(sel.Sel.Pos())
			rel, err := filepath.Rel(root, pos.Filename)
			if err != nil || strings.HasPrefix(rel, "..") || !strings.HasSuffix(rel, ".go") {
				continue // cgo's own generated code
			}
			if skip, ok := embeddedOnlyFile[pos.Filename]; !ok {
				b, err := os.ReadFile(pos.Filename)
				if err != nil {
					return nil, err
				}
				embeddedOnlyFile[pos.Filename] = embeddedOnly(string(b))
			} else if skip {
				continue
			}
			if embeddedOnlyFile[pos.Filename] {
				continue
			}
			field := s.Obj().Name()
			if strings.HasPrefix(field, "_") && gotoken.IsKeyword(field[1:]) {
				field = field[1:] // cgo's spelling of a member named like a Go keyword
			}
			out = append(out, goFieldUse{filepath.ToSlash(rel), st, field, pos.Line})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out, nil
}

// cStructOf names the C struct a selection's receiver type is, if it is
// one: ok is false for Go types.
func (m *sdkModel) cStructOf(t types.Type) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	under := types.Unalias(t)
	cgo := ""
	for {
		var name string
		switch tt := t.(type) {
		case *types.Alias:
			name = tt.Obj().Name()
			t = tt.Rhs()
		case *types.Named:
			name = tt.Obj().Name()
			t = nil
		default:
			t = nil
		}
		if strings.HasPrefix(name, "_Ctype_") {
			cgo = name
			c := strings.TrimPrefix(strings.TrimPrefix(name, "_Ctype_"), "struct_")
			if m.isStruct(c) {
				return c, true
			}
		}
		if t == nil {
			break
		}
	}
	if cgo == "" {
		return "", false
	}
	if strings.HasPrefix(cgo, "_Ctype_struct__G") {
		return "", false // GLib and GStreamer structs
	}
	if st, ok := under.Underlying().(*types.Struct); ok {
		if n := m.structWithMembers(st); n != "" {
			return n, true
		}
	}
	return "?", true
}

var cgoPadding = regexp.MustCompile(`^(?:anon\d+|_)$`)

// structWithMembers finds the one SDK struct of the newest release whose
// members are exactly the Go struct's (cgo leaves out unions and
// bit-fields as anonN byte arrays and pads with _ fields).
func (m *sdkModel) structWithMembers(st *types.Struct) string {
	var goNames []string
	for i := 0; i < st.NumFields(); i++ {
		n := st.Field(i).Name()
		if cgoPadding.MatchString(n) {
			continue
		}
		if strings.HasPrefix(n, "_") && gotoken.IsKeyword(n[1:]) {
			n = n[1:]
		}
		goNames = append(goNames, n)
	}
	sort.Strings(goNames)
	want := strings.Join(goNames, ",")
	found := ""
	newest := m.structs[len(m.structs)-1]
	var keys []string
	for k := range newest {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var names []string
		for n := range newest[k].fields {
			names = append(names, n)
		}
		sort.Strings(names)
		if strings.Join(names, ",") == want {
			if found != "" && newest[found] != newest[k] {
				return "" // ambiguous
			}
			if found == "" {
				found = k
			}
		}
	}
	return found
}
