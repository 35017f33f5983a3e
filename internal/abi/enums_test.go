package abi

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The enum check: every Go enum list of a binding package (constants whose
// value is a C enum constant, C.X, and the constants of the same Go type)
// is held to the ABI facts of every release:
//
//   - typed: a constant naming a C enum constant has the enum's Go type,
//     never an untyped or a builtin one (an untyped constant slips into any
//     integer and has no String method);
//   - one C enum per Go type;
//   - named: each word of the Go name after the list's common prefix is
//     found in the C name after the enum's common prefix (a word may be
//     shortened to its first three letters, Object for OBJ), unless the
//     name is a deliberate rename listed in enumRenames;
//   - String: the type has a String method that names every constant of
//     the type, with a text that is the C name, with or without the enum's
//     prefix (case, '_' and '-' aside); a constant written as a number is
//     matched to its C constant by that text and must have its value in
//     every release that has it;
//   - complete: every constant the enum has in all releases is bound
//     (sentinels *_FORCE32 and *_LAST aside).
//
// Project macros standing for an SDK constant (#define GODS_X NAME, or an
// enum member GODS_X = NAME) are followed. Only the Go source is read (no
// build), so the check is cheap.

// enumRenames are Go names deliberately unlike their C name, with why.
var enumRenames = map[string]string{
	"infer.DataTypeFloat32": "FLOAT: the Go name says the width",
	"infer.DataTypeFloat16": "HALF: the Go name says the width",
	"schema.PayloadFull":    "NVDS_PAYLOAD_DEEPSTREAM: the full schema, as the docs call it",
}

// enumConst is one constant of a Go enum list.
type enumConst struct {
	pkg, name, typ string // typ "" when untyped
	pos            string
	cname          string // the SDK constant its value names ("" for a number)
	lit            *int64 // its value when written as a number
}

// enumPkg is what one package declares.
type enumPkg struct {
	consts  []*enumConst
	strings map[string]map[string]string // type -> const -> String text ("" when named without one)
	hasStr  map[string]bool
}

// sdkEnums indexes the facts: constant -> enums holding it, and values by
// release.
type sdkEnums struct {
	releases []string
	enumsOf  map[string]map[string]bool
	values   map[string]map[string]int64 // constant -> release -> value
	members  map[string]map[string]int   // enum -> constant -> releases holding it
}

func loadSDKEnums(t *testing.T) *sdkEnums {
	s := &sdkEnums{enumsOf: map[string]map[string]bool{}, values: map[string]map[string]int64{},
		members: map[string]map[string]int{}}
	for _, v := range Versions {
		f, err := Load(Dir(), v.Name)
		require.NoError(t, err)
		s.releases = append(s.releases, v.Name)
		for e, m := range f.Enums {
			if s.members[e] == nil {
				s.members[e] = map[string]int{}
			}
			for c, val := range m {
				if s.enumsOf[c] == nil {
					s.enumsOf[c] = map[string]bool{}
					s.values[c] = map[string]int64{}
				}
				s.enumsOf[c][e] = true
				s.values[c][v.Name] = val
				s.members[e][c]++
			}
		}
	}
	return s
}

func sentinel(c string) bool { return strings.Contains(c, "FORCE32") || strings.HasSuffix(c, "_LAST") }

// prefix is the enum's constants' common prefix, in whole '_' words.
func (s *sdkEnums) prefix(enum string) string {
	var names []string
	for c := range s.members[enum] {
		if !sentinel(c) {
			names = append(names, c)
		}
	}
	if len(names) < 2 {
		return ""
	}
	p := names[0]
	for _, n := range names[1:] {
		for !strings.HasPrefix(n, p) {
			p = p[:len(p)-1]
		}
	}
	if i := strings.LastIndexByte(p, '_'); i >= 0 {
		return p[:i+1]
	}
	return ""
}

var (
	defineAlias = regexp.MustCompile(`#define\s+(GODS_\w+)\s+\(?([A-Za-z_]\w*)\)?`)
	enumAlias   = regexp.MustCompile(`\b(GODS_\w+)\s*=\s*([A-Za-z_]\w*)`)
	goWord      = regexp.MustCompile(`[A-Z]+[a-z]*|[a-z]+|[0-9]+`)
)

// aliases maps the project's GODS_ macros to the SDK enum constant they
// stand for (the first definition that names one).
func aliases(root string, sdk *sdkEnums) (map[string]string, error) {
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); p != root && (n == "testdata" || n == "build" || strings.HasPrefix(n, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if ext := filepath.Ext(p); ext != ".h" && ext != ".c" && ext != ".go" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, re := range []*regexp.Regexp{defineAlias, enumAlias} {
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				if _, done := out[m[1]]; !done && sdk.enumsOf[m[2]] != nil {
					out[m[1]] = m[2]
				}
			}
		}
		return nil
	})
	return out, err
}

// scanEnums reads the Go enum lists of every package under root (tests,
// internal, cmd, samples and testdata left out).
func scanEnums(root string, alias map[string]string) (map[string]*enumPkg, error) {
	pkgs := map[string]*enumPkg{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "internal", "cmd", "samples", "testdata", "build":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		pk := pkgs[rel]
		if pk == nil {
			pk = &enumPkg{strings: map[string]map[string]string{}, hasStr: map[string]bool{}}
			pkgs[rel] = pk
		}
		vars := map[string]ast.Expr{}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, sp := range g.Specs {
				vs, ok := sp.(*ast.ValueSpec)
				if !ok {
					continue
				}
				for i, n := range vs.Names {
					if i >= len(vs.Values) {
						continue
					}
					if g.Tok == token.VAR {
						vars[n.Name] = vs.Values[i]
						continue
					}
					if g.Tok != token.CONST {
						continue
					}
					c := &enumConst{pkg: filepath.Base(rel), name: n.Name, pos: fset.Position(n.Pos()).String()}
					if id, ok := vs.Type.(*ast.Ident); ok {
						c.typ = id.Name
					}
					switch v := vs.Values[i].(type) {
					case *ast.SelectorExpr:
						if x, ok := v.X.(*ast.Ident); !ok || x.Name != "C" {
							continue
						}
						c.cname = v.Sel.Name
						if a, ok := alias[c.cname]; ok {
							c.cname = a
						}
					case *ast.BasicLit:
						if v.Kind != token.INT || c.typ == "" {
							continue
						}
						n, err := strconv.ParseInt(v.Value, 0, 64)
						if err != nil {
							continue
						}
						c.lit = &n
					default:
						continue
					}
					pk.consts = append(pk.consts, c)
				}
			}
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Name.Name != "String" || fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Body == nil {
				continue
			}
			recv, ok := fd.Recv.List[0].Type.(*ast.Ident)
			if !ok {
				continue
			}
			pk.hasStr[recv.Name] = true
			texts := pk.strings[recv.Name]
			if texts == nil {
				texts = map[string]string{}
				pk.strings[recv.Name] = texts
			}
			stringTexts(fd.Body, vars, texts)
		}
		return nil
	})
	return pkgs, err
}

// stringTexts records every identifier a String method names (directly or
// through the package-level tables it reads) and the text it gives it.
func stringTexts(body ast.Node, vars map[string]ast.Expr, texts map[string]string) {
	seen := map[string]bool{}
	var walk func(ast.Node)
	note := func(id string, lit ast.Expr) {
		if b, ok := lit.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil {
				texts[id] = s
				return
			}
		}
		if _, ok := texts[id]; !ok {
			texts[id] = ""
		}
	}
	firstReturn := func(stmts []ast.Stmt) ast.Expr {
		for _, st := range stmts {
			if r, ok := st.(*ast.ReturnStmt); ok && len(r.Results) == 1 {
				return r.Results[0]
			}
		}
		return nil
	}
	walk = func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CaseClause:
				if len(x.List) == 1 {
					if id, ok := x.List[0].(*ast.Ident); ok {
						note(id.Name, firstReturn(x.Body))
					}
				}
			case *ast.IfStmt:
				if be, ok := x.Cond.(*ast.BinaryExpr); ok {
					ast.Inspect(be, func(n ast.Node) bool {
						if e, ok := n.(*ast.BinaryExpr); ok && e.Op == token.EQL {
							if id, ok := e.Y.(*ast.Ident); ok {
								note(id.Name, firstReturn(x.Body.List))
							}
						}
						return true
					})
				}
			case *ast.KeyValueExpr:
				if id, ok := x.Key.(*ast.Ident); ok {
					note(id.Name, x.Value)
				}
			case *ast.CompositeLit:
				if len(x.Elts) == 2 {
					if id, ok := x.Elts[0].(*ast.Ident); ok {
						note(id.Name, x.Elts[1])
					}
				}
			case *ast.Ident:
				if v, ok := vars[x.Name]; ok && !seen[x.Name] {
					seen[x.Name] = true
					walk(v)
				}
				if _, ok := texts[x.Name]; !ok {
					texts[x.Name] = ""
				}
			}
			return true
		})
	}
	walk(body)
}

func normalize(s string) string {
	return strings.NewReplacer("_", "", "-", "", " ", "").Replace(strings.ToLower(s))
}

// goPrefix is the words the Go names of one list share, leaving every name
// at least one word of its own.
func goPrefix(names []string) []string {
	words := goWord.FindAllString(names[0], -1)
	n := len(words)
	for _, name := range names {
		w := goWord.FindAllString(name, -1)
		k := 0
		for k < n && k < len(w)-1 && w[k] == words[k] {
			k++
		}
		n = k
	}
	return words[:n]
}

// checkEnums returns every problem the enum check finds under root.
func checkEnums(t *testing.T, root string, sdk *sdkEnums) []string {
	alias, err := aliases(root, sdk)
	require.NoError(t, err)
	pkgs, err := scanEnums(root, alias)
	require.NoError(t, err)
	var probs []string
	bad := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	for _, pk := range pkgs {
		// The C enums of each Go type: those its C constants belong to (a
		// Go type may join two, as events.Type joins DeepStream's event
		// types and its custom ones).
		enums := map[string]map[string]bool{}
		enumOfConst := map[*enumConst]string{}
		for _, c := range pk.consts {
			if c.cname == "" || sdk.enumsOf[c.cname] == nil {
				continue
			}
			if c.typ == "" || isBuiltin(c.typ) {
				bad("%s: %s.%s = C.%s is untyped or of a builtin type; give it the enum's Go type", c.pos, c.pkg, c.name, c.cname)
				continue
			}
			var e string
			for x := range sdk.enumsOf[c.cname] {
				if e == "" || x < e {
					e = x
				}
			}
			enumOfConst[c] = e
			if enums[c.typ] == nil {
				enums[c.typ] = map[string]bool{}
			}
			enums[c.typ][e] = true
		}
		byType := map[string][]*enumConst{}
		for _, c := range pk.consts {
			if enums[c.typ] != nil {
				byType[c.typ] = append(byType[c.typ], c)
			}
		}
		for typ, consts := range byType {
			tail := func(enum, c string) string { return normalize(strings.TrimPrefix(c, sdk.prefix(enum))) }
			var names []string
			for _, c := range consts {
				names = append(names, c.name)
			}
			gp := strings.Join(goPrefix(names), "")
			if !pk.hasStr[typ] {
				bad("%s.%s has no String method", consts[0].pkg, typ)
			}
			bound := map[string]bool{}
			for _, c := range consts {
				full := c.pkg + "." + c.name
				text, named := pk.strings[typ][c.name]
				if pk.hasStr[typ] && !named {
					bad("%s: %s has no case in %s.String", c.pos, full, typ)
				}
				if c.lit != nil { // a number: find its constant by the String text
					if text == "" {
						continue
					}
					for e := range enums[typ] {
						for m := range sdk.members[e] {
							if normalize(m) == normalize(text) || tail(e, m) == normalize(text) {
								c.cname, enumOfConst[c] = m, e
							}
						}
					}
					if c.cname == "" {
						bad("%s: %s's String text %q names no constant of its C enum", c.pos, full, text)
						continue
					}
					for rel, v := range sdk.values[c.cname] {
						if v != *c.lit {
							bad("%s: %s = %d, but %s is %d in DeepStream %s", c.pos, full, *c.lit, c.cname, v, rel)
						}
					}
				}
				enum := enumOfConst[c]
				bound[c.cname] = true
				if text != "" && normalize(text) != normalize(c.cname) && normalize(text) != tail(enum, c.cname) {
					bad("%s: %s.String() gives %q for %s", c.pos, typ, text, c.cname)
				}
				if _, ok := enumRenames[full]; ok {
					continue
				}
				ct := tail(enum, c.cname)
				for _, w := range goWord.FindAllString(strings.TrimPrefix(c.name, gp), -1) {
					w = strings.ToLower(w)
					if !strings.Contains(ct, w) && (len(w) < 3 || !strings.Contains(ct, w[:3])) {
						bad("%s: %s does not follow C %s (word %q)", c.pos, full, c.cname, w)
						break
					}
				}
			}
			for e := range enums[typ] {
				for m, n := range sdk.members[e] {
					if n == len(sdk.releases) && !sentinel(m) && !bound[m] {
						bad("%s.%s: C %s (in every release) is not bound", consts[0].pkg, typ, m)
					}
				}
			}
		}
	}
	sort.Strings(probs)
	return probs
}

func isBuiltin(name string) bool {
	switch name {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune":
		return true
	}
	return false
}

// TestEnumsFollowTheSDK runs the enum check on the module.
func TestEnumsFollowTheSDK(t *testing.T) {
	sdk := loadSDKEnums(t)
	probs := checkEnums(t, filepath.Join("..", ".."), sdk)
	require.Empty(t, probs, "Go enum lists against the ABI facts:\n%s", strings.Join(probs, "\n"))
}

// TestEnumCheckCatchesMistakes proves the check is not vacuous: a package
// with the mistakes it exists for must be reported, each of them.
func TestEnumCheckCatchesMistakes(t *testing.T) {
	sdk := loadSDKEnums(t)
	dir := t.TempDir()
	pkg := filepath.Join(dir, "surface")
	require.NoError(t, os.MkdirAll(pkg, 0o755))
	src := `package surface

import "C"

type Layout int32

const (
	LayoutPitch Layout = C.NVBUF_LAYOUT_PITCH
	LayoutBlockLinearLayout = C.NVBUF_LAYOUT_BLOCK_LINEAR
)

func (l Layout) String() string {
	switch l {
	case LayoutPitch:
		return "pitch"
	}
	return ""
}

type MapMode int32

const (
	MapRead MapMode = C.NVBUF_MAP_READ
	MapWrite MapMode = C.NVBUF_MAP_WRITE
	MapReadWriteMapMode MapMode = C.NVBUF_MAP_READ_WRITE
)

func (m MapMode) String() string {
	switch m {
	case MapRead:
		return "read"
	case MapWrite:
		return "read"
	case MapReadWriteMapMode:
		return "read-write"
	}
	return ""
}

type State int32

const (
	StateEmpty State = C.EMPTY
	StateQuasiActive State = 4
)

func (s State) String() string {
	switch s {
	case StateEmpty:
		return "EMPTY"
	case StateQuasiActive:
		return "QUASIACTIVE"
	}
	return ""
}
`
	require.NoError(t, os.WriteFile(filepath.Join(pkg, "enums.go"), []byte(src), 0o644))
	probs := strings.Join(checkEnums(t, dir, sdk), "\n")
	for _, want := range []string{
		"surface.LayoutBlockLinearLayout = C.NVBUF_LAYOUT_BLOCK_LINEAR is untyped", // untyped, the mistake
		`Layout: C NVBUF_LAYOUT_BLOCK_LINEAR (in every release) is not bound`,      // so the list is short
		`MapMode.String() gives "read" for NVBUF_MAP_WRITE`,                        // a wrong text
		`surface.MapReadWriteMapMode does not follow C NVBUF_MAP_READ_WRITE`,       // a mangled name
		`surface.StateQuasiActive = 4, but QUASIACTIVE is 5`,                       // a wrong number
		`State: C ACTIVE (in every release) is not bound`,                          // a missing value
	} {
		require.Contains(t, probs, want)
	}
}
