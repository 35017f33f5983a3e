package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each SDK library is linked by exactly one package: the rule that keeps
// link flags from drifting apart again.
func TestEachLibraryHasOneOwner(t *testing.T) {
	owner := map[string]string{}
	for _, p := range packages {
		for _, l := range p.Libs {
			if o, dup := owner[l]; dup {
				t.Errorf("lib%s.so linked by both %s and %s", l, o, p.Dir)
			}
			owner[l] = p.Dir
		}
	}
	for _, l := range []string{libMeta, libGst, "nvbufsurface"} {
		if owner[l] == "" {
			t.Errorf("lib%s.so has no owner", l)
		}
	}
}

func TestRenderSelectsEachBuild(t *testing.T) {
	src, err := render(pkg{Dir: "a/b", CXX: true, Libs: []string{"x"}})
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, want := range []string{
		"package b\n",
		"#cgo !deepstream CFLAGS: -I${SRCDIR}/../../embedded/include",
		"#cgo dsabi70 CFLAGS: -DDS_EMBEDDED_ABI=70",
		"#cgo dsabi71 CFLAGS: -DDS_EMBEDDED_ABI=71",
		"#cgo dsabi80 CFLAGS: -DDS_EMBEDDED_ABI=80",
		"#cgo dsabi90 CFLAGS: -DDS_EMBEDDED_ABI=90",
		"#cgo dsabi70 CXXFLAGS: -DDS_EMBEDDED_ABI=70",
		"#cgo dsabi71 CXXFLAGS: -DDS_EMBEDDED_ABI=71",
		"#cgo dsabi80 CXXFLAGS: -DDS_EMBEDDED_ABI=80",
		"#cgo dsabi90 CXXFLAGS: -DDS_EMBEDDED_ABI=90",
		"#cgo deepstream CFLAGS: -I/opt/nvidia/deepstream/deepstream/sources/includes",
		"#cgo deepstream LDFLAGS: -L/opt/nvidia/deepstream/deepstream/lib -Wl,-rpath,/opt/nvidia/deepstream/deepstream/lib -lx",
		"-I${SRCDIR}/../../nvds/internal/cshim",
		`_ "github.com/go-deepstream/go-deepstream/embedded"`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("generated file lacks %q:\n%s", want, s)
		}
	}
	// 9.1, the default, has no tag: a dsabi91 line would be dead.
	if strings.Contains(s, "dsabi91") {
		t.Errorf("the default release got a tag:\n%s", s)
	}
	// A package that owns no library must not link any in SDK mode.
	src, _ = render(pkg{Dir: "c"})
	if strings.Contains(string(src), "#cgo deepstream LDFLAGS") {
		t.Errorf("a package without libraries got link flags:\n%s", src)
	}
}

func TestStrayCgoFilesAreRefused(t *testing.T) {
	root := t.TempDir()
	write := func(name string) {
		t.Helper()
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("package x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("nvds/cgo_flags.go")
	if err := strayCgo(root); err != nil {
		t.Fatalf("a clean tree was refused: %v", err)
	}
	write("nvds/cgo_sdk.go")
	write("newpkg/glue.c")
	err := strayCgo(root)
	if err == nil || !strings.Contains(err.Error(), "nvds/cgo_sdk.go") || !strings.Contains(err.Error(), "newpkg/glue.c") {
		t.Fatalf("stray files not reported: %v", err)
	}
}
