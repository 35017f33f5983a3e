package abi

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBindingsUseOnlySDKNames is what keeps the -tags deepstream build honest
// without an SDK on this machine, for every release in testdata/: every C
// name (type, function, macro, enum constant, struct member, header) the
// project's C/C++ glue, cgo preambles and Go code use must exist in every
// release the use is compiled for. C can narrow that set with
// NVDS_VERSION_MAJOR/MINOR tests; Go cannot, so the names and members Go
// code uses must exist in every release. Names the project declares,
// GLib/GStreamer/libc names and cAllowList are accepted.
func TestBindingsUseOnlySDKNames(t *testing.T) {
	m := loadModel(t)
	require.Len(t, m.releases, 5, "facts of 7.0, 7.1, 8.0, 9.0 and 9.1 in testdata")
	root := projectRoot(t)
	files, err := readProjectC(root)
	require.NoError(t, err)
	for _, f := range files {
		// Go members are checked on the default build; a cgo file built
		// only with -tags deepstream would escape that part of the check.
		if f.goFile {
			for _, l := range strings.Split(f.goSrc, "\n") {
				if strings.HasPrefix(l, "//go:build ") {
					require.NotRegexp(t, `(^|[^!])deepstream`, strings.TrimPrefix(l, "//go:build "), "%s: cgo file built only in SDK mode; extend goFieldUses to -tags deepstream", f.path)
				}
			}
		}
	}
	bad, stats := m.checkProject(t, root, files)
	t.Logf("checked %d C name uses, %d C field uses (%d typed), %d includes, %d Go C.name references, %d Go field uses (%d typed)",
		stats.cNames, stats.cFields, stats.cTyped, stats.includes, stats.goNames, stats.goFields, stats.goTyped)
	require.Greater(t, stats.cNames, 300)
	require.Greater(t, stats.cFields, 500)
	require.Greater(t, stats.cTyped, stats.cFields/2, "most C member accesses should be checked against their struct")
	require.Greater(t, stats.goNames, 300)
	require.Greater(t, stats.goFields, 500)
	require.Greater(t, stats.goTyped, stats.goFields*9/10)

	var unexpected []string
	for _, b := range bad {
		unexpected = append(unexpected, b.msg)
	}
	sort.Strings(unexpected)
	require.Empty(t, unexpected, "C names missing from a release the use is compiled for")
}

type violation struct {
	key string // "file kind name missing"
	msg string
}

type checkStats struct {
	cNames, cFields, cTyped, includes, goNames, goFields, goTyped int
}

// checkProject runs every check on files (and, for Go field uses, on the
// packages under root) and returns the violations.
func (m *sdkModel) checkProject(t *testing.T, root string, files []sourceFile) ([]violation, checkStats) {
	var st checkStats
	var bad []violation
	seen := map[string]bool{}
	report := func(file string, line int, kind, name string, missing relSet, why string) {
		k := fmt.Sprintf("%s %s %s %s", file, kind, name, m.list(missing))
		msg := fmt.Sprintf("%s:%d: %s %s: %s", file, line, kind, name, why)
		if !seen[msg] {
			seen[msg] = true
			bad = append(bad, violation{k, msg})
		}
	}
	for _, f := range m.scanProject(files) {
		switch f.Kind {
		case "name":
			st.cNames++
		case "field":
			st.cFields++
			if !strings.HasPrefix(f.Name, "?.") {
				st.cTyped++
			}
		case "include":
			st.includes++
		}
		if miss := f.Missing(); miss != 0 {
			why := fmt.Sprintf("compiled for %s but exists in %s (missing in %s)", m.span(f.Active), m.span(f.Exists), m.list(miss))
			if f.Gate != "" {
				why += "; gate: " + f.Gate
			}
			report(f.File, f.Line, f.Kind, f.Name, miss, why)
		}
	}
	own := declaredNames(files)
	for _, f := range files {
		if !f.goFile {
			continue
		}
		refs, err := goCRefs(f.path, f.goSrc)
		require.NoError(t, err)
		for _, r := range refs {
			st.goNames++
			if ex, ok := m.names[r.text]; ok {
				if ex != m.all {
					report(f.path, r.line, "name", "C."+r.text, m.all&^ex, "Go code cannot be gated: exists only in "+m.span(ex)+"; read it through C glue behind a version test")
				}
				continue
			}
			if own.names[r.text] || systemName(r.text) || cAllowList[r.text] {
				continue
			}
			report(f.path, r.line, "name", "C."+r.text, m.all, "not declared by the SDK facts of any release, the project, GLib/GStreamer/libc or cAllowList")
		}
	}
	uses, err := m.goFieldUses(root)
	require.NoError(t, err)
	for _, u := range uses {
		st.goFields++
		var ex relSet
		if u.Struct == "?" {
			ex = m.fields[u.Field]
			if ex == 0 {
				continue // a member of a project struct
			}
		} else {
			st.goTyped++
			ex = m.typedField("", ctok{}, u.Struct, u.Field).Exists
		}
		if ex != m.all {
			report(u.File, u.Line, "field", u.Struct+"."+u.Field, m.all&^ex, "Go code cannot be gated: exists only in "+m.span(ex)+"; read it through C glue behind a version test")
		}
	}
	return bad, st
}

func loadModel(t *testing.T) *sdkModel {
	m, err := loadSDKModel(Dir())
	require.NoError(t, err)
	return m
}

func projectRoot(t *testing.T) string {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	return root
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
	for _, p := range []string{"g_", "gst_", "G_", "GST_", "Gst", "_G", "GList", "GType", "GValue", "GError", "GWeakRef",
		"gint", "guint", "gchar", "guchar", "gfloat", "gdouble", "gboolean", "gpointer", "gconstpointer", "gsize", "gssize", "glong", "gulong", "gshort", "gushort", "gint8", "guint8", "gint16", "guint16"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// ---- the check fails on planted breaks ------------------------------------

// plantC checks one C source as if it were a file of the project.
func plantC(t *testing.T, m *sdkModel, src string) []string {
	files := []sourceFile{{path: "tracker/planted.c", text: src}}
	var out []string
	for _, f := range m.scanProject(files) {
		if miss := f.Missing(); miss != 0 {
			out = append(out, fmt.Sprintf("%s %s missing %s", f.Kind, f.Name, m.list(miss)))
		}
	}
	return out
}

const gate91 = "#if NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)"

func TestNameCheckCatchesUngatedFieldInC(t *testing.T) {
	m := loadModel(t)
	read := `#include "nvdsmeta_schema.h"
float f(const NvDsEventMsgMeta *m) { return m->visibility; }
`
	require.Equal(t, []string{"field NvDsEventMsgMeta.visibility missing 7.0,7.1,8.0,9.0"}, plantC(t, m, read))

	// Through a cast, a chain and an index.
	chain := `float g(void *p, NvDsFrameMeta *fm) {
  return ((NvDsEventMsgMeta *) p)->visibility + fm->sensorInfo_meta.sensor_id + ((NvDsEventMsgMeta *) p)->entries[0].timestamp;
}
`
	require.Equal(t, []string{
		"field NvDsEventMsgMeta.visibility missing 7.0,7.1,8.0,9.0",
		"field NvDsFrameMeta.sensorInfo_meta missing 7.0,7.1",
		"field NvDsEventMsgMeta.entries missing 7.0,7.1",
		// In 7.x entries is not there to give timestamp a type; the
		// member name is then checked by name, and no 7.x struct has it.
		"field ?.timestamp missing 7.0,7.1",
	}, plantC(t, m, chain))

	// A 9.x-only tracker member, read with offsetof and with ->.
	tracker := `#include "nvds_tracker_meta.h"
enum { OFF = offsetof(NvDsTargetMiscDataFrame, ptWorldFeet) };
void h(NvDsTargetMiscDataFrame *d) { (void) d->ptWorldFeet; }
`
	require.Equal(t, []string{
		"field NvDsTargetMiscDataFrame.ptWorldFeet missing 7.0,7.1,8.0",
		"field NvDsTargetMiscDataFrame.ptWorldFeet missing 7.0,7.1,8.0",
	}, plantC(t, m, tracker))

	// A gate one release too early: what schema/eventmsg.c had (Found 1).
	early := "#if NVDS_VERSION_MAJOR >= 9\nfloat f(const NvDsEventMsgMeta *m) { return m->visibility; }\n#endif\n"
	require.Equal(t, []string{"field NvDsEventMsgMeta.visibility missing 9.0"}, plantC(t, m, early))

	// An 8.0+ name, unguarded, and a name no release has.
	names := "int a = NVDS_OBJ_3D_META;\nint b = nvds_bogus_function();\n"
	require.Equal(t, []string{"name NVDS_OBJ_3D_META missing 7.0,7.1", "name nvds_bogus_function missing 7.0,7.1,8.0,9.0,9.1"}, plantC(t, m, names))
}

func TestNameCheckAcceptsGatedFieldInC(t *testing.T) {
	m := loadModel(t)
	src := `#include "nvdsmeta_schema.h"
float f(const NvDsEventMsgMeta *m)
{
` + gate91 + `
  return m->visibility;
#elif NVDS_VERSION_MAJOR >= 8
  return m->singleView3DTracking.visibility + m->count;
#else
  return m->singleView3DTracking.visibility;
#endif
}
#if NVDS_VERSION_MAJOR >= 9
enum { OFF = offsetof(NvDsTargetMiscDataFrame, ptWorldFeet) };
#endif
#ifdef NVDS_EMBEDDED_RUNTIME
#include "nvds_embedded.h"
int x = NVDS_OBJ_3D_META;
#endif
`
	require.Empty(t, plantC(t, m, src))
	// The else branch of the 9.1 gate covers 9.0, where the member is
	// still in NvDs3DTracking; it is gone from there in 9.1.
	wrongElse := gate91 + "\n#else\n#endif\nfloat f(const NvDsEventMsgMeta *m) {\n" + gate91 + "\n return m->singleView3DTracking.visibility;\n#endif\n}\n"
	require.Equal(t, []string{"field NvDs3DTracking.visibility missing 9.1"}, plantC(t, m, wrongElse))
}

// A project macro set under a version test is a version test too, as in
// `#if GODS_SCHEMA_VISIBILITY_IN_MSG`.
func TestNameCheckFollowsProjectVersionMacros(t *testing.T) {
	m := loadModel(t)
	src := func(gate string) string {
		return gate + `
#define GODS_PLANTED_IN_MSG 1
#else
#define GODS_PLANTED_IN_MSG 0
#endif
#define GODS_PLANTED_NEW defined(GODS_PLANTED_IN_MSG) && GODS_PLANTED_IN_MSG
float f(const NvDsEventMsgMeta *m)
{
#if GODS_PLANTED_IN_MSG
  return m->visibility;
#else
  return m->singleView3DTracking.visibility;
#endif
}
float g(const NvDsEventMsgMeta *m)
{
#if GODS_PLANTED_NEW
  return m->visibility;
#endif
  return 0;
}
`
	}
	require.Empty(t, plantC(t, m, src(gate91)))
	require.Equal(t, []string{
		"field NvDsEventMsgMeta.visibility missing 9.0",
		"field NvDsEventMsgMeta.visibility missing 9.0",
	}, plantC(t, m, src("#if NVDS_VERSION_MAJOR >= 9")))
	// A macro the check cannot evaluate counts as true in every release.
	require.Equal(t, []string{"field NvDsEventMsgMeta.visibility missing 7.0,7.1,8.0,9.0"},
		plantC(t, m, "#if GODS_UNKNOWN_MACRO\nfloat f(const NvDsEventMsgMeta *m) { return m->visibility; }\n#endif\n"))
}

func TestNameCheckIncludes(t *testing.T) {
	m := loadModel(t)
	// Every facts file covers the same 42 headers, so make one of them
	// appear only in 9.0 to show what a new SDK header does.
	h := "nvds_obj_encode.h"
	saved := m.headers[h]
	defer func() { m.headers[h] = saved }()
	m.headers[h] = saved &^ (1<<0 | 1<<1 | 1<<2)
	require.Equal(t, []string{"include nvds_obj_encode.h missing 7.0,7.1,8.0"}, plantC(t, m, "#include \"nvds_obj_encode.h\"\n"))
	require.Empty(t, plantC(t, m, "#if NVDS_VERSION_MAJOR >= 9\n#include <nvds_obj_encode.h>\n#endif\n"))

	// The embedded runtime's own header and a header the facts do not
	// cover do not exist in the SDK of any release.
	require.Equal(t, []string{
		"include nvds_embedded.h missing 7.0,7.1,8.0,9.0,9.1",
		"include nvds_yaml_parser.h missing 7.0,7.1,8.0,9.0,9.1",
	}, plantC(t, m, "#include \"nvds_embedded.h\"\n#include \"nvds_yaml_parser.h\"\n#include <gst/gst.h>\n"))
}

// TestNameCheckCatchesFieldInGo plants a cgo package that reads 9.x-only
// members from Go, and one that reads them through gated C glue, and runs
// the whole check (cgo, go/types, the C scan of the preamble) on each.
func TestNameCheckCatchesFieldInGo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs cgo on a planted package")
	}
	m := loadModel(t)
	root := projectRoot(t)
	ungated := `// Plain member reads of 9.x-only fields from Go.
func Visibility(m *C.NvDsEventMsgMeta) float32 { return float32(m.visibility) }
func WorldFeet(d *C.NvDsTargetMiscDataFrame) C.NvOSD_RectParams { _ = d.ptWorldFeet; return d.tBbox }
const Obj3D = C.NVDS_OBJ_3D_META
`
	bad := plantGo(t, m, root, "", ungated)
	require.ElementsMatch(t, []string{
		"planted/planted.go field NvDsEventMsgMeta.visibility 7.0,7.1,8.0,9.0",
		"planted/planted.go field NvDsTargetMiscDataFrame.ptWorldFeet 7.0,7.1,8.0",
		"planted/planted.go name C.NVDS_OBJ_3D_META 7.0,7.1",
	}, bad)

	preamble := `// static float gods_planted_visibility(const NvDsEventMsgMeta *m)
// {
// ` + gate91 + `
//   return m->visibility;
// #else
//   return m->singleView3DTracking.visibility;
// #endif
// }
`
	gated := `func Visibility(m *C.NvDsEventMsgMeta) float32 { return float32(C.gods_planted_visibility(m)) }
`
	require.Empty(t, plantGo(t, m, root, preamble, gated))

	// The same glue gated one release too early fails in the preamble.
	early := strings.Replace(preamble, gate91, "#if NVDS_VERSION_MAJOR >= 9", 1)
	require.Equal(t, []string{"planted/planted.go field NvDsEventMsgMeta.visibility 9.0"}, plantGo(t, m, root, early, gated))
}

// plantGo writes a one-package module using the embedded headers and runs
// checkProject on it; it returns the violation keys.
func plantGo(t *testing.T, m *sdkModel, root, preamble, body string) []string {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module planted\n\ngo 1.24\n"), 0o644))
	pkg := filepath.Join(dir, "planted")
	require.NoError(t, os.MkdirAll(pkg, 0o755))
	src := "package planted\n\n" +
		"// #cgo CFLAGS: -I" + filepath.Join(root, "embedded", "include") + "\n" +
		"// #cgo pkg-config: gstreamer-1.0\n" +
		"// #include <stdbool.h>\n" + // nvdsmeta_schema.h relies on its includer for bool, as the SDK's does
		"// #include \"nvdsmeta.h\"\n" +
		"// #include \"nvdsmeta_schema.h\"\n" +
		"// #include \"nvds_tracker_meta.h\"\n" + preamble +
		"import \"C\"\n\n" + body
	require.NoError(t, os.WriteFile(filepath.Join(pkg, "planted.go"), []byte(src), 0o644))
	files, err := readProjectC(dir)
	require.NoError(t, err)
	require.Len(t, files, 1)
	bad, _ := m.checkProject(t, dir, files)
	var keys []string
	for _, b := range bad {
		keys = append(keys, b.key)
	}
	return keys
}

// TestGatedNamesReport lists every gated SDK name the project uses: the
// releases that have it and the version test around each use (go test -v).
func TestGatedNamesReport(t *testing.T) {
	m := loadModel(t)
	files, err := readProjectC(projectRoot(t))
	require.NoError(t, err)
	by := map[string]map[string]bool{}
	exists := map[string]relSet{}
	for _, f := range m.scanProject(files) {
		if f.Exists == m.all || f.Missing() != 0 || f.Active == 0 {
			continue
		}
		if by[f.Name] == nil {
			by[f.Name] = map[string]bool{}
		}
		exists[f.Name] = f.Exists
		by[f.Name][fmt.Sprintf("%s:%d (%s)", f.File, f.Line, f.Gate)] = true
	}
	var names []string
	for n := range by {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if exists[names[i]] != exists[names[j]] {
			return m.span(exists[names[i]]) < m.span(exists[names[j]])
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		var where []string
		for w := range by[n] {
			where = append(where, w)
		}
		sort.Strings(where)
		t.Logf("%-45s %-12s %s", n, m.span(exists[n]), strings.Join(where, "; "))
	}
	require.NotEmpty(t, names)
}

func TestSpan(t *testing.T) {
	m := loadModel(t)
	require.Equal(t, "all", m.span(m.all))
	require.Equal(t, "9.1+", m.span(m.names["NvMOTTimeMeta"]))
	require.Equal(t, "7.1+", m.span(m.names["NVDS_ROI_META"]&^0))
	require.Equal(t, "up to 9.0", m.span(m.fields["visibility"]&^(1<<4)))
}
