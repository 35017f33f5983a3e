package abi

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBindingsUseOnlySDKNames is what keeps the -tags deepstream build honest
// without an SDK on this machine: every C name a binding package uses must
// be declared by the SDK headers of every supported release (7.1, 8.0 and
// 9.1), by GLib/GStreamer/libc, or by the project's own glue headers.
// Files built only into the embedded runtime (//go:build ... !deepstream)
// may use embedded-only names and are skipped.
func TestBindingsUseOnlySDKNames(t *testing.T) {
	sdk := sdkNamesInAllVersions(t)
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	cRef := regexp.MustCompile(`\bC\.([A-Za-z_][A-Za-z0-9_]*)`)
	var bad []string
	checked := 0
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") || rel == "embedded" || rel == "build" || strings.HasPrefix(rel, "internal") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := string(src)
		if !strings.Contains(text, `import "C"`) || embeddedOnly(text) {
			return nil
		}
		own := projectNames(t, filepath.Dir(path), text)
		for _, m := range cRef.FindAllStringSubmatch(text, -1) {
			name := m[1]
			checked++
			if sdk[name] || own[name] || godsName(name) || systemName(name) {
				continue
			}
			bad = append(bad, rel+": C."+name)
		}
		return nil
	})
	require.NoError(t, err)
	require.Greater(t, checked, 100, "expected the binding packages to use many C names")
	sort.Strings(bad)
	require.Empty(t, dedupe(bad), "C names missing from the SDK headers of 7.1, 8.0 or 9.1")
}

// godsName reports a name of the project's own C glue: the one C prefix
// (gods_, Gods, GODS_) is what tells them apart from SDK names, wherever
// the glue is declared (another package's <pkg>.go.h, cshim.go.h).
func godsName(name string) bool {
	return strings.HasPrefix(name, "gods_") || strings.HasPrefix(name, "Gods") || strings.HasPrefix(name, "GODS_")
}

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

func sdkNamesInAllVersions(t *testing.T) map[string]bool {
	var sets []map[string]bool
	for _, v := range Versions {
		f, err := Load(Dir(), v.Name)
		require.NoError(t, err)
		s := map[string]bool{}
		for n, st := range f.Structs {
			s[n] = true
			if st.Tag != "" {
				s["struct_"+st.Tag] = true
			}
		}
		for n, e := range f.Enums {
			s[n] = true
			for c := range e {
				s[c] = true
			}
		}
		for n := range f.Typedefs {
			s[n] = true
		}
		for n := range f.Constants {
			s[n] = true
		}
		for n := range f.StringConstants {
			s[n] = true
		}
		for n := range f.MacroExpressions {
			s[n] = true
		}
		for _, fn := range f.Functions {
			s[fn.Name] = true
		}
		sets = append(sets, s)
	}
	all := map[string]bool{}
	for n := range sets[0] {
		if sets[1][n] && sets[2][n] {
			all[n] = true
		}
	}
	return all
}

var declRE = regexp.MustCompile(`(?m)(?:^#define\s+([A-Za-z_]\w*))|(?:\b([A-Za-z_]\w*)\s*\([^;{()]*\)\s*[;{])|(?:\}\s*([A-Za-z_]\w*)\s*;)|(?:typedef\s+[^;]*?\b([A-Za-z_]\w*)\s*;)|(?:\b([A-Z][A-Z0-9_]+)\s*=)`)

var commentRE = regexp.MustCompile(`(?s)/\*.*?\*/`)

// projectNames collects names declared by the project's own C: the cgo
// preamble of the file and every header in its package directory and in
// nvds/internal/cshim.
func projectNames(t *testing.T, dir, goSrc string) map[string]bool {
	texts := []string{goSrc}
	root := filepath.Join("..", "..")
	for _, d := range []string{dir, filepath.Join(root, "nvds", "internal", "cshim")} {
		hs, _ := filepath.Glob(filepath.Join(d, "*.h"))
		for _, h := range hs {
			b, err := os.ReadFile(h)
			require.NoError(t, err)
			texts = append(texts, string(b))
		}
	}
	names := map[string]bool{}
	for i, text := range texts {
		if i > 0 {
			// Headers: drop comments, whose prose would look like calls.
			// The Go source keeps them: its cgo preamble is a comment.
			text = commentRE.ReplaceAllString(text, "")
		}
		for _, m := range declRE.FindAllStringSubmatch(text, -1) {
			for _, g := range m[1:] {
				if g != "" {
					names[g] = true
				}
			}
		}
	}
	return names
}

var cTypes = map[string]bool{
	"char": true, "schar": true, "uchar": true, "short": true, "ushort": true, "int": true, "uint": true,
	"long": true, "ulong": true, "longlong": true, "ulonglong": true, "float": true, "double": true,
	"size_t": true, "ssize_t": true, "ptrdiff_t": true, "uintptr_t": true, "intptr_t": true,
	"int8_t": true, "int16_t": true, "int32_t": true, "int64_t": true,
	"uint8_t": true, "uint16_t": true, "uint32_t": true, "uint64_t": true, "bool": true,
	"GoString": true, "GoStringN": true, "GoBytes": true, "CString": true, "CBytes": true,
	"malloc": true, "calloc": true, "free": true, "memcpy": true, "memset": true, "strlen": true,
}

var glibType = regexp.MustCompile(`^G[A-Z][a-z]`)

// systemName accepts libc, cgo, GLib and GStreamer names.
func systemName(n string) bool {
	if cTypes[n] || glibType.MatchString(n) {
		return true
	}
	for _, p := range []string{"g_", "gst_", "G_", "GST_", "Gst", "struct__G", "struct__Gst", "GList", "GType", "GValue", "GError", "GWeakRef",
		"gint", "guint", "gchar", "guchar", "gfloat", "gdouble", "gboolean", "gpointer", "gconstpointer", "gsize", "gssize", "glong", "gulong", "gshort", "gushort", "gint8", "guint8", "gint16", "guint16"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

func dedupe(s []string) []string {
	var out []string
	for i, v := range s {
		if i == 0 || s[i-1] != v {
			out = append(out, v)
		}
	}
	return out
}

// TestSDKNameSetExcludesVersionOnlyNames shows the check above can fail:
// names of only some releases, and unknown names, are not accepted.
func TestSDKNameSetExcludesVersionOnlyNames(t *testing.T) {
	sdk := sdkNamesInAllVersions(t)
	require.True(t, sdk["nvds_acquire_obj_meta_from_pool"])
	require.True(t, sdk["NVDS_OBJ_META"])
	require.False(t, sdk["NVDS_OBJ_3D_META"], "8.0+ only")
	require.False(t, sdk["NvDsSensorInfo_meta"], "8.0+ only")
	require.False(t, sdk["nvds_bogus_function"] || systemName("nvds_bogus_function"))
}
