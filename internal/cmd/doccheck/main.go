// Command doccheck fails when the documentation names a Go identifier of
// this module that does not exist: pkg.Name and pkg.Type.Member in README.md,
// CONTRIBUTING.md and docs/*.md; pkg.Name, Type.Member and bare CamelCase
// names in every package comment (doc.go or wherever it is). It parses the sources (every build
// variant, tests excluded) without type-checking, so it runs in well under a
// second. make lint runs it.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// index is what the module declares, by package name: top-level names,
// and the methods and fields of each type.
type index struct {
	names   map[string]map[string]bool            // pkg -> Name
	members map[string]map[string]map[string]bool // pkg -> Type -> Member
}

func (ix *index) add(pkg, name string) {
	if ix.names[pkg] == nil {
		ix.names[pkg] = map[string]bool{}
		ix.members[pkg] = map[string]map[string]bool{}
	}
	ix.names[pkg][name] = true
}

func (ix *index) addMember(pkg, typ, member string) {
	ix.add(pkg, typ)
	if ix.members[pkg][typ] == nil {
		ix.members[pkg][typ] = map[string]bool{}
	}
	ix.members[pkg][typ][member] = true
}

// hasMember reports whether any type named typ (in pkg, or anywhere when pkg
// is "") has member, and whether a type of that name exists at all.
func (ix *index) hasMember(pkg, typ, member string) (found, typeKnown bool) {
	for p, types := range ix.members {
		if pkg != "" && p != pkg {
			continue
		}
		if m, ok := types[typ]; ok {
			typeKnown = true
			if m[member] {
				return true, true
			}
		}
		if ix.names[p][typ] {
			typeKnown = true
		}
	}
	return false, typeKnown
}

func (ix *index) anywhere(name string) bool {
	for _, n := range ix.names {
		if n[name] {
			return true
		}
	}
	for _, types := range ix.members {
		for _, m := range types {
			if m[name] {
				return true
			}
		}
	}
	return false
}

func recvType(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvType(t.X)
	case *ast.IndexExpr:
		return recvType(t.X)
	case *ast.IndexListExpr:
		return recvType(t.X)
	case *ast.Ident:
		return t.Name
	}
	return ""
}

func build(root string) (*index, map[string]string, error) {
	ix := &index{names: map[string]map[string]bool{}, members: map[string]map[string]map[string]bool{}}
	docs := map[string]string{} // file -> its package doc comment
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != root && (strings.HasPrefix(n, ".") || n == "testdata" || n == "build") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution|parser.ParseComments)
		if err != nil {
			return err
		}
		pkg := f.Name.Name
		if pkg == "main" {
			return nil
		}
		if f.Doc != nil {
			docs[path] = f.Doc.Text()
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil && len(d.Recv.List) == 1 {
					ix.addMember(pkg, recvType(d.Recv.List[0].Type), d.Name.Name)
				} else {
					ix.add(pkg, d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						ix.add(pkg, s.Name.Name)
						if st, ok := s.Type.(*ast.StructType); ok {
							for _, f := range st.Fields.List {
								for _, n := range f.Names {
									ix.addMember(pkg, s.Name.Name, n.Name)
								}
								if len(f.Names) == 0 { // embedded
									ix.addMember(pkg, s.Name.Name, recvType(f.Type))
								}
							}
						}
						if it, ok := s.Type.(*ast.InterfaceType); ok {
							for _, m := range it.Methods.List {
								for _, n := range m.Names {
									ix.addMember(pkg, s.Name.Name, n.Name)
								}
							}
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							ix.add(pkg, n.Name)
						}
					}
				}
			}
		}
		return nil
	})
	return ix, docs, err
}

var (
	qualified = regexp.MustCompile(`\b([a-z][a-z0-9]*)\.([A-Z][A-Za-z0-9_]*)(?:\.([A-Z][A-Za-z0-9_]*))?`)
	member    = regexp.MustCompile(`(?:^|[^.\w])([A-Z][A-Za-z0-9]*)\.([A-Z][A-Za-z0-9_]*)`)
	// bare matches CamelCase words with an inner capital (AddProbe,
	// NewBatchMeta) not part of a dotted name.
	bare = regexp.MustCompile(`(?:^|[^.\w])([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)\b(?:[^.]|$)`)
)

// notGo are words in doc comments that look like Go names and are not.
var notGo = map[string]bool{"DeepStream": true, "GStreamer": true, "MacOS": true, "JavaScript": true, "ReID": true,
	"TestMain": true, // the go test convention, not a name of ours
}

// checkText reports the unknown names in text. own is the file whose
// package comment it is ("" for markdown, where bare words are not checked).
func checkText(ix *index, text, own string) []string {
	var bad []string
	for _, i := range qualified.FindAllStringSubmatchIndex(text, -1) {
		pkg, name, mem := text[i[2]:i[3]], text[i[4]:i[5]], ""
		if i[6] >= 0 {
			mem = text[i[6]:i[7]]
		}
		if ix.names[pkg] == nil || strings.Contains(name, "Xxx") {
			continue // not one of this module's packages, or a placeholder
		}
		if i[1] < len(text) && text[i[1]] == '*' {
			continue // a wildcard: pkg.Acquire*
		}
		switch {
		case !ix.names[pkg][name]:
			bad = append(bad, pkg+"."+name)
		case mem != "":
			if ok, _ := ix.hasMember(pkg, name, mem); !ok {
				bad = append(bad, pkg+"."+name+"."+mem)
			}
		}
	}
	for _, i := range member.FindAllStringSubmatchIndex(text, -1) {
		m := []string{"", text[i[2]:i[3]], text[i[4]:i[5]]}
		if i[1] < len(text) && text[i[1]] == '*' {
			continue
		}
		if ok, known := ix.hasMember("", m[1], m[2]); known && !ok {
			bad = append(bad, m[1]+"."+m[2])
		}
	}
	if own != "" {
		for _, m := range bare.FindAllStringSubmatch(text, -1) {
			w := m[1]
			if notGo[w] || strings.HasPrefix(w, "Nv") || strings.HasPrefix(w, "Gst") || ix.anywhere(w) {
				continue
			}
			bad = append(bad, w)
		}
	}
	return bad
}

func main() {
	root := "."
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	ix, docs, err := build(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "doccheck:", err)
		os.Exit(2)
	}
	var problems []string
	report := func(file string, names []string) {
		seen := map[string]bool{}
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				problems = append(problems, fmt.Sprintf("%s: %s does not exist", file, n))
			}
		}
	}
	mds, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	mds = append(mds, filepath.Join(root, "README.md"), filepath.Join(root, "CONTRIBUTING.md"))
	for _, md := range mds {
		b, err := os.ReadFile(md)
		if err != nil {
			continue
		}
		report(md, checkText(ix, string(b), ""))
	}
	for path, doc := range docs {
		report(path, checkText(ix, doc, path))
	}
	sort.Strings(problems)
	for _, p := range problems {
		fmt.Println(p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
}
